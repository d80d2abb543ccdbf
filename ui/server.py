"""The web server of `calldrill web`: the Streamlit app of ui/app.py plus the sign-in cookie route.

`streamlit run ui/server.py` finds `app` below (Streamlit's ASGI app, Streamlit ≥ 1.53) and serves
the pages of ui/app.py as usual. A Streamlit page script cannot set an HttpOnly cookie (it runs on
the server and talks to the browser over a WebSocket; only an HTTP response can set one), so the
page posts the session token to COOKIE_ROUTE and this route answers with the cookie: HttpOnly
(no script in the page can read it), SameSite=Strict, Secure over HTTPS, and no expiry date (it
ends with the browser; the server ends the session after the idle and absolute limits anyway).
An empty body clears it (sign-out). Only a request from the app's own pages is accepted.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from streamlit.starlette import App

from ui import context

_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,100}")
_MAX_BODY = 200


def _same_origin(request: Request) -> bool:
    """The request comes from a page of this app (fetch always sends Origin with a POST)."""
    origin = request.headers.get("origin", "")
    if request.headers.get("sec-fetch-site", "same-origin") != "same-origin":
        return False
    return bool(origin) and urlsplit(origin).netloc == request.headers.get("host")


async def session_cookie(request: Request) -> Response:
    if not _same_origin(request):
        return PlainTextResponse("只接受本站页面的请求。", status_code=403)
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > _MAX_BODY:
            return PlainTextResponse("请求太大。", status_code=413)
    token = body.decode("ascii", errors="replace").strip()
    if token and not _TOKEN.fullmatch(token):
        return PlainTextResponse("不是登录凭据。", status_code=400)
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    secure = request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"
    if token:
        response.set_cookie(
            context.COOKIE, token, path="/", httponly=True, samesite="strict", secure=secure
        )
    else:
        response.delete_cookie(
            context.COOKIE, path="/", httponly=True, samesite="strict", secure=secure
        )
    return response


def routes() -> list[Route]:
    context.serve_cookie_route()
    return [Route(context.COOKIE_ROUTE, session_cookie, methods=["POST"])]


app = App(Path(__file__).with_name("app.py"), routes=routes())
