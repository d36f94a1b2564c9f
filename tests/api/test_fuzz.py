"""API fuzzing: schemathesis generates requests from /openapi.json (valid and invalid ones) and
checks that no answer is a 5xx and every answer matches the documented schema."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from judge.api.app import create_app
from judge.db.migrate import upgrade
from judge.runtime import Runtime
from judge.settings import Settings
from tests.api.test_api import responder
from tests.builders import make_problem, make_token
from tests.fakes import FakeSandbox


@pytest.fixture
def app(database_url: str, tmp_path: Path) -> Iterator[FastAPI]:
    folder = tmp_path / "problems"
    make_problem(folder, "echo")
    signature = {"function": "twice", "params": [{"name": "nums", "type": "int[]"}], "returns": "int[]"}
    make_problem(folder, "twice", config={"signature": signature}, tests={"sample/01": ("[1,2]\n", "[2,4]\n")})
    upgrade(database_url)
    runtime = Runtime.start(
        Settings(database_url=database_url, problems_dir=folder, pool_size=2, languages="python,cpp", queue_limit=50),
        sandbox=FakeSandbox(responder),
    )
    app = create_app(runtime)
    app.state.token = make_token(runtime.database, "fuzzer")
    yield app
    runtime.close()


def test_no_server_errors_and_documented_answers(app: FastAPI) -> None:
    # The event stream stays open while a submission waits (no worker runs here): not fuzzed.
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).exclude(path_regex=r"/events$")
    schema.config.generation.allow_x00 = True  # NUL in strings
    client = TestClient(app, headers={"Authorization": f"Bearer {app.state.token}"})
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case: schemathesis.Case) -> None:
            # Every other check runs; this one assumes any schema-valid body is accepted, but an
            # unknown language or problem is a 422 or 404 by the contract, not a schema matter.
            # As a signed-in user, so bodies get past the 401 to validation and the database.
            headers = {"Authorization": f"Bearer {app.state.token}"}
            case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])
            # Hypothesis never makes lone surrogates, and httpx refuses to encode them: send each
            # string field of the body once more with one, as JSON's \ud800 escape.
            if isinstance(case.body, dict):
                for key, value in case.body.items():
                    if isinstance(value, str):
                        broken = json.dumps({**case.body, key: value + "\ud800"}).encode()
                        answer = client.request(
                            case.method,
                            case.formatted_path,
                            content=broken,
                            headers={"content-type": "application/json"},
                        )
                        assert answer.status_code < 500, (case.method, case.formatted_path, key, answer.text)

        fuzz()
