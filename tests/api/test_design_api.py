"""A design problem over HTTP: its class in the problem document, starter code in the languages
with a design harness only, and a custom input checked as operations before anything runs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from judge.api.app import create_app
from judge.db.migrate import upgrade
from judge.runtime import Runtime
from judge.settings import Settings
from tests.builders import bearer, make_problem, make_token
from tests.fakes import FakeSandbox

DESIGN = {
    "class": "Counter",
    "constructor": [{"name": "start", "type": "int"}],
    "methods": [{"name": "add", "params": [{"name": "n", "type": "int"}], "returns": "int"}, {"name": "reset"}],
}
SAMPLE = (json.dumps(["Counter", "add", "reset"]) + "\n" + json.dumps([[1], [2], []]) + "\n", "[null,3,null]\n")


@pytest.fixture
def client(database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    folder = tmp_path / "problems"
    make_problem(folder, "counter", config={"title": "Counter", "design": DESIGN}, tests={"sample/01": SAMPLE})
    upgrade(database_url)
    settings = Settings(database_url=database_url, problems_dir=folder, pool_size=1, languages="python,rust")
    runtime = Runtime.start(settings, sandbox=FakeSandbox())
    with TestClient(create_app(runtime), headers=bearer(make_token(runtime.database, "dee"))) as client:
        yield client
    runtime.close()


def test_the_problem_shows_its_class(client: TestClient) -> None:
    problem = client.get("/api/v1/problems/counter").json()
    assert problem["kind"] == "design" and problem["languages"] == ["python"]
    assert problem["design"] == {
        "class": "Counter",
        "constructor": [{"name": "start", "type": "int"}],
        "methods": [
            {"name": "add", "params": [{"name": "n", "type": "int"}], "returns": "int"},
            {"name": "reset", "params": [], "returns": "void"},
        ],
    }
    assert "    def add(self, n: int) -> int:" in problem["starter_code"]["python"]
    assert problem["starter_code"].keys() == {"python"}


def test_custom_operations_are_checked_before_they_run(client: TestClient) -> None:
    body = {"problem": "counter", "language": "python", "source": "class Counter: pass"}
    cases = {
        '["Counter","add"]\n[[1]]\n': "2 operations but 1 argument lists",
        '["add"]\n[[1]]\n': "the first operation should be 'Counter'",
        '["Counter","sub"]\n[[1],[1]]\n': "Counter has no method 'sub'",
        '["Counter","add"]\n[[1],["x"]]\n': "operation 2, add: n should be int but is a string",
    }
    for stdin, message in cases.items():
        response = client.post("/api/v1/runs", json={**body, "stdin": stdin})
        assert response.status_code == 422 and message in response.json()["detail"], (stdin, response.json())
    rust = client.post("/api/v1/submissions", json={**body, "language": "rust"})
    assert rust.status_code == 422
