"""``gallery user``: editors' and admins' accounts from the command line (thin click wrappers)."""

from __future__ import annotations

import sys

import click

from .store import DEFAULT_DB, Store, StoreError
from .store.edits import EditError

db_option = click.option("--db", "db_path", default=DEFAULT_DB, envvar="GALLERY_DB", show_default=True,
                         type=click.Path(dir_okay=False), help="The gallery's SQLite file (or set $GALLERY_DB).")
password_stdin = click.option("--password-stdin", is_flag=True,
                              help="Read the password from the first line of stdin (for scripts).")


def _store(db_path: str) -> Store:
    try:
        return Store(db_path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _password(from_stdin: bool) -> str:
    from .web.auth import MIN_PASSWORD

    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("密码", hide_input=True, confirmation_prompt="再输入一次")
    if len(password) < MIN_PASSWORD:
        raise click.ClickException(f"密码至少 {MIN_PASSWORD} 位")
    return password


@click.group("user")
def user() -> None:
    """Manage editors' accounts (add, list, passwd, disable, enable, role)."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["editor", "admin"]), default="editor", show_default=True,
              help="editor edits captions; admin also manages accounts.")
@password_stdin
@db_option
def add(name: str, role: str, password_stdin: bool, db_path: str) -> None:
    """Create an account NAME; asks for its password (stored as a salted hash)."""
    from .web.auth import check_account, hash_password

    password = _password(password_stdin)
    error = check_account(name, role, password)
    if error:
        raise click.ClickException(error)
    store = _store(db_path)
    try:
        store.add_user(name, role, hash_password(password))
    except EditError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    click.echo(f"已创建{'管理员' if role == 'admin' else '编辑'}账号：{name}")


@user.command("list")
@db_option
def list_users(db_path: str) -> None:
    """List accounts with their role and last sign-in."""
    store = _store(db_path)
    rows = store.users()
    store.close()
    click.echo(f"{len(rows)} 个账号")
    for row in rows:
        state = "" if row["active"] else "（已停用）"
        click.echo(f"  {row['name']}  {row['role']}{state}  最近登录：{row['last_signin'] or '从未'}")


def _change(db_path: str, name: str, **changes) -> None:
    store = _store(db_path)
    try:
        found = store.user_named(name)
        if found is None:
            raise click.ClickException(f"没有用户 {name}")
        store.update_user(found["id"], **changes)
    except EditError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


@user.command("passwd")
@click.argument("name")
@password_stdin
@db_option
def passwd(name: str, password_stdin: bool, db_path: str) -> None:
    """Set a new password for NAME (signs out its sessions)."""
    from .web.auth import hash_password

    _change(db_path, name, password_hash=hash_password(_password(password_stdin)))
    click.echo(f"已修改 {name} 的密码")


@user.command("disable")
@click.argument("name")
@db_option
def disable(name: str, db_path: str) -> None:
    """Stop NAME from signing in (its history stays)."""
    _change(db_path, name, active=False)
    click.echo(f"已停用 {name}")


@user.command("enable")
@click.argument("name")
@db_option
def enable(name: str, db_path: str) -> None:
    """Let a disabled NAME sign in again."""
    _change(db_path, name, active=True)
    click.echo(f"已启用 {name}")


@user.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(["editor", "admin"]))
@db_option
def role(name: str, role: str, db_path: str) -> None:
    """Make NAME an editor or an admin."""
    _change(db_path, name, role=role)
    click.echo(f"{name} 现在是 {role}")
