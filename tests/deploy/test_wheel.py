"""The package, however it is installed, is whole: a wheel built from a clean checkout carries the
built web editor and the API explorer's assets, and the judge served from that wheel alone (no
checkout beside it) serves them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import httpx

from tests.e2e.live import free_port, wait_ready

REPO = Path(__file__).resolve().parents[2]


def test_a_wheel_from_a_clean_checkout_serves_the_editor(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(checkout)], check=True)
    assert not (checkout / "judge" / "web" / "static" / "app.js").exists()  # built files are not in git
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(tmp_path / "dist"), "."],
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next((tmp_path / "dist").glob("judge-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("app.js", "app.css", "index.html", "docs/swagger-ui-bundle.js", "docs/swagger-ui.css"):
        assert f"judge/web/static/{name}" in names, name

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(site),  # the wheel's judge, not the checkout's; its dependencies from this venv
        "JUDGE_DATABASE_URL": f"sqlite:///{tmp_path / 'judge.db'}",
        "JUDGE_PROBLEMS_DIR": str(REPO / "problems"),
        "JUDGE_RUNNER": "local",
        "JUDGE_LANGUAGES": "python",
    }
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "judge.cli", "serve", "--port", str(port)], env=env, stdout=log, stderr=log, cwd=tmp_path
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, server, tmp_path / "serve.log")
        page = httpx.get(f"{base}/")
        assert page.status_code == 200 and "/static/app.js" in page.text
        assert httpx.get(f"{base}/static/app.js").status_code == 200
        assert httpx.head(f"{base}/").status_code == 200
        docs = httpx.get(f"{base}/docs")
        assert docs.status_code == 200 and "/static/docs/swagger-ui-bundle.js" in docs.text
        assert "cdn" not in docs.text.lower()  # nothing from the network
        assert httpx.get(f"{base}/static/docs/swagger-ui-bundle.js").status_code == 200
        served_from = subprocess.run(
            [sys.executable, "-c", "import judge; print(judge.__file__)"],
            env=env,
            cwd=tmp_path,  # as the server ran: the checkout is not on the path
            capture_output=True,
            text=True,
        ).stdout
        assert served_from.startswith(str(site))
    finally:
        server.terminate()
        server.wait(30)
        log.close()


def test_every_judge_package_is_in_the_wheel() -> None:
    """A new judge/<name>/ package missing from pyproject's list installs without it (the compose
    stack's workers then fail at import)."""
    import tomllib

    root = Path(__file__).resolve().parents[2]
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(root).parts)
        for init in (root / "judge").rglob("__init__.py")
        if "static" not in init.parts
    }
    assert found - listed == set()
