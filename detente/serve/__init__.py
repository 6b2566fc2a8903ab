"""``detente serve``: the REST API, its offline docs and the dashboard over one read-only database."""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: `detente events` shares this package's filters and must not pay for FastAPI.
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
