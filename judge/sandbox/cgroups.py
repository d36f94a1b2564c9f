"""The host's side of per-run accounting: a cgroup *slot* for each sandbox.

A slot is a directory (`<host>-<pid>-<n>`) the judge (root) makes under `/sys/fs/cgroup/<controller>/judge/` (cgroup
v1) or `/sys/fs/cgroup/judge/` (v2), and bind-mounts writable into that one sandbox at
`/judge-cgroup`. The supervisor inside (root in the sandbox, without CAP_SYS_ADMIN) makes a
`run-N` cgroup per command under it; the command itself runs as an unprivileged uid, which can
read but not write any of it. What a sandbox is granted is therefore its own slot and nothing
else: never a writable view of the host's cgroup tree, never another sandbox's slot.

For Docker the slot is also the container's cgroup parent (`--cgroup-parent judge/<slot>`), so the
container's own cgroup and its runs live side by side under a slot that carries the container's
memory and process limits.

The judge never writes or deletes through a path the sandbox can write, with one exception made
on purpose: it removes the slot's directories when the sandbox is gone. cgroupfs holds neither
files nor symlinks a sandbox could plant, only directories made by mkdir, and rmdir cannot follow
anything.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import socket
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ROOT = Path("/sys/fs/cgroup")
PARENT = "judge"
SANDBOX_MOUNT = "/judge-cgroup"
V1_REQUIRED = ("memory", "cpuacct", "pids")
V2_CONTROLLERS = ("memory", "pids", "cpu")
# Slot numbers, one sequence for the whole process: several backends in one process (a judge and
# `judge check`, tests) must never make the same slot.
SLOT_NUMBERS = itertools.count()


@dataclass
class Slot:
    name: str
    version: int
    dirs: dict[str, Path]  # mount name under /judge-cgroup ("" for v2) -> host directory

    @property
    def spec(self) -> str:
        """What the supervisor's --cgroup option says."""
        return f"v{self.version}:{SANDBOX_MOUNT}"

    @property
    def parent(self) -> str:
        """The slot as a cgroup path, e.g. for Docker's --cgroup-parent."""
        return f"/{PARENT}/{self.name}"

    def mounts(self) -> list[tuple[str, str]]:
        return [(str(host), f"{SANDBOX_MOUNT}/{mount}".rstrip("/")) for mount, host in self.dirs.items()]


def host_name() -> str:
    """This host (or container) as a cgroup name: judge workers in containers share one cgroup tree
    and may have the same pid, so a slot names both."""
    return re.sub(r"[^A-Za-z0-9_.]", "_", socket.gethostname())[:64] or "host"


def write(path: Path, value: str) -> None:
    path.write_text(value)


def remove_tree(directory: Path, attempts: int = 100) -> bool:
    """rmdir a cgroup and the cgroups under it, deepest first; False if one stays busy."""
    if not directory.is_dir():
        return True
    for child in directory.iterdir():
        if child.is_dir() and not child.is_symlink():
            if not remove_tree(child, attempts):
                return False
    for attempt in range(attempts):
        try:
            directory.rmdir()
            return True
        except FileNotFoundError:
            return True
        except OSError:
            if attempt + 1 < attempts:
                time.sleep(0.01)
    return False


