"""Folders that live at the top of the repository (alembic/, runners/) and ship inside the wheel
as judge.migrations and judge.runners: find them in either place."""

from __future__ import annotations

from pathlib import Path

import judge

PACKAGE = Path(judge.__file__).resolve().parent


def top_level_dir(name: str, packaged_as: str, marker: str) -> Path:
    """The checkout's `name`/ folder (or an editable install's), else the packaged copy."""
    checkout = PACKAGE.parent / name
    if (checkout / marker).is_file():
        return checkout
    return PACKAGE / packaged_as
