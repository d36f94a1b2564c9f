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


@contextmanager
def serve(folder: Path, problems: Path, runner: str, *args: str) -> Iterator[str]:
    """Starts `judge serve` on a free port and yields its base URL once /readyz answers 200."""
    port = free_port()
    env = {
        **os.environ,
        "JUDGE_DATABASE_URL": f"sqlite:///{folder / 'judge.db'}",
        "JUDGE_PROBLEMS_DIR": str(problems),
        "JUDGE_RUNNER": runner,
        "JUDGE_POOL_SIZE": "2",
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
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, (folder / "serve.log").read_text()
            assert time.monotonic() < deadline, "judge serve did not become ready"
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        process.wait(30)
        log.close()
