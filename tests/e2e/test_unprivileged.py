"""The local backend run by a user who is not root: no cgroups can be had, so it falls back to
sampling /proc, says so, and still judges (CI itself runs as root, with the full guarantees)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import judge

SCRIPT = """
import json
from judge.sandbox.base import Limits
from judge.sandbox.local import LocalSandbox

sandbox = LocalSandbox()
with sandbox.session() as session:
    session.write_file("a.py", b"import os\\nprint(os.getuid(), input())\\n")
    echo = session.execute(["python3", "a.py"], limits=Limits(1000, 64 * 1024), stdin=b"hello\\n")
    sleeper = session.execute(["sleep", "30"], limits=Limits(500, 64 * 1024))
sandbox.close()
print(json.dumps({
    "accounting": sandbox.accounting(),
    "echo": [echo.status.value, echo.stdout.decode()],
    "sleeper": [sleeper.status.value, sleeper.wall_exceeded],
}))
"""


def test_an_unprivileged_judge_still_judges_and_says_its_limits_are_approximate() -> None:
    # The sandbox needs only the standard library: a copy nobody can read, run by the system's python3
    # (pytest's own temporary folders are root's alone).
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        run_as_nobody(Path(folder))


def run_as_nobody(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    package = Path(judge.__file__).parent
    shutil.copytree(package / "sandbox", tmp_path / "judge" / "sandbox", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(package / "__init__.py", tmp_path / "judge" / "__init__.py")
    for folder, _, files in os.walk(tmp_path):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)
    done = subprocess.run(
        [shutil.which("runuser") or "/usr/sbin/runuser", "-u", "nobody", "--", "/usr/bin/python3", "-c", SCRIPT],
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(tmp_path), "TMPDIR": "/tmp"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "limits are APPROXIMATE" in done.stderr  # said loudly, in the log
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["accounting"].startswith("approximate: the judge does not run as root")
    assert report["echo"] == ["OK", "65534 hello\n"]
    assert report["sleeper"] == ["TLE", True]
