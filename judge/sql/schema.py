"""An SQL problem's schema as the candidate sees it: its tables, each with its columns (name, the
type as written in schema.sql, nullability), primary key and foreign keys. Read by loading
schema.sql into an in-memory SQLite database on the judge's host (no data, no candidate code), so
a schema that SQLite cannot load is found when the package loads."""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass


class SchemaError(ValueError):
    pass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool
    primary_key: bool


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    references: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]


def read_schema(schema: str) -> list[Table]:
    connection = sqlite3.connect(":memory:")
    try:
        try:
            connection.executescript(schema)
        except sqlite3.Error as e:
            raise SchemaError(f"SQLite cannot load it: {e}") from e
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
        names = [row[0] for row in tables]
        return [describe(connection, name) for name in names if not name.startswith("sqlite_")]
    finally:
        connection.close()


@functools.lru_cache(maxsize=256)
def table_names(schema: str) -> tuple[str, ...]:
    """The tables in the order schema.sql creates them: an order that loads rows before the rows
    that refer to them (PostgreSQL checks foreign keys as it loads)."""
    return tuple(table.name for table in read_schema(schema))


def describe(connection: sqlite3.Connection, name: str) -> Table:
    info = connection.execute('SELECT cid, name, type, "notnull", pk FROM pragma_table_info(?)', (name,)).fetchall()
    columns = tuple(Column(row[1], row[2] or "", not row[3] and not row[4], bool(row[4])) for row in info)
    primary_key = tuple(row[1] for row in sorted((r for r in info if r[4]), key=lambda r: r[4]))
    keys: dict[int, list[tuple]] = {}
    query = 'SELECT id, seq, "table", "from", "to" FROM pragma_foreign_key_list(?)'
    for row in connection.execute(query, (name,)):
        keys.setdefault(row[0], []).append(row)
    foreign_keys = tuple(
        ForeignKey(
            tuple(r[3] for r in sorted(rows, key=lambda r: r[1])),
            rows[0][2],
            tuple(r[4] or "" for r in sorted(rows, key=lambda r: r[1])),
        )
        for _, rows in sorted(keys.items())
    )
    return Table(name, columns, primary_key, foreign_keys)


def starter_code(engine: str, tables: list[Table]) -> str:
    """What the editor starts from: the tables as a comment, then the statement to finish."""
    name = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}.get(engine, engine)
    lines = [f"-- {name}. Tables:"]
    lines += [f"--   {table.name}({', '.join(column.name for column in table.columns)})" for table in tables]
    return "\n".join(lines) + "\nSELECT\n"
