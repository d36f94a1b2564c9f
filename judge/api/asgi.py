"""The application as uvicorn's workers build it when `judge serve --processes N` runs several
gateway processes: each process makes its own Runtime (database pool, sandbox, problems) and, if
the command asked for it, its own judging worker."""

from __future__ import annotations

import os

from fastapi import FastAPI

from judge.api.app import create_app
from judge.logs import setup_logging
from judge.runtime import Runtime
from judge.settings import Settings
from judge.worker import Worker

# Set by `judge serve` for the processes it starts: "1" when each should also judge.
WITH_WORKER = "JUDGE_SERVE_WITH_WORKER"


def build(settings: Settings | None = None, *, with_worker: bool = True) -> FastAPI:
    """One process's application: the runtime, the routes, and a worker started with it."""
    settings = settings or Settings()
    runtime = Runtime.start(settings)
    worker = Worker(runtime) if with_worker else None

    def on_start() -> None:
        if worker is not None:
            worker.start()

    def on_stop() -> None:
        if worker is not None:
            worker.stop()
        runtime.close()

    return create_app(runtime, on_start=on_start, on_stop=on_stop)


def create() -> FastAPI:
    """uvicorn's factory (`judge.api.asgi:create`) in each of several processes."""
    settings = Settings()
    setup_logging(settings.log_format)
    return build(settings, with_worker=os.environ.get(WITH_WORKER) == "1")
