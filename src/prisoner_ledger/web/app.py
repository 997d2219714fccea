"""The web dashboard: ``create_app(db_path, options)`` builds the FastAPI application.

Pages (``pages.py``) and the JSON API (``api.py``, under ``/api/``) read the same functions
(``queries.py``). ``security.py`` gives every error one shape, adds the Content-Security-Policy,
limits request bodies and guards writes with a token when the server binds beyond localhost.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from . import api, pages
from .security import SecurityMiddleware, WritePolicy, install_error_handlers, is_loopback


@dataclass(frozen=True)
class WebOptions:
    """How the dashboard is served."""

    host: str = "127.0.0.1"  # where the server binds; beyond loopback, writes need the token
    token: str | None = None  # when set, every write needs it (header X-Ledger-Token or form field)
    # A review is under 2 KB (reason and value are capped at 2,000 characters each); 64 KB leaves
    # room for any legitimate form while keeping a flood of large bodies cheap to refuse.
    max_body: int = 64 * 1024


def _resource_dir(name: str) -> str:
    return str(Path(str(files("prisoner_ledger.web").joinpath(name))))


def create_app(db_path: str | os.PathLike[str], options: WebOptions | None = None) -> FastAPI:
    """The dashboard and API over the ledger database at ``db_path``."""
    opts = options or WebOptions()
    app = FastAPI(
        title="prisoner-ledger",
        version=__version__,
        description="Releases of political prisoners and the bargaining around them, with evidence. "
        "Every error has the shape {ok: false, error: {code, message, status}}.",
        docs_url=None,  # the Swagger page loads scripts from a CDN, which the CSP forbids
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db_path = str(db_path)
    app.state.options = opts
    app.state.write_policy = WritePolicy(token=opts.token, required=bool(opts.token) or not is_loopback(opts.host))
    templates = Jinja2Templates(directory=_resource_dir("templates"))
    templates.env.autoescape = True  # every template, whatever its suffix
    app.state.templates = templates
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=_resource_dir("static")), name="static")
    app.add_middleware(SecurityMiddleware, max_body=opts.max_body)
    return app
