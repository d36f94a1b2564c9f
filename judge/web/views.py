"""The web editor: one HTML shell at `/` and the bundle under `/static/`, built from web/ by
scripts/build-web.sh. Every response of the page carries a Content-Security-Policy: scripts only
from this origin, no inline script, no framing; inline styles are allowed because CodeMirror
injects its own."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter, FastAPI, HTTPException
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from starlette.staticfiles import StaticFiles

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PAGE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

router = APIRouter(include_in_schema=False)


def static_dir() -> Path:
    return Path(str(resources.files("judge.web").joinpath("static")))


@router.api_route("/", methods=["GET", "HEAD"])
def index() -> FileResponse:
    page = static_dir() / "index.html"
    if not (static_dir() / "app.js").is_file():
        raise HTTPException(503, "the web editor is not built: run scripts/build-web.sh")
    return FileResponse(page, headers={**PAGE_HEADERS, "Cache-Control": "no-cache"})


class SecureStaticFiles(StaticFiles):
    async def get_response(self, path, scope):  # type: ignore[no-untyped-def]
        response = await super().get_response(path, scope)
        response.headers.update(PAGE_HEADERS)
        return response


@router.get("/docs")
def api_explorer() -> HTMLResponse:
    """Swagger UI from this server's own copy (web/build.mjs puts it in static/docs): a
    self-hosted judge often has no network, and the default page loads it from a CDN."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="judge API",
        swagger_js_url="/static/docs/swagger-ui-bundle.js",
        swagger_css_url="/static/docs/swagger-ui.css",
        swagger_favicon_url="/static/docs/favicon-32x32.png",
    )


def mount(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/static", SecureStaticFiles(directory=static_dir()), name="static")
