"""Editing captions against real SQLite files and real JPEGs: manual wins, history, bulk steps,
reverts, versions, review, and all-or-nothing bulk writes."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gallery import editing
from gallery.captioning import Captioning, EditError, VersionConflict
from gallery.store import Store

from .conftest import ROOT, index, make_jpeg
from .editor_support import add_user, app_for, copy_db, sign_in

CAICHA = "《采茶》周明生 摄于镇江茶博园.jpg"
TEMPLATE = "{date} {place}，{title}[（{photographer} 摄）]"


@pytest.fixture
def folder_db(tmp_path: Path):
    """Three real JPEGs with Chinese names, indexed into a fresh database."""
    folder = tmp_path / "in"
    make_jpeg(folder / CAICHA, exif_ifd={0x9003: "2019:04:19 10:30:00"})
    make_jpeg(folder / "《无尘仓储》陈卫东,摄于江苏南钢无尘储煤场.jpg", colour=(10, 200, 10))
    make_jpeg(folder / "IMG_0001.jpg", colour=(10, 10, 200))
    db = tmp_path / "g.db"
    index(db, folder)
    return folder, db


@pytest.fixture
def editor(folder_db):
    store = Store(folder_db[1])
    yield Captioning(store)
    store.close()


def ids_by_name(store: Store) -> dict[str, int]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT name, photo_id FROM files")}


def ids_in(db: Path) -> dict[str, int]:
    store = Store(db)
    try:
        return ids_by_name(store)
    finally:
        store.close()


# --- reading editors' input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "expected, text",
    [
        (("2019-04-19", None), "2019年4月19日"),
        (("2019-04-19", None), "2019/4/19"),
        (("2019-04-19", None), "2019.04.19"),
        (("2019-04-19", None), "20190419"),
        (("2019-04", None), "2019年4月"),
        (("2019", None), "2019"),
        (("2019-04-19T10:30:00", None), "2019-04-19 10:30"),
        (("", None), ""),
        ((None, "日期 2019-2-30 不存在"), "2019-2-30"),
        ((None, "月份 13 不对"), "2019-13"),
    ],
)
def test_dates_are_read_the_ways_editors_type_them(expected, text):
    assert expected == editing.normalize_date(text)


@pytest.mark.parametrize(
    "expected, name, raw",
    [
        ((["周明生", "陈卫东"], None), "photographers", "周明生、陈卫东"),
        ((["周明生", "陈卫东"], None), "photographers", "周明生，陈卫东,周明生"),
        ((["茶", "春天"], None), "keywords", "茶；春天"),
        ((["13775584488", "02584123456"], None), "phones", "137 7558 4488、025-84123456"),
        ((None, "电话“abc”不像电话号码"), "phones", "abc"),
        (("a@b.cn", None), "email", "a@b.cn"),
        ((None, "邮箱“a@b”格式不对"), "email", "a@b"),
        (("采茶 女", None), "title", "采茶\n女\x00"),
        ((None, "不能编辑的字段：digest"), "digest", "x"),
    ],
)
def test_input_is_normalised_or_refused(expected, name, raw):
    assert expected == editing.normalize(name, raw)


@pytest.mark.parametrize(
    "expected, template",
    [
        (("2019年4月19日 镇江茶博园，采茶（周明生 摄）", []), TEMPLATE),
        (("采茶", []), "{title}[（{place} 摄于 {caption}）]"),
        (("《采茶》周明生 摄于镇江茶博园 /", ["caption"]), "{filename} / {caption}"),
    ],
)
def test_templates_fill_per_photo(expected, template):
    values = editing.template_values({"title": "采茶", "photographers": ["周明生"], "place": "镇江茶博园",
                                      "date": "2019-04-19T10:30:00", "name": CAICHA})
    assert expected == editing.fill(template, values)


@pytest.mark.parametrize("template", ["{photograper}", "{date", "[{date}"])
def test_bad_templates_are_refused(template):
    assert editing.template_errors(template)


# --- one photo ------------------------------------------------------------------------------------


def test_manual_value_wins_and_history_keeps_old_new_who_when(editor):
    pid = ids_by_name(editor.store)[CAICHA]
    step = editor.save("王编辑", pid, {"title": "采茶女", "place": "镇江茶博园"},
                       {"title": "采茶", "place": "镇江茶博园"}, 0)
    photo = editor.store.photo(pid)
    assert ("采茶女", "manual") == (photo["title"], photo["fields"]["title"]["source"])
    assert {"title": "采茶女"} == photo["manual"]  # the untouched place is not pinned
    (change,) = editor.store.history(pid)
    assert ("title", "采茶", None, "采茶女", "王编辑", step["id"]) == (
        change["field"], change["old_shown"], change["old_manual"], change["new_manual"], change["user"],
        change["step_id"])
    assert change["at"].startswith(step["at"][:10])
    assert 1 == editor.store.versions([pid])[pid]
    assert 1 == editor.store.search("采茶女").total  # search sees the edit at once


def test_reindex_never_overwrites_but_offers_the_new_reading(editor, folder_db):
    folder, db = folder_db
    pid = ids_by_name(editor.store)[CAICHA]
    editor.save("王编辑", pid, {"title": "采茶女"}, {"title": "采茶"}, 0)
    assert {} == editor.suggestions(pid)  # nothing newer than what the editor saw
    (folder / CAICHA).rename(folder / "《春茶》周明生 摄于镇江茶博园.jpg")
    index(db, folder)
    photo = editor.store.photo(pid)
    assert ("采茶女", "manual") == (photo["title"], photo["fields"]["title"]["source"])
    suggestion = editor.suggestions(pid)["title"]
    assert ("春茶", "filename") == (suggestion.value, suggestion.source)
    editor.accept_suggestion("王编辑", pid, "title", 1)
    assert "春茶" == editor.store.photo(pid)["title"]
    assert {} == editor.suggestions(pid)


def test_dismissed_suggestion_stays_dismissed(editor, folder_db):
    folder, db = folder_db
    pid = ids_by_name(editor.store)[CAICHA]
    editor.save("王编辑", pid, {"title": "采茶女"}, {"title": "采茶"}, 0)
    (folder / CAICHA).rename(folder / "《春茶》周明生 摄于镇江茶博园.jpg")
    index(db, folder)
    editor.dismiss_suggestion(pid, "title")
    assert {} == editor.suggestions(pid)
    assert "采茶女" == editor.store.photo(pid)["title"]


def test_second_saver_gets_a_conflict_not_a_silent_overwrite(editor):
    pid = ids_by_name(editor.store)[CAICHA]
    editor.save("王编辑", pid, {"title": "采茶女"}, {"title": "采茶"}, 0)
    with pytest.raises(VersionConflict) as raised:
        editor.save("李编辑", pid, {"title": "春茶"}, {"title": "采茶"}, 0)
    assert (0, 1) == (raised.value.expected, raised.value.current)
    assert "采茶女" == editor.store.photo(pid)["title"]


def test_conflict_page_shows_both_versions(folder_db):
    _, db = folder_db
    add_user(db)
    client = app_for(db).test_client()
    token = sign_in(client)
    pid = ids_in(db)[CAICHA]
    form = {"csrf_token": token, "version": "0", "f_title": "采茶女", "o_title": "采茶"}
    assert 302 == client.post(f"/photo/{pid}/edit", data=form).status_code
    second = client.post(f"/photo/{pid}/edit", data={**form, "f_title": "春茶"})
    html = second.get_data(as_text=True)
    assert 409 == second.status_code
    assert ("保存冲突", "春茶", "采茶女", "王编辑") == tuple(t for t in ("保存冲突", "春茶", "采茶女", "王编辑") if t in html)
    api = client.post(f"/api/edit/photos/{pid}", json={"version": 0, "values": {"title": "春茶"},
                                                        "original": {"title": "采茶"}},
                      headers={"X-CSRF-Token": token})
    assert (409, [{"name": "title", "label": "标题", "yours": "春茶", "theirs": "采茶女"}]) == (
        api.status_code, api.get_json()["conflict"])


def test_bad_input_is_refused_and_nothing_written(editor):
    pid = ids_by_name(editor.store)[CAICHA]
    with pytest.raises(EditError, match="日期"):
        editor.save("王编辑", pid, {"title": "新", "date": "明天"}, {"title": "采茶", "date": ""}, 0)
    assert ("采茶", {}, 0) == (editor.store.photo(pid)["title"], editor.store.photo(pid)["manual"],
                              editor.store.versions([pid])[pid])


def test_clear_beats_the_machine_and_restore_brings_it_back(editor):
    pid = ids_by_name(editor.store)[CAICHA]
    editor.save("王编辑", pid, {"place": ""}, {"place": "镇江茶博园"}, 0)
    assert "" == (editor.store.photo(pid)["place"] or "")
    editor.restore_machine("王编辑", pid, "place", 1)
    assert "镇江茶博园" == editor.store.photo(pid)["place"]


def test_private_fields_are_kept_private(editor):
    pid = ids_by_name(editor.store)[CAICHA]
    editor.save("王编辑", pid, {"phones": "13900001111", "note": "作者要求署名", "email": "zhou@example.cn"},
                {"phones": "", "note": "", "email": ""}, 0)
    private = editor.store.photo(pid)["private"]
    assert (["13900001111"], "作者要求署名", "zhou@example.cn") == (private["phones"], private["note"], private["email"])
    assert 0 == editor.store.search("13900001111").total


# --- bulk steps and reverts --------------------------------------------------------------------


def test_bulk_template_is_one_step_and_reverts_as_one(editor):
    ids = sorted(ids_by_name(editor.store).values())
    step = editor.bulk("王编辑", ids, "caption", "set", TEMPLATE)
    assert (3, 3) == (step["photos"], step["changes"])
    captions = {editor.store.photo(i)["caption"] for i in ids}
    assert "2019年4月19日 镇江茶博园，采茶（周明生 摄）" in captions
    assert 1 == len(editor.store.steps())
    undone = editor.revert_step("王编辑", step["id"])
    assert (3, 0) == (undone["changes"], undone["skipped"])
    assert {None} == {editor.store.photo(i)["caption"] for i in ids}
    assert step["id"] == editor.store.steps()[0]["reverts"]
    assert undone["id"] == editor.store.step(step["id"])["reverted_by"]


@pytest.mark.parametrize(
    "expected, op, template",
    [
        (["周明生", "新华社"], "append", "新华社"),
        (["新华社"], "set", "新华社"),
        ([], "clear", ""),
    ],
)
def test_bulk_set_append_clear_on_a_list(editor, expected, op, template):
    pid = ids_by_name(editor.store)[CAICHA]
    editor.bulk("王编辑", [pid], "photographers", op, template)
    assert expected == editor.store.photo(pid)["photographers"]


def test_revert_leaves_later_edits_alone(editor):
    ids = ids_by_name(editor.store)
    step = editor.bulk("王编辑", sorted(ids.values()), "credit", "set", "本报记者")
    editor.save("李编辑", ids[CAICHA], {"credit": "特约"}, {"credit": "本报记者"}, 1)
    undone = editor.revert_step("王编辑", step["id"])
    assert (2, 1) == (undone["changes"], undone["skipped"])
    assert "特约" == editor.store.photo(ids[CAICHA])["credit"]


def test_revert_one_change(editor):
    pid = ids_by_name(editor.store)[CAICHA]
    editor.save("王编辑", pid, {"title": "采茶女", "place": "镇江"}, {"title": "采茶", "place": "镇江茶博园"}, 0)
    title_change = next(c for c in editor.store.history(pid) if c["field"] == "title")
    editor.revert_change("王编辑", title_change["id"])
    photo = editor.store.photo(pid)
    assert ("采茶", "镇江") == (photo["title"], photo["place"])
    with pytest.raises(EditError):
        editor.revert_change("王编辑", title_change["id"])


def test_bulk_with_a_bad_template_writes_nothing(editor):
    ids = sorted(ids_by_name(editor.store).values())
    with pytest.raises(EditError, match="photograper"):
        editor.bulk("王编辑", ids, "caption", "set", "{photograper}")
    assert [] == editor.store.steps()


CRASH = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from gallery.store import Store
    from gallery.captioning import Captioning
    store = Store({db!r})
    editor = Captioning(store)
    done = []
    real = editor._indexer.refresh_photo
    def refresh(photo_id):
        real(photo_id)
        done.append(photo_id)
        if len(done) == 2:
            os.kill(os.getpid(), signal.SIGKILL)  # killed in the middle of the bulk edit
    editor._indexer.refresh_photo = refresh
    ids = [r[0] for r in store.conn.execute("SELECT id FROM photos")]
    editor.bulk("王编辑", ids, "caption", "set", "半途而废 {{title}}")
    """
)


