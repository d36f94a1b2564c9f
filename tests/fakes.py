"""A FakeSandbox (after CMS): sessions hand out scripted results, so grading, the worker and the
API are tested without a real sandbox. The real backends are tested end to end in tests/e2e."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from judge.sandbox.base import Connected, ExecResult, Limits, RunStatus, Sandbox, SandboxError, SandboxSession


def ok(stdout: bytes = b"", *, time_ms: int = 5, memory_kb: int = 1000) -> ExecResult:
    return ExecResult(RunStatus.OK, 0, None, time_ms, time_ms, memory_kb, stdout=stdout)


def failed(
    status: RunStatus, *, exit_code: int | None = 1, signal: int | None = None, stderr: bytes = b""
) -> ExecResult:
    return ExecResult(status, exit_code, signal, 10, 10, 1000, stderr=stderr)


# What the fake answers to a command: a fixed result, or a function of (argv, stdin).
Responder = Callable[[Sequence[str], bytes], ExecResult]
# What it answers to two connected programs (an interactive test), given the interactor's input
# file: (the solution's result, the interactor's, whether the interactor ended first).
Connector = Callable[[bytes], tuple[ExecResult, ExecResult, bool]]


@dataclass
class FakeSession(SandboxSession):
    responder: Responder
    files: dict[str, bytes] = field(default_factory=dict)
    commands: list[list[str]] = field(default_factory=list)
    connector: Connector | None = None

    def write_file(self, path: str, data: bytes, *, executable: bool = False, writable: bool = False) -> None:
        self.files[path] = data

    def read_file(self, path: str, *, max_bytes: int = 256 * 1024 * 1024) -> bytes:
        if path not in self.files:
            raise SandboxError(f"{path}: no such file")
        return self.files[path]

    def archive(self, patterns: Sequence[str]) -> bytes:
        import fnmatch
        import json

        chosen = {
            name: data.hex() for name, data in self.files.items() if any(fnmatch.fnmatch(name, p) for p in patterns)
        }
        return json.dumps(chosen).encode()

    def extract(self, archive: bytes) -> None:
        import json

        self.files.update({name: bytes.fromhex(data) for name, data in json.loads(archive).items()})

    def execute(
        self, argv: Sequence[str], *, limits: Limits, stdin: bytes = b"", env: Mapping[str, str] | None = None
    ) -> ExecResult:
        self.commands.append(list(argv))
        return self.responder(argv, stdin)

    def execute_connected(  # type: ignore[override]
        self, argv: Sequence[str], *, peer: SandboxSession, peer_argv: Sequence[str], **options: object
    ) -> Connected:
        assert self.connector is not None and isinstance(peer, FakeSession)
        self.commands.append(list(argv))
        peer.commands.append(list(peer_argv))
        first, second, second_first = self.connector(peer.files["input"])
        return Connected(first, second, second_first)


class FakeSandbox(Sandbox):
    name = "fake"

    def __init__(self, responder: Responder | None = None, connector: Connector | None = None) -> None:
        self.responder: Responder = responder or (lambda argv, stdin: ok(stdin))
        self.connector = connector
        self.sessions: list[FakeSession] = []
        self.broken = False

    @contextmanager
    def session(self) -> Iterator[SandboxSession]:
        if self.broken:
            raise SandboxError("fake sandbox is broken")
        session = FakeSession(self.responder, connector=self.connector)
        self.sessions.append(session)
        yield session

    def check(self) -> None:
        if self.broken:
            raise SandboxError("fake sandbox is broken")

    def accounting(self) -> str:
        return "fake: the responder's numbers"
