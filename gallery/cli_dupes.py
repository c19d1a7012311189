"""``gallery duplicates``: the groups of alike photos (and exact copies), for people and scripts."""

from __future__ import annotations

import json
from typing import Any

import click

from . import dupes
from .cli_common import db_option, open_store
from .names import redact_phones


@click.command("duplicates")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the groups as JSON for scripts.")
@click.option("--rebuild", is_flag=True,
              help="Make missing fingerprints from the stored thumbnails, then group everything again.")
@click.option("--contest", is_flag=True, help="Groups credited to different photographers first, with counts.")
def duplicates(db_path: str, as_json: bool, rebuild: bool, contest: bool) -> None:
    """List groups of the same picture: copies, re-saves, crops, screenshots, mirrors.

    Groups are made from the fingerprints stored at index time; they are made again by
    themselves when fingerprints changed. ``--rebuild`` also fingerprints photos indexed
    before fingerprints existed (from their grid thumbnails).
    """
    store = open_store(db_path, create=False)
    try:
        if rebuild:
            made, failed = dupes.backfill(store)
            for photo_id, reason in failed:
                click.echo(f"照片 #{photo_id}：{reason}", err=True)
            dupes.regroup(store)
            if not as_json:
                click.echo(f"补算指纹 {made} 张，失败 {len(failed)} 张")
        else:
            dupes.refresh(store, limit=None)
        view = dupes.contest(store) if contest else {"groups": dupes.groups(store)}
    finally:
        store.close()
    if as_json:
        out: dict[str, Any] = {"groups": [_group_json(g) for g in view["groups"]]}
        if contest:
            out["photographers"] = view["photographers"]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    _print(view, contest)


def _group_json(group: dupes.Group) -> dict[str, Any]:
    return {
        "id": group.id,
        "kind": group.kind,
        "contested": group.contested,
        "photographers": group.photographers,
        "kept": group.decision["kept"] if group.decision else None,
        "photos": [
            {"id": m["id"], "title": redact_phones(m["title"] or ""), "width": m["width"], "height": m["height"],
             "date": m["date"], "photographers": group.credits.get(m["id"], []), "distance": m["distance"],
             "how": m["how"], "files": [redact_phones(f"{f['root']}/{f['path']}") for f in m["files"]]}
            for m in group.members
        ],
    }


def _print(view: dict[str, Any], contest: bool) -> None:
    groups = view["groups"]
    click.echo(f"{len(groups)} 组重复照片" + (f"，其中 {sum(g.contested for g in groups)} 组署名不同" if contest else ""))
    for group in groups:
        label = "完全相同的文件" if group.kind == "exact" else f"{len(group.members)} 张相似"
        who = "、".join(group.photographers) or "—"
        flag = "  ⚠ 署名不同" if group.contested else ""
        kept = f"  已保留 #{group.decision['kept']}" if group.decision else ""
        click.echo(f"\n组 #{group.id}（{label}）摄影：{who}{flag}{kept}")
        for m in group.members:
            size = f"{m['width']}×{m['height']}" if m["width"] else "—"
            click.echo(f"  #{m['id']}  {size}  {m['date'] or '—'}  {dupes_how(m)}")
            for f in m["files"]:
                click.echo(f"      {redact_phones(f['root'] + '/' + f['path'])}{'  (缺失)' if f['missing'] else ''}")
    if contest and view.get("photographers"):
        click.echo("\n摄影师  参赛作品  所在组  署名不同的组")
        for p in view["photographers"]:
            click.echo(f"  {redact_phones(p['name'])}  {p['entries']}  {p['groups']}  {p['contested']}")


def dupes_how(member: dict[str, Any]) -> str:
    """How a member is alike the others, in words."""
    if member["how"] == "reference":
        return "基准"
    if member["how"] == "exact":
        return f"{len(member['files'])} 个相同文件"
    return f"{dupes.likeness.HOW.get(member['how'], member['how'])}（相差 {member['distance']} 位）"
