"""A submission that tries to leave something for the next one in its sandbox: a marker file in
every place it can write (and one inside a mode-000 folder), processes in every state (sleeping,
stopped, zombie, double-forked into a new session), SysV shared memory, a semaphore and a message
queue, a POSIX message queue, and a listening abstract unix socket. Prints what it managed."""

import ctypes
import os
import signal
import socket
import time

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
made = []

# Files: every directory this uid can write, found by trying in every read-write mount.
for root in {directory for point in writable_mounts() for directory, _, _ in os.walk(point)}:
    try:
        with open(os.path.join(root, f".{TOKEN}"), "w") as f:
            f.write("left behind\n")
        made.append(f"file {root}")
        hidden = os.path.join(root, f".{TOKEN}-dir")
        os.makedirs(os.path.join(hidden, "deeper"), exist_ok=True)
        with open(os.path.join(hidden, "deeper", "secret"), "w") as f:
            f.write("left behind\n")
        os.chmod(os.path.join(hidden, "deeper"), 0)
        os.chmod(hidden, 0)
    except OSError:
        pass

libc = ctypes.CDLL(None, use_errno=True)
IPC_CREAT = 0o1000
KEY = 0x4A554447
shm = libc.shmget(KEY, 1 << 20, IPC_CREAT | 0o666)
if shm >= 0:
    address = libc.shmat(shm, None, 0)
    made.append("sysv shm")
if libc.semget(KEY, 1, IPC_CREAT | 0o666) >= 0:
    made.append("sysv sem")
msq = libc.msgget(KEY, IPC_CREAT | 0o666)
if msq >= 0:
    message = ctypes.create_string_buffer(b"\x01\x00\x00\x00\x00\x00\x00\x00left behind")
    if libc.msgsnd(msq, message, 11, 0) == 0:
        made.append("sysv msg")
try:
    rt = ctypes.CDLL("librt.so.1", use_errno=True)
    if rt.mq_open(b"/" + TOKEN.encode(), os.O_CREAT | os.O_RDWR, 0o666, None) >= 0:
        made.append("posix mq")
except OSError:
    pass


def child(body):
    pid = os.fork()
    if pid == 0:
        try:
            devnull = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(devnull, fd)
            body()
        finally:
            os._exit(0)
    return pid


def sleeper():
    ctypes.CDLL(None).prctl(15, TOKEN.encode(), 0, 0, 0)  # PR_SET_NAME
    time.sleep(3600)


def stopped():
    ctypes.CDLL(None).prctl(15, TOKEN.encode(), 0, 0, 0)
    os.kill(os.getpid(), signal.SIGSTOP)
    time.sleep(3600)


def zombie_parent():
    ctypes.CDLL(None).prctl(15, TOKEN.encode(), 0, 0, 0)
    if os.fork() == 0:
        os._exit(0)  # a zombie: its parent never waits
    time.sleep(3600)


def daemon():
    os.setsid()
    if os.fork() == 0:
        ctypes.CDLL(None).prctl(15, TOKEN.encode(), 0, 0, 0)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind("\0" + TOKEN)
        listener.listen()
        while True:
            connection, _ = listener.accept()
            connection.sendall(b"left behind\n")
            connection.close()


for body in (sleeper, stopped, zombie_parent, daemon):
    child(body)
made.append("processes")
deadline = time.monotonic() + 5  # the daemon binds its socket (later on a busy machine)
while time.monotonic() < deadline:
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect("\0" + TOKEN)
        made.append("abstract socket")
        break
    except OSError:
        time.sleep(0.02)
    finally:
        probe.close()
print("MADE " + "; ".join(made), flush=True)