def test_a_kill_in_the_middle_of_a_bulk_edit_leaves_every_photo_untouched(folder_db):
    _, db = folder_db
    result = subprocess.run([sys.executable, "-c", CRASH.format(root=str(ROOT), db=str(db))],
                            capture_output=True, timeout=60)
    assert -9 == result.returncode, result.stderr
    store = Store(db)
    try:
        rows = store.conn.execute("SELECT manual, caption FROM photos").fetchall()
        assert {("{}", None)} == set(rows)
        assert [] == store.steps()
        assert 0 == store.conn.execute("SELECT count(*) FROM edit_changes").fetchone()[0]
    finally:
        store.close()


# --- review queue -----------------------------------------------------------------------------------


def test_review_queue_lists_reasons_and_confirm_clears_them(editor):
    ids = ids_by_name(editor.store)
    queue, total = editor.review_queue()
    reasons = {row["name"]: {r for r, _ in row["reasons"]} for row in queue}
    assert {"no_photographer", "no_place"} <= reasons["IMG_0001.jpg"]
    assert CAICHA not in reasons
    editor.confirm("王编辑", ids["IMG_0001.jpg"])
    after, after_total = editor.review_queue()
    assert (total - 1, "IMG_0001.jpg") == (after_total, "IMG_0001.jpg")
    assert "IMG_0001.jpg" not in {row["name"] for row in after}


