"""Thumbnails and originals. Only files recorded under indexed folders are ever served."""

from __future__ import annotations

import os
import warnings

from flask import Blueprint, abort, send_file
from PIL import Image

from .. import thumbs
from . import get_store

bp = Blueprint("images", __name__)

ONE_YEAR = 365 * 24 * 3600


@bp.route("/thumb/<sha256>/<size>.webp")
def thumb(sha256: str, size: str):
    store = get_store()
    try:
        path = thumbs.thumb_path(store.thumbs_dir, sha256, size)
    except ValueError:
        abort(404)
    if not path.exists():
        if size != "large":
            abort(404)
        _make_large(store, sha256, path)
    response = send_file(path, mimetype="image/webp", max_age=ONE_YEAR, conditional=True)
    response.headers["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    return response


def original_path(store, photo_id: int) -> bytes | None:
    """The first present file of a photo, checked to lie inside its indexed folder."""
    for row in store.files_of(photo_id):
        if row["missing"]:
            continue
        root = os.path.realpath(os.fsencode(row["root"]))
        full = os.path.realpath(os.path.join(root, row["raw_path"] or os.fsencode(row["path"])))
        if full.startswith(root + b"/") and os.path.isfile(full):
            return full
    return None


def _make_large(store, sha256: str, target) -> None:
    """The large view is made on first view and kept: from the camera's embedded preview when
    it is big enough, else from the original decoded at reduced scale."""
    row = store.photo_by_sha(sha256)
    source = original_path(store, row["id"]) if row else None
    if source is None:
        abort(404)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source) as image:
                large = thumbs.prepare(image, thumbs.SIZES["large"])
                thumbs.render(large, store.thumbs_dir, sha256, sizes=("large",))
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError,
            Image.DecompressionBombError, Image.DecompressionBombWarning):
        abort(404)


@bp.route("/photo/<int:photo_id>/original")
def original(photo_id: int):
    path = original_path(get_store(), photo_id)
    if path is None:
        abort(404)
    return send_file(os.fsdecode(path), max_age=3600, conditional=True)
