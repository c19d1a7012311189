"""What every ``gallery`` command shares: the ``--db`` option and opening the store."""

from __future__ import annotations

import click

from .store import DEFAULT_DB, Store, StoreError

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    envvar="GALLERY_DB",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The gallery's SQLite file (or set $GALLERY_DB).",
)


def open_store(db_path: str, *, create: bool = True) -> Store:
    """Open a gallery database, turning a store error into a message for the user."""
    try:
        return Store(db_path, create=create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
