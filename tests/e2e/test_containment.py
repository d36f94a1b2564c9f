"""Hostile programs in the real sandbox: each gets its verdict, nothing escapes, and a normal
program run right after in the same sandbox is fine."""

from __future__ import annotations

import os
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.grading.program import Program
from judge.languages import LANGUAGES
from judge.runtime import grading_limits
from judge.sandbox import channel
from judge.sandbox.base import ExecResult, Limits, RunStatus, Sandbox, SandboxError, SandboxSession
from judge.settings import Settings
from tests.e2e.conftest import program

LIMITS = Limits(cpu_ms=1000, memory_kb=256 * 1024)
COMPILE = grading_limits(Settings()).compile


@pytest.fixture
def session(sandbox: Sandbox) -> Iterator[SandboxSession]:
    with sandbox.session() as session:
        yield session


def run(session: SandboxSession, path: str, stdin: bytes = b"", limits: Limits = LIMITS) -> ExecResult:
    language = LANGUAGES["c" if path.endswith(".c") else "python"]
    source = program(path)
    compiled = Program(language, source).compile(session, COMPILE)
    assert compiled.ok, compiled.output
    return Program(language, source).run(session, limits, stdin)


def run_python(session: SandboxSession, source: str, stdin: bytes = b"") -> ExecResult:
    program = Program(LANGUAGES["python"], source)
    assert program.compile(session, COMPILE).ok
    return program.run(session, LIMITS, stdin)


def still_fine(session: SandboxSession) -> None:
    result = run(session, "c/ac.c", b"3 4\n")
    assert (result.status, result.stdout) == (RunStatus.OK, b"7\n")


def test_fork_bomb(session: SandboxSession) -> None:
    result = run(session, "hostile/fork_bomb.c")
    assert result.status in (RunStatus.TLE, RunStatus.RE)
    still_fine(session)


def test_memory_bomb_is_mle(session: SandboxSession) -> None:
    result = run(session, "hostile/memory_bomb.c")
    assert result.status is RunStatus.MLE
    assert result.memory_kb >= LIMITS.memory_kb
    still_fine(session)


@pytest.mark.parametrize("language", ["python", "java", "javascript", "go"])
def test_memory_bomb_in_managed_runtimes_is_mle(session: SandboxSession, language: str) -> None:
    sources = {
        "python": "x = []\nwhile True:\n    x.append(bytearray(1 << 20))\n",
        "java": "import java.util.*;\npublic class Main { public static void main(String[] a) {"
        " List<long[]> l = new ArrayList<>(); while (true) l.add(new long[1 << 17]); } }\n",
        "javascript": "const a = []; while (true) a.push(new Array(1 << 16).fill(1.5));\n",
        "go": "package main\nfunc main() { var l [][]byte; for { b := make([]byte, 1<<20);"
        " for i := range b { b[i] = 1 }; l = append(l, b) } }\n",
    }
    lang = LANGUAGES[language]
    assert Program(lang, sources[language]).compile(session, COMPILE).ok
    result = Program(lang, sources[language]).run(session, Limits(cpu_ms=5000, memory_kb=128 * 1024), b"")
    assert result.status is RunStatus.MLE, (result, result.stderr[-500:])


def test_java_uses_far_more_address_space_than_memory_and_is_fine(session: SandboxSession) -> None:
    # The JVM reserves gigabytes of address space; with RLIMIT_AS at the memory limit it would not start.
    lang = LANGUAGES["java"]
    source = program("java/ac.java")
    assert Program(lang, source).compile(session, COMPILE).ok
    result = Program(lang, source).run(session, Limits(cpu_ms=2000, memory_kb=64 * 1024), b"3 4\n")
    assert (result.status, result.stdout) == (RunStatus.OK, b"7\n")


def test_output_flood_is_ole(session: SandboxSession) -> None:
    result = run(
        session, "hostile/output_flood.c", limits=Limits(cpu_ms=5000, memory_kb=256 * 1024, output_bytes=8 << 20)
    )
    assert result.status is RunStatus.OLE
    still_fine(session)


def test_sleeper_is_stopped_by_the_wall_clock(session: SandboxSession) -> None:
    result = run(session, "hostile/sleeper.py")
    assert result.status is RunStatus.TLE and result.wall_exceeded
    assert result.time_ms < LIMITS.cpu_ms  # it used no CPU: the wall clock stopped it
    still_fine(session)


def test_no_network(session: SandboxSession) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    try:
        port = listener.getsockname()[1]
        result = run(session, "hostile/network.py", f"{port}\n".encode(), Limits(cpu_ms=5000, memory_kb=256 * 1024))
    finally:
        listener.close()
    assert result.status is RunStatus.OK, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0] == "INTERFACES lo"
    assert lines[1] == f"BLOCKED {port}"


def test_hidden_answers_and_judge_files_are_invisible(session: SandboxSession) -> None:
    result = run(session, "hostile/snoop.py", limits=Limits(cpu_ms=10_000, memory_kb=256 * 1024))
    assert result.status is RunStatus.OK, result.stderr
    assert result.stdout.decode().splitlines() == ["DONE"]


def test_huge_file_is_stopped(session: SandboxSession) -> None:
    result = run(session, "hostile/huge_file.c", limits=Limits(cpu_ms=5000, memory_kb=256 * 1024, fsize_bytes=16 << 20))
    assert result.status in (RunStatus.RE, RunStatus.OLE)
    assert b"WRITE FAILED" in result.stdout
    still_fine(session)


