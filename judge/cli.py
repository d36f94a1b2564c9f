"""The `judge` command line: serve, worker, db upgrade."""

from __future__ import annotations

import logging
import signal
import threading

import typer

from judge.settings import Settings

app = typer.Typer(help="judge: a sandboxed coding-practice judge.", no_args_is_help=True, add_completion=False)
db_app = typer.Typer(help="Database commands.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def setup_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@db_app.command("upgrade")
def db_upgrade(revision: str = typer.Argument("head", help="target revision")) -> None:
    """Apply the Alembic migrations to JUDGE_DATABASE_URL."""
    from judge.db.migrate import upgrade

    setup_logging()
    upgrade(Settings().database_url, revision)
    typer.echo(f"database at {revision}")


@app.command("build-runner")
def build_runner() -> None:
    """Build the Docker runner image when it is missing (judge serve also does it on first start)."""
    import docker

    from judge.sandbox.docker_image import ensure_image

    setup_logging()
    tag = ensure_image(docker.from_env(timeout=600), progress=lambda line: typer.echo(line))
    typer.echo(f"runner image: {tag}")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(8000, help="port to listen on"),
    workers: bool = typer.Option(True, help="also run a worker in this process"),
) -> None:
    """Gateway + worker + runner pool in one process tree."""
    import uvicorn

    from judge.api.app import create_app
    from judge.db.migrate import upgrade
    from judge.runtime import Runtime
    from judge.worker import Worker

    setup_logging()
    settings = Settings()
    if settings.database_url.startswith("sqlite"):
        upgrade(settings.database_url)
    runtime = Runtime.start(settings)
    worker = Worker(runtime) if workers else None

    def on_start() -> None:
        if worker is not None:
            worker.start()

    def on_stop() -> None:
        if worker is not None:
            worker.stop()
        runtime.close()

    uvicorn.run(create_app(runtime, on_start=on_start, on_stop=on_stop), host=host, port=port, log_level="info")


@app.command()
def worker(threads: int = typer.Option(0, help="judging threads (default JUDGE_POOL_SIZE)")) -> None:
    """A worker alone: claims submissions from the shared database and judges them."""
    from judge.runtime import Runtime
    from judge.worker import Worker

    setup_logging()
    runtime = Runtime.start(Settings())
    node = Worker(runtime, threads=threads or None)
    done = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: done.set())
    node.start()
    logging.getLogger("judge.worker").info("worker %s started with %d threads", node.name, node.threads_wanted)
    done.wait()
    node.stop()
    runtime.close()


if __name__ == "__main__":
    app()
