"""The gallery as a WSGI app: ``flask --app app run`` or any WSGI server (``app:app``)."""

from gallery.web import create_app

app = create_app()
