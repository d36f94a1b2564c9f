from __future__ import annotations

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from judge.api.auth import BROWSING, maybe_caller
from judge.api.deps import RuntimeDep

# Anyone may browse; anonymous callers count against their address's quota.
router = APIRouter(prefix="/api/v1", tags=["languages"], dependencies=[Depends(maybe_caller)], responses=BROWSING)


class LanguageOut(BaseModel):
    id: str
    name: str
    version: str
    extensions: list[str]


@router.get("/languages", summary="Languages whose toolchain passed its self-test")
def list_languages(runtime: RuntimeDep) -> list[LanguageOut]:
    return [
        LanguageOut(id=r.language.id, name=r.language.name, version=r.version, extensions=list(r.language.extensions))
        for r in runtime.available_languages.values()
    ]
