"""What an SQL problem is, beyond its tests: the schema every dataset is loaded into, the engines it
is judged on, and how a result is compared (problem.yaml's `sql` section, README "SQL problems")."""

from __future__ import annotations

from dataclasses import dataclass, field

ENGINES = ("postgresql", "sqlite")


@dataclass(frozen=True)
class SqlSpec:
    schema: str  # schema.sql: CREATE TABLE statements that load on every engine
    engines: tuple[str, ...] = ENGINES
    ordered: bool = False  # the statement fixes the row order
    order_by: tuple[str, ...] = ()  # the result columns that order sorts on: ties compare as groups
    tolerance: float = 1e-6
    # A write problem (UPDATE, DELETE, INSERT, schema changes): the tables whose final state is
    # judged, instead of the statements' result.
    tables: tuple[str, ...] | None = None
    starter_code: dict[str, str] = field(default_factory=dict)  # per engine

    @property
    def writes(self) -> bool:
        return self.tables is not None
