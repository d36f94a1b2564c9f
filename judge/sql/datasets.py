"""The two JSON documents of an SQL test, validated: a dataset (the `.in`: the rows of every table)
and a result (the `.ans`: the columns and rows the statements must return, or for a write problem
the final rows of the tables it names).

    dataset: {"Employee": {"columns": ["id", "name"], "rows": [[1, "Ann"], [2, null]]}}
    result:  {"columns": ["name"], "rows": [["Ann"]]}
    write:   {"tables": {"Employee": {"columns": [...], "rows": [...]}}}

Numbers are read as exact decimals (2.50 stays 2.50); dates are ISO text."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError, model_validator

from judge.sql.compare import ResultSet, cell
from judge.sql.schema import read_schema
from judge.sql.spec import SqlSpec

IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"
Name = Annotated[str, Field(pattern=IDENTIFIER, max_length=63)]
Value = None | bool | int | Decimal | float | str


class DatasetError(ValueError):
    pass


class Table(BaseModel):
    model_config = ConfigDict(extra="forbid")
    columns: list[Name] = Field(min_length=1)
    rows: list[list[Value]]

    @model_validator(mode="after")
    def rows_fit(self) -> Table:
        for number, row in enumerate(self.rows, start=1):
            if len(row) != len(self.columns):
                raise ValueError(f"row {number} has {len(row)} values for {len(self.columns)} columns")
        if len({c.casefold() for c in self.columns}) != len(self.columns):
            raise ValueError("column names repeat")
        return self

    def result_set(self) -> ResultSet:
        return ResultSet(list(self.columns), [list(row) for row in self.rows])


class Dataset(RootModel[dict[Name, Table]]):
    pass


class Result(BaseModel):
    """What a harness reports and what an answer file holds (columns may repeat in a result)."""

    model_config = ConfigDict(extra="forbid")
    columns: list[str] | None = None
    rows: list[list[Value]] | None = None
    tables: dict[Name, Table] | None = None

    @model_validator(mode="after")
    def one_kind(self) -> Result:
        if (self.tables is None) == (self.columns is None or self.rows is None):
            raise ValueError('a result has "columns" and "rows", or "tables"')
        if self.columns is not None and self.rows is not None:
            for number, row in enumerate(self.rows, start=1):
                if len(row) != len(self.columns):
                    raise ValueError(f"row {number} has {len(row)} values for {len(self.columns)} columns")
        return self

    def result_set(self) -> ResultSet:
        assert self.columns is not None and self.rows is not None
        return ResultSet(list(self.columns), [list(row) for row in self.rows])


def loads(data: bytes | str) -> Any:
    """JSON with exact decimals (and NaN/Infinity, which engines can return)."""
    return json.loads(data, parse_float=Decimal)


def parse_dataset(data: bytes) -> Dataset:
    try:
        return Dataset.model_validate(loads(data))
    except (ValueError, ValidationError) as e:
        raise DatasetError(first_error(e)) from e


def parse_result(data: bytes | str) -> Result:
    try:
        return Result.model_validate(loads(data))
    except (ValueError, ValidationError) as e:
        raise DatasetError(first_error(e)) from e


def first_error(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return f"{where}: {first['msg']}" if where else first["msg"]
    return str(error)


def value(v: Value) -> str:
    """A value as JSON, a decimal digit for digit (json itself knows floats, not decimals)."""
    if isinstance(v, Decimal):
        return format(v, "f") if v.is_finite() else json.dumps(float(v))
    return json.dumps(v)


def dumps_dataset(tables: dict[str, tuple[list[str], list[list[Value]]]]) -> bytes:
    """A dataset file: table name -> (columns, rows)."""
    parts = [
        f'{json.dumps(name)}: {{"columns": {json.dumps(columns)}, "rows": ['
        + ", ".join("[" + ", ".join(value(v) for v in row) + "]" for row in rows)
        + "]}"
        for name, (columns, rows) in tables.items()
    ]
    return ("{" + ", ".join(parts) + "}\n").encode()


def dumps_result(result: Result) -> bytes:
    """An answer file: one row per line, so that a diff of two answers reads as rows."""

    def table(columns: list[str], rows: list[list[Value]], indent: str) -> str:
        if not rows:
            return f'{indent}"columns": {json.dumps(columns)},\n{indent}"rows": []'
        body = ",\n".join(indent + "  [" + ", ".join(value(v) for v in row) + "]" for row in rows)
        return f'{indent}"columns": {json.dumps(columns)},\n{indent}"rows": [\n{body}\n{indent}]'

    if result.tables is not None:
        parts = [
            f"    {json.dumps(name)}: {{\n{table(t.columns, t.rows, '      ')}\n    }}"
            for name, t in result.tables.items()
        ]
        return ('{\n  "tables": {\n' + ",\n".join(parts) + "\n  }\n}\n").encode()
    assert result.columns is not None and result.rows is not None
    return ("{\n" + table(result.columns, result.rows, "  ") + "\n}\n").encode()


def schema_errors(dataset: Dataset, schema: str, *, complete: bool = False) -> list[str]:
    """The tables and columns of a dataset that schema.sql does not have; with `complete`, also
    the schema's tables the dataset leaves out (in a package, an empty table is given as such)."""
    tables = {table.name.casefold(): table for table in read_schema(schema)}
    errors = []
    for name, table in dataset.root.items():
        known = tables.get(name.casefold())
        if known is None:
            errors.append(f"no table {name} (tables: {', '.join(t.name for t in tables.values())})")
            continue
        columns = {column.name.casefold() for column in known.columns}
        errors += [f"{name} has no column {column}" for column in table.columns if column.casefold() not in columns]
    if complete:
        given = {name.casefold() for name in dataset.root}
        errors += [
            f'no rows given for table {tables[missing].name} (give it "rows": [] if empty)'
            for missing in sorted(tables.keys() - given)
        ]
    return errors


def dataset_errors(spec: SqlSpec, text: str) -> list[str]:
    """What is wrong with a dataset for this problem's schema (a custom Run's rows): [] when fine."""
    try:
        return schema_errors(parse_dataset(text.encode()), spec.schema)
    except DatasetError as e:
        return [str(e)]


def canonical(result: Result, spec: SqlSpec) -> Result:
    """The result with rows whose order does not count sorted (by the comparison's own order of
    values): an answer file then does not change with the reference query that wrote it."""

    def ordered(rows: list[list[Value]]) -> list[list[Value]]:
        return sorted(rows, key=lambda row: tuple(cell(v) for v in row))

    if result.tables is not None:
        tables = {name: Table(columns=t.columns, rows=ordered(t.rows)) for name, t in result.tables.items()}
        return Result(tables=tables)
    if spec.ordered or result.rows is None:
        return result
    return Result(columns=result.columns, rows=ordered(result.rows))
