"""What every sandbox backend offers the grader: a session to write files, run commands under
limits and read files back. Backends: `local` (bubblewrap), `docker` (a pool of containers), and a
fake for tests."""

from __future__ import annotations

import abc
import enum
import threading
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass


class SandboxError(Exception):
    """The sandbox itself broke (not the user's program): retried, then reported as IE."""


class RunStatus(enum.StrEnum):
    OK = "OK"
    TLE = "TLE"
    MLE = "MLE"
    OLE = "OLE"
    RE = "RE"


@dataclass(frozen=True)
class Limits:
    cpu_ms: int
    memory_kb: int
    wall_ms: int | None = None  # default: 3 x cpu + 1 s
    output_bytes: int = 64 * 1024 * 1024
    # Largest file a command may write (RLIMIT_FSIZE). None: no cap of its own where a cgroup
    # counts file pages (every writable place is a tmpfs charged to the run's memory, so a big
    # file is an MLE); 64 MB where accounting is approximate.
    fsize_bytes: int | None = None
    nproc: int = 64
    stack_kb: int | None = None  # default: = memory limit
    address_space_kb: int | None = None  # RLIMIT_AS; None for runtimes that reserve far more than they use

    def to_wire(self) -> dict[str, int | None]:
        return {
            "cpu_ms": self.cpu_ms,
            "wall_ms": self.wall_ms if self.wall_ms is not None else 3 * self.cpu_ms + 1000,
            "memory_kb": self.memory_kb,
            "output_bytes": self.output_bytes,
            "fsize_bytes": self.fsize_bytes,
            "nproc": self.nproc,
            "stack_kb": self.stack_kb if self.stack_kb is not None else self.memory_kb,
            "address_space_kb": self.address_space_kb,
        }


@dataclass(frozen=True)
class ExecResult:
    status: RunStatus
    exit_code: int | None
    signal: int | None
    time_ms: int
    wall_ms: int
    memory_kb: int
    stdout: bytes = b""
    stderr: bytes = b""
    wall_exceeded: bool = False
    stdout_truncated: bool = False
    stderr_truncated: bool = False


TRANSCRIPT_BYTES = 16 * 1024


class Transcript:
    """What the two programs said, in order, up to TRANSCRIPT_BYTES (a sample's interaction is
    public, and shown as Kattis' `.interaction` files show it)."""

    def __init__(self, limit: int = TRANSCRIPT_BYTES) -> None:
        self.lock = threading.Lock()
        self.parts: list[tuple[str, bytes]] = []
        self.size = 0
        self.limit = limit
        self.truncated = False

    def add(self, speaker: str, chunk: bytes) -> None:
        with self.lock:
            room = self.limit - self.size
            if room <= 0:
                self.truncated = True
                return
            if self.parts and self.parts[-1][0] == speaker:
                self.parts[-1] = (speaker, self.parts[-1][1] + chunk[:room])
            else:
                self.parts.append((speaker, chunk[:room]))
            self.size += min(len(chunk), room)
            self.truncated = self.truncated or len(chunk) > room

    def interaction(self) -> str:
        """`>` lines: what the first program (the solution) wrote; `<`: what it was sent."""
        lines = []
        for speaker, data in self.parts:
            mark = ">" if speaker == "first" else "<"
            text = data.decode(errors="replace")
            lines += [f"{mark}{line}" for line in text.split("\n")[: -1 if text.endswith("\n") else None]]
        if self.truncated:
            lines.append("… (truncated)")
        return "\n".join(lines)


@dataclass(frozen=True)
class Connected:
    """Two programs run at once with each one's stdout joined to the other's stdin (an
    interactive test: the solution and the problem's interactor)."""

    first: ExecResult  # the session's own program (the solution)
    second: ExecResult  # the peer's (the interactor)
    second_ended_first: bool  # which one ended first (Kattis: a wrong answer the interactor gave first stands)


class SandboxSession(abc.ABC):
    """One isolated work dir in which a submission is compiled and its tests run, one at a time."""

    @abc.abstractmethod
    def write_file(self, path: str, data: bytes, *, executable: bool = False, writable: bool = False) -> None: ...

    @abc.abstractmethod
    def read_file(self, path: str, *, max_bytes: int = 256 * 1024 * 1024) -> bytes: ...

    @abc.abstractmethod
    def archive(self, patterns: Sequence[str]) -> bytes:
        """A tar of the work dir's files matching `patterns` (compiled artifacts, for the cache)."""

    @abc.abstractmethod
    def extract(self, archive: bytes) -> None:
        """Unpack an `archive` result into the work dir."""

    @abc.abstractmethod
    def execute(
        self,
        argv: Sequence[str],
        *,
        limits: Limits,
        stdin: bytes = b"",
        env: Mapping[str, str] | None = None,
    ) -> ExecResult: ...

    def execute_connected(
        self,
        argv: Sequence[str],
        *,
        limits: Limits,
        env: Mapping[str, str] | None,
        peer: SandboxSession,
        peer_argv: Sequence[str],
        peer_limits: Limits,
        peer_env: Mapping[str, str] | None,
        stop_first: Callable[[ExecResult], bool] = lambda result: False,
        transcript: Transcript | None = None,
    ) -> Connected:
        """Run `argv` here and `peer_argv` in `peer` (another sandbox) at once, joined only by their
        standard streams. When the peer ends, this program's stdin ends and its stdout's reader
        goes; `stop_first(peer's result)` True kills it instead (its verdict no longer matters)."""
        raise SandboxError(f"{type(self).__name__} cannot run connected programs")


class Sandbox(abc.ABC):
    """A backend: hands out fresh sessions, at most `capacity` at a time."""

    name: str = "sandbox"

    @abc.abstractmethod
    def session(self) -> AbstractContextManager[SandboxSession]: ...

    def check(self) -> None:  # noqa: B027 - optional hook, nothing to check by default
        """Raise SandboxError when the backend cannot serve (used by /readyz)."""

    def close(self) -> None:  # noqa: B027 - optional hook, nothing to release by default
        """Release pooled resources."""

    def accounting(self) -> str:
        """How CPU and memory are counted: per-run cgroups, or an approximation (and why)."""
        return "unknown"

    def idle(self) -> int | None:
        """Warm sandboxes ready to use, for a backend that keeps a pool (else None)."""
        return None

    def stats(self) -> dict[str, object] | None:
        """A pooled backend's counters: sandboxes created, sessions, resets, retired by reason."""
        return None
