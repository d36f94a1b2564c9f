"""What the editor needs from the API to be trusted (issue 13): Run judges the samples exactly as
Submit does and shows a failing sample whole; a hidden test shows nothing but "passed k of N";
custom input is checked against the signature before anything runs; no text, however broken,
gets a 5xx; every error's `detail` is one sentence; search, sorting, acceptance rates and a
random unsolved problem; HEAD / and an API explorer that needs no network."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from judge.api.app import create_app
from judge.db.migrate import upgrade
from judge.runtime import Runtime
from judge.sandbox.base import RunStatus
from judge.settings import Settings
from judge.worker import Worker
from tests.builders import bearer, make_problem, make_token
from tests.fakes import FakeSandbox, failed, ok

ECHO = "print(input())\n"


def responder(argv, stdin):  # type: ignore[no-untyped-def]
    """Compiles succeed; a program echoes its input, upper-cased when its source asks to shout, or
    crashes with a traceback when it asks to crash."""
    command = " ".join(argv)
    if "compile(" in command:
        return ok()
    source = responder.source  # type: ignore[attr-defined]
    if "crash" in source:
        return failed(RunStatus.RE, stderr=b"Traceback (most recent call last):\n  File main.py\nZeroDivisionError\n")
    return ok(stdin.upper() if "shout" in source else stdin)


responder.source = ""  # type: ignore[attr-defined]


@pytest.fixture
def runtime(database_url: str, tmp_path: Path) -> Iterator[Runtime]:
    folder = tmp_path / "problems"
    make_problem(
        folder,
        "echo",
        tests={"sample/01": ("ab\n", "ab\n"), "sample/02": ("cd\n", "cd\n"), "hidden/01": ("secret\n", "secret\n")},
        config={"title": "Echo Chamber", "tags": ["strings", "linked-lists"]},
    )
    make_problem(folder, "graph-walk", config={"title": "Walk the Graph", "difficulty": "hard", "tags": ["graphs"]})
    signature = {
        "function": "pick",
        "params": [{"name": "nums", "type": "int[]"}, {"name": "k", "type": "int"}],
        "returns": "int",
    }
    make_problem(folder, "pick-one", config={"title": "Pick One", "signature": signature},
                 tests={"sample/01": ("[1,2]\n1\n", "2\n")})  # fmt: skip
    (folder / "graph-walk" / "statement.md").write_text("# Walk\n\nFind a path through a directed acyclic graph.\n")
    upgrade(database_url)
    responder.source = ""  # type: ignore[attr-defined]
    settings = Settings(database_url=database_url, problems_dir=folder, pool_size=2, languages="python")
    runtime = Runtime.start(settings, sandbox=FakeSandbox(responder))
    yield runtime
    runtime.close()


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime), headers=bearer(make_token(runtime.database, "alice"))) as client:
        yield client


def solve(client: TestClient, runtime: Runtime, source: str) -> dict[str, object]:
    responder.source = source  # type: ignore[attr-defined]
    created = client.post("/api/v1/submissions", json={"problem": "echo", "language": "python", "source": source})
    worker = Worker(runtime, threads=1)
    while worker.run_once("test-worker"):
        pass
    return client.get(created.headers["location"]).json()


# --- Run judges the samples as Submit does ---------------------------------------------------


def test_run_on_the_samples_gives_submits_verdicts_with_everything_about_them(client: TestClient) -> None:
    responder.source = ECHO  # type: ignore[attr-defined]
    body = {"problem": "echo", "language": "python", "source": ECHO}
    passed = client.post("/api/v1/runs/samples", json=body).json()
    assert passed["verdict"] == "AC" and [t["verdict"] for t in passed["tests"]] == ["AC", "AC"]
    assert passed["tests"][0]["details"] == {
        "input": "ab\n", "expected": "ab\n", "output": "ab\n", "stderr": "", "printed": None,
    }  # fmt: skip

    responder.source = "shout"  # type: ignore[attr-defined]
    wrong = client.post("/api/v1/runs/samples", json={**body, "source": "shout"}).json()
    # Every sample runs, even after the first fails; each says what it expected and what came.
    assert wrong["verdict"] == "WA" and [t["verdict"] for t in wrong["tests"]] == ["WA", "WA"]
    assert wrong["tests"][1]["details"]["output"] == "CD\n" and wrong["tests"][1]["details"]["expected"] == "cd\n"
    assert "secret" not in str(wrong)  # a hidden test is never run, let alone shown


def test_a_failing_sample_shows_its_traceback_and_a_hidden_failure_only_its_place(
    client: TestClient, runtime: Runtime
) -> None:
    crashed = solve(client, runtime, "crash")
    first = crashed["tests"][0]  # type: ignore[index]
    assert crashed["verdict"] == "RE" and first["sample"] and "ZeroDivisionError" in first["details"]["stderr"]
    assert crashed["tests_total"] == 3

    shouted = solve(client, runtime, "shout")
    assert shouted["verdict"] == "WA" and shouted["tests"][0]["details"]["output"] == "AB\n"  # type: ignore[index]

    # Samples pass, the hidden test fails: its row has no details, and the total says "2 of 3".
    responder.source = "hidden"  # type: ignore[attr-defined]

    def secret_fails(argv, stdin):  # type: ignore[no-untyped-def]
        return ok() if "compile(" in " ".join(argv) else ok(b"nope\n" if stdin == b"secret\n" else stdin)

    runtime.sandbox.responder = secret_fails  # type: ignore[attr-defined]
    hidden = solve(client, runtime, "hidden")
    assert [t["verdict"] for t in hidden["tests"]] == ["AC", "AC", "WA"]  # type: ignore[index]
    assert hidden["tests"][2]["details"] is None and hidden["tests_total"] == 3  # type: ignore[index]
    assert "secret" not in str(hidden) and "nope" not in str(hidden)


def test_custom_input_is_checked_against_the_signature_first(client: TestClient) -> None:
    body = {"problem": "pick-one", "language": "python", "source": "def pick(nums, k):\n    return nums[k]\n"}
    cases = {
        "[1,2\n1\n": "nums (line 1) is not valid JSON",
        '["a"]\n1\n': "nums[0] should be int but is a string",
        "[1,2]\n": "1 line of input; 2 are needed, one JSON value per parameter (nums: int[], k: int)",
        "[1,2]\n1\n3\n": "3 lines of input; 2 are needed",
    }
    for stdin, message in cases.items():
        response = client.post("/api/v1/runs", json={**body, "stdin": stdin})
        assert response.status_code == 422 and message in response.json()["detail"], (stdin, response.json())
        assert response.json()["detail"].startswith("custom input: ")


# --- no input gets a 5xx; one shape of error ---------------------------------------------------


@pytest.mark.parametrize("bad", ["\ud800", "a\udfffb", "nul\x00here"])
@pytest.mark.parametrize(
    ("route", "body"),
    [
        ("/api/v1/runs", {"language": "python", "source": ECHO, "stdin": "{bad}"}),
        ("/api/v1/runs", {"language": "python", "source": "{bad}"}),
        ("/api/v1/submissions", {"problem": "echo", "language": "python", "source": "{bad}"}),
        ("/api/v1/submissions", {"problem": "{bad}", "language": "python", "source": ECHO}),
        ("/api/v1/runs/samples", {"problem": "echo", "language": "python", "source": "{bad}"}),
        ("/api/v1/auth/login", {"name": "{bad}", "password": "whatever it is"}),
        ("/api/v1/auth/signup", {"name": "carol", "password": "{bad} and more"}),
        ("/api/v1/me/tokens", {"name": "{bad}"}),
    ],
)
def test_broken_text_is_a_422_never_a_500(client: TestClient, route: str, body: dict[str, str], bad: str) -> None:
    filled = {key: value.replace("{bad}", bad) for key, value in body.items()}
    # As a client sends it: JSON escapes (\ud800), which httpx itself would refuse to encode.
    response = client.post(route, content=json.dumps(filled).encode(), headers={"content-type": "application/json"})
    # NUL is fine where nothing stores the text: a run's stdin and source, a password (hashed).
    nul_ok = {"/api/v1/runs": 200, "/api/v1/runs/samples": 200, "/api/v1/auth/signup": 201}
    allowed = {nul_ok[route]} if "\x00" in bad and route in nul_ok else set()
    assert response.status_code in {422} | allowed, response.text
    if response.status_code == 422:
        assert isinstance(response.json()["detail"], str)


def test_every_error_detail_is_one_sentence(client: TestClient) -> None:
    missing = client.post("/api/v1/submissions", json={"problem": "echo"})
    assert missing.status_code == 422
    assert missing.json()["detail"] == "language: Field required; source: Field required"
    assert [e["loc"] for e in missing.json()["errors"]] == [["body", "language"], ["body", "source"]]
    form = client.post("/api/v1/submissions", content=b"problem=echo", headers={"content-type": "text/plain"})
    assert form.json()["detail"] == "the body must be a JSON object, sent with Content-Type: application/json"
    broken = client.post("/api/v1/submissions", content=b"{not json", headers={"content-type": "application/json"})
    assert broken.status_code == 422 and broken.json()["detail"].startswith("the body is not valid JSON")
    assert client.get("/api/v1/submissions?limit=0").json()["detail"].startswith("query parameter limit:")
    schema = client.get("/openapi.json").json()["components"]["schemas"]["HTTPValidationError"]
    assert schema["properties"]["detail"]["type"] == "string" and schema["required"] == ["detail"]


# --- finding problems ------------------------------------------------------------------------


def test_search_looks_at_tags_and_statements_and_sorts(client: TestClient, runtime: Runtime) -> None:
    def slugs(query: str) -> list[str]:
        return [p["slug"] for p in client.get(f"/api/v1/problems{query}").json()["items"]]

    assert slugs("") == slugs("?sort=title") == ["echo", "pick-one", "graph-walk"]  # Echo…, Pick…, Walk…
    assert slugs("?q=linked%20list") == ["echo"]  # the tag linked-lists
    assert slugs("?q=acyclic") == ["graph-walk"]  # a word of the statement
    assert slugs("?q=WALK%20graph") == ["graph-walk"]
    assert slugs("?q=nothing%20like%20this") == []
    assert slugs("?sort=difficulty")[-1] == "graph-walk"


def test_acceptance_rates_progress_filters_and_a_random_unsolved_problem(client: TestClient, runtime: Runtime) -> None:
    solve(client, runtime, ECHO)
    solve(client, runtime, "shout")
    runtime.acceptance.counted_at = float("-inf")  # counted afresh (it is kept 30 s)
    items = {p["slug"]: p for p in client.get("/api/v1/problems").json()["items"]}
    assert items["echo"]["acceptance"] == 0.5 and items["echo"]["submissions"] == 2
    assert items["graph-walk"]["acceptance"] is None and items["graph-walk"]["submissions"] == 0
    assert client.get("/api/v1/problems/echo").json()["acceptance"] == 0.5
    solved = [p["slug"] for p in client.get("/api/v1/problems?status=solved").json()["items"]]
    assert solved == ["echo"]
    unsolved = [p["slug"] for p in client.get("/api/v1/problems?status=unsolved").json()["items"]]
    assert sorted(unsolved) == ["graph-walk", "pick-one"]
    for _ in range(10):
        assert client.get("/api/v1/problems/random?status=unsolved").json()["slug"] in unsolved
    assert client.get("/api/v1/problems/random?status=unsolved&tag=strings").status_code == 404
    with TestClient(client.app) as anonymous:
        assert anonymous.get("/api/v1/problems?status=solved").status_code == 401
        assert anonymous.get("/api/v1/problems/random").status_code == 200


# --- the page and the explorer ---------------------------------------------------------------


def test_head_of_the_page_and_a_local_api_explorer(client: TestClient) -> None:
    assert client.head("/").status_code in (200, 503)  # 503 only where the editor is not built
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/docs/swagger-ui-bundle.js" in docs.text and "cdn.jsdelivr" not in docs.text
