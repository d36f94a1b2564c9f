"""Run uids, unique on the host across every judge process.

Commands run as an unprivileged uid of their own, so that they can signal, trace or read nothing
of the judge's, and so that per-uid kernel budgets (RLIMIT_NPROC, pipe buffers, message queues)
are theirs alone. A per-process counter handed the same uids to two judge processes on one host;
this one is a counter in a file that every judge process on the host increments under flock.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from pathlib import Path

FIRST_RUN_UID = 1_000_000
RUN_UIDS = 1 << 24  # wraps after 16 million sandboxes, long after any of them ended


def counter_path() -> Path:
    if os.geteuid() == 0:
        return Path("/run/judge/run-uids")
    return Path(tempfile.gettempdir()) / f"judge-run-uids-{os.geteuid()}"


def allocate(path: Path | None = None) -> int:
    path = path or counter_path()
    path.parent.mkdir(mode=0o755, parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        text = os.pread(fd, 32, 0).decode().strip()
        number = int(text) if text.isdigit() else 0
        os.pwrite(fd, f"{number + 1:<20}\n".encode(), 0)
    finally:
        os.close(fd)  # also releases the lock
    return FIRST_RUN_UID + number % RUN_UIDS
