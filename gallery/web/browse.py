"""Browse pages: timeline and months, photographer and place pages, the full-screen viewer.

Thin views over :class:`gallery.store.browse.BrowseMixin`; everything a visitor sees passes
through :mod:`gallery.web.public` first. The blueprint also gives every template the UI texts
(``T``), the newspaper credit filter and the thumbnail helpers.
"""

from __future__ import annotations

import re
from typing import Any

from flask import (
    Blueprint,
    abort,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)

from . import get_store
from .public import clean, public_photo
from .texts import credit_line, texts, weekday

bp = Blueprint("browse", __name__)

MAX_NAME = 200  # longer "names" are not names: answer 404 rather than query with them
_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})")


@bp.app_context_processor
def _texts() -> dict[str, Any]:
    return {"T": texts()}


@bp.app_template_filter("credit")
def _credit(names: list[str] | None) -> str:
    return credit_line(names)


@bp.app_template_global("weekday")
def _weekday(day: str) -> str:
    return weekday(day)


@bp.app_template_global("thumb_url")
def thumb_url(digest: str, size: str = "grid") -> str:
    """The URL of a photo's thumbnail (``grid``, ``grid2x`` or ``large``)."""
    return f"{request.script_root}/thumb/{digest}/{size}.webp"


def page_number() -> int:
    """The ``page`` argument, kept within 1…100000 whatever was sent."""
    try:
        return max(1, min(int(request.args.get("page", 1)), 100000))
    except ValueError:
        return 1


def _per_page() -> int:
    return current_app.config["PER_PAGE"]


# --- timeline ------------------------------------------------------------------------------------

@bp.route("/timeline")
def timeline():
    store = get_store()
    return render_template("timeline.html", years=store.timeline(), undated=store.undated_count())


@bp.route("/timeline/jump")
def jump():
    """The jump-to-month form: ``2019-04`` (or ``2019年4月``) → that month's page."""
    found = _MONTH.match(request.args.get("month", "")[:40])
    if not found or not 1 <= int(found.group(2)) <= 12:
        return redirect(url_for(".timeline"))
    return redirect(url_for(".month", year=int(found.group(1)), month=int(found.group(2))))


@bp.route("/timeline/<int:year>/<int:month>")
def month(year: int, month: int):
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        abort(404)
    store = get_store()
    result = store.month_photos(year, month, page=page_number(), per_page=120)
    earlier, later = store.month_neighbours(year, month)
    photos = [public_photo(p) for p in result.photos]
    return render_template("month.html", year=year, month=month, result=result, args={},
                           days=_by_day(photos), day_counts=store.day_counts(year, month), photos=photos, earlier=_split(earlier), later=_split(later))


def _by_day(photos: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Consecutive photos of the same day, as ``{"day": "2019-04-19", "photos": [...]}``."""
    days: list[dict[str, Any]] = []
    for photo in photos:
        day = (photo.get("date") or "")[:10]
        if not days or days[-1]["day"] != day:
            days.append({"day": day, "photos": []})
        days[-1]["photos"].append(photo)
    return days


def _split(month: str | None) -> tuple[int, int] | None:
    return (int(month[:4]), int(month[5:7])) if month else None


# --- photographers and places --------------------------------------------------------------------

@bp.route("/photographer/<path:name>")
def photographer(name: str):
    store = get_store()
    profile = store.photographer_profile(name) if len(name) <= MAX_NAME else None
    if profile is None:
        abort(404)
    result = store.photographer_photos(name, page=page_number(), per_page=_per_page())
    return _profile_page("photographer.html", profile, result)


@bp.route("/place/<path:name>")
def place(name: str):
    store = get_store()
    profile = store.place_profile(name) if len(name) <= MAX_NAME else None
    if profile is None:
        abort(404)
    result = store.place_photos(name, page=page_number(), per_page=_per_page())
    return _profile_page("place.html", profile, result)


def _profile_page(template: str, profile: dict[str, Any], result):
    if profile.get("cover"):
        profile["cover"] = public_photo(profile["cover"])
    return render_template(template, profile=clean(profile), result=result, args={},
                           photos=[public_photo(p) for p in result.photos])


# --- the viewer ----------------------------------------------------------------------------------

@bp.route("/view/<int:photo_id>")
def view(photo_id: int):
    """The full-screen viewer as a page of its own: a link to it opens the same view."""
    data = viewer_data(photo_id)
    return render_template("viewer.html", v=data, photo=data)


@bp.route("/view/<int:photo_id>.json")
def view_json(photo_id: int):
    """What the viewer's script needs to show a photo and find its neighbours."""
    return jsonify(viewer_data(photo_id))


def viewer_data(photo_id: int) -> dict[str, Any]:
    """A photo as the viewer shows it (public fields only), with its neighbours' ids."""
    store = get_store()
    row = store.viewer_photo(photo_id)
    if row is None:
        abort(404)
    before, after = store.viewer_neighbours(photo_id)
    photo = public_photo(row)
    digest = photo["digest"]
    article = clean(row.get("article"))
    return {
        **photo,
        "label": photo.get("title") or photo.get("caption") or photo.get("name") or "",
        "credit": credit_line(photo.get("photographers")),
        "src": {size: thumb_url(digest, size) for size in ("grid", "grid2x", "large")},
        "original": url_for("images.original", photo_id=photo_id),
        "page": url_for("pages.photo", photo_id=photo_id),
        "view": url_for(".view", photo_id=photo_id),
        "prev": before, "next": after,
        "article": {**article, "url": url_for("pages.article", article_id=article["id"])} if article else None,
    }
