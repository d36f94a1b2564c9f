"""`python3 -S DIR/inside --workdir /work --launcher DIR/launcher [--cgroup v1:/judge-cgroup] ...`

Run as a folder, so this file is top-level: it puts the folder's parent on sys.path (and nothing
the sandbox can write) and imports the package by its folder name."""

import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path[0] = os.path.dirname(here)
__import__(os.path.basename(here) + ".server", fromlist=["main"]).main(sys.argv[1:])
