"""ASGI middleware: security headers, a request body limit and a Server-Timing header."""
from __future__ import annotations

import json
import time

#: no inline scripts or styles, nothing from other origins, no framing, forms post here only
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class BodyTooLarge(Exception):
    pass


class SecurityMiddleware:
    """Adds :data:`HEADERS` and ``Server-Timing: app;dur=<ms>`` to every response, and answers
    413 to a request whose body is over ``max_body`` bytes (declared or streamed)."""

    def __init__(self, app, max_body: int = 1_000_000):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_body
                except ValueError:
                    too_big = True
                if too_big:
                    await self._reject(send, t0)
                    return
        received = 0
        response_started = False

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge()
            return message

        async def send_with_headers(message):
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
                ms = (time.perf_counter() - t0) * 1000
                headers = [h for h in message.get("headers", []) if h[0].lower() not in {k for k, _ in HEADERS}]
                headers += HEADERS + [(b"server-timing", f"app;dur={ms:.1f}".encode())]
                if scope.get("path", "").startswith("/static/"):
                    headers.append((b"cache-control", b"public, max-age=86400"))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except BodyTooLarge:
            if not response_started:
                await self._reject(send, t0)

    async def _reject(self, send, t0) -> None:
        body = json.dumps({"error": f"request body too large (limit {self.max_body} bytes)"}).encode()
        ms = (time.perf_counter() - t0) * 1000
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                *HEADERS, (b"server-timing", f"app;dur={ms:.1f}".encode())]})
        await send({"type": "http.response.body", "body": body})