def test_conflicting_sources_are_queued_and_a_correction_pins_the_value(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "2019年4月19日 采茶 周明生摄.jpg", exif_ifd={0x9003: "2021:05:01 08:00:00"})
    index(tmp_path / "g.db", folder)
    store = Store(tmp_path / "g.db")
    try:
        editor = Captioning(store)
        (row,), _ = editor.review_queue("conflict")
        assert ("conflict", "date") in row["reasons"]
        editor.save("王编辑", row["id"], {"date": "2021-05-01"}, {"date": row["date"]}, 0)
        assert ([], "2021-05-01") == (editor.review_queue("conflict")[0], store.photo(row["id"])["date"])
    finally:
        store.close()


def test_a_review_correction_that_keeps_the_value_still_settles_it(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "2019年4月19日 采茶 周明生摄.jpg", exif_ifd={0x9003: "2021:05:01 08:00:00"})
    index(tmp_path / "g.db", folder)
    store = Store(tmp_path / "g.db")
    try:
        editor = Captioning(store)
        (row,), _ = editor.review_queue("conflict")
        editor.save("王编辑", row["id"], {"date": row["date"]}, {"date": row["date"]}, 0, pin=True)
        assert ([], "manual") == (editor.review_queue("conflict")[0], store.photo(row["id"])["fields"]["date"]["source"])
    finally:
        store.close()


