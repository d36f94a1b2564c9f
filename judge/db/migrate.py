"""`judge db upgrade`: Alembic, with the migrations shipped inside the package."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config

import judge
from alembic import command


def migrations_dir() -> str:
    """The top-level alembic/ of a checkout (or editable install); a wheel ships it as judge.migrations."""
    checkout = Path(judge.__file__).resolve().parent.parent / "alembic"
    if (checkout / "env.py").is_file():
        return str(checkout)
    return str(Path(judge.__file__).resolve().parent / "migrations")


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", migrations_dir())
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)
