"""The web dashboard and JSON API: ``marsad serve --db FILE``.

    from marsad.web import create_app
    app = create_app("marsad.db")        # an ASGI app (FastAPI); the store is opened read-only

Needs the ``web`` extra (``pip install -e ".[web]"``).
"""
from __future__ import annotations

__all__ = ["create_app"]


def create_app(db, **kwargs):
    from .app import create_app as _create

    return _create(db, **kwargs)
