"""compose.yaml for real: the judge image and PostgreSQL (from Debian, compose.local.yaml) built
here, the stack brought up with two workers, a submission judged through it, then torn down."""

from __future__ import annotations

import os
import secrets
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.live import free_port

REPO = Path(__file__).resolve().parents[2]
PROJECT = "judgeci"


def compose(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = ["docker-compose", "-p", PROJECT, "-f", "compose.yaml", "-f", "compose.local.yaml", *args]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def stack() -> Iterator[tuple[str, str]]:
    built = subprocess.run(["bash", "scripts/build-image.sh", "judge:ci"], cwd=REPO, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-3000:]
    port = free_port()
    env = {**os.environ, "JUDGE_IMAGE": "judge:ci", "JUDGE_DB_PASSWORD": secrets.token_hex(16), "JUDGE_PORT": str(port)}
    up = compose("up", "-d", "--build", "--scale", "worker=2", env=env)
    try:
        assert up.returncode == 0, up.stderr[-3000:]
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 300
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, compose("logs", "--tail=40", env=env).stdout[-5000:]
            time.sleep(1)
        # An admin's token, as an operator makes one: the last line of `judge token create`.
        made = compose(
            "exec", "-T", "gateway", "/venv/bin/judge", "token", "create", "--user", "ci", "--admin", env=env
        )
        assert made.returncode == 0, made.stderr[-3000:]
        yield base, made.stdout.strip().splitlines()[-1]
    finally:
        compose("down", "-v", "--remove-orphans", env=env)


def test_the_compose_stack_judges(stack: tuple[str, str]) -> None:
    base, token = stack
    with httpx.Client(base_url=base, timeout=30, headers={"Authorization": f"Bearer {token}"}) as client:
        body = {
            "problem": "sum-of-two",
            "language": "python",
            "source": "a, b = map(int, input().split())\nprint(a + b)\n",
        }
        created = client.post("/api/v1/submissions", json=body)
        assert created.status_code == 202, created.text
        deadline = time.monotonic() + 180
        while (document := client.get(created.headers["Location"]).json())["status"] != "done":
            assert time.monotonic() < deadline, document
            time.sleep(0.5)
        assert document["verdict"] == "AC"
        ready = client.get("/readyz").json()
        assert ready["checks"] == {"database": "ok", "sandbox": "ok"}
        assert "judge_submissions_total" in client.get("/metrics").text
