"""FastAPI dependencies as Annotated aliases, so routes keep their signatures on one line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from judge.runtime import Runtime


async def get_runtime(request: Request) -> Runtime:
    # async: a sync dependency is a trip to the thread pool, for an attribute read.
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def get_session(runtime: RuntimeDep) -> Iterator[Session]:
    with runtime.database.session() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
