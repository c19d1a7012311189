"""gallery: index Chinese-named photos into SQLite and browse them in a Flask gallery."""

__version__ = "0.1.0"
