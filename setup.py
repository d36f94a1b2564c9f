"""The package is configured in pyproject.toml; this file only makes sure every wheel carries the
built web editor: building the package first builds the editor (scripts/build-web.sh, Node.js's
npm), or stops with a message saying what is missing. A wheel without it would serve a judge
whose home page says "the web editor is not built"."""

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUILT = [ROOT / "judge" / "web" / "static" / name for name in ("app.js", "app.css", "docs/swagger-ui-bundle.js")]


class BuildPyWithEditor(build_py):
    def run(self) -> None:
        script = ROOT / "scripts" / "build-web.sh"
        if script.is_file() and (ROOT / "web" / "package.json").is_file():
            built = subprocess.run(["bash", str(script)], cwd=ROOT)
            if built.returncode != 0:
                raise SystemExit(
                    "building the web editor failed (scripts/build-web.sh needs Node.js 18+ with npm, and npm's"
                    " registry or a filled web/node_modules); the package would serve no editor"
                )
        missing = [str(path.relative_to(ROOT)) for path in BUILT if not path.is_file()]
        if missing:
            raise SystemExit(f"the web editor is not built ({', '.join(missing)} missing): run scripts/build-web.sh")
        super().run()


setup(cmdclass={"build_py": BuildPyWithEditor})
