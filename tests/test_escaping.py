"""Text from file names and caption pages is escaped in every page."""

from pathlib import Path

from gallery.web import create_app

from .conftest import index, make_jpeg

SCRIPT = "<script>alert(1)</script>"


def test_script_in_a_file_name_and_caption_is_escaped(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / f"《{SCRIPT}》{SCRIPT}.jpg")
    (folder / "page.txt").write_text(f"{SCRIPT}标题\n来源:某报 2024-01-02\n阅读推荐\n《{SCRIPT}》{SCRIPT}.jpg\n{SCRIPT}图说\n",
                                     encoding="utf-8")
    index(tmp_path / "g.db", folder)
    client = create_app({"DATABASE": str(tmp_path / "g.db"), "TESTING": True}).test_client()
    for url in ["/", "/photo/1", "/article/1", "/articles", "/places", "/photographers", "/?q=alert"]:
        body = client.get(url).get_data(as_text=True)
        assert SCRIPT not in body, url
    assert "&lt;script&gt;" in client.get("/photo/1").get_data(as_text=True)
