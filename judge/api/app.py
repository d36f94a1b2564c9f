"""The FastAPI application: routers of each domain, error shapes, body size limit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse

import judge
from judge.accounts import views as accounts
from judge.api import health
from judge.api.limits import BodySizeLimit
from judge.languages import views as languages
from judge.problems import views as problems
from judge.quotas.limiter import QuotaExceeded
from judge.runs import views as runs
from judge.runtime import Runtime
from judge.submissions import views as submissions
from judge.web import views as web


def create_app(runtime: Runtime, *, on_start=None, on_stop=None) -> FastAPI:  # type: ignore[no-untyped-def]
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if on_start is not None:
            on_start()
        try:
            yield
        finally:
            if on_stop is not None:
                on_stop()

    app = FastAPI(
        title="judge",
        version=judge.__version__,
        description="A sandboxed coding-practice judge: submit solutions, get verdicts on hidden tests.",
        lifespan=lifespan,
    )
    app.state.runtime = runtime

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        # Same shape as FastAPI's default, minus the echoed input (it may be a 64 KB source).
        errors = [{k: v for k, v in error.items() if k in ("loc", "msg", "type")} for error in exc.errors()]
        return JSONResponse(status_code=422, content={"detail": errors})

    @app.exception_handler(QuotaExceeded)
    async def quota_exceeded(request: Request, exc: QuotaExceeded) -> JSONResponse:
        return JSONResponse(
            status_code=429, content={"detail": str(exc)}, headers={"Retry-After": str(exc.retry_after)}
        )

    for module in (health, accounts, languages, problems, submissions, runs):
        app.include_router(module.router)
    app.include_router(accounts.me_router)
    app.include_router(accounts.link_router)
    app.include_router(submissions.progress_router)
    web.mount(app)
    app.add_middleware(BodySizeLimit, max_bytes=runtime.settings.max_body_bytes)
    app.openapi = lambda: error_schema(app)  # type: ignore[method-assign]
    return app


def error_schema(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, saying what 422 bodies really are (`detail` is FastAPI's list of
       field errors for a malformed body, or one message for a body that is well-formed but wrong:
    and which routes take credentials but do not need
       them (an empty security requirement: browsing is for anyone)."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        validation = schema.get("components", {}).get("schemas", {}).get("HTTPValidationError")
        if validation is not None:
            field_errors = validation["properties"]["detail"]
            validation["properties"]["detail"] = {
                "anyOf": [field_errors, {"type": "string"}],
                "title": "Detail",
                "description": "field errors, or one message",
            }
        app.openapi_schema = schema
    return app.openapi_schema
