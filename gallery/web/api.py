"""The JSON API: the same search as the pages, public fields only."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, request

from . import get_store
from .pages import run_search, search_args
from .public import clean, public_fields, public_photo

bp = Blueprint("api", __name__, url_prefix="/api")


def _int_arg(name: str, default: int, top: int) -> int:
    try:
        return max(1, min(int(request.args.get(name, default)), top))
    except ValueError:
        return default


@bp.route("/photos")
def photos():
    args = search_args()
    result = run_search(args, page=_int_arg("page", 1, 100000),
                        per_page=_int_arg("per_page", current_app.config["PER_PAGE"], 200),
                        facets=request.args.get("facets", "1") != "0")
    return jsonify(
        total=result.total, page=result.page, pages=result.pages, per_page=result.per_page, sort=result.sort,
        photos=[public_photo(p) for p in result.photos], facets=clean(result.facets), hints=clean(result.hints),
    )


@bp.route("/photos/<int:photo_id>")
def photo(photo_id: int):
    row = get_store().photo(photo_id)
    if row is None:
        abort(404)
    data = public_photo(row)
    data["fields"] = public_fields(row["fields"])
    data["exif"] = {k: v for k, v in row["exif"].items() if v is not None}
    data["place_resolved"] = clean(get_store().place_of(photo_id))
    return jsonify(data)


@bp.errorhandler(404)
def _not_found(_error):
    return jsonify(error="not found"), 404
