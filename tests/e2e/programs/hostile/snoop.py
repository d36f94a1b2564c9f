"""Looks for host files that must be invisible (or unreadable) in the sandbox.

Prints FOUND <path> for each one it can see, then DONE. Always exits 0.
"""

import os
from collections import deque

WALK_LIMIT = 200000
SKIP = {"/proc", "/sys", "/dev"}


def found(path):
    print("FOUND", path, flush=True)


# The judge's own things: must not even exist in the sandbox.
for path in ["/work/main", "/var/lib/postgresql", "/var/run/docker.sock", "/run/docker.sock"]:
    if os.path.lexists(path):
        found(path)

# Secrets of whatever system the sandbox shows (a container image has its own): must not be readable.
try:
    with open("/etc/shadow", "rb") as f:
        f.read(1)
    found("/etc/shadow (readable)")
except OSError:
    pass
try:
    os.listdir("/root")
    found("/root (listable)")
except OSError:
    pass

# Breadth-first, so shallow places like /work/*/judge.db are reached early.
queue, seen = deque(["/"]), 0
while queue and seen < WALK_LIMIT:
    try:
        entries = list(os.scandir(queue.popleft()))
    except OSError:
        continue
    for entry in entries:
        seen += 1
        if entry.is_dir(follow_symlinks=False):
            if entry.path not in SKIP:
                queue.append(entry.path)
        elif entry.name == "judge.db" or entry.name.endswith(".ans"):
            found(entry.path)

print("DONE")
