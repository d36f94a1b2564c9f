"""SQL problems through the real sandbox on both backends and both engines: the verdicts (AC, WA
with the comparison's message, RE with the database's own message, TLE, MLE), write problems
judged by the final tables, and hostile statements — reading a server file, starting a program,
attaching another database, an extension, a role change, a loop, a memory bomb — each refused with
its verdict, and a normal submission judged right after it in the same pool."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from judge.grading.grader import Grader
from judge.grading.verdicts import Verdict
from judge.languages import LANGUAGES
from judge.problems.loader import load_native
from judge.problems.package import Problem

ENGINES = ["postgresql", "sqlite"]
SCHEMA = """CREATE TABLE Member (
    member_id INTEGER PRIMARY KEY,
    name VARCHAR(40) NOT NULL,
    city VARCHAR(40),
    fee DECIMAL(8,2)
);
"""
MEMBERS = ["member_id", "name", "city", "fee"]
DATASETS = [
    [[1, "Ann", "Oslo", 10.50], [2, "Bo", None, 7], [3, "Cy", "Oslo", None]],
    [],
    [[1, "Dee", "Rome", 1], [2, "Dee", "Rome", 1], [3, "Eve", "", 2.25]],
]
# The members with a city, by name; what the reference returns on each dataset.
ANSWERS = [
    {"columns": ["name", "city"], "rows": [["Ann", "Oslo"], ["Cy", "Oslo"]]},
    {"columns": ["name", "city"], "rows": []},
    {"columns": ["name", "city"], "rows": [["Dee", "Rome"], ["Dee", "Rome"], ["Eve", ""]]},
]
REFERENCE = "SELECT name, city FROM Member WHERE city IS NOT NULL;"


def dataset(rows: list[list[object]]) -> str:
    return json.dumps({"Member": {"columns": MEMBERS, "rows": rows}}) + "\n"


def make_package(root: Path, slug: str, sql: dict[str, object], answers: list[dict[str, object]]) -> Problem:
    package = root / slug
    (package / "tests" / "sample").mkdir(parents=True)
    (package / "tests" / "hidden").mkdir()
    config = {"title": slug, "difficulty": "easy", "tags": ["sql"], "limits": {"time_ms": 1000, "memory_mb": 128}}
    (package / "problem.yaml").write_text(yaml.safe_dump({**config, "sql": sql}))
    (package / "statement.md").write_text("Members with a city.\n")
    (package / "schema.sql").write_text(SCHEMA)
    for index, (rows, answer) in enumerate(zip(DATASETS, answers, strict=True), start=1):
        folder = package / "tests" / ("sample" if index == 1 else "hidden")
        (folder / f"{index:02d}.in").write_text(dataset(rows))
        (folder / f"{index:02d}.ans").write_text(json.dumps(answer) + "\n")
    return load_native(package)


@pytest.fixture(scope="module")
def with_city(tmp_path_factory: pytest.TempPathFactory) -> Problem:
    return make_package(tmp_path_factory.mktemp("sql"), "with-city", {}, ANSWERS)


@pytest.fixture(scope="module")
def raise_fees(tmp_path_factory: pytest.TempPathFactory) -> Problem:
    """A write problem: every fee up by 1, a missing fee stays missing."""
    answers = []
    for rows in DATASETS:
        final = [[m, n, c, None if f is None else f + 1] for m, n, c, f in rows]
        answers.append({"tables": {"Member": {"columns": MEMBERS, "rows": final}}})
    return make_package(tmp_path_factory.mktemp("sql"), "raise-fees", {"tables": ["Member"]}, answers)


def judge(grader: Grader, problem: Problem, engine: str, source: str):  # noqa: ANN201
    return grader.grade(problem, LANGUAGES[engine], source)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_correct_query_is_accepted_on_every_dataset(grader: Grader, with_city: Problem, engine: str) -> None:
    result = judge(grader, with_city, engine, REFERENCE)
    assert result.verdict is Verdict.AC, result
    assert len(result.tests) == 3 and all(t.verdict is Verdict.AC for t in result.tests)
    assert all(t.memory_kb > 0 for t in result.tests)
    # The sample shows what it saw: the dataset, the expected result and the query's.
    details = result.tests[0].details
    assert details is not None and '"Ann"' in details.output and '"Oslo"' in details.expected


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("source", "message"),
    [
        # NULL, the empty string and the string 'null' are three things: '' is a city here.
        ("SELECT name, city FROM Member WHERE city <> '';", "the result has 2 rows, expected 3"),
        ("SELECT name, UPPER(city) AS city FROM Member WHERE city IS NOT NULL;", "('Ann', 'Oslo') is missing"),
        ("SELECT DISTINCT name, city FROM Member WHERE city IS NOT NULL;", "the result has 2 rows, expected 3"),
        ("SELECT name FROM Member WHERE city IS NOT NULL;", "the result has 1 column, expected 2"),
        ("SELECT name, city AS town FROM Member WHERE city IS NOT NULL;", "column 2 is named 'town'"),
    ],
)
def test_a_wrong_result_names_the_difference(
    grader: Grader, with_city: Problem, engine: str, source: str, message: str
) -> None:
    result = judge(grader, with_city, engine, source)
    assert result.verdict is Verdict.WA
    assert message in result.tests[-1].message


@pytest.mark.parametrize(
    ("engine", "message"),
    [("postgresql", 'column "town" does not exist'), ("sqlite", "no such column: town")],
)
def test_an_error_is_a_runtime_error_with_the_databases_message(
    grader: Grader, with_city: Problem, engine: str, message: str
) -> None:
    result = judge(grader, with_city, engine, "SELECT name, town FROM Member;")
    assert result.verdict is Verdict.RE
    assert message in result.tests[0].message
    syntax = judge(grader, with_city, engine, "SELEC name FROM Member;")
    assert syntax.verdict is Verdict.RE and "syntax error" in syntax.tests[0].message


LOOP = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) AS name, 1 AS city FROM r;"
MEMORY_BOMB = {
    # (A big generate_series would first spill to a temporary file: time, not memory.)
    "postgresql": "SELECT length(string_agg(repeat('x', 1000000), '')) AS name, 1 AS city "
    "FROM generate_series(1, 1000);",
    # (group_concat would not do: SQLite keeps reading rows after an allocation fails, into the time limit.)
    "sqlite": "SELECT length(randomblob(600000000)) AS name, 1 AS city;",
}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_query_that_never_ends_is_stopped_at_the_time_limit(grader: Grader, with_city: Problem, engine: str) -> None:
    result = judge(grader, with_city, engine, LOOP)
    assert result.verdict is Verdict.TLE
    assert result.tests[0].time_ms >= with_city.time_limit_ms
    assert judge(grader, with_city, engine, REFERENCE).verdict is Verdict.AC


@pytest.mark.parametrize("engine", ENGINES)
def test_a_memory_bomb_is_stopped_at_the_memory_limit(grader: Grader, with_city: Problem, engine: str) -> None:
    result = judge(grader, with_city, engine, MEMORY_BOMB[engine])
    assert result.verdict is Verdict.MLE, result.tests
    assert judge(grader, with_city, engine, REFERENCE).verdict is Verdict.AC


# Ways out of the database, each refused by PostgreSQL's privileges (the candidate's role is no
# superuser, owns nothing but its test's tables, and may not CREATE on the database).
POSTGRES_ESCAPES = [
    ("SELECT pg_read_file('/etc/passwd') AS name, 1 AS city;", "permission denied"),
    ("COPY (SELECT 1) TO PROGRAM 'id';", "must be superuser"),
    ("COPY Member FROM '/etc/passwd';", "must be superuser"),
    ("COPY Member TO '/tmp/leak';", "must be superuser"),
    ("SELECT lo_import('/etc/passwd') AS name, 1 AS city;", "permission denied"),
    ("CREATE EXTENSION dblink;", "permission denied"),
    ("CREATE EXTENSION pgcrypto;", "permission denied"),  # a trusted extension: still no CREATE on the db
    ("SET ROLE judge;", "permission denied"),
    ("ALTER SYSTEM SET fsync = on;", "permission denied"),
    ("CREATE FUNCTION f() RETURNS int AS 'libc.so.6', 'getpid' LANGUAGE c;", "permission denied"),
    ("SELECT * FROM pg_ls_dir('.') AS name;", "permission denied"),
    ("CREATE TABLE public.leak (x int);", "permission denied"),
]
SQLITE_ESCAPES = [
    ("ATTACH DATABASE '/tmp/other.db' AS other; SELECT name, city FROM Member;", "not authorized"),
    ("VACUUM INTO '/tmp/copy.db';", "authorization denied"),
    ("SELECT load_extension('/tmp/x') AS name, 1 AS city;", "not authorized"),
    ("PRAGMA writable_schema = ON;", "not authorized"),
]


@pytest.mark.parametrize(
    ("engine", "source", "message"),
    [("postgresql", *e) for e in POSTGRES_ESCAPES] + [("sqlite", *e) for e in SQLITE_ESCAPES],
)
def test_statements_cannot_leave_their_database(
    grader: Grader, with_city: Problem, engine: str, source: str, message: str
) -> None:
    result = judge(grader, with_city, engine, source)
    assert result.verdict is Verdict.RE, result.tests
    assert message in result.tests[0].message


def test_a_plpgsql_loop_cannot_catch_its_way_past_the_limit(grader: Grader, with_city: Problem) -> None:
    """A query cancel can be caught in PL/pgSQL; the watchdog ends the connection instead."""
    source = """
