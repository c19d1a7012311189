"""HTML pages: grid and search, photo, photographers, places, articles, problem files."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, abort, current_app, render_template, request

from ..metadata import DATE_KIND_LABELS, SOURCE_LABELS
from ..names import redact_phones
from . import get_store
from .public import clean, public_fields, public_photo

bp = Blueprint("pages", __name__)


def init_app(app) -> None:
    """Template helpers every page uses."""
    app.jinja_env.filters["public"] = clean
    app.jinja_env.filters["redact"] = lambda text: redact_phones(text) if isinstance(text, str) else text
    app.jinja_env.filters["when"] = when
    app.jinja_env.globals["SOURCE_LABELS"] = SOURCE_LABELS
    app.jinja_env.globals["DATE_KIND_LABELS"] = DATE_KIND_LABELS

    @app.context_processor
    def _running_index():
        try:
            running = get_store().running_index()
        except Exception:  # a page must render even when the database is busy
            running = None
        return {"index_running": running}

    @app.errorhandler(404)
    def _not_found(_error):
        return render_template("error.html", message="没有找到这个页面或照片。"), 404

    @app.errorhandler(500)
    def _server_error(_error):
        return render_template("error.html", message="服务器出了点问题，请稍后再试。"), 500


def when(stamp: object, seconds: bool = False) -> str:
    """A stored UTC time stamp as the server's local time, as an editor reads it (2026-11-26 23:45)."""
    if not isinstance(stamp, str) or not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:19].replace("T", " ")
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def _page_number() -> int:
    try:
        return max(1, min(int(request.args.get("page", 1)), 100000))
    except ValueError:
        return 1


# ``type`` is the kind filter's name in page URLs: templates pass ``kind`` for their own use
SEARCH_FIELDS = ("q", "photographer", "place", "date", "camera", "type", "has", "missing", "sort")
FILTER_LABELS = {"photographer": "摄影师", "place": "地点", "date": "日期", "camera": "相机", "type": "类型",
                 "has": "有", "missing": "缺"}
FACET_LABELS = {"photographers": ("摄影师", "photographer"), "places": ("地点", "place"),
                "years": ("年份", "date"), "cameras": ("相机", "camera")}


def search_args() -> dict[str, str]:
    """The search form's fields from the query string, cut to a sane length."""
    args = {key: request.args.get(key, "")[:500] for key in SEARCH_FIELDS}
    args["type"] = args["type"] or request.args.get("kind", "")[:500]
    return args


def run_search(args: dict[str, str], *, page: int, per_page: int, facets: bool = True):
    """The store's search with the form's fields (the pages and the API ask the same way)."""
    filters = {"kind" if k == "type" else k: args[k] or None for k in FILTER_LABELS}
    return get_store().search(args["q"], **filters, sort=args["sort"] or "relevance", page=page,
                              per_page=per_page, facets=facets)


@bp.route("/")
def index():
    args = search_args()
    result = run_search(args, page=_page_number(), per_page=current_app.config["PER_PAGE"])
    photos = [public_photo(p) for p in result.photos]
    searching = any(v for k, v in args.items() if k != "sort")
    return render_template("index.html", photos=photos, result=result, args=args, searching=searching,
                           facets=clean(result.facets), hints=clean(result.hints), FILTER_LABELS=FILTER_LABELS,
                           FACET_LABELS=FACET_LABELS)


@bp.route("/photo/<int:photo_id>")
def photo(photo_id: int):
    store = get_store()
    row = store.photo(photo_id)
    if row is None:
        abort(404)
    files = [
        {"path": redact_phones(f["path"]), "missing": f["missing"], "repaired": f["repaired"],
         "parse": clean({k: v for k, v in f["parse"].items() if k not in ("phones", "filename")})}
        for f in store.files_of(photo_id)
    ]
    articles = clean(store.captions_for(sorted({f["name"] for f in store.files_of(photo_id)})))
    newer, older = store.neighbours(photo_id)
    return render_template(
        "photo.html", photo=public_photo(row), fields=public_fields(row["fields"]), exif=row["exif"],
        conflicts=row["conflicts"], files=files, articles=articles, newer=newer, older=older,
        place_resolved=clean(store.place_of(photo_id)),
    )


@bp.route("/photographers")
def photographers():
    return render_template("photographers.html", people=clean(get_store().photographers()))


@bp.route("/places")
def places():
    store = get_store()
    return render_template("places.html", tree=clean(store.place_tree()), places=clean(store.places()))


@bp.route("/articles")
def articles():
    return render_template("articles.html", articles=clean(get_store().articles()))


@bp.route("/article/<int:article_id>")
def article(article_id: int):
    row = get_store().article(article_id)
    if row is None:
        abort(404)
    for image in row["images"]:
        image["photo"] = public_photo(image["photo"]) if image["photo"] else None
    return render_template("article.html", article=clean(row))


@bp.route("/errors")
def errors():
    rows = [
        {"path": redact_phones(r["path"]), "root": r["root"], "reason": r["reason"], "at": r["at"]}
        for r in get_store().errors()
    ]
    return render_template("errors.html", errors=rows, last_run=get_store().last_run())
