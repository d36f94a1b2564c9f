"""End-to-end fixtures: the real sandbox backends. Nothing here is skipped: a backend that cannot
start fails the run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from judge.grading.grader import Grader
from judge.problems.loader import load_native
from judge.problems.package import Problem
from judge.runtime import grading_limits
from judge.sandbox.base import Sandbox
from judge.sandbox.docker import DockerSandbox
from judge.sandbox.local import LocalSandbox
from judge.settings import Settings

PROGRAMS = Path(__file__).parent / "programs"
PROBLEMS = Path(__file__).resolve().parents[2] / "problems"
# Both backends, always: a backend that cannot start fails the run (CI installs and starts Docker).
BACKENDS = ["local", "docker"]


def make_backend(name: str, **options: int) -> Sandbox:
    if name == "local":
        return LocalSandbox(**options)
    if name == "docker":
        return DockerSandbox(**{"pool_size": 2, **options})
    raise AssertionError(f"unknown backend {name}")


@pytest.fixture(scope="session", params=BACKENDS)
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    backend = make_backend(request.param)
    yield backend
    backend.close()


@pytest.fixture(scope="session")
def grader(sandbox: Sandbox) -> Grader:
    return Grader(sandbox, grading_limits(Settings()))


@pytest.fixture(scope="session")
def sum_of_two() -> Problem:
    return load_native(PROBLEMS / "sum-of-two")


def program(path: str) -> str:
    return (PROGRAMS / path).read_text()


# Debian's Chromium: Playwright cannot download its own browser here.
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Chromium for a module's browser tests (test_web.py, test_web_trust.py)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()
