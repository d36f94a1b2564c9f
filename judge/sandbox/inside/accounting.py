"""Per-run accounting: every command runs in a cgroup of its own, and its CPU time, peak memory
and process count are the kernel's numbers for that cgroup.

Why cgroups and not /proc: CPU of a child that exited unreaped (a zombie) or of a grandchild
re-parented to init falls out of both /proc samples and wait4; memory in memfd files, tmpfs or
SysV shared memory is in no process's RSS. A cgroup counts all of it: cpuacct/cpu.stat holds the
CPU of every task that ever lived in it, and the memory controller charges anonymous memory,
shmem (memfd, tmpfs, SysV shm) and kernel memory to the cgroup of the task that faulted it in.

The host hands the supervisor a *slot*: a cgroup directory per controller that only this sandbox
may write (bind-mounted at /judge-cgroup). Each command gets `run-N` under it, made before the
command starts and removed after everything in it was killed. The launcher's child joins the run
cgroup itself (writes "0" to its cgroup.procs) before it execs, so nothing the program does
happens outside it.

Where no slot can be had (an unprivileged judge without delegation), `ProcfsRuns` samples /proc
as before: approximate, and the backend says so in /readyz and the log.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
V1_CONTROLLERS = ("memory", "cpuacct", "pids")


def read_text(path: str) -> str:
    with open(path) as f:
        return f.read()


def write_text(path: str, value: str) -> None:
    with open(path, "w") as f:
        f.write(value)


def keyed(path: str) -> dict[str, int]:
    """A cgroup file of `key value` lines (memory.oom_control, memory.events, cpu.stat)."""
    values = {}
    for line in read_text(path).splitlines():
        key, _, value = line.partition(" ")
        if value.strip().isdigit():
            values[key] = int(value)
    return values


def pids_in(procs_file: str) -> list[int]:
    try:
        return [int(line) for line in read_text(procs_file).split()]
    except (OSError, ValueError):
        return []


def kill_pids(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def kill_until_empty(procs_file: str) -> None:
    """Kill what cgroup.procs lists until it lists nothing (pids.max bounds a fork bomb)."""
    for _ in range(2000):
        pids = pids_in(procs_file)
        if not pids:
            return
        kill_pids(pids)
        reap_zombies()
        time.sleep(0.0005)
    raise RuntimeError(f"processes survive in {procs_file}")


def reap_zombies() -> None:
    """As PID 1 of the sandbox, orphans become our children: collect what is left of them."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


@dataclass(frozen=True)
class Usage:
    cpu_seconds: float
    peak_kb: int
    oom_killed: bool


class RunGroup:
    """The accounting of one command."""

    #: cgroup.procs files the command's process writes "0" to before exec (the launcher does it).
    join: list[str]

    def cpu_seconds(self) -> float:
        raise NotImplementedError

    def memory_sample_kb(self) -> int | None:
        """Memory now, where the peak cannot be read afterwards (None: the kernel keeps the peak)."""
        return None

    def usage(self) -> Usage:
        raise NotImplementedError

    def kill_all(self) -> None:
        """Kill every process of the run, stopped, sleeping or forking, until none is left."""
        raise NotImplementedError

    def remove(self) -> None:
        pass


class Runs:
    """Makes a RunGroup per command."""

    kind = "approximate"

    def create(self, memory_kb: int, nproc: int) -> RunGroup:
        raise NotImplementedError


# --- cgroup v1 (hybrid hierarchies: /sys/fs/cgroup/<controller>) -------------------------------


