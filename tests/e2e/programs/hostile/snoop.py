"""Looks for host files that must be invisible in the sandbox.

Prints FOUND <path> for each one it can see, then DONE. Always exits 0.
"""

import os
from collections import deque

WALK_LIMIT = 200000
SKIP = {"/proc", "/sys", "/dev"}


def found(path):
    print("FOUND", path, flush=True)


for path in ["/work/main", "/root", "/etc/shadow", "/var/lib/postgresql", "/var/run/docker.sock"]:
    if os.path.lexists(path):
        found(path)

try:
    with open("/etc/passwd", errors="replace") as f:
        if "root:" in f.read():
            found("/etc/passwd")
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
