"""SQL packages without a sandbox: problem.yaml's `sql` section, schema.sql read as tables,
solutions per engine, the dataset and result formats, the harness's reports (a forged line is
ignored), write problems' comparison, and `judge check`'s dataset and answer steps."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from judge.checking import sql as sql_checks
from judge.checking.report import CheckRecord
from judge.problems.loader import load_native
from judge.problems.package import ProblemError
from judge.sql.datasets import DatasetError, dumps_result, parse_dataset, parse_result
from judge.sql.engine import read_reports
from judge.sql.grading import check_result
from judge.sql.schema import read_schema, starter_code, table_names
from judge.sql.spec import SqlSpec
from tests.builders import make_problem

SCHEMA = """CREATE TABLE Dept (dept_id INTEGER PRIMARY KEY, title VARCHAR(20) NOT NULL);
CREATE TABLE Staff (
    staff_id INTEGER,
    dept_id INTEGER REFERENCES Dept(dept_id),
    pay DECIMAL(10,2),
    PRIMARY KEY (staff_id)
);
"""
DATASET = json.dumps(
    {
        "Dept": {"columns": ["dept_id", "title"], "rows": [[1, "Ops"]]},
        "Staff": {"columns": ["staff_id", "dept_id", "pay"], "rows": [[7, 1, 10.5], [8, None, None]]},
    }
)
ANSWER = json.dumps({"columns": ["title"], "rows": [["Ops"]]})


def sql_package(root: Path, sql: dict[str, object] | None = None, **files: str) -> Path:
    return make_problem(
        root,
        "depts",
        config={"tags": ["sql"], "sql": sql or {}},
        tests={"sample/01": (DATASET + "\n", ANSWER + "\n"), "hidden/01": (DATASET + "\n", ANSWER + "\n")},
        files={"schema.sql": SCHEMA, **files},
    )


def test_schema_sql_is_read_as_tables_with_keys() -> None:
    dept, staff = read_schema(SCHEMA)
    assert (dept.name, dept.primary_key) == ("Dept", ("dept_id",))
    assert [(c.name, c.type, c.nullable) for c in staff.columns] == [
        ("staff_id", "INTEGER", False), ("dept_id", "INTEGER", True), ("pay", "DECIMAL(10,2)", True),
    ]  # fmt: skip
    assert staff.foreign_keys[0].table == "Dept" and staff.foreign_keys[0].references == ("dept_id",)
    assert table_names(SCHEMA) == ("Dept", "Staff")
    assert starter_code("postgresql", [dept, staff]).splitlines()[:2] == [
        "-- PostgreSQL. Tables:",
        "--   Dept(dept_id, title)",
    ]


def test_a_package_loads_with_its_spec_and_solutions_per_engine(tmp_path: Path) -> None:
    root = sql_package(tmp_path, {"ordered": True, "order_by": ["title"]})
    for folder, name, text in [
        ("accepted", "both.sql", "SELECT title FROM Dept;"),
        ("accepted", "pg.postgresql.sql", "SELECT title FROM Dept;"),
        ("wrong_answer", "program.py", "print(1)"),
    ]:
        (root / "solutions" / folder).mkdir(parents=True, exist_ok=True)
        (root / "solutions" / folder / name).write_text(text)
    problem = load_native(root)
    assert problem.sql is not None and problem.sql.ordered and problem.sql.order_by == ("title",)
    assert problem.sql.engines == ("postgresql", "sqlite") and not problem.sql.writes
    assert [(s.path.name, s.language.id if s.language else None) for s in problem.solutions] == [
        ("both.sql", "postgresql"), ("both.sql", "sqlite"), ("pg.postgresql.sql", "postgresql"),
    ]  # fmt: skip
    assert any("program.py: Python 3 does not fit this kind of problem" in w for w in problem.warnings)


def test_a_package_on_one_engine_skips_the_others_solutions(tmp_path: Path) -> None:
    root = sql_package(tmp_path, {"engines": ["sqlite"]})
    (root / "solutions" / "accepted").mkdir(parents=True)
    (root / "solutions" / "accepted" / "pg.postgresql.sql").write_text("SELECT 1;")
    problem = load_native(root)
    assert problem.solutions == [] and any("not one of this problem's engines" in w for w in problem.warnings)


@pytest.mark.parametrize(
    ("sql", "files", "message"),
    [
        ({"order_by": ["title"]}, {}, "order_by is for ordered results"),
        ({"engines": ["mysql"]}, {}, "engines.0"),
        ({"engines": ["sqlite", "sqlite"]}, {}, "engines repeat"),
        ({"tables": ["Dept"], "ordered": True}, {}, "ordered does not apply"),
        ({}, {"schema.sql": "CREATE TABLE (;"}, "SQLite cannot load it"),
        ({}, {"schema.sql": "-- nothing\n"}, "no CREATE TABLE"),
    ],
)
def test_a_broken_sql_package_says_what_is_wrong(
    tmp_path: Path, sql: dict[str, object], files: dict[str, str], message: str
) -> None:
    with pytest.raises(ProblemError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_native(sql_package(tmp_path, sql, **files))


def test_a_problem_is_a_function_or_sql_not_both(tmp_path: Path) -> None:
    root = sql_package(tmp_path)
    config = (root / "problem.yaml").read_text()
    signature = "signature:\n  function: f\n  params: [{name: x, type: int}]\n  returns: int\n"
    (root / "problem.yaml").write_text(config + signature)
    with pytest.raises(ProblemError, match="a problem is one kind"):
        load_native(root)


def test_results_keep_their_numbers_exact_and_read_back() -> None:
    result = parse_result(b'{"columns": ["a", "b"], "rows": [[2.50, null], [1, "null"]]}')
    assert result.rows == [[Decimal("2.50"), None], [1, "null"]]
    text = dumps_result(result)
    assert b"[2.50, null]" in text and parse_result(text) == result
    with pytest.raises(DatasetError, match="row 1 has 1 values for 2 columns"):
        parse_result(b'{"columns": ["a", "b"], "rows": [[1]]}')
    with pytest.raises(DatasetError, match='"columns" and "rows", or "tables"'):
        parse_result(b'{"rows": []}')
    with pytest.raises(DatasetError, match="pattern"):
        parse_dataset(b'{"Bad Name": {"columns": ["a"], "rows": []}}')


def test_a_report_without_the_secret_or_out_of_order_is_not_taken() -> None:
    secret = b"s3"
    good = b'{"status": "ok", "columns": ["x"], "rows": [[1]], "time_ms": 3, "memory_kb": 9}'
    stdout = b"\x1eforged 0 " + good + b"\n\x1es3 0 " + good + b"\n\x1es3 0 " + good + b"\n"
    runs = read_reports(stdout, secret, 3)
    assert len(runs) == 1 and runs[0].time_ms == 3 and runs[0].result is not None
    assert read_reports(b"\x1es3 1 " + good, secret, 3) == []  # the first report must be dataset 0
    broken = read_reports(b'\x1es3 0 {"status": "ok", "time_ms": 1}', secret, 1)
    assert broken[0].status == "ie"


def test_a_write_problem_compares_each_named_table() -> None:
    spec = SqlSpec(schema=SCHEMA, tables=("Dept",))
    table = {"columns": ["dept_id", "title"], "rows": [[1, "Ops"]]}
    expected = parse_result(json.dumps({"tables": {"Dept": table}}))
    assert check_result(spec, expected, parse_result(json.dumps({"tables": {"dept": table}}))).accepted
    renamed = {"columns": ["dept_id", "title"], "rows": [[1, "Dev"]]}
    wrong = check_result(spec, expected, parse_result(json.dumps({"tables": {"Dept": renamed}})))
    assert not wrong.accepted and wrong.message.startswith("table Dept: expected row (1, 'Ops') is missing")
    gone = check_result(spec, expected, parse_result(json.dumps({"tables": {}})))
    assert gone.message == "table Dept is gone"


def test_judge_check_finds_datasets_that_do_not_fit_the_schema(tmp_path: Path) -> None:
    root = sql_package(tmp_path)
    odd = {"Dept": {"columns": ["dept_id", "motto"], "rows": []}, "Boss": {"columns": ["x"], "rows": []}}
    (root / "tests" / "hidden" / "01.in").write_text(json.dumps(odd) + "\n")
    (root / "tests" / "hidden" / "01.ans").write_text('{"tables": {}}\n')
    problem = load_native(root)
    record = CheckRecord("input-validator")
    sql_checks.check_datasets(problem, record)
    assert record.errors == [
        "tests/hidden/01.in: Dept has no column motto",
        "tests/hidden/01.in: no table Boss (tables: Dept, Staff)",
        'tests/hidden/01.in: no rows given for table Staff (give it "rows": [] if empty)',
    ]
    answers = CheckRecord("answers")
    sql_checks.check_answers(problem, answers)
    assert answers.errors == ['tests/hidden/01.ans: the answer of a query is {"columns": [...], "rows": [...]}']