def test_nothing_survives_into_the_next_run(session: SandboxSession) -> None:
    first = run(session, "hostile/daemon.py")
    assert first.status is RunStatus.OK and b"parent done" in first.stdout
    second = run(session, "hostile/check_daemon.py")
    assert second.stdout == b"CLEAN\n"


def test_solution_cannot_forge_the_supervisor_channel(session: SandboxSession) -> None:
    # The supervisor and the launcher are not dumpable: their /proc/PID/fd stay closed to the solution.
    source = (
        "import os\nfound = []\nfor pid in os.listdir('/proc'):\n"
        "    if pid.isdigit() and int(pid) != os.getpid():\n"
        "        try:\n            os.listdir(f'/proc/{pid}/fd'); found.append(pid)\n"
        "        except OSError:\n            pass\nprint('OPEN' if found else 'CLOSED', found)\n"
    )
    result = run_python(session, source)
    assert result.stdout.startswith(b"CLOSED"), result.stdout


def test_the_launcher_cannot_be_killed(session: SandboxSession) -> None:
    # The launcher is root and the program a run uid on both backends (an unprivileged local
    # sandbox would share the uid: the program's RE, and a fresh launcher for the next command).
    source = (
        "import os, signal\ntry:\n    os.kill(os.getppid(), signal.SIGKILL)\n    print('killed')\n"
        "except PermissionError:\n    print('denied')\n"
    )
    result = run_python(session, source)
    assert (result.status, result.stdout) == (RunStatus.OK, b"denied\n")
    still_fine(session)


def test_the_solution_is_the_first_victim_of_the_oom_killer(session: SandboxSession) -> None:
    result = session.execute(["cat", "/proc/self/oom_score_adj"], limits=LIMITS)
    assert result.stdout == b"1000\n"


# --- nothing a program does stalls the judge ----------------------------------------------------
# Each of these would leave a judge waiting forever if any wait were unbounded. Each ends within
# its wall limit (3 x 1 s + 1 s here) plus the kill, and the sandbox serves the next command.
WALL_S = 4.0


@pytest.mark.parametrize("path", ["hostile/stop_parent.py", "hostile/stop_group.py", "hostile/stop_self.py"])
def test_a_stopped_program_is_ended_by_the_wall_clock(session: SandboxSession, path: str) -> None:
    started = time.monotonic()
    result = run(session, path)
    elapsed = time.monotonic() - started
    if path.endswith("stop_parent.py"):
        # The launcher is root and the program is not: the stop is refused, the program goes on.
        assert (result.status, result.stdout) == (RunStatus.OK, b"denied\n")
    else:
        assert result.status is RunStatus.TLE and result.wall_exceeded
    assert elapsed < WALL_S + 5, elapsed
    still_fine(session)


def test_signals_reach_no_judge_process(session: SandboxSession) -> None:
    result = run(session, "hostile/signal_everyone.py")
    # It may see PID 1 and the launcher, but can signal neither: only its own processes.
    assert (result.status, result.stdout) == (RunStatus.OK, b"reached []\n"), result.stderr
    still_fine(session)


def test_sigint_to_pid_1_does_not_end_the_sandbox(session: SandboxSession) -> None:
    source = (
        "import os, signal\nfor s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):\n    try:\n"
        "        os.kill(1, s)\n    except OSError as e:\n        print(e.strerror)\n"
    )
    result = run_python(session, source)
    assert result.status is RunStatus.OK, result.stderr
    still_fine(session)


def test_stdin_cannot_be_read_twice(session: SandboxSession) -> None:
    # stdin is a pipe: what a harness read before the user's code ran is gone for good.
    source = (
        "import os, sys\nprint(sys.stdin.readline().strip())\n"
        "try:\n    os.lseek(0, 0, os.SEEK_SET)\n    print('SEEKED')\nexcept OSError as e:\n    print(e.strerror)\n"
        "try:\n    print(open('/proc/self/fd/0', 'rb').read())\nexcept OSError as e:\n    print(e.strerror)\n"
    )
    result = run_python(session, source, b"secret\nrest\n")
    # Reopening it through /proc is refused outright: the pipe is root's, the program is not.
    assert result.stdout == b"secret\nIllegal seek\nPermission denied\n", result.stdout


def freeze(session: SandboxSession) -> None:
    """Make the sandbox's supervisor stop answering, as a hung sandbox would."""
    channel = session.channel  # type: ignore[attr-defined]  # the pool's lease of a sandbox
    if hasattr(channel, "container"):  # docker
        channel.container.pause()
        return
    bwrap = channel.process.pid
    children = Path(f"/proc/{bwrap}/task/{bwrap}/children").read_text().split()
    os.kill(int(children[0]), signal.SIGSTOP)  # the supervisor, PID 1 inside


def test_a_silent_sandbox_is_destroyed_after_its_deadline(sandbox: Sandbox) -> None:
    limits = Limits(cpu_ms=500, memory_kb=64 * 1024, wall_ms=1000)
    with pytest.raises(SandboxError, match="did not answer exec"), sandbox.session() as session:
        freeze(session)
        started = time.monotonic()
        try:
            session.execute(["true"], limits=limits)
        finally:
            assert time.monotonic() - started < 1 + channel.EXEC_MARGIN_SECONDS + 5
    with sandbox.session() as session:  # and the backend goes on serving
        still_fine(session)
