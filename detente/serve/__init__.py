"""``detente serve``: the REST API, its offline docs and the dashboard over one read-only database."""

from .app import create_app

__all__ = ["create_app"]
