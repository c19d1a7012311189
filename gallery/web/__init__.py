"""The web app: a Flask factory with one blueprint per area (pages, API, images)."""

from __future__ import annotations

import os
import secrets
from typing import Any

from flask import Flask, g

from ..store import DEFAULT_DB, Store


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then $GALLERY_DB / $GALLERY_SECRET_KEY, then ``test_config``."""
    app = Flask(__name__)
    app.config.from_mapping(
        DATABASE=os.environ.get("GALLERY_DB", DEFAULT_DB),
        SECRET_KEY=os.environ.get("GALLERY_SECRET_KEY") or secrets.token_hex(32),
        PER_PAGE=48,
        JSON_AS_ASCII=False,
        SEND_FILE_MAX_AGE_DEFAULT=3600,
    )
    if test_config:
        app.config.update(test_config)
    app.json.ensure_ascii = False

    from . import api, images, pages

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(images.bp)
    from . import editor  # editors: accounts, CSRF, editing, history, import/export

    editor.init_app(app)
    from .browse import bp as browse_bp  # timeline, photographer and place pages, viewer
    app.register_blueprint(browse_bp)
    from .dupes import bp as dupes_bp  # duplicates: groups, keep & merge, contest view
    app.register_blueprint(dupes_bp)
    app.teardown_appcontext(_close_store)
    pages.init_app(app)
    return app


def get_store() -> Store:
    """The request's database connection, opened on first use."""
    if "store" not in g:
        from flask import current_app

        g.store = Store(current_app.config["DATABASE"])
    return g.store


def _close_store(_exc: BaseException | None = None) -> None:
    store = g.pop("store", None)
    if store is not None:
        store.close()