@dataclass
class CgroupHost:
    """Detects the hierarchy and hands out slots. `problem` says why none can be had."""

    version: int | None = None
    problem: str = ""

    @classmethod
    def detect(cls) -> CgroupHost:
        if os.geteuid() != 0:
            return cls(problem="the judge does not run as root, so it cannot create cgroups")
        if (ROOT / "cgroup.controllers").exists():
            host = cls(version=2)
        elif all((ROOT / controller / "cgroup.procs").exists() for controller in V1_REQUIRED):
            host = cls(version=1)
        else:
            return cls(problem=f"no cgroup v1 controllers ({', '.join(V1_REQUIRED)}) and no cgroup v2 at {ROOT}")
        try:
            host.prepare_parent()
        except OSError as e:
            return cls(problem=f"cannot create cgroups under {ROOT}: {e}")
        return host

    @property
    def usable(self) -> bool:
        return self.version is not None

    def describe(self) -> str:
        if self.version == 1:
            return "cgroup v1: a cgroup per run (cpuacct, memory + swap, pids)"
        if self.version == 2:
            return "cgroup v2: a cgroup per run (cpu, memory, swap 0, pids)"
        return f"approximate: {self.problem}"

    def controllers(self) -> list[str]:
        """v1 controllers that a slot has a directory in."""
        return list(V1_REQUIRED)

    def prepare_parent(self) -> None:
        if self.version == 1:
            for controller in self.controllers():
                (ROOT / controller / PARENT).mkdir(exist_ok=True)
            return
        enable = " ".join(f"+{c}" for c in V2_CONTROLLERS)
        write(ROOT / "cgroup.subtree_control", enable)
        (ROOT / PARENT).mkdir(exist_ok=True)
        write(ROOT / PARENT / "cgroup.subtree_control", enable)

    def create(self, *, memory_bytes: int | None = None, pids: int | None = None, cpus: float | None = None) -> Slot:
        """A new slot, owned by this judge process (its pid is in the name, for the sweep)."""
        assert self.version is not None
        name = f"{host_name()}-{os.getpid()}-{next(SLOT_NUMBERS)}"
        if self.version == 1:
            dirs = {controller: ROOT / controller / PARENT / name for controller in self.controllers()}
        else:
            dirs = {"": ROOT / PARENT / name}
        slot = Slot(name, self.version, dirs)
        try:
            for directory in dirs.values():
                # Root's alone: the supervisor and the launcher (root) work in it; commands (the
                # run uid) cannot even list it.
                directory.mkdir(mode=0o700)
                directory.chmod(0o700)
            self.limit(slot, memory_bytes, pids, cpus)
        except OSError:
            self.remove(slot)
            raise
        return slot

    def limit(self, slot: Slot, memory_bytes: int | None, pids: int | None, cpus: float | None) -> None:
        """The slot's own limits, over everything in it. `cpus` matters on v2 only: there the runs
        leave the container's cgroup for every controller, its CPU quota included, while on v1 they
        leave it only for memory, cpuacct and pids, and the quota on its cpu cgroup still holds."""
        if self.version == 1:
            memory = slot.dirs["memory"]
            if memory_bytes is not None:
                write(memory / "memory.limit_in_bytes", str(memory_bytes))
                if (memory / "memory.memsw.limit_in_bytes").exists():
                    write(memory / "memory.memsw.limit_in_bytes", str(memory_bytes))
            if pids is not None:
                write(slot.dirs["pids"] / "pids.max", str(pids))
            return
        directory = slot.dirs[""]
        write(directory / "cgroup.subtree_control", " ".join(f"+{c}" for c in V2_CONTROLLERS))
        if memory_bytes is not None:
            write(directory / "memory.max", str(memory_bytes))
            if (directory / "memory.swap.max").exists():
                write(directory / "memory.swap.max", "0")
        if pids is not None:
            write(directory / "pids.max", str(pids))
        if cpus is not None:
            write(directory / "cpu.max", f"{round(cpus * 100_000)} 100000")

    def remove(self, slot: Slot) -> bool:
        """Remove the slot in every hierarchy (Docker makes it in the controllers we did not)."""
        done = True
        for directory in self.all_dirs(slot.name):
            done = remove_tree(directory) and done
        return done

    def all_dirs(self, name: str) -> list[Path]:
        if self.version == 2:
            return [ROOT / PARENT / name]
        return [hierarchy / PARENT / name for hierarchy in ROOT.iterdir() if (hierarchy / PARENT / name).is_dir()]

    def sweep(self) -> int:
        """Remove the slots of judge processes of this host that are gone (killed without cleaning
        up). A slot still in use by anyone is never empty, and rmdir refuses a busy cgroup."""
        if not self.usable:
            return 0
        parents = [ROOT / PARENT] if self.version == 2 else [h / PARENT for h in ROOT.iterdir()]
        names = set()
        for parent in parents:
            if parent.is_dir():
                names.update(child.name for child in parent.iterdir() if child.is_dir())
        removed = 0
        prefix = f"{host_name()}-"
        for name in names:
            if not name.startswith(prefix):
                continue
            pid = name[len(prefix) :].split("-", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not Path(f"/proc/{pid}").exists():
                if all(remove_tree(d, attempts=3) for d in self.all_dirs(name)):
                    removed += 1
        if removed:
            log.info("removed %d cgroup slots left by judge processes that died", removed)
        return removed
