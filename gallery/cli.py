"""The ``gallery`` command: thin click wrappers over the library, with clear messages."""

from __future__ import annotations

import io
import json
import sys

import click

from . import __version__
from .cli_common import db_option, open_store


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="gallery")
def main() -> None:
    """gallery: index Chinese-named photos into SQLite, then browse and search them."""


@main.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Worker processes (default: one per core).")
@click.option("--quiet", "-q", is_flag=True, help="No progress; only the summary line and failures.")
@click.option("--json", "as_json", is_flag=True, help="No progress; print the summary as JSON for scripts.")
def index_command(paths: tuple[str, ...], db_path: str, workers: int | None, quiet: bool, as_json: bool) -> None:
    """Index folders of photos (and caption pages) into the gallery.

    PATHS are folders or single files, in any order: image files and article pages
    (plain text naming image files, with each caption on the line after the name)
    may be given together, e.g. ``gallery index images seeds``. Running it again
    only reads what changed. A live bar shows progress on a terminal; elsewhere a
    plain line is printed every few seconds. Stopping it (Ctrl+C, or even kill -9)
    loses nothing already done: the next run goes on from there.
    """
    from .indexer import Indexer
    from .progress import Progress

    store = open_store(db_path)
    running = store.running_index()
    if running:
        store.close()
        raise click.ClickException(f"另一个索引任务正在运行（进程 {running['pid']}），请等待它结束。")
    progress = Progress() if not (quiet or as_json) else None
    indexer = Indexer(store, workers=workers, on_progress=progress)
    try:
        summary = indexer.run(list(paths))
    except KeyboardInterrupt:
        if progress:
            progress.close()
        click.echo("已中断：已处理的文件都已保存，再次运行会从这里继续。", err=True)
        sys.exit(130)
    finally:
        store.close()
    if progress:
        progress.close()
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_summary(summary, db_path, brief=quiet))
    if summary.failed and not as_json and not quiet:
        click.echo("（失败的文件已记录，可用 gallery errors 或网页的“问题文件”页查看）", err=True)


def format_summary(summary, db_path: str, *, brief: bool = False) -> str:
    """The closing summary, in the words an editor reads (``brief``: one line and the failures)."""
    from .names import redact_phones
    from .progress import fit

    rate = (summary.added + summary.updated) / summary.seconds if summary.seconds else 0.0
    lines = [
        f"完成，用时 {summary.seconds:.1f} 秒：新增 {summary.added}，更新 {summary.updated}，"
        f"未变 {summary.unchanged}，移动 {summary.moved}，副本 {summary.copies}，"
        f"缺失 {summary.missing}，失败 {summary.failed}；稿件页 {summary.pages}。"
        + (f"（读取 {rate:.1f} 张/秒）" if rate and not brief else ""),
    ]
    if not brief:
        lines.append(f"数据库：{db_path}")
    if summary.failures:
        lines.append("失败的文件：")
        for path, reason in summary.failures[:50]:
            lines.append(f"  {fit(redact_phones(path), 120)} — {reason}")
        if summary.failed > 50:
            lines.append(f"  …… 另有 {summary.failed - 50} 个（gallery errors 列出全部）")
    return "\n".join(lines)


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=int, help="Port to listen on.")
@click.option("--debug", is_flag=True, help="Reload on code changes (development only).")
def serve_command(db_path: str, host: str, port: int, debug: bool) -> None:
    """Serve the gallery in a browser (http://HOST:PORT)."""
    from .web import create_app

    open_store(db_path, create=False).close()
    app = create_app({"DATABASE": db_path})
    click.echo(f"图库已启动：http://{host}:{port}/  （按 Ctrl+C 停止）")
    app.run(host=host, port=port, debug=debug, use_reloader=debug)