def test_review_page_confirms_with_one_click(folder_db):
    _, db = folder_db
    add_user(db)
    client = app_for(db).test_client()
    token = sign_in(client)
    page = client.get("/review").get_data(as_text=True)
    pid = ids_in(db)["IMG_0001.jpg"]
    assert f'action="/review/{pid}/confirm"' in page
    assert 302 == client.post(f"/review/{pid}/confirm", data={"csrf_token": token}).status_code
    assert f'action="/review/{pid}/confirm"' not in client.get("/review").get_data(as_text=True)


def test_history_page_and_revert_through_the_web(folder_db):
    _, db = folder_db
    add_user(db)
    client = app_for(db).test_client()
    token = sign_in(client)
    ids = sorted(ids_in(db).values())
    done = client.post("/api/edit/bulk", json={"ids": ids, "field": "credit", "op": "set", "template": "新华社"},
                       headers={"X-CSRF-Token": token}).get_json()
    assert 3 == done["photos"]
    photo_page = client.get(f"/photo/{ids[0]}").get_data(as_text=True)
    assert "新华社" in photo_page and "王编辑" in photo_page and "撤销整步（3 张）" in photo_page
    reverted = client.post(f"/history/{done['step']}/revert", json={}, headers={"X-CSRF-Token": token})
    assert (200, 3) == (reverted.status_code, reverted.get_json()["changes"])
    assert "已撤销" in client.get(f"/history/{done['step']}").get_data(as_text=True)
    store = Store(db)
    try:
        assert {None} == {store.photo(i)["credit"] for i in ids}
    finally:
        store.close()


