"""The host's side of the supervisor channel: every read has a deadline, and a sandbox that
misses one is broken for good (destroyed by its backend, never reused)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from judge.sandbox import channel
from judge.sandbox.base import Limits, SandboxError
from judge.sandbox.channel import PipeReader, PipeWriter, SupervisorSession


@pytest.fixture
def pipes() -> Iterator[tuple[SupervisorSession, int, int]]:
    """A session, the fd the fake supervisor reads requests from and the fd it answers on."""
    requests_r, requests_w = os.pipe()
    replies_r, replies_w = os.pipe()
    session = SupervisorSession(PipeWriter(requests_w), PipeReader(replies_r))  # type: ignore[arg-type]
    yield session, requests_r, replies_w
    for fd in (requests_r, requests_w, replies_r, replies_w):
        os.close(fd)


def test_a_silent_sandbox_is_broken_after_its_deadline(pipes: tuple[SupervisorSession, int, int]) -> None:
    session, _, _ = pipes
    with pytest.raises(SandboxError, match="did not answer read within"):
        session.request({"op": "read", "path": "x"}, timeout=0.2)
    assert session.broken
    with pytest.raises(SandboxError, match="broken"):
        session.request({"op": "read", "path": "x"}, timeout=0.2)


def test_a_half_reply_is_as_silent_as_none(pipes: tuple[SupervisorSession, int, int]) -> None:
    session, _, replies = pipes
    os.write(replies, b'{"ok":true,"sizes":[100]}\n' + b"x" * 10)
    with pytest.raises(SandboxError):
        session.request({"op": "read", "path": "x"}, timeout=0.2)


def test_a_command_is_due_by_its_wall_limit_plus_a_margin(
    pipes: tuple[SupervisorSession, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _, _ = pipes
    monkeypatch.setattr(channel, "EXEC_MARGIN_SECONDS", 0.3)
    with pytest.raises(SandboxError, match="did not answer exec within 0.5 s"):
        session.execute(["sleep"], limits=Limits(cpu_ms=100, memory_kb=1024, wall_ms=200))
    assert session.broken
