"""Tries to leave its sandbox over the network without sending anything off this machine:
lists its network interfaces and tries the host's loopback port given on stdin (the test opens a
listener there). Prints INTERFACES ..., then CONNECTED or BLOCKED; always exits 0."""

import socket
import sys

port = int(sys.stdin.read().split()[0])
print("INTERFACES", " ".join(sorted(name for _, name in socket.if_nameindex())), flush=True)
try:
    socket.create_connection(("127.0.0.1", port), timeout=3).close()
    print("CONNECTED", port, flush=True)
except OSError:
    print("BLOCKED", port, flush=True)