DO $$
BEGIN
  LOOP
    BEGIN
      PERFORM pg_sleep(0.01);
      PERFORM count(*) FROM generate_series(1, 100000);
    EXCEPTION WHEN query_canceled THEN NULL;
    END;
  END LOOP;
END $$;
SELECT name, city FROM Member WHERE city IS NOT NULL;
"""
    assert judge(grader, with_city, "postgresql", source).verdict is Verdict.TLE


def test_a_role_setting_does_not_carry_into_the_next_dataset(grader: Grader, with_city: Problem) -> None:
    """The candidate's role may change its own defaults; each dataset still starts from the judge's."""
    source = "ALTER ROLE candidate SET search_path = public; " + REFERENCE
    assert judge(grader, with_city, "postgresql", source).verdict is Verdict.AC


@pytest.mark.parametrize("engine", ENGINES)
def test_a_write_problem_is_judged_by_its_final_tables(grader: Grader, raise_fees: Problem, engine: str) -> None:
    assert judge(grader, raise_fees, engine, "UPDATE Member SET fee = fee + 1;").verdict is Verdict.AC
    forgot_nulls = judge(grader, raise_fees, engine, "UPDATE Member SET fee = COALESCE(fee, 0) + 1;")
    assert forgot_nulls.verdict is Verdict.WA and forgot_nulls.tests[0].message.startswith("table Member:")
    dropped = judge(grader, raise_fees, engine, "DROP TABLE Member;")
    assert dropped.verdict is Verdict.WA and dropped.tests[0].message == "table Member is gone"


def test_a_program_language_is_refused_on_an_sql_problem(grader: Grader, with_city: Problem) -> None:
    result = grader.grade(with_city, LANGUAGES["python"], "print(1)")
    assert result.verdict is Verdict.CE and "postgresql or sqlite" in result.compile_output


@pytest.mark.parametrize("engine", ENGINES)
def test_the_run_button_shows_every_sample(grader: Grader, with_city: Problem, engine: str) -> None:
    result = grader.grade(with_city, LANGUAGES[engine], "SELECT name, town FROM Member;", samples_only=True)
    assert result.verdict is Verdict.RE and len(result.tests) == 1
    assert result.tests[0].details is not None and result.tests[0].details.stderr


@pytest.mark.parametrize("engine", ENGINES)
def test_a_modelling_problem_judges_a_table_the_statements_create(
    grader: Grader, tmp_path_factory: pytest.TempPathFactory, engine: str
) -> None:
    """The final rows of a table the candidate makes, with exact decimals (never through a float)."""
    answers = []
    for rows in DATASETS:
        fees = [[m, f"{f:.2f}"] for m, _, _, f in rows if f is not None]
        answers.append({"tables": {"Fee": {"columns": ["member_id", "fee"], "rows": fees}}})
    raw = json.dumps(answers).replace('"10.50"', "10.50").replace('"7.00"', "7.00")
    raw = raw.replace('"1.00"', "1.00").replace('"2.25"', "2.25")
    problem = make_package(tmp_path_factory.mktemp("sql"), "split-fees", {"tables": ["Fee"]}, json.loads(raw))
    source = (
        "CREATE TABLE Fee (member_id INTEGER PRIMARY KEY, fee DECIMAL(8,2) NOT NULL);\n"
        "INSERT INTO Fee SELECT member_id, fee FROM Member WHERE fee IS NOT NULL;"
    )
    assert judge(grader, problem, engine, source).verdict is Verdict.AC
    assert judge(grader, problem, engine, "SELECT 1;").tests[0].message == "table Fee is gone"
