"""The `local` backend: every session is a bubblewrap sandbox running the supervisor.

Isolation: new user, PID, IPC, UTS, network and mount namespaces (no network at all, not even a
route out); the toolchains' directories read-only; a private tmpfs work dir and /tmp with size
caps. No host path that the sandbox can write exists: the judge only talks to the supervisor over
a pipe, so it never writes, chowns or deletes through a path the sandbox controls. When the judge
runs as root, bubblewrap itself is started as an unprivileged uid, so even files root owns are out
of reach (a user namespace alone would still map the sandbox onto the real root).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from judge.sandbox import supervisor as wire
from judge.sandbox.base import Sandbox, SandboxError, SandboxSession
from judge.sandbox.channel import SupervisorSession

SUPERVISOR = Path(wire.__file__).resolve()
LAUNCHER_SOURCE = SUPERVISOR.with_name("launcher.c")
WORKDIR = "/work"
# Read-only views of the system: toolchains live under /usr (Debian packages); /etc only gives
# what the runtimes need to start.
RO_PATHS = ["/usr", "/etc/alternatives", "/etc/ld.so.cache", "/etc/java-17-openjdk", "/etc/ssl/certs"]
MERGED_USR_LINKS = {"/bin": "usr/bin", "/sbin": "usr/sbin", "/lib": "usr/lib", "/lib64": "usr/lib64"}
NOBODY = 65534


def build_launcher(source: Path, target: Path) -> None:
    """Compile launcher.c with the system C compiler (static when libc.a is there: faster exec)."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        raise SandboxError("no C compiler to build the sandbox launcher (install gcc)")
    for extra in (["-static"], []):
        done = subprocess.run([cc, "-O2", *extra, "-o", str(target), str(source)], capture_output=True)
        if done.returncode == 0:
            return
    raise SandboxError(f"cannot build the sandbox launcher: {done.stderr.decode(errors='replace')}")


def prepare_runtime_dir() -> Path:
    """A root-owned, world-readable folder holding the supervisor and the launcher.

    bubblewrap runs as nobody, so it can only bind files nobody can read; the sandbox gets them
    read-only. The folder is ours alone to write (mode 755)."""
    runtime = Path(tempfile.mkdtemp(prefix="judge-sandbox-"))
    runtime.chmod(0o755)
    shutil.copyfile(SUPERVISOR, runtime / "supervisor.py")
    (runtime / "supervisor.py").chmod(0o644)
    build_launcher(LAUNCHER_SOURCE, runtime / "launcher")
    (runtime / "launcher").chmod(0o755)
    return runtime


def bwrap_command(runtime: Path, *, tmp_bytes: int, work_bytes: int) -> list[str]:
    cmd = [
        shutil.which("bwrap") or "bwrap",
        "--unshare-all",  # user, pid, ipc, uts, net, cgroup namespaces
        # The supervisor is PID 1 itself: bubblewrap's own init would hold the channel's pipes
        # open where a solution can reach them (/proc/1/fd), and as PID 1 the supervisor cannot be
        # killed from inside the namespace.
        "--as-pid-1",
        "--die-with-parent",
        "--new-session",
        "--cap-drop",
        "ALL",
    ]
    for path in RO_PATHS:
        cmd += ["--ro-bind-try", path, path]
    for link, target in MERGED_USR_LINKS.items():
        if os.path.islink(link):
            cmd += ["--symlink", target, link]
        elif os.path.isdir(link):
            cmd += ["--ro-bind", link, link]
    cmd += [
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--size",
        str(tmp_bytes),
        "--tmpfs",
        "/tmp",
        "--size",
        str(work_bytes),
        "--tmpfs",
        WORKDIR,
        "--ro-bind",
        str(runtime),
        "/judge",
        "--chdir",
        WORKDIR,
        "--clearenv",
        "--setenv",
        "PATH",
        "/usr/local/bin:/usr/bin:/bin",
        "--setenv",
        "HOME",
        "/tmp",
        "--uid",
        str(NOBODY),
        "--gid",
        str(NOBODY),
    ]
    supervisor = ["/usr/bin/python3", "-S", "/judge/supervisor.py", "--workdir", WORKDIR, "--sweep"]
    return cmd + supervisor + ["--launcher", "/judge/launcher"]


class LocalSession(SupervisorSession):
    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdin is not None and process.stdout is not None
        super().__init__(process.stdin, process.stdout)
        self.process = process

    def describe_failure(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return "(the sandbox is still running)"
        return self.process.stderr.read(4096).decode(errors="replace").strip()

    def close(self) -> None:
        self.say_goodbye()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


class LocalSandbox(Sandbox):
    name = "local"

    def __init__(self, *, tmp_mb: int = 512, work_mb: int = 512) -> None:
        self.tmp_bytes = tmp_mb * 1024 * 1024
        self.work_bytes = work_mb * 1024 * 1024
        self.check()
        self.runtime = prepare_runtime_dir()

    def close(self) -> None:
        shutil.rmtree(self.runtime, ignore_errors=True)

    def check(self) -> None:
        if shutil.which("bwrap") is None:
            raise SandboxError("bubblewrap (bwrap) is not installed")
        if not Path("/usr/bin/python3").exists():
            raise SandboxError("/usr/bin/python3 is missing (the supervisor runs on it)")

    def start(self) -> LocalSession:
        # As root, drop to nobody *before* bubblewrap: inside a user namespace the sandbox would
        # otherwise still be the real root for every host file it can see.
        as_root = os.geteuid() == 0
        try:
            process = subprocess.Popen(
                bwrap_command(self.runtime, tmp_bytes=self.tmp_bytes, work_bytes=self.work_bytes),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                user=NOBODY if as_root else None,
                group=NOBODY if as_root else None,
                extra_groups=[] if as_root else None,
                cwd="/",
                env={"PATH": "/usr/bin:/bin"},
            )
        except OSError as e:
            raise SandboxError(f"cannot start bubblewrap: {e}") from e
        session = LocalSession(process)
        try:
            session.hello()
        except SandboxError:
            session.close()
            raise
        return session

    @contextmanager
    def session(self) -> Iterator[SandboxSession]:
        session = self.start()
        try:
            yield session
        finally:
            session.close()
