"""`judge db upgrade`: Alembic, with the migrations shipped inside the package."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from judge.resources import top_level_dir


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(top_level_dir("alembic", "migrations", "env.py")))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)