class V1Run(RunGroup):
    def __init__(self, root: str, name: str, memory_kb: int, nproc: int) -> None:
        self.dirs = {controller: os.path.join(root, controller, name) for controller in V1_CONTROLLERS}
        freezer = os.path.join(root, "freezer")
        if os.path.isdir(freezer):
            self.dirs["freezer"] = os.path.join(freezer, name)
        for directory in self.dirs.values():
            os.mkdir(directory, 0o755)
        memory = self.dirs["memory"]
        limit = str(memory_kb * 1024)
        write_text(os.path.join(memory, "memory.limit_in_bytes"), limit)
        # memory + swap = memory: nothing can be pushed out to swap to dodge the limit.
        if os.path.exists(os.path.join(memory, "memory.memsw.limit_in_bytes")):
            write_text(os.path.join(memory, "memory.memsw.limit_in_bytes"), limit)
        write_text(os.path.join(self.dirs["pids"], "pids.max"), str(nproc))
        self.join = [os.path.join(directory, "cgroup.procs") for directory in self.dirs.values()]
        self.procs = os.path.join(self.dirs["pids"], "cgroup.procs")

    def cpu_seconds(self) -> float:
        return int(read_text(os.path.join(self.dirs["cpuacct"], "cpuacct.usage"))) / 1e9

    def usage(self) -> Usage:
        memory = self.dirs["memory"]
        peak = int(read_text(os.path.join(memory, "memory.max_usage_in_bytes")))
        oom = keyed(os.path.join(memory, "memory.oom_control")).get("oom_kill", 0)
        return Usage(self.cpu_seconds(), peak // 1024, oom > 0)

    def kill_all(self) -> None:
        freezer = self.dirs.get("freezer")
        if freezer is not None:
            # Frozen first, so a fork bomb cannot make processes faster than we kill them.
            state = os.path.join(freezer, "freezer.state")
            write_text(state, "FROZEN")
            for _ in range(200):
                if read_text(state).strip() == "FROZEN":
                    break
                time.sleep(0.001)
            kill_pids(pids_in(self.procs))
            write_text(state, "THAWED")
        kill_until_empty(self.procs)

    def remove(self) -> None:
        remove_dirs(list(self.dirs.values()))


class V1Runs(Runs):
    kind = "cgroup v1"

    def __init__(self, root: str) -> None:
        self.root = root
        self.serial = 0
        missing = [c for c in V1_CONTROLLERS if not os.path.isdir(os.path.join(root, c))]
        if missing:
            raise RuntimeError(f"no {', '.join(missing)} controller under {root}")

    def create(self, memory_kb: int, nproc: int) -> RunGroup:
        self.serial += 1
        return V1Run(self.root, f"run-{self.serial}", memory_kb, nproc)


# --- cgroup v2 (unified hierarchy) --------------------------------------------------------------


class V2Run(RunGroup):
    def __init__(self, root: str, name: str, memory_kb: int, nproc: int) -> None:
        self.dir = os.path.join(root, name)
        os.mkdir(self.dir, 0o755)
        write_text(self.file("memory.max"), str(memory_kb * 1024))
        if os.path.exists(self.file("memory.swap.max")):
            write_text(self.file("memory.swap.max"), "0")
        write_text(self.file("pids.max"), str(nproc))
        self.join = [self.file("cgroup.procs")]
        # memory.peak exists from Linux 5.19; before it the peak is sampled.
        self.has_peak = os.path.exists(self.file("memory.peak"))
        self.sampled_peak_kb = 0

    def file(self, name: str) -> str:
        return os.path.join(self.dir, name)

    def cpu_seconds(self) -> float:
        return keyed(self.file("cpu.stat"))["usage_usec"] / 1e6

    def memory_sample_kb(self) -> int | None:
        if self.has_peak:
            return None
        current = int(read_text(self.file("memory.current"))) // 1024
        self.sampled_peak_kb = max(self.sampled_peak_kb, current)
        return current

    def usage(self) -> Usage:
        peak = int(read_text(self.file("memory.peak"))) // 1024 if self.has_peak else self.sampled_peak_kb
        oom = keyed(self.file("memory.events")).get("oom_kill", 0)
        return Usage(self.cpu_seconds(), peak, oom > 0)

    def kill_all(self) -> None:
        if os.path.exists(self.file("cgroup.kill")):  # Linux 5.14: the kernel kills all, atomically
            write_text(self.file("cgroup.kill"), "1")
        kill_until_empty(self.file("cgroup.procs"))

    def remove(self) -> None:
        remove_dirs([self.dir])


class V2Runs(Runs):
    kind = "cgroup v2"

    def __init__(self, root: str) -> None:
        self.root = root
        self.serial = 0
        enabled = read_text(os.path.join(root, "cgroup.subtree_control")).split()
        missing = [c for c in ("memory", "cpu", "pids") if c not in enabled]
        if missing:
            raise RuntimeError(f"controllers {', '.join(missing)} are not enabled for {root}")

    def create(self, memory_kb: int, nproc: int) -> RunGroup:
        self.serial += 1
        return V2Run(self.root, f"run-{self.serial}", memory_kb, nproc)


def remove_dirs(directories: list[str]) -> None:
    """rmdir each run cgroup; a task still exiting keeps one busy for a moment."""
    for directory in directories:
        for attempt in range(200):
            try:
                os.rmdir(directory)
                break
            except FileNotFoundError:
                break
            except OSError:
                if attempt == 199:
                    raise
                reap_zombies()
                time.sleep(0.001)


# --- no cgroup: /proc sampling (approximate) ----------------------------------------------------


def uid_pids(uid: int, exclude: set[int]) -> list[int]:
    """Every live (non-zombie) process of `uid` in this PID namespace except ours."""
    pids = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in exclude:
            continue
        try:
            if os.stat(f"/proc/{name}").st_uid != uid:
                continue
            with open(f"/proc/{name}/stat", "rb") as f:
                if f.read().rsplit(b")", 1)[1].split()[0] == b"Z":
                    continue
        except (OSError, IndexError):
            continue
        pids.append(int(name))
    return pids


class ProcfsRun(RunGroup):
    """CPU and resident memory summed over the live processes of the run's uid, sampled: misses
    zombies, memfd, tmpfs and shared memory. Used only where no cgroup slot exists."""

    def __init__(self, uid: int, exclude: set[int]) -> None:
        self.uid = uid
        self.exclude = exclude
        self.join = []
        self.peak_cpu = 0.0
        self.peak_kb = 0

    def sample(self) -> tuple[float, int]:
        cpu = 0.0
        rss_kb = 0
        for pid in uid_pids(self.uid, self.exclude):
            try:
                with open(f"/proc/{pid}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
                cpu += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime
                rss_kb += int(fields[21]) * PAGE_KB
            except (OSError, IndexError, ValueError):
                continue
        self.peak_cpu = max(self.peak_cpu, cpu)
        self.peak_kb = max(self.peak_kb, rss_kb)
        return cpu, rss_kb

    def cpu_seconds(self) -> float:
        return self.sample()[0]

    def memory_sample_kb(self) -> int | None:
        return self.sample()[1]

    def usage(self) -> Usage:
        return Usage(self.peak_cpu, self.peak_kb, False)

    def kill_all(self) -> None:
        # A fork bomb can create processes while we kill, so loop until a sweep finds nothing.
        for _ in range(200):
            pids = uid_pids(self.uid, self.exclude)
            if not pids:
                return
            kill_pids(pids)
            time.sleep(0.001)


class ProcfsRuns(Runs):
    kind = "approximate (no cgroup: /proc sampling misses zombies, memfd, tmpfs and shared memory)"

    def __init__(self, uid: int, exclude: set[int]) -> None:
        self.uid = uid
        self.exclude = exclude

    def create(self, memory_kb: int, nproc: int) -> RunGroup:
        return ProcfsRun(self.uid, self.exclude)


def runs_for(spec: str | None, uid: int, exclude: set[int]) -> Runs:
    """`v1:/judge-cgroup`, `v2:/judge-cgroup` or None (no slot: approximate)."""
    if not spec:
        return ProcfsRuns(uid, exclude)
    version, _, root = spec.partition(":")
    if version == "v1":
        return V1Runs(root)
    if version == "v2":
        return V2Runs(root)
    raise ValueError(f"unknown cgroup spec {spec!r}")
