"""Hello-world latency, POST to final verdict, per language (and a hello query per SQL engine),
through a live `judge serve`.

    JUDGE_RUNNER=docker .venv/bin/python -m bench.latency [--runs 20] [--languages python,cpp] [--reuse 200,1]

Starts `judge serve` on a free port with a fresh SQLite database and a one-test problem, submits
each language's hello world `runs` times one after another, and times POST → `done` event; once
per JUDGE_RUNNER_REUSE value (sandboxes reused across submissions, or a fresh one for each).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from judge.languages import LANGUAGES
from tests.e2e.live import create_token

HELLO = {
    "python": 'print("hello")\n',
    "cpp": '#include <cstdio>\nint main(){std::puts("hello");}\n',
    "c": '#include <stdio.h>\nint main(void){puts("hello");return 0;}\n',
    "java": 'public class Main { public static void main(String[] a) { System.out.println("hello"); } }\n',
    "javascript": 'console.log("hello");\n',
    "go": 'package main\nimport "fmt"\nfunc main(){fmt.Println("hello")}\n',
    "rust": 'fn main(){println!("hello");}\n',
    "ruby": 'puts "hello"\n',
    # SQL engines answer a hello query on a one-row table (problem hello-sql): the PostgreSQL time
    # includes starting its server on a fresh copy of the data directory.
    "postgresql": "SELECT word FROM Greeting;\n",
    "sqlite": "SELECT word FROM Greeting;\n",
}


def make_problem(folder: Path) -> None:
    package = folder / "hello"
    (package / "tests" / "hidden").mkdir(parents=True)
    (package / "problem.yaml").write_text("title: Hello\ndifficulty: easy\ntags: [strings]\n")
    (package / "statement.md").write_text("Print hello.\n")
    (package / "tests" / "hidden" / "01.in").write_text("\n")
    (package / "tests" / "hidden" / "01.ans").write_text("hello\n")
    sql = folder / "hello-sql"
    (sql / "tests" / "hidden").mkdir(parents=True)
    (sql / "problem.yaml").write_text("title: Hello SQL\ndifficulty: easy\ntags: [sql]\nsql: {}\n")
    (sql / "statement.md").write_text("Select the word.\n")
    (sql / "schema.sql").write_text("CREATE TABLE Greeting (word VARCHAR(10));\n")
    (sql / "tests" / "hidden" / "01.in").write_text('{"Greeting": {"columns": ["word"], "rows": [["hello"]]}}\n')
    (sql / "tests" / "hidden" / "01.ans").write_text('{"columns": ["word"], "rows": [["hello"]]}\n')


def start_service(folder: Path, port: int, reuse: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "JUDGE_DATABASE_URL": f"sqlite:///{folder / 'judge.db'}",
        "JUDGE_PROBLEMS_DIR": str(folder / "problems"),
        "JUDGE_RUNNER_REUSE": str(reuse),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "judge.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_ready(client: httpx.Client) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if client.get("/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("judge serve did not become ready")


COMMENT = {"python": "#", "ruby": "#", "postgresql": "--", "sqlite": "--"}  # others: //


def one(client: httpx.Client, language: str, cached: bool) -> float:
    # A fresh comment makes every source new, so the compiler runs (unless measuring the cache).
    marker = "" if cached else f"\n{COMMENT.get(language, '//')} run {time.perf_counter_ns()}\n"
    start = time.perf_counter()
    problem = "hello-sql" if LANGUAGES[language].kind == "sql" else "hello"
    body = {"problem": problem, "language": language, "source": HELLO[language] + marker}
    response = client.post("/api/v1/submissions", json=body)
    submission_id = response.json()["id"]
    with client.stream("GET", f"/api/v1/submissions/{submission_id}/events") as stream:
        for line in stream.iter_lines():
            if line.startswith("data:") and json.loads(line[5:])["type"] == "done":
                verdict = json.loads(line[5:])["submission"]["verdict"]
                break
    elapsed = time.perf_counter() - start
    assert verdict == "AC", (language, verdict)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--cached", action="store_true", help="resubmit the same source (compile cache hits)")
    parser.add_argument("--reuse", default="200,1", help="JUDGE_RUNNER_REUSE values to compare")
    args = parser.parse_args()
    languages = args.languages.split(",")
    reuses = [int(value) for value in args.reuse.split(",")]
    rows: dict[str, list[str]] = {language: [] for language in languages}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        make_problem(folder / "problems")
        token = create_token(folder, "bench", admin=True)  # an admin: no quotas
        for reuse in reuses:
            process = start_service(folder, args.port, reuse)
            try:
                headers = {"Authorization": f"Bearer {token}"}
                with httpx.Client(base_url=f"http://127.0.0.1:{args.port}", timeout=60, headers=headers) as client:
                    wait_ready(client)
                    for language in languages:
                        one(client, language, args.cached)  # warm-up
                        times = sorted(one(client, language, args.cached) for _ in range(args.runs))
                        p50 = statistics.median(times) * 1000
                        p95 = times[max(int(len(times) * 0.95) - 1, 0)] * 1000
                        rows[language].append(f"{p50:6.0f} / {p95:6.0f}")
            finally:
                process.terminate()
                process.wait(30)
    what = "same source: compile cache" if args.cached else "new source: compiled"
    runner = os.environ.get("JUDGE_RUNNER", "auto")
    print(f"hello world, POST -> done, p50 / p95 ms, {args.runs} runs each, {what}, JUDGE_RUNNER={runner}")
    print(f"{'language':12} " + " ".join(f"{f'reuse {reuse}':>15}" for reuse in reuses))
    for language, cells in rows.items():
        print(f"{language:12} " + " ".join(f"{cell:>15}" for cell in cells))


if __name__ == "__main__":
    main()
