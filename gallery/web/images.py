"""Thumbnails and originals. Only files recorded under indexed folders are ever served.

Paths handed to ``send_file`` are absolute: Flask resolves a relative one against the
package's folder, not the working directory (``gallery serve --db some/relative.db``).
"""

from __future__ import annotations

import os
import warnings

from flask import Blueprint, abort, send_file
from PIL import Image

from .. import thumbs
from . import get_store

bp = Blueprint("images", __name__)

ONE_YEAR = 365 * 24 * 3600


@bp.route("/thumb/<digest>/<size>.webp")
def thumb(digest: str, size: str):
    store = get_store()
    try:
        path = thumbs.thumb_path(store.thumbs_dir.resolve(), digest, size)
    except ValueError:
        abort(404)
    if not path.exists():
        _make(store, digest, size)
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


def _make(store, digest: str, size: str) -> None:
    """A size not on disk is made on its first request and kept (written atomically).

    The 1x grid size comes from the stored 2x one (a few ms); the large view, or any size whose
    source thumbnail is gone, from the original: the camera's embedded preview when it is big
    enough, else the file decoded at reduced scale.
    """
    row = store.photo_by_digest(digest)
    if row is None:
        abort(404)
    if size in thumbs.FROM_STORED:
        try:
            thumbs.make_from_stored(store.thumbs_dir, digest, size)
            return
        except (OSError, ValueError, SyntaxError, EOFError):
            pass  # its source is gone or damaged too (a deleted thumbnail folder): from the original
    _make_from_original(store, row["id"], digest, size)


def _make_from_original(store, photo_id: int, digest: str, size: str) -> None:
    source = original_path(store, photo_id)
    if source is None:
        abort(404)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source) as image:
                picture = thumbs.prepare(image, thumbs.SIZES[size])
                thumbs.render(picture, store.thumbs_dir, digest, sizes=(size,))
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError,
            Image.DecompressionBombError, Image.DecompressionBombWarning):
        abort(404)


@bp.route("/photo/<int:photo_id>/original")
def original(photo_id: int):
    path = original_path(get_store(), photo_id)
    if path is None:
        abort(404)
    return send_file(os.fsdecode(path), max_age=3600, conditional=True)
