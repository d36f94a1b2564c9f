"""The host's side of the supervisor protocol, shared by every backend that runs the supervisor
(bubblewrap's pipes, a container's attached stdin/stdout)."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import Any, BinaryIO

from judge.sandbox import supervisor as wire
from judge.sandbox.base import ExecResult, Limits, RunStatus, SandboxError, SandboxSession


class SupervisorSession(SandboxSession):
    """A session backed by a supervisor reached through a pair of byte streams."""

    def __init__(self, to_supervisor: BinaryIO, from_supervisor: BinaryIO) -> None:
        self.to_supervisor = to_supervisor
        self.from_supervisor = from_supervisor
        self.lock = threading.Lock()

    def describe_failure(self) -> str:
        """Extra context for a broken channel (e.g. the sandbox's own stderr)."""
        return ""

    def request(self, header: dict[str, Any], *payloads: bytes) -> tuple[dict[str, Any], list[bytes]]:
        with self.lock:
            try:
                wire.write_message(self.to_supervisor, header, *payloads)
                reply, data = wire.read_message(self.from_supervisor)
            except (OSError, EOFError, ValueError) as e:
                raise SandboxError(f"supervisor channel broke: {e} {self.describe_failure()}".strip()) from e
        if reply.get("ok") is False:
            raise SandboxError(str(reply.get("error")))
        return reply, data

    def hello(self) -> None:
        reply, _ = self.request({"op": "hello"})
        if not reply.get("ready"):
            raise SandboxError(f"unexpected greeting {reply!r}")

    def write_file(self, path: str, data: bytes, *, executable: bool = False) -> None:
        self.request({"op": "write", "path": path, "mode": 0o755 if executable else 0o644}, data)

    def read_file(self, path: str, *, max_bytes: int = 256 * 1024 * 1024) -> bytes:
        _, data = self.request({"op": "read", "path": path, "max": max_bytes})
        return data[0]

    def archive(self, patterns: Sequence[str]) -> bytes:
        _, data = self.request({"op": "archive", "patterns": list(patterns)})
        return data[0]

    def extract(self, archive: bytes) -> None:
        self.request({"op": "extract"}, archive)

    def execute(
        self,
        argv: Sequence[str],
        *,
        limits: Limits,
        stdin: bytes = b"",
        env: Mapping[str, str] | None = None,
    ) -> ExecResult:
        reply, data = self.request(
            {"op": "exec", "argv": list(argv), "env": dict(env) if env else None, "limits": limits.to_wire()}, stdin
        )
        try:
            return ExecResult(
                status=RunStatus(reply["status"]),
                exit_code=reply["exit_code"],
                signal=reply["signal"],
                time_ms=int(reply["time_ms"]),
                wall_ms=int(reply["wall_ms"]),
                memory_kb=int(reply["memory_kb"]),
                stdout=data[0],
                stderr=data[1],
                wall_exceeded=bool(reply["wall_exceeded"]),
                stdout_truncated=bool(reply["stdout_truncated"]),
                stderr_truncated=bool(reply["stderr_truncated"]),
            )
        except (KeyError, ValueError, IndexError) as e:
            raise SandboxError(f"malformed supervisor reply {reply!r}") from e

    def say_goodbye(self) -> None:
        try:
            wire.write_message(self.to_supervisor, {"op": "exit"})
        except OSError:
            pass
