"""The web application: JSON API, offline API docs and the dashboard, over one read-only database."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from . import api, pages
from .db import Database
from .filters import FilterError
from .queries import Queries

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"

# Only this server's own files run or load: even markup that slipped past escaping could not execute
# an inline script or an event-handler attribute, nor reach the network.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


def templates() -> Jinja2Templates:
    # Autoescape every template, whatever its file name: article text and metadata are untrusted.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.globals["query_with"] = _query_with
    return Jinja2Templates(env=env)


def _query_with(form: dict[str, str], page: int) -> str:
    """The current filters with another page number, for the pager's links."""
    return urlencode({**form, "page": page})


def create_app(db_path: str | os.PathLike[str]) -> FastAPI:
    """The app serving the detente database at ``db_path`` (opened read-only, once, now)."""
    db = Database(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        db.close()

    app = FastAPI(
        title="detente",
        version=__version__,
        description="Event data from news about international relations, traceable to the sentence. "
        "Read-only. Every list is paginated (`limit`, `offset`); bad parameters get a 400 or 422 "
        "naming the parameter.",
        docs_url=None,  # FastAPI's own page loads Swagger UI from a CDN; ours serves it locally
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.queries = Queries(db)
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return request.app.state.templates.TemplateResponse(request, "docs.html", {})

    @app.exception_handler(FilterError)
    async def bad_filter(request: Request, err: FilterError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": err.message, "parameter": err.parameter}, status_code=400)
        return pages.error_page(request, 400, str(err))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, err: RequestValidationError) -> Response:
        problems = [
            {"parameter": ".".join(str(p) for p in e["loc"][1:]) or str(e["loc"][0]), "detail": e["msg"]}
            for e in err.errors()
        ]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": problems}, status_code=422)
        text = "; ".join(f"{p['parameter']}: {p['detail']}" for p in problems)
        return pages.error_page(request, 422, text)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException) -> Response:
        if request.url.path.startswith(("/api/", "/static/", "/openapi.json")):
            return JSONResponse({"detail": err.detail}, status_code=err.status_code)
        return pages.error_page(request, err.status_code, str(err.detail))

    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    return app
