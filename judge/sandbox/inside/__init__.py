"""What runs *inside* a sandbox: the supervisor (PID 1 of the sandbox) and its launcher.

Stdlib only, and only relative imports between these modules: the `local` backend starts this
folder with the system's python3 inside bubblewrap, the runner image starts the very same files
inside a container (`python3 -S /opt/judge/inside`), and the host imports `framing` from here.

    framing.py     the wire format between the host and the supervisor
    accounting.py  per-run cgroups (v1 and v2) that count CPU, memory and processes; /proc
                   sampling where no cgroup can be had (approximate, and said so)
    cleanup.py     what a command or a submission leaves behind, removed and proven gone: SysV
                   IPC objects after each command; processes, files, queues, sockets between
                   two submissions that share the sandbox
    command.py     running one command under its limits, with an absolute deadline
    server.py      the request loop (write, read, exec, archive, extract, reset)
    launcher.c     the fork server that starts every command from a tiny process
    __main__.py    the command line
"""
