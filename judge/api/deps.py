"""FastAPI dependencies as Annotated aliases, so routes keep their signatures on one line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy.orm import Session

from judge.runtime import Runtime


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def get_session(runtime: RuntimeDep) -> Iterator[Session]:
    with runtime.database.session() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


USER_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def get_user(
    x_judge_user: Annotated[
        str | None,
        Header(description="who is asking: the web editor's anonymous id for this browser (8-64 of A-Z a-z 0-9 _ -)"),
    ] = None,
) -> str | None:
    """The current user. Until accounts exist, an anonymous id the browser keeps and sends; real
    accounts will resolve the user here (from a session or token) without the routes changing."""
    if x_judge_user is None:
        return None
    if not USER_ID.match(x_judge_user):
        raise HTTPException(422, "X-Judge-User must be 8-64 characters of A-Z, a-z, 0-9, '_' and '-'")
    return x_judge_user


UserDep = Annotated[str | None, Depends(get_user)]
