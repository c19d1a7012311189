"""Shared fixtures: real SQLite files in temporary folders, real JPEGs made with Pillow."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from gallery.indexer import Indexer
from gallery.store import Store
from gallery.web import create_app

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "images"
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
# Tests that read ../shared (real camera files, labelled names) are skipped in a checkout without it.
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
needs_filenames = pytest.mark.skipif(not (SHARED / "filenames").is_dir(),
                                     reason="../shared/filenames is not beside this checkout")


def page_text(client, url: str, status: int = 200) -> str:
    """A page's text through a Flask test client, checking its status (the response is closed)."""
    response = client.get(url)
    text = response.get_data(as_text=True)
    response.close()
    assert status == response.status_code, url
    return text


def make_jpeg(
    path: Path,
    *,
    size: tuple[int, int] = (96, 64),
    colour: tuple[int, int, int] = (200, 60, 40),
    exif: dict[int, object] | None = None,
    gps: dict[int, object] | None = None,
    exif_ifd: dict[int, object] | None = None,
) -> Path:
    """A real JPEG with real EXIF tags (0th IFD tags in ``exif``, Exif IFD in ``exif_ifd``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, colour)
    # a stripe so orientation can be checked: the left quarter is black
    image.paste((0, 0, 0), (0, 0, size[0] // 4, size[1]))
    data = Image.Exif()
    for tag, value in (exif or {}).items():
        data[tag] = value
    if exif_ifd:
        sub = data.get_ifd(0x8769)
        sub.update(exif_ifd)
    if gps:
        sub = data.get_ifd(0x8825)
        sub.update(gps)
    image.save(path, "JPEG", quality=90, exif=data.tobytes())
    return path


def index(db_path: Path, *targets: Path, workers: int = 1):
    store = Store(db_path)
    try:
        return Indexer(store, workers=workers).run([str(t) for t in targets])
    finally:
        store.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "gallery.db"


@pytest.fixture
def store(db_path: Path):
    opened = Store(db_path)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """The bundled sample (images/ with seeds/) indexed once for the whole session; read only."""
    folder = tmp_path_factory.mktemp("sample")
    images = folder / "images"
    shutil.copytree(IMAGES, images)
    seeds = folder / "seeds"
    shutil.copytree(SEEDS, seeds)
    db = folder / "gallery.db"
    summary = index(db, images, seeds)
    assert summary.failed == 0, summary.failures
    return db


@pytest.fixture
def app(sample_db: Path):
    return create_app({"DATABASE": str(sample_db), "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session (Debian's, through Playwright)."""
    from .browser import chromium

    with chromium() as launched:
        yield launched
