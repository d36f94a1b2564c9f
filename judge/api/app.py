"""The FastAPI application: routers of each domain, error shapes, body size limit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

import judge
from judge.accounts import views as accounts
from judge.api import errors, health
from judge.api.limits import BodySizeLimit
from judge.interviews import views as interviews
from judge.languages import views as languages
from judge.plans import views as plans
from judge.problems import views as problems
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
        docs_url=None,  # served by judge/web/views.py from local assets
        redoc_url=None,
    )
    app.state.runtime = runtime

    errors.install(app)

    for module in (health, accounts, languages, problems, plans, interviews, submissions, runs):
        app.include_router(module.router)
    app.include_router(accounts.me_router)
    app.include_router(accounts.link_router)
    app.include_router(submissions.progress_router)
    web.mount(app)
    app.add_middleware(BodySizeLimit, max_bytes=runtime.settings.max_body_bytes)
    app.openapi = lambda: error_schema(app)  # type: ignore[method-assign]
    return app


def error_schema(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, with the errors' one shape (judge/api/errors.py)."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        errors.document(schema)
        app.openapi_schema = schema
    return app.openapi_schema
