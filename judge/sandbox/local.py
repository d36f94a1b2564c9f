"""The `local` backend: bubblewrap sandboxes running the supervisor as their PID 1, kept warm and
reused across submissions by the pool (judge/sandbox/pool.py), exactly as the `docker` backend's
containers are: a bubblewrap start costs tens of milliseconds, a reset a few.

Isolation: new PID, IPC, UTS, network and mount namespaces (no network at all, not even a route
out); the toolchains' directories read-only, and `/` and `/dev` read-only too; size-capped tmpfs
for the work dir, /tmp and /dev/shm, the only writable places, whose pages are charged to the
memory cgroup of the run that wrote them. No host path that the sandbox can write exists but its
own cgroup slot: the judge only talks to the supervisor over a pipe, so it never writes, chowns or
deletes through a path the sandbox controls.

Two modes, chosen by who runs the judge:
- **root** (the full guarantees): bubblewrap runs privileged, without a user namespace. The
  supervisor is root in the sandbox with only CAP_SETUID, CAP_SETGID and CAP_KILL, and every
  command runs as an unprivileged uid unique on the host, which can neither signal nor read the
  supervisor or the launcher. CPU, memory and processes are counted by a cgroup per run, under a
  slot made for this sandbox (judge/sandbox/cgroups.py).
- **unprivileged**: bubblewrap makes a user namespace and everything runs as the judge's own uid
  mapped to nobody. No cgroup can be had, so accounting samples /proc (approximate), and the
  judge says so in its log and in /readyz.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from judge.sandbox import inside, uids
from judge.sandbox.base import SandboxError
from judge.sandbox.cgroups import SANDBOX_MOUNT, CgroupHost, Slot
from judge.sandbox.channel import PipeReader, PipeWriter, SupervisorSession
from judge.sandbox.pool import DEFAULT_MAX_AGE_SECONDS, DEFAULT_REUSE, PooledSandbox, Runner, RunnerPool

log = logging.getLogger(__name__)

INSIDE = Path(inside.__file__).resolve().parent
WORKDIR = "/work"
# Read-only views of the system: toolchains live under /usr (Debian packages); /etc only gives
# what the runtimes need to start.
# /opt/judge/pgtemplate: the PostgreSQL data directory SQL submissions start from (runners/pg-template.sh).
RO_PATHS = [
    "/usr",
    "/etc/alternatives",
    "/etc/ld.so.cache",
    "/etc/java-17-openjdk",
    "/etc/ssl/certs",
    "/opt/judge/pgtemplate",
]
MERGED_USR_LINKS = {"/bin": "usr/bin", "/sbin": "usr/sbin", "/lib": "usr/lib", "/lib64": "usr/lib64"}
NOBODY = 65534
SUPERVISOR_CAPS = ["CAP_SETUID", "CAP_SETGID", "CAP_KILL"]


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
    """A root-owned, world-readable folder holding the supervisor package and the launcher; the
    sandbox gets it read-only. The folder is ours alone to write (mode 755)."""
    runtime = Path(tempfile.mkdtemp(prefix="judge-sandbox-"))
    runtime.chmod(0o755)
    package = runtime / "inside"
    package.mkdir(mode=0o755)
    for source in INSIDE.glob("*.py"):
        shutil.copyfile(source, package / source.name)
        (package / source.name).chmod(0o644)
    # Bytecode compiled here, by the interpreter the sandbox runs: the sandbox cannot write it,
    # and compiling the package at every start would cost ~20 ms.
    subprocess.run(["/usr/bin/python3", "-m", "compileall", "-q", str(package)], check=True, env={})
    for compiled in package.glob("__pycache__/*"):
        compiled.chmod(0o644)
    (package / "__pycache__").chmod(0o755)
    build_launcher(INSIDE / "launcher.c", runtime / "launcher")
    (runtime / "launcher").chmod(0o755)
    return runtime


def bwrap_command(
    runtime: Path, *, tmp_bytes: int, work_bytes: int, shm_bytes: int, privileged: bool, slot: Slot | None, run_uid: int
) -> list[str]:
    namespaces = ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts"]
    if not privileged:
        namespaces.append("--unshare-user")
    cmd = [
        shutil.which("bwrap") or "bwrap",
        *namespaces,
        # The supervisor is PID 1 itself: bubblewrap's own init would hold the channel's pipes
        # open where a command can reach them (/proc/1/fd), and as PID 1 the supervisor cannot be
        # killed from inside the namespace.
        "--as-pid-1",
        "--die-with-parent",
        "--new-session",
        "--cap-drop",
        "ALL",
    ]
    if privileged:
        for cap in SUPERVISOR_CAPS:  # the launcher's child gives them up before it execs
            cmd += ["--cap-add", cap]
    for path in RO_PATHS:
        # Folders bubblewrap makes on the way to a mount point are root's 0700 when it runs
        # privileged: make each one readable by the run uid first.
        parents = Path(path).parents
        for parent in reversed(parents[:-1]):
            cmd += ["--perms", "0755", "--dir", str(parent)]
        cmd += ["--ro-bind-try", path, path]
    for link, target in MERGED_USR_LINKS.items():
        if os.path.islink(link):
            cmd += ["--symlink", target, link]
        elif os.path.isdir(link):
            cmd += ["--ro-bind", link, link]
    cmd += ["--proc", "/proc", "--dev", "/dev"]
    for path, size in (("/tmp", tmp_bytes), ("/dev/shm", shm_bytes), (WORKDIR, work_bytes)):
        cmd += ["--perms", "1777", "--size", str(size), "--tmpfs", path]
    cmd += ["--ro-bind", str(runtime), "/judge"]
    if slot is not None:
        # Only root (the supervisor, and the launcher's child before it drops its uid) may look in.
        cmd += ["--perms", "0700", "--dir", SANDBOX_MOUNT]
        for host, inside_path in slot.mounts():
            cmd += ["--bind", host, inside_path]
    cmd += [
        # Nothing but the three tmpfs is writable: not bubblewrap's own / (a size-less tmpfs),
        # not /dev.
        "--remount-ro",
        "/dev",
        "--remount-ro",
        "/",
        "--chdir",
        WORKDIR,
        "--clearenv",
        "--setenv",
        "PATH",
        "/usr/local/bin:/usr/bin:/bin",
        "--setenv",
        "HOME",
        "/tmp",
    ]
    if not privileged:
        cmd += ["--uid", str(NOBODY), "--gid", str(NOBODY)]
    supervisor = ["/usr/bin/python3", "-S", "/judge/inside", "--workdir", WORKDIR, "--launcher", "/judge/launcher"]
    if privileged:
        supervisor += ["--run-uid", str(run_uid)]
    if slot is not None:
        supervisor += ["--cgroup", slot.spec]
    return cmd + supervisor


class LocalSession(SupervisorSession):
    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdin is not None and process.stdout is not None
        super().__init__(PipeWriter(process.stdin.fileno()), PipeReader(process.stdout.fileno()))  # type: ignore[arg-type]
        self.process = process

    def describe_failure(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return "(the sandbox is still running)"
        return self.process.stderr.read(4096).decode(errors="replace").strip()

    def close(self) -> None:
        self.say_goodbye()
        try:
            self.process.wait(timeout=0 if self.broken else 5)
        except subprocess.TimeoutExpired:
            # bubblewrap's child (the supervisor, PID 1) dies with it, and the PID namespace with it.
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


class BubblewrapRunner(Runner):
    def __init__(self, sandbox: LocalSandbox, channel: LocalSession, slot: Slot | None) -> None:
        super().__init__(channel)
        self.sandbox = sandbox
        self.slot = slot

    def destroy(self) -> None:
        self.channel.close()
        self.sandbox.release(self.slot)


class LocalSandbox(PooledSandbox):
    name = "local"

    def __init__(
        self,
        *,
        pool_size: int = 2,
        spare: int | None = None,
        tmp_mb: int = 512,
        work_mb: int = 512,
        shm_mb: int = 64,
        reuse: int = DEFAULT_REUSE,
        max_age_seconds: float = DEFAULT_MAX_AGE_SECONDS,
    ) -> None:
        self.tmp_bytes = tmp_mb * 1024 * 1024
        self.work_bytes = work_mb * 1024 * 1024
        self.shm_bytes = shm_mb * 1024 * 1024
        self.check_tools()
        self.privileged = os.geteuid() == 0
        self.cgroups = CgroupHost.detect()
        self.cgroups.sweep()
        self.unremoved: list[Slot] = []
        self.slots_lock = threading.Lock()  # the pool's threads release slots side by side
        self.runtime = prepare_runtime_dir()
        if not self.privileged or not self.cgroups.usable:
            log.warning(
                "local sandbox: limits are APPROXIMATE (%s): CPU in zombies and memory outside RSS are not counted%s",
                self.cgroups.problem,
                "" if self.privileged else ", and commands share the supervisor's uid",
            )
        else:
            log.info("local sandbox: %s", self.cgroups.describe())
        # Unprivileged, every command runs as the judge's own uid: no new uid can tell two
        # submissions apart, so none shares a sandbox with another (the pool does not reuse).
        self.pool = RunnerPool(
            make=self.start_runner,
            pool_size=pool_size,
            spare=spare,
            reuse=reuse,
            max_age_seconds=max_age_seconds,
            allocate_uid=uids.allocate if self.privileged else None,
            name="bubblewrap sandbox",
            on_idle=self.remove_slots,
        )

    def accounting(self) -> str:
        if not self.privileged:
            return "approximate: the judge does not run as root (no cgroups, commands share the supervisor's uid)"
        return self.cgroups.describe()

    def close(self) -> None:
        self.pool.close()
        shutil.rmtree(self.runtime, ignore_errors=True)
        self.remove_slots()

    def check_tools(self) -> None:
        if shutil.which("bwrap") is None:
            raise SandboxError("bubblewrap (bwrap) is not installed")
        if not Path("/usr/bin/python3").exists():
            raise SandboxError("/usr/bin/python3 is missing (the supervisor runs on it)")

    def check(self) -> None:
        self.check_tools()
        self.pool.check()

    def remove_slots(self) -> None:
        with self.slots_lock:
            slots, self.unremoved = self.unremoved, []
        for slot in slots:
            self.release(slot)

    def start_runner(self) -> BubblewrapRunner:
        """A new bubblewrap sandbox, greeted (the pool's threads call this)."""
        self.remove_slots()
        slot = self.cgroups.create() if self.privileged and self.cgroups.usable else None
        command = bwrap_command(
            self.runtime,
            tmp_bytes=self.tmp_bytes,
            work_bytes=self.work_bytes,
            shm_bytes=self.shm_bytes,
            privileged=self.privileged,
            slot=slot,
            run_uid=uids.allocate() if self.privileged else NOBODY,
        )
        # Unprivileged, bubblewrap maps the judge's uid to nobody in a user namespace; as root
        # without one, bubblewrap runs privileged and the supervisor drops commands to a run uid.
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd="/",
                env={"PATH": "/usr/bin:/bin"},
            )
        except OSError as e:
            self.release(slot)
            raise SandboxError(f"cannot start bubblewrap: {e}") from e
        session = LocalSession(process)
        try:
            session.hello()
        except SandboxError:
            session.close()
            self.release(slot)
            raise
        return BubblewrapRunner(self, session, slot)

    def release(self, slot: Slot | None) -> None:
        """Remove a slot whose sandbox is gone; one still busy is tried again later."""
        if slot is not None and not self.cgroups.remove(slot):
            with self.slots_lock:
                self.unremoved.append(slot)
