"""Where an SQL submission's time goes, side by side in one run, in a real sandbox session:

    .venv/bin/python -m bench.sql_engines [--backend local|docker] [--runs 10]

For each engine, the wall time of one harness command (judge/sql/harness.py) on 1 and on 11
datasets of a two-table schema: the difference over 10 is the cost of one more dataset (a fresh
schema or in-memory database, loading, the statements), the rest is the per-submission start (for
PostgreSQL: copying the template data directory and starting the server). Beside them, what the
template saves: `initdb` of a fresh data directory, which a submission would otherwise wait for
(measured on the host as `nobody`: it cannot run in the sandbox at all, where the run uid has no
passwd entry), and a bare `python3 -S -c pass` in the sandbox as the floor of any harness start.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import time

from judge.languages import LANGUAGES
from judge.sandbox.base import Limits, Sandbox
from judge.sql.engine import SqlProgram
from judge.sql.spec import SqlSpec

SCHEMA = """CREATE TABLE Team (team_id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL);
CREATE TABLE Player (player_id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES Team(team_id), goals INTEGER);
"""
QUERY = "SELECT t.name, SUM(p.goals) AS goals FROM Team t JOIN Player p ON p.team_id = t.team_id GROUP BY t.name;"
DATASET = json.dumps(
    {
        "Team": {"columns": ["team_id", "name"], "rows": [[i, f"team {i}"] for i in range(1, 11)]},
        "Player": {
            "columns": ["player_id", "team_id", "goals"],
            "rows": [[i, 1 + i % 10, i % 7] for i in range(1, 201)],
        },
    }
).encode()
LIMITS = Limits(cpu_ms=2000, memory_kb=256 * 1024)
INITDB = (
    "d=$(mktemp -d) && chown nobody $d && for b in /usr/lib/postgresql/*/bin; do last=$b; done && "
    'runuser -u nobody -- "$last/initdb" -D "$d/data" -U judge -A trust --no-sync -E UTF8 --locale=C >/dev/null'
    ' && rm -rf "$d"'
)


def make_sandbox(backend: str) -> Sandbox:
    if backend == "docker":
        from judge.sandbox.docker import DockerSandbox

        return DockerSandbox(pool_size=1)
    from judge.sandbox.local import LocalSandbox

    return LocalSandbox(pool_size=1)


def timed(sandbox: Sandbox, engine: str, datasets: int) -> float:
    program = SqlProgram(SqlSpec(schema=SCHEMA), LANGUAGES[engine], QUERY)
    with sandbox.session() as session:
        program.prepare(session)
        start = time.perf_counter()
        batch = program.run(session, [DATASET] * datasets, LIMITS)
        elapsed = time.perf_counter() - start
    assert len(batch.runs) == datasets and all(run.status == "ok" for run in batch.runs), batch
    return elapsed * 1000


def timed_command(sandbox: Sandbox, argv: list[str]) -> float:
    with sandbox.session() as session:
        start = time.perf_counter()
        result = session.execute(argv, limits=Limits(cpu_ms=30_000, memory_kb=512 * 1024, nproc=64))
        elapsed = time.perf_counter() - start
    assert result.exit_code == 0, result
    return elapsed * 1000


def timed_on_host(command: str) -> float:
    start = time.perf_counter()
    subprocess.run(["sh", "-c", command], check=True)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backend", default="local", choices=["local", "docker"])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    sandbox = make_sandbox(args.backend)
    try:
        cases = {
            "python3 -S -c pass": lambda: timed_command(sandbox, ["python3", "-S", "-c", "pass"]),
            "initdb on the host (the template)": lambda: timed_on_host(INITDB),
        }
        for engine in ("sqlite", "postgresql"):
            for count in (1, 11):
                cases[f"{engine}, {count} dataset{'s' * (count > 1)}"] = lambda engine=engine, count=count: timed(
                    sandbox, engine, count
                )
        for case in cases.values():  # warm-up
            case()
        samples: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):  # interleaved, so a busy moment hits every case alike
            for name, case in cases.items():
                samples[name].append(case())
    finally:
        sandbox.close()
    median = {name: statistics.median(values) for name, values in samples.items()}
    print(f"SQL harness, one command in a {args.backend} sandbox session, median of {args.runs} runs (ms)")
    for name, value in median.items():
        print(f"  {name:36} {value:8.1f}")
    for engine in ("sqlite", "postgresql"):
        one, eleven = median[f"{engine}, 1 dataset"], median[f"{engine}, 11 datasets"]
        per_dataset = (eleven - one) / 10
        print(f"  {engine}: start {one - per_dataset:6.1f} ms, each dataset {per_dataset:5.1f} ms")


if __name__ == "__main__":
    main()
