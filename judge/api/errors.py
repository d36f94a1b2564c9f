"""The one shape of every error: `{"detail": "<a message>"}`, always a string a person can read.

A malformed body adds `"errors"`, FastAPI's list of field errors (`loc`, `msg`, `type`), for
clients that point at fields; `detail` says the same in a sentence. The echoed input FastAPI would
add is left out (it may be a 64 KB source)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from judge.quotas.limiter import QuotaExceeded

SHOWN_ERRORS = 3
NOT_AN_OBJECT = {"model_attributes_type", "dict_type", "model_type"}


def field_name(loc: tuple[Any, ...] | list[Any]) -> str:
    where = [str(part) for part in loc]
    if where and where[0] == "body":
        return ".".join(where[1:]) or "the body"
    if len(where) >= 2 and where[0] in ("query", "path", "header"):
        return f"{where[0]} parameter {'.'.join(where[1:])}"
    return ".".join(where)


def sentence(errors: list[dict[str, Any]], request: Request) -> str:
    content_type = request.headers.get("content-type", "")
    for error in errors:
        where = tuple(error["loc"])
        if error["type"] == "json_invalid":
            position = f" at character {where[1]}" if len(where) > 1 else ""
            return f"the body is not valid JSON ({error.get('ctx', {}).get('error', error['msg'])}{position})"
        if where == ("body",) and error["type"] in NOT_AN_OBJECT:
            if "json" not in content_type:
                return "the body must be a JSON object, sent with Content-Type: application/json"
            return "the body must be a JSON object"
    parts = [f"{field_name(error['loc'])}: {error['msg'].removeprefix('Value error, ')}" for error in errors]
    more = f" (and {len(parts) - SHOWN_ERRORS} more)" if len(parts) > SHOWN_ERRORS else ""
    return "; ".join(parts[:SHOWN_ERRORS]) + more


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = sentence(list(exc.errors()), request)
        errors = [{k: v for k, v in error.items() if k in ("loc", "msg", "type")} for error in exc.errors()]
        return JSONResponse(status_code=422, content={"detail": detail, "errors": errors})

    @app.exception_handler(QuotaExceeded)
    async def quota_exceeded(request: Request, exc: QuotaExceeded) -> JSONResponse:
        return JSONResponse(
            status_code=429, content={"detail": str(exc)}, headers={"Retry-After": str(exc.retry_after)}
        )


def document(schema: dict[str, Any]) -> None:
    """Says in the OpenAPI document what a 422 body is: `detail` a string, `errors` optional."""
    validation = schema.get("components", {}).get("schemas", {}).get("HTTPValidationError")
    if validation is None:
        return
    field_errors = validation["properties"]["detail"]
    validation["properties"] = {
        "detail": {"type": "string", "title": "Detail", "description": "what is wrong, in a sentence"},
        "errors": {**field_errors, "title": "Errors", "description": "the field errors of a malformed body"},
    }
    validation["required"] = ["detail"]