@main.command("parse")
@click.argument("names", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per name, in input order.")
def parse_command(names: tuple[str, ...], as_json: bool) -> None:
    """Show what the file-name parser reads from NAMES (``-`` reads names from stdin, one per line)."""
    from .names import parse_name

    if names == ("-",):
        raw = getattr(sys.stdin, "buffer", None)
        stream = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape") if raw else sys.stdin
        inputs = (line.rstrip("\r\n") for line in stream)
    else:
        inputs = iter(names)
    for name in inputs:
        result = parse_name(name).as_dict()
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False, default=str).encode("utf-8", "replace").decode("utf-8"))
        else:
            click.echo(_describe(result))


def _describe(result: dict) -> str:
    labels = [
        ("title", "标题"), ("photographers", "摄影"), ("place", "地点"), ("date", "日期"),
        ("time", "时间"), ("phones", "电话"), ("copy_marker", "副本标记"), ("kind", "类型"),
    ]
    lines = [result["filename"].encode("utf-8", "replace").decode("utf-8")]
    evidence = result.get("evidence") or {}
    for key, label in labels:
        value = result.get(key)
        if value in (None, [], ""):
            continue
        shown = "、".join(value) if isinstance(value, list) else str(value)
        rule = (evidence.get(key) or {}).get("rule")
        lines.append(f"  {label}：{shown}" + (f"  （规则：{rule}）" if rule else ""))
    return "\n".join(lines)


@main.command("search")
@click.argument("query", nargs=-1, required=True)
@db_option
@click.option("--limit", default=20, show_default=True, help="How many results to show.")
@click.option("--sort", type=click.Choice(["relevance", "date", "oldest"]), default="relevance", show_default=True,
              help="Best match first, or newest/oldest first.")
@click.option("--facets", "show_facets", is_flag=True, help="Also count the hits by photographer, place, year, camera.")
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
def search_command(query: tuple[str, ...], db_path: str, limit: int, sort: str, show_facets: bool,
                   as_json: bool) -> None:
    """Search: words (镇江 采茶), pinyin (zhoumingsheng, zms), "phrases", -excluded, and filters
    photographer: place: date:2019-04..2019-06 camera: kind: has:gps missing:photographer."""
    from .web.public import clean, public_photo

    store = open_store(db_path, create=False)
    try:
        page = store.search(" ".join(query), sort=sort, per_page=max(1, limit), facets=show_facets or as_json)
    finally:
        store.close()
    photos = [public_photo(p) for p in page.photos]
    if as_json:
        click.echo(json.dumps({"total": page.total, "sort": page.sort, "photos": photos, "facets": clean(page.facets),
                               "hints": clean(page.hints)}, ensure_ascii=False, indent=2, default=str))
        return
    click.echo(f"找到 {page.total} 张照片")
    for hint in page.hints:
        click.echo(f"  拼音 {hint['typed']}：" + "、".join(f"{w['word']}（{w['photos']}）" for w in hint["words"]))
    for photo in photos:
        who = "、".join(photo["photographers"]) or "—"
        click.echo(f"  #{photo['id']}  {photo['title'] or photo['name']}  摄影：{who}  地点：{photo['place'] or '—'}  日期：{photo['date'] or '—'}")
    labels = {"photographers": "摄影师", "places": "地点", "years": "年份", "cameras": "相机"}
    for name, values in clean(page.facets).items():
        if values:
            click.echo(f"{labels[name]}：" + "  ".join(f"{v['value']}（{v['count']}）" for v in values))


@main.command("errors")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def errors_command(db_path: str, as_json: bool) -> None:
    """List the files that could not be indexed, with the reason."""
    from .names import redact_phones

    store = open_store(db_path, create=False)
    rows = store.errors()
    store.close()
    if as_json:
        click.echo(json.dumps([{"path": redact_phones(r["path"]), "reason": r["reason"], "at": r["at"]} for r in rows],
                              ensure_ascii=False, indent=2))
        return
    click.echo(f"{len(rows)} 个问题文件")
    for row in rows:
        click.echo(f"  {redact_phones(row['path'])} — {row['reason']}")


from .cli_users import user  # noqa: E402  (editors' accounts)

main.add_command(user)

from .cli_dupes import duplicates  # noqa: E402  (groups of the same picture)

main.add_command(duplicates)


if __name__ == "__main__":  # pragma: no cover
    main()
