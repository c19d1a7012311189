"""Exports (CSV with BOM, JSON, credits; public vs editors') and CSV imports of corrections."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest

from gallery import exports
from gallery.captioning import Captioning, EditError, VersionConflict
from gallery.store import Store

from .conftest import index, make_jpeg
from .editor_support import add_user, app_for, sign_in

CAICHA = "《采茶》周明生 摄于镇江茶博园.jpg"
WUCHEN = "《无尘仓储》陈卫东,摄于江苏南钢无尘储煤场。13775584488.jpg"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    make_jpeg(folder / CAICHA)
    make_jpeg(folder / WUCHEN, colour=(10, 200, 10))
    make_jpeg(folder / "IMG_0001.jpg", colour=(10, 10, 200))
    db = tmp_path / "g.db"
    index(db, folder)
    return db


@pytest.fixture
def editor(db: Path):
    store = Store(db)
    yield Captioning(store)
    store.close()


def ids(store: Store) -> dict[str, int]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT name, photo_id FROM files")}


def rows_of(store: Store) -> list[dict]:
    found = store.editor_rows(sorted(ids(store).values()))
    return [found[i] for i in sorted(found)]


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_public_csv_keeps_chinese_and_leaves_private_fields_out(editor):
    pid = ids(editor.store)[CAICHA]
    editor.save("王编辑", pid, {"note": "内部备注", "email": "zhou@example.cn"}, {"note": "", "email": ""}, 0)
    table = read_csv(exports.to_csv(rows_of(editor.store)))
    header, body = table[0], table[1:]
    assert ["id", "文件名", "标题", "图说", "摄影师", "地点", "日期", "关键词", "署名", "版权", "digest"] == header
    caicha = next(r for r in body if r[0] == str(pid))
    assert ("采茶", "周明生", "镇江茶博园") == (caicha[2], caicha[4], caicha[5])
    text = "\n".join(",".join(r) for r in table)
    assert "13775584488" not in text and "内部备注" not in text and "zhou@example.cn" not in text


def test_editors_csv_has_private_fields_and_says_so(editor):
    table = read_csv(exports.to_csv(rows_of(editor.store), private=True))
    assert table[0][0].startswith("# 注意：本文件含私密信息")
    assert ["电话", "邮箱", "其他联系方式", "编辑备注"] == table[1][-4:]
    assert "13775584488" in {r[-4] for r in table[2:]}


def test_json_export_flags_private_fields(editor):
    public = json.loads(exports.to_json(rows_of(editor.store), query="13775584488"))
    private = json.loads(exports.to_json(rows_of(editor.store), private=True))
    assert (False, "***", 3) == (public["private_fields_included"], public["query"], public["count"])
    assert "phones" not in public["photos"][0] and "13775584488" not in json.dumps(public, ensure_ascii=False)
    assert (True, exports.PRIVATE_NOTICE) == (private["private_fields_included"], private["notice"])


def test_credits_list_per_photographer(editor):
    editor.bulk("王编辑", sorted(ids(editor.store).values()), "photographers", "append", "周明生")
    credits = exports.credits(rows_of(editor.store))
    assert [("周明生", 3), ("陈卫东", 1)] == [(c["photographer"], c["photos"]) for c in credits]
    assert ["摄影师", "张数", "最早", "最晚", "作品"] == read_csv(exports.credits_csv(credits))[0]


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1+1", "@SUM(A1)", "-2+3"])
def test_formulas_are_written_as_text_and_read_back_as_typed(value):
    data = exports.to_csv([{"id": 1, "title": value}])
    assert "'" + value == read_csv(data)[1][2]
    preview = exports.read_import(data)
    assert value == preview.rows[0].values["title"]


def test_import_previews_row_by_row_then_applies_as_one_step(editor):
    found = ids(editor.store)
    data = ("\ufeffid,标题,摄影师,日期\n"
            f"{found[CAICHA]},采茶女,周明生、王五,2019年4月19日\n"
            f"{found['IMG_0001.jpg']},,,\n").encode()
    preview = editor.preview_import(data)
    assert [(2, [("title", "采茶", "采茶女"), ("photographers", ["周明生"], ["周明生", "王五"]),
                 ("date", None, "2019-04-19")]), (3, [])] == [(r.line, r.changes) for r in preview.rows]
    step = editor.apply_import("王编辑", data, "corrections.csv")
    photo = editor.store.photo(found[CAICHA])
    assert (1, 3, "采茶女", ["周明生", "王五"]) == (step["photos"], step["changes"], photo["title"], photo["photographers"])
    assert "import" == editor.store.step(step["id"])["kind"]
    editor.revert_step("王编辑", step["id"])
    assert "采茶" == editor.store.photo(found[CAICHA])["title"]


def test_bad_rows_are_reported_by_line_and_nothing_is_applied(editor):
    found = ids(editor.store)
    data = ("id,标题,日期,邮箱\n"
            f"{found[CAICHA]},采茶女,,\n"
            "99999,不存在,,\n"
            f"{found['IMG_0001.jpg']},好标题,2019-02-30,\n"
            f'"{found[WUCHEN]}","多行\n图说",,not-an-email\n'
            ",没有id,,\n").encode()
    preview = editor.preview_import(data)
    bad = {r.line: r.errors for r in preview.rows if r.errors}
    assert [3, 4, 5, 7] == sorted(bad)
    assert "找不到照片" in bad[3][0] and "不存在" in bad[4][0] and "邮箱" in bad[5][0] and "没有id" in bad[7][0]
    with pytest.raises(EditError, match="4 行错误"):
        editor.apply_import("王编辑", data)
    assert ("采茶", []) == (editor.store.photo(found[CAICHA])["title"], editor.store.steps())


@pytest.mark.parametrize("header", ["digest", "sha256"])  # sheets exported before BLAKE3 said sha256
def test_import_finds_photos_by_the_exported_digest(editor, header):
    (digest,) = [r[0] for r in editor.store.conn.execute(
        "SELECT p.digest FROM photos p JOIN files f ON f.photo_id = p.id WHERE f.name = ?", (CAICHA,))]
    step = editor.apply_import("王编辑", f"{header},地点\n{digest},镇江市茶博园\n".encode())
    assert (1, "镇江市茶博园") == (step["changes"], editor.store.photo(ids(editor.store)[CAICHA])["place"])


def test_import_reads_gbk_files_from_excel_and_file_name_keys(editor):
    data = f"文件名,地点\n{CAICHA},镇江市茶博园\n".encode("gb18030")
    step = editor.apply_import("王编辑", data)
    assert (1, "镇江市茶博园") == (step["changes"], editor.store.photo(ids(editor.store)[CAICHA])["place"])


@pytest.mark.parametrize(
    "data, message",
    [(b"", "空"), (b"title\nx\n", "缺少用来找照片的列"), (b"id,sha256x\n1,2\n", "没有可以导入的列"),
     (b"\xff\xfe\x00garbage", "编码"), (b"id,title\n", "没有数据行")],
)
def test_broken_files_get_a_clear_message(editor, data, message):
    preview = editor.preview_import(data)
    assert message in "；".join(preview.errors)


def test_import_refuses_photos_edited_since_the_preview(editor):
    pid = ids(editor.store)[CAICHA]
    data = f"id,标题\n{pid},采茶女\n".encode()
    seen = {r.photo_id: r.version for r in editor.preview_import(data).rows}
    editor.save("李编辑", pid, {"title": "春茶"}, {"title": "采茶"}, 0)
    with pytest.raises(VersionConflict):
        editor.apply_import("王编辑", data, seen=seen)
    assert "春茶" == editor.store.photo(pid)["title"]


def test_import_pages_preview_then_apply(db: Path):
    add_user(db)
    client = app_for(db).test_client()
    token = sign_in(client)
    store = Store(db)
    try:
        pid = ids(store)[CAICHA]
    finally:
        store.close()
    upload = {"csrf_token": token, "file": (io.BytesIO(f"id,标题\n{pid},采茶女\n".encode()), "fix.csv")}
    page = client.post("/import/preview", data=upload, content_type="multipart/form-data").get_data(as_text=True)
    assert "第 2 行" in page and "采茶 → 采茶女" in page and "导入这 1 行" in page
    fields = {k: html.unescape(v) for k, v in re.findall(r'name="(payload|seen|filename)" value="([^"]*)"', page)}
    applied = client.post("/import/apply", data={"csrf_token": token, **fields})
    assert (302, "/history/") == (applied.status_code, applied.headers["Location"][:9])


def test_web_exports_for_visitors_and_editors(db: Path):
    add_user(db)
    visitor = app_for(db).test_client()
    public = visitor.get("/export/photos.csv?all=1")
    assert (200, "text/csv; charset=utf-8") == (public.status_code, public.headers["Content-Type"])
    assert "13775584488" not in public.get_data().decode("utf-8-sig")
    assert 403 == visitor.get("/export/photos.csv?all=1&private=1").status_code
    assert 403 == visitor.get("/export/xmp.zip?all=1").status_code
    editor = app_for(db).test_client()
    token = sign_in(editor)
    private = editor.post("/export/photos.csv", data={"csrf_token": token, "all": "1", "private": "1"})
    assert "13775584488" in private.get_data().decode("utf-8-sig")
    assert "%E5%90%AB%E7%A7%81%E5%AF%86" in private.headers["Content-Disposition"]  # 含私密 in the name
    credits = json.loads(editor.get("/export/credits.json?all=1").get_data(as_text=True))
    assert {"周明生", "陈卫东", "（未署名）"} == {c["photographer"] for c in credits}
