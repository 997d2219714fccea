"""One error shape, the security headers, the request size limit and the write token.

Every error the web layer sends, from any endpoint, is built by ``error_body`` and sent by the
handlers ``install_error_handlers`` registers (after datasette's ``error_body``):
``{"ok": false, "error": {"code": "E601", "message": "...", "status": 404}}``. Pages (paths not
under ``/api/``) get the same fields rendered in ``error.html``.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import Errors, LedgerError

TOKEN_HEADER = "X-Ledger-Token"

# The page and the API only ever load their own static files: no inline script, no eval, no
# third-party origin, no framing, no inline style (the SVG chart uses presentation attributes).
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


class ApiError(Exception):
    """An error with a catalogue code and an HTTP status, turned into the one error shape."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.code = message[1:5] if message.startswith("[") else "E000"
        self.message = message
        self.status = status


def error_body(code: str, message: str, status: int) -> dict[str, Any]:
    """The one error shape of the whole web layer."""
    return {"ok": False, "error": {"code": code, "message": message, "status": status}}


def not_found(what: str) -> ApiError:
    return ApiError(Errors.E601.format(what=what), 404)


def invalid(reason: str) -> ApiError:
    return ApiError(Errors.E604.format(reason=reason), 422)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and request.url.path != "/openapi.json"


def _respond(request: Request, code: str, message: str, status: int) -> Response:
    if _wants_html(request):
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            return templates.TemplateResponse(  # type: ignore[no-any-return]
                request,
                "error.html",
                {"code": code, "message": message, "status": status},
                status_code=status,
            )
        return HTMLResponse(f"<p>{code}</p>", status_code=status)
    return JSONResponse(error_body(code, message, status), status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    """Route every error (ours, 404s, validation, ledger errors) through ``_respond``."""

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return _respond(request, exc.code, exc.message, exc.status)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 404:
            return _respond(request, "E601", Errors.E601.format(what=request.url.path), 404)
        if exc.status_code == 405:
            msg = Errors.E604.format(reason=f"method {request.method} not allowed on {request.url.path}")
            return _respond(request, "E604", msg, 405)
        return _respond(request, "E604", Errors.E604.format(reason=str(exc.detail)), exc.status_code)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        parts = []
        for err in exc.errors()[:5]:
            loc = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
            parts.append(f"{loc or 'body'}: {err.get('msg', 'invalid')}")
        return _respond(request, "E604", Errors.E604.format(reason="; ".join(parts) or "invalid input"), 422)

    async def ledger_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, LedgerError)
        status = 404 if exc.code in ("E203", "E401", "E601") else 422
        return _respond(request, exc.code, str(exc), status)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(LedgerError, ledger_error)


def is_loopback(host: str) -> bool:
    """True when ``host`` only accepts connections from this machine."""
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class WritePolicy:
    """Who may write: a token is needed when one is set, or when the server binds beyond localhost."""

    token: str | None
    required: bool

    def check(self, request: Request, form_token: str | None = None) -> None:
        """Raise E603 (403) unless the request may write; refuse cross-site posts (E605)."""
        origin = request.headers.get("origin") or request.headers.get("referer")
        if origin:
            o = urlsplit(origin)
            if o.netloc and o.netloc != request.headers.get("host", ""):
                raise ApiError(Errors.E605.format(origin=f"{o.scheme}://{o.netloc}"), 403)
        if not self.required:
            return
        given = request.headers.get(TOKEN_HEADER) or form_token or ""
        if not self.token or not hmac.compare_digest(given.encode(), self.token.encode()):
            raise ApiError(Errors.E603, 403)


class SecurityMiddleware:
    """Pure ASGI middleware: security headers on every response, and a request body limit.

    The body is read (up to ``max_body`` + 1 bytes) before the app sees it, so an oversized
    request is answered 413 with the one error shape whether or not it declared its length.
    """

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for k, v in SECURITY_HEADERS.items():
                    if k.lower().encode() not in present:
                        headers.append((k.lower().encode(), v.encode()))
                message = {**message, "headers": headers}
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        too_big = declared is not None and declared.isdigit() and int(declared) > self.max_body
        body = b""
        if not too_big and scope.get("method") in ("POST", "PUT", "PATCH", "DELETE"):
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                body += message.get("body", b"")
                more = message.get("more_body", False)
                if len(body) > self.max_body:
                    too_big = True
                    break
        if too_big:
            await self._too_large(send_with_headers)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed and scope.get("method") in ("POST", "PUT", "PATCH", "DELETE"):
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send_with_headers)

    async def _too_large(self, send: Callable[[Message], Awaitable[None]]) -> None:
        payload = json.dumps(error_body("E602", Errors.E602.format(limit=self.max_body), 413)).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})
