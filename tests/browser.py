"""Support for the tests that drive real headless Chromium (Debian's, through Playwright)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("GALLERY_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
# The flags this closed network needs: no background connections Chromium would retry forever.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def buffered(app):
    """Each response read whole and closed before it is sent.

    Werkzeug's development server skips ``close()`` on a response whose client hung up, so a
    thumbnail request the browser cancels would leave its file open and trip
    ``filterwarnings = error`` later, in an unrelated test.
    """
    def serve(environ, start_response):
        body = app(environ, start_response)
        try:
            return [b"".join(body)]
        finally:
            if hasattr(body, "close"):
                body.close()
    return serve


@contextmanager
def live_server(app) -> Iterator[str]:
    """Serve a Flask app on a free loopback port for the duration; yields its base URL."""
    httpd = make_server("127.0.0.1", 0, buffered(app), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextmanager
def browser_page(browser, width: int, height: int) -> Iterator[object]:
    """A page of its own (fresh cookies) at this window size, Chinese locale; closed afterwards."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
    try:
        yield context.new_page()
    finally:
        context.close()


@contextmanager
def chromium() -> Iterator[object]:
    """A headless Chromium browser, closed afterwards."""
    if not Path(CHROMIUM).exists():  # .ci/run installs it: fail loudly rather than pass quietly
        raise RuntimeError(f"{CHROMIUM} is missing: run .ci/run (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
