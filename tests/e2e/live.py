"""`judge serve` in a subprocess for end-to-end tests: the service exactly as a user starts it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def problems_folder(folder: Path, shipped: Path, extra: dict[str, Path] | None = None) -> Path:
    """The shipped set (symlinked) plus extra packages (copied), side by side in one folder."""
    import shutil

    problems = folder / "problems"
    problems.mkdir()
    for package in shipped.iterdir():
        if (package / "problem.yaml").is_file():
            (problems / package.name).symlink_to(package)
    for name, source in (extra or {}).items():
        shutil.copytree(source, problems / name)
    return problems


def database_env(folder: Path) -> dict[str, str]:
    return {**os.environ, "JUDGE_DATABASE_URL": f"sqlite:///{folder / 'judge.db'}"}


def create_token(database: Path | dict[str, str], user: str, *, admin: bool = False) -> str:
    """`judge token create`, as an operator runs it, on the SQLite database of a test folder or
    the JUDGE_DATABASE_URL of an environment: the token is the last line of its stdout."""
    env = database_env(database) if isinstance(database, Path) else database
    command = [sys.executable, "-m", "judge.cli", "token", "create", "--user", user, *(["--admin"] if admin else [])]
    made = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    return made.stdout.strip().splitlines()[-1]


def wait_ready(base: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 120) -> None:
    """Until /readyz answers 200; fails with the server's log if it exits or takes too long."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base}/readyz", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert process.poll() is None, log.read_text()
        assert time.monotonic() < deadline, "judge serve did not become ready"
        time.sleep(0.3)


@contextmanager
def serve(folder: Path, problems: Path, runner: str, *args: str, env: dict[str, str] | None = None) -> Iterator[str]:
    """Starts `judge serve` on a free port and yields its base URL once /readyz answers 200.
    Its output goes to folder/serve.log (the one-time sign-in link is there)."""
    port = free_port()
    env = {
        **database_env(folder),
        "JUDGE_PROBLEMS_DIR": str(problems),
        "JUDGE_RUNNER": runner,
        "JUDGE_POOL_SIZE": "2",
        **(env or {}),
    }
    log = (folder / "serve.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "judge.cli", "serve", "--port", str(port), *args],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, process, folder / "serve.log")
        yield base
    finally:
        process.terminate()
        process.wait(30)
        log.close()
