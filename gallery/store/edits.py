"""Editors' work: accounts, manual values, history of every change, bulk steps (SQL).

A mixin of :class:`gallery.store.Store`.
"""

from __future__ import annotations


class EditsMixin:
    """Accounts, edits and their history."""

    SCHEMA = ""
