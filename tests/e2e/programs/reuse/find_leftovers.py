"""The next submission in the same sandbox: prints CLEAN if it finds nothing that
leave_everything.py made, else LEAKS and what it found; then checks it has its full limits."""

import ctypes
import os
import socket

TOKEN = "judge-leak"


def writable_mounts():
    """Every directory mounted read-write here (from /proc/self/mountinfo), but /proc and /sys."""
    points = []
    with open("/proc/self/mountinfo") as f:
        for line in f:
            fields = line.split()
            point, options = fields[4].replace("\\040", " "), fields[5].split(",")
            if "rw" in options and os.path.isdir(point) and not point.startswith(("/proc", "/sys")):
                points.append(point)
    return points


found = []
me = os.getpid()
my_uid = os.getuid()

for point in writable_mounts():
    for root, dirs, files in os.walk(point):
        found += [f"file {os.path.join(root, name)}" for name in dirs + files if TOKEN in name]
for scratch in ("/tmp", "/dev/shm"):
    if os.path.isdir(scratch) and os.listdir(scratch):
        found.append(f"{scratch} holds {sorted(os.listdir(scratch))}")

for name in os.listdir("/proc"):
    if not name.isdigit() or int(name) in (1, me):
        continue
    try:
        uid = os.stat(f"/proc/{name}").st_uid
        with open(f"/proc/{name}/comm") as f:
            comm = f.read().strip()
    except OSError:
        continue
    if uid != 0:  # the supervisor's launcher is root's; anything else is someone's program
        found.append(f"process {name} ({comm}, uid {uid})")

for kind in ("shm", "sem", "msg"):
    with open(f"/proc/sysvipc/{kind}") as f:
        rows = f.read().splitlines()[1:]
    if rows:
        found.append(f"sysv {kind}: {len(rows)}")
libc = ctypes.CDLL(None, use_errno=True)
if libc.shmget(0x4A554447, 0, 0) >= 0:
    found.append("sysv shm by key")
if os.path.isdir("/dev/mqueue") and os.listdir("/dev/mqueue"):
    found.append(f"posix mq {os.listdir('/dev/mqueue')}")
try:
    rt = ctypes.CDLL("librt.so.1", use_errno=True)
    if rt.mq_open(b"/" + TOKEN.encode(), os.O_RDONLY, 0, None) >= 0:
        found.append("posix mq by name")
except OSError:
    pass
probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    probe.connect("\0" + TOKEN)
    found.append("abstract socket answers")
except OSError:
    pass

# Full limits: most of the memory limit (256 MB) and of the process limit are ours.
block = bytearray(200 << 20)
block[:: 4096] = b"x" * len(block[:: 4096])
children = []
for _ in range(40):
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    children.append(pid)
for pid in children:
    os.waitpid(pid, 0)

print("CLEAN" if not found else "LEAKS " + "; ".join(found))
print(f"uid {my_uid}")
