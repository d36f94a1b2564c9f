"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy import text

from judge.api.auth import AdminDep
from judge.api.deps import RuntimeDep
from judge.sandbox.base import SandboxError

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process lives")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="The database and the runner pool answer", responses={503: {"description": "not ready"}})
def readyz(runtime: RuntimeDep, response: Response) -> dict[str, object]:
    checks: dict[str, str] = {}
    try:
        with runtime.database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as e:  # noqa: BLE001 - any failure means not ready
        checks["database"] = f"error: {type(e).__name__}"
    try:
        runtime.sandbox.check()
        checks["sandbox"] = "ok" if runtime.available_languages else "error: no language passed its self-test"
    except SandboxError as e:
        checks["sandbox"] = f"error: {e}"
    ready = all(value == "ok" for value in checks.values())
    if not ready:
        response.status_code = 503
    # How CPU and memory are counted: "cgroup v1: …"/"cgroup v2: …", or "approximate: <why>".
    accounting = runtime.sandbox.accounting()
    return {"status": "ready" if ready else "not ready", "checks": checks, "accounting": accounting}


@router.get(
    "/metrics",
    summary="Prometheus metrics: queue depth, verdicts by language, judging latency, pool and leases (admins)",
    response_class=Response,
    responses={
        200: {"content": {"text/plain": {}}},
        401: {"description": "no user: scrape with an admin's token"},
        403: {"description": "not an admin"},
    },
)
def metrics(runtime: RuntimeDep, admin: AdminDep) -> Response:
    return Response(runtime.metrics.render(), media_type=CONTENT_TYPE_LATEST)
