"""``detente serve``: the REST API and the dashboard over a database, read-only."""

from __future__ import annotations

import click

from ..store import StoreError
from .common import db_option, fail, stderr


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 for all).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
def serve(db: str, host: str, port: int) -> None:
    """Serve the database: JSON API under /api, its docs at /docs, and the dashboard at /.

    The database is opened read-only; stop the server before ingesting into the same file.

    \b
    Example:
      detente serve --db detente.duckdb --port 8000
      open http://127.0.0.1:8000/            # events, dyad timeline, network, map, article reader
      curl 'http://127.0.0.1:8000/api/events?dyad=KOR-CHN&limit=5'
    """
    import uvicorn  # imported here: the other commands should not pay for the web stack

    from ..serve import create_app

    try:
        app = create_app(db)
    except StoreError as err:
        fail(str(err))
    stderr.print(f"detente: serving {db} at http://{host}:{port}/  (API docs: /docs; Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="info")
