"""SQL problems over HTTP, with the real local sandbox: the languages list, the problem as tables
and comparison rules, Run on custom rows (and its 422s), the samples' Run, and a submission
judged by the worker — what a candidate does with curl."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from judge.api.app import create_app
from judge.db.migrate import upgrade
from judge.runtime import Runtime
from judge.sandbox.local import LocalSandbox
from judge.settings import Settings
from judge.worker import Worker
from tests.builders import bearer, make_problem, make_token

SCHEMA = """CREATE TABLE Team (team_id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL);
CREATE TABLE Player (
    player_id INTEGER PRIMARY KEY,
    team_id INTEGER REFERENCES Team(team_id),
    goals INTEGER
);
"""


def dataset(teams: list[list[object]], players: list[list[object]]) -> str:
    return (
        json.dumps(
            {
                "Team": {"columns": ["team_id", "name"], "rows": teams},
                "Player": {"columns": ["player_id", "team_id", "goals"], "rows": players},
            }
        )
        + "\n"
    )


def result(rows: list[list[object]]) -> str:
    return json.dumps({"columns": ["name", "goals"], "rows": rows}) + "\n"


REFERENCE = (
    "SELECT t.name, COALESCE(SUM(p.goals), 0) AS goals FROM Team t "
    "LEFT JOIN Player p ON p.team_id = t.team_id GROUP BY t.team_id, t.name ORDER BY goals DESC, t.name;"
)


@pytest.fixture(scope="module")
def runtime(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    folder = tmp_path_factory.mktemp("sql-api")
    problems = folder / "problems"
    sample = dataset([[1, "Owls"], [2, "Bees"]], [[10, 1, 3], [11, 1, None], [12, None, 4]])
    hidden = dataset([[1, "Ants"], [2, "Cats"], [3, "Bats"]], [[1, 3, 2], [2, 2, 2]])
    make_problem(
        problems,
        "team-goals",
        config={
            "title": "Team Goals",
            "tags": ["sql", "sql-aggregation"],
            "sql": {"ordered": True, "order_by": ["goals"]},
        },
        tests={
            "sample/01": (sample, result([["Owls", 3], ["Bees", 0]])),
            "hidden/01": (hidden, result([["Bats", 2], ["Cats", 2], ["Ants", 0]])),
        },
        files={"schema.sql": SCHEMA},
    )
    make_problem(problems, "echo")
    database_url = f"sqlite:///{folder / 'judge.db'}"
    upgrade(database_url)
    settings = Settings(
        database_url=database_url, problems_dir=problems, pool_size=2, languages="python,postgresql,sqlite"
    )
    runtime = Runtime.start(settings, sandbox=LocalSandbox(pool_size=2))
    yield runtime
    runtime.close()


@pytest.fixture(scope="module")
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime), headers=bearer(make_token(runtime.database, "sam"))) as client:
        yield client


def test_the_engines_are_languages_once_their_self_test_passes(client: TestClient) -> None:
    languages = {item["id"]: item for item in client.get("/api/v1/languages").json()}
    assert {"postgresql", "sqlite", "python"} <= languages.keys()
    assert "PostgreSQL" in languages["postgresql"]["version"] and "SQLite" in languages["sqlite"]["version"]


def test_the_problem_shows_its_tables_rules_and_starter_code(client: TestClient) -> None:
    problem = client.get("/api/v1/problems/team-goals").json()
    assert problem["kind"] == "sql" and problem["languages"] == ["postgresql", "sqlite"]
    player = problem["schema"][1]
    assert player["name"] == "Player" and player["primary_key"] == ["player_id"]
    assert player["columns"][1] == {"name": "team_id", "type": "INTEGER", "nullable": True, "primary_key": False}
    assert player["foreign_keys"] == [{"columns": ["team_id"], "table": "Team", "references": ["team_id"]}]
    assert problem["sql"] == {"ordered": True, "order_by": ["goals"], "tolerance": 1e-6, "tables": None}
    assert problem["starter_code"]["sqlite"].startswith("-- SQLite. Tables:\n--   Team(team_id, name)\n")
    assert json.loads(problem["samples"][0]["output"])["rows"] == [["Owls", 3], ["Bees", 0]]
    # A program problem offers no SQL engine.
    assert client.get("/api/v1/problems/echo").json()["languages"] == ["python"]


@pytest.mark.parametrize("engine", ["postgresql", "sqlite"])
def test_run_on_custom_rows_returns_the_result_table(client: TestClient, engine: str) -> None:
    rows = dataset([[5, "Elks"]], [[1, 5, 7], [2, 5, 1]])
    body = {"problem": "team-goals", "language": engine, "source": REFERENCE, "stdin": rows}
    ran = client.post("/api/v1/runs", json=body).json()
    assert ran["status"] == "OK", ran
    assert json.loads(ran["result"]) == {"columns": ["name", "goals"], "rows": [["Elks", 8]]}
    # Empty stdin: the first sample's tables.
    sample = client.post("/api/v1/runs", json={**body, "stdin": ""}).json()
    assert json.loads(sample["result"])["rows"] == [["Owls", 3], ["Bees", 0]]
    broken = client.post("/api/v1/runs", json={**body, "source": "SELECT nope FROM Team;"}).json()
    assert broken["status"] == "RE" and "nope" in broken["message"]


def test_bad_custom_rows_and_wrong_languages_are_422s(client: TestClient) -> None:
    body = {"problem": "team-goals", "language": "sqlite", "source": REFERENCE}
    cases = {
        "{": "custom rows: ",
        '{"Coach": {"columns": ["x"], "rows": []}}': "no table Coach",
        '{"Team": {"columns": ["team_id", "motto"], "rows": []}}': "Team has no column motto",
        '{"Team": {"columns": ["team_id"], "rows": [[1, 2]]}}': "row 1 has 2 values for 1 columns",
    }
    for stdin, message in cases.items():
        response = client.post("/api/v1/runs", json={**body, "stdin": stdin})
        assert response.status_code == 422 and message in response.json()["detail"], (stdin, response.json())
    no_problem = client.post("/api/v1/runs", json={"language": "sqlite", "source": "SELECT 1;"})
    assert no_problem.status_code == 422 and "give the problem" in no_problem.json()["detail"]
    python = client.post("/api/v1/runs", json={**body, "language": "python", "source": "print(1)"})
    assert python.status_code == 422 and "choose one of: postgresql, sqlite" in python.json()["detail"]
    on_echo = client.post("/api/v1/submissions", json={"problem": "echo", "language": "sqlite", "source": "SELECT 1;"})
    assert on_echo.status_code == 422


def test_run_on_the_samples_and_a_judged_submission(client: TestClient, runtime: Runtime) -> None:
    wrong = "SELECT t.name, SUM(p.goals) AS goals FROM Team t JOIN Player p USING (team_id) GROUP BY t.name;"
    samples = client.post(
        "/api/v1/runs/samples", json={"problem": "team-goals", "language": "postgresql", "source": wrong}
    ).json()
    assert samples["verdict"] == "WA" and samples["tests"][0]["message"] == "the result has 1 row, expected 2"
    assert json.loads(samples["tests"][0]["details"]["output"])["rows"] == [["Owls", 3]]

    created = client.post(
        "/api/v1/submissions", json={"problem": "team-goals", "language": "sqlite", "source": REFERENCE}
    )
    assert created.status_code == 202
    worker = Worker(runtime, threads=1)
    while worker.run_once("test-worker"):
        pass
    judged = client.get(created.headers["location"]).json()
    assert judged["verdict"] == "AC" and [t["verdict"] for t in judged["tests"]] == ["AC", "AC"]
    assert judged["memory_kb"] > 0