def test_hostile_requests_never_break_anything(folder_db):
    _, db = folder_db
    add_user(db)
    client = app_for(db).test_client()
    token = sign_in(client)
    headers = {"X-CSRF-Token": token}
    for body in ({"ids": "x,,1e9,-1", "field": "caption", "op": "set", "template": "{"},
                 {"ids": [None, {"a": 1}], "field": "nope", "op": "boom", "template": "\x00"},
                 {"all": "true", "q": "\"'*(", "field": "caption", "op": "append", "template": "<script>"}):
        for url in ("/api/edit/bulk/preview", "/api/edit/bulk"):
            assert client.post(url, json=body, headers=headers).status_code in (200, 400)
    assert 400 == client.post("/api/edit/photos/1", json={"version": 0, "values": [1]}, headers=headers).status_code
    assert 404 == client.get("/history/999999").status_code
    assert 302 == client.post("/history/change/999999/revert", data={"csrf_token": token}).status_code
    assert 400 == client.post("/api/edit/photos/1", data="not json", headers=headers).status_code
    assert json.loads(client.get("/export/photos.json?ids=%00,abc").get_data(as_text=True))["count"] == 0


def test_sample_copy_edit_roundtrip(sample_db, tmp_path):
    db = copy_db(sample_db, tmp_path)
    store = Store(db)
    try:
        editor = Captioning(store)
        ids = [r[0] for r in store.conn.execute("SELECT id FROM photos")]
        step = editor.bulk("王编辑", ids, "caption", "append", "[（{photographer} 摄）]")
        assert len(ids) == step["photos"]
        editor.revert_step("王编辑", step["id"])
        assert all(m == {} for (m,) in ((json.loads(r[0]),) for r in store.conn.execute("SELECT manual FROM photos")))
    finally:
        store.close()


def test_photo_page_form_holds_the_current_values_and_sources(folder_db):
    _, db = folder_db
    add_user(db)
    client = app_for(db).test_client()
    sign_in(client)
    html = client.get(f"/photo/{ids_in(db)[CAICHA]}").get_data(as_text=True)
    for expected in ('name="f_title" value="采茶"', 'name="o_title" value="采茶"', 'name="f_photographers" value="周明生"',
                     'name="version" value="0"'):
        assert expected in html
