"""``python -m gallery`` runs the ``gallery`` command."""

from .cli import main

main()
