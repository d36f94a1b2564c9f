"""The `judge` command line: serve, worker, check, generate, db upgrade, build-runner."""

from __future__ import annotations

import logging
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from judge.settings import Settings

if TYPE_CHECKING:
    from judge.checking.steps import Toolbox
    from judge.db.engine import Database
    from judge.problems.package import Problem

# Names `judge token create` accepts: those of sign-up, and the older anonymous ids.
NAME = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")

app = typer.Typer(help="judge: a sandboxed coding-practice judge.", no_args_is_help=True, add_completion=False)
db_app = typer.Typer(help="Database commands.", no_args_is_help=True)
app.add_typer(db_app, name="db")
user_app = typer.Typer(help="Accounts: add users (the way in when JUDGE_REGISTRATION=closed).", no_args_is_help=True)
app.add_typer(user_app, name="user")
token_app = typer.Typer(help="API tokens for curl, CI jobs and scripts.", no_args_is_help=True)
app.add_typer(token_app, name="token")


def setup_logging() -> None:
    from judge.logs import setup_logging as configure

    configure(Settings().log_format)


@db_app.command("upgrade")
def db_upgrade(revision: str = typer.Argument("head", help="target revision")) -> None:
    """Apply the Alembic migrations to JUDGE_DATABASE_URL."""
    from judge.db.migrate import upgrade

    setup_logging()
    upgrade(Settings().database_url, revision)
    typer.echo(f"database at {revision}")


@contextmanager
def account_database() -> Iterator[Database]:
    """The database of JUDGE_DATABASE_URL for an account command (SQLite is migrated first, as
    `judge serve` does; PostgreSQL must have had `judge db upgrade`)."""
    from judge.db.engine import Database
    from judge.db.migrate import upgrade

    settings = Settings()
    if settings.database_url.startswith("sqlite"):
        upgrade(settings.database_url)
    database = Database(settings.database_url)
    try:
        yield database
    finally:
        database.dispose()


def fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="3-32 of a-z 0-9 _ . -")],
    admin: Annotated[bool, typer.Option(help="make an admin")] = False,
    password_stdin: Annotated[bool, typer.Option(help="read the password from stdin (else it is asked for)")] = False,
) -> None:
    """Add a user who signs in with a password."""
    import sys

    from pydantic import ValidationError

    from judge.accounts import service
    from judge.accounts.schemas import SignUp

    password = sys.stdin.readline().rstrip("\n") if password_stdin else typer.prompt("password", hide_input=True)
    try:
        SignUp.model_validate({"name": name, "password": password}, context={"admin": True})
    except ValidationError as e:
        fail("; ".join(error["msg"] for error in e.errors()))
    with account_database() as database, database.session() as session:
        try:
            service.create_user(session, name, password=password, admin=admin)
        except service.AccountError as e:
            fail(str(e))
    typer.echo(f"added {'admin' if admin else 'user'} {name}")


@token_app.command("create")
def token_create(
    user: Annotated[str, typer.Option(help="whose token: the user is made when missing")],
    admin: Annotated[bool, typer.Option(help="make the user an admin")] = False,
    name: Annotated[str, typer.Option(help="what the token is for")] = "command line",
    expires_days: Annotated[
        int | None, typer.Option(min=1, help="expires after this many days (default never)")
    ] = None,
) -> None:
    """Make an API token; the token is printed alone on the last line of stdout."""
    from datetime import timedelta

    from judge.accounts import service
    from judge.accounts.models import CredentialKind

    if not NAME.match(user):
        fail("the user name must be 1-64 of A-Z a-z 0-9 _ . @ -")
    with account_database() as database, database.session() as session:
        account = service.ensure_user(session, user, admin=admin)
        lifetime = timedelta(days=expires_days) if expires_days else None
        secret, _ = service.issue(session, account, CredentialKind.TOKEN, name=name, lifetime=lifetime)
        role = account.role
    typer.echo(f"token for {user} ({role}); only its hash is stored, so keep it now:", err=True)
    typer.echo(secret)


@app.command()
def purge(
    days: Annotated[float | None, typer.Option(help="older than this many days (default JUDGE_RETENTION_DAYS)")] = None,
) -> None:
    """Retention: forget the sources, compiler output and test messages of old submissions,
    keeping their verdicts (run it daily, e.g. from cron)."""
    from judge.db.engine import Database
    from judge.submissions import service

    setup_logging()
    settings = Settings()
    database = Database(settings.database_url)
    try:
        with database.session() as session:
            purged = service.purge_older_than(session=session, days=days or settings.retention_days)
    finally:
        database.dispose()
    typer.echo(f"purged {purged} submissions older than {days or settings.retention_days:g} days")


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
    processes: int = typer.Option(1, min=1, max=64, help="gateway processes (each with its own pool and worker)"),
) -> None:
    """Gateway + worker + runner pool in one process tree."""
    import os

    import uvicorn

    from judge.api.asgi import WITH_WORKER, build
    from judge.db.migrate import upgrade

    setup_logging()
    settings = Settings()
    if settings.database_url.startswith("sqlite"):
        upgrade(settings.database_url)
    if settings.sign_in_link:
        print_sign_in_link(settings, host, port)
    common = {"host": host, "port": port, "log_level": "info", "access_log": settings.access_log, "log_config": None}
    if processes == 1:
        uvicorn.run(build(settings, with_worker=workers), **common)  # type: ignore[arg-type]
        return
    # Several processes: uvicorn starts them and each builds its own application.
    os.environ[WITH_WORKER] = "1" if workers else "0"
    uvicorn.run("judge.api.asgi:create", factory=True, workers=processes, **common)  # type: ignore[arg-type]


def print_sign_in_link(settings: Settings, host: str, port: int) -> None:
    """Like Jupyter: a one-time URL that signs the browser in as the local admin, so whoever
    started the server is in with one click and no password exists anywhere."""
    from datetime import timedelta

    from sqlalchemy.exc import SQLAlchemyError

    from judge.accounts import service
    from judge.accounts.models import CredentialKind
    from judge.db.engine import Database

    database = Database(settings.database_url)
    try:
        with database.session() as session:
            service.forget_expired(session)
            admin = service.ensure_user(session, service.LOCAL_ADMIN, admin=True)
            lifetime = timedelta(minutes=settings.sign_in_link_minutes)
            secret, _ = service.issue(session, admin, CredentialKind.LINK, lifetime=lifetime)
    except SQLAlchemyError as e:
        logging.getLogger("judge.cli").warning("no sign-in link (is the database migrated?): %s", e)
        return
    finally:
        database.dispose()
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else (f"[{host}]" if ":" in host else host)
    minutes = settings.sign_in_link_minutes
    typer.echo(
        f"\n  Sign in as {service.LOCAL_ADMIN} (once, within {minutes:g} minutes; JUDGE_SIGN_IN_LINK=false: no link):"
        f"\n      http://{shown}:{port}/auth/link/{secret}\n"
    )


@app.command()
def worker(
    threads: int = typer.Option(0, help="judging threads (default JUDGE_POOL_SIZE)"),
    metrics_port: int = typer.Option(0, help="serve this worker's Prometheus metrics on this port (0: none)"),
) -> None:
    """A worker alone: claims submissions from the shared database and judges them."""
    from prometheus_client import start_http_server

    from judge.runtime import Runtime
    from judge.worker import Worker

    setup_logging()
    runtime = Runtime.start(Settings())
    if metrics_port:
        start_http_server(metrics_port, registry=runtime.metrics.registry)
    node = Worker(runtime, threads=threads or None)
    done = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: done.set())
    node.start()
    logging.getLogger("judge.worker").info("worker %s started with %d threads", node.name, node.threads_wanted)
    done.wait()
    node.stop()
    runtime.close()


def check_toolbox(settings: Settings):  # type: ignore[no-untyped-def]
    from judge.checking.generation import GeneratorCache
    from judge.checking.steps import Toolbox
    from judge.grading.compile_cache import CompileCache
    from judge.runtime import grading_limits, make_sandbox

    return Toolbox(
        sandbox=make_sandbox(settings),
        limits=grading_limits(settings),
        compile_cache=CompileCache(),
        generator_cache=GeneratorCache(settings.cache_dir / "generated"),
    )


def check_settings_key(settings: Settings) -> str:
    """What besides the judge's source changes a package's check: the backend (and the runner
    image's recipe), the languages and every limit."""
    import json

    from judge.sandbox.docker_image import image_tag

    fields = settings.model_dump(mode="json")
    chosen = {"runner", "runner_reuse", "languages"}
    keep = {name: value for name, value in fields.items() if name in chosen or "limit" in name or "_mb" in name}
    keep["runner_image"] = image_tag()
    return json.dumps(keep, sort_keys=True)


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="problem packages, or folders of them")],
    json_report: Annotated[bool, typer.Option("--json", help="print a machine-readable report on stdout")] = False,
    junit: Annotated[Path | None, typer.Option(help="write JUnit XML here (one test case per check)")] = None,
    output_format: Annotated[
        str, typer.Option("--format", help="text, or github: annotations on stdout for GitHub Actions")
    ] = "text",
    werror: Annotated[bool, typer.Option(help="treat warnings as errors")] = False,
    jobs: Annotated[int, typer.Option(help="solutions judged at once (default JUDGE_POOL_SIZE)")] = 0,
    cache: Annotated[
        bool, typer.Option(help="reuse the report of a package unchanged since it passed on this machine")
    ] = True,
    plans: Annotated[
        Path | None, typer.Option(help="check the study plans of this folder against the packages checked")
    ] = None,
) -> None:
    """Verify problem packages (native or Kattis): config, tests, generator, input validator,
    answers, every solution's verdict and the time limit. Exit 0 only when there is no error.
    A package that passed before and has not changed (nor has the judge) is not judged again."""
    import sys

    from rich.console import Console

    from judge.checking.cache import CheckCache
    from judge.checking.console import print_report, progress_bar
    from judge.checking.flows import PackageChecker, find_packages
    from judge.checking.plans import check_plans

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if output_format not in ("text", "github"):
        raise typer.BadParameter("text or github", param_hint="--format")
    console = Console(stderr=json_report or output_format == "github")
    try:
        packages = find_packages(paths)
    except FileNotFoundError as e:
        console.print(f"[red]error[/] {e}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from e
    settings = Settings()
    toolbox = check_toolbox(settings)
    try:
        with progress_bar(console) as bar:
            task = bar.add_task("checking", total=0)

            def progress(description: str, amount: int) -> None:
                if amount < 0:  # more work became known
                    bar.update(task, total=(bar.tasks[0].total or 0) - amount)
                else:
                    bar.update(task, advance=amount, description=description)

            results = CheckCache(settings.cache_dir / "check", check_settings_key(settings)) if cache else None
            report = PackageChecker(toolbox, jobs or settings.pool_size, progress, results).run(packages)
            if plans is not None:
                report.packages += check_plans(plans, packages)
    finally:
        toolbox.sandbox.close()
    print_report(console, report, werror=werror)
    if json_report:
        sys.stdout.write(report.to_json(werror=werror) + "\n")
    if output_format == "github":
        from judge.checking.annotations import github_annotations

        for line in github_annotations(report, werror=werror):
            sys.stdout.write(line + "\n")
    if junit is not None:
        report.write_junit(junit, werror=werror)
    raise typer.Exit(0 if report.ok(werror=werror) else 1)


@app.command()
def generate(paths: Annotated[list[Path], typer.Argument(help="native problem packages, or folders of them")]) -> None:
    """Make tests/hidden of native packages from their generator (inputs) and their fastest
    accepted solution (answers), and the answers of samples that have none. Only files that change
    are written. An SQL package gets the answers of every dataset, hand-written or generated, from
    its reference query."""
    from judge.checking.flows import find_packages
    from judge.checking.generation import (
        GeneratorError,
        generate_inputs,
        make_answers,
        write_answers,
        write_hidden_tests,
    )
    from judge.problems.loader import is_kattis, load_native, load_problem
    from judge.problems.package import ProblemError

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    settings = Settings()
    toolbox = check_toolbox(settings)
    failed = False
    try:
        for path in find_packages(paths):
            try:
                problem = load_problem(path) if is_kattis(path) else load_native(path, answers=False)
                if problem.sql is not None and problem.format == "native":
                    failed |= not generate_sql(path, problem, toolbox)
                    continue
                if problem.format == "native":
                    unanswered = {
                        test.input_path.name: test.read_input()
                        for test in problem.samples
                        if not test.answer_path.exists() and not test.answer_path.with_suffix(".ans.gz").exists()
                    }
                    if unanswered:  # samples are hand-written inputs; their answers may come from the reference
                        answers = make_answers(
                            toolbox.sandbox, problem, unanswered, toolbox.limits, toolbox.compile_cache
                        )
                        written = write_answers(path / "tests" / "sample", answers)
                        typer.echo(f"{path.name}: {len(written)} sample answers written")
                if problem.generator is None or problem.format != "native":
                    typer.echo(f"{path.name}: no generator/gen.<ext>; nothing to do")
                    continue
                inputs, _ = generate_inputs(
                    toolbox.sandbox, problem.generator, toolbox.limits.compile, toolbox.compile_cache
                )
                answers = make_answers(toolbox.sandbox, problem, inputs, toolbox.limits, toolbox.compile_cache)
            except (ProblemError, GeneratorError) as e:
                typer.echo(f"{path.name}: {e}", err=True)
                failed = True
                continue
            changed = write_hidden_tests(path / "tests" / "hidden", {**inputs, **answers})
            typer.echo(f"{path.name}: {len(inputs)} tests, {len(changed)} files changed")
    finally:
        toolbox.sandbox.close()
    raise typer.Exit(1 if failed else 0)


@app.command()
def new(path: Annotated[Path, typer.Argument(help="the new package's folder (its name is the slug)")]) -> None:
    """Write a native package to start from: a statement, problem.yaml, a sample, a generator, a
    validator, accepted solutions and a wrong one, and the hidden tests made from them. It passes
    `judge check` as written; edit it into your problem."""
    from judge.checking.generation import generate_inputs, make_answers, write_hidden_tests
    from judge.checking.new import PackageExists, write_skeleton
    from judge.problems.loader import load_native

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        written = write_skeleton(path)
    except PackageExists as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(1) from e
    toolbox = check_toolbox(Settings())
    try:
        problem = load_native(path, answers=False)
        assert problem.generator is not None
        inputs, _ = generate_inputs(toolbox.sandbox, problem.generator, toolbox.limits.compile, toolbox.compile_cache)
        answers = make_answers(toolbox.sandbox, problem, inputs, toolbox.limits, toolbox.compile_cache)
        hidden = write_hidden_tests(path / "tests" / "hidden", {**inputs, **answers})
    finally:
        toolbox.sandbox.close()
    for file in written:
        typer.echo(f"wrote {file}")
    typer.echo(f"wrote {len(hidden)} files in {path / 'tests' / 'hidden'}")
    typer.echo(f"next: edit the statement and the programs, then `judge generate {path}` and `judge check {path}`")


def generate_sql(path: Path, problem: Problem, toolbox: Toolbox) -> bool:
    """An SQL package: the generator (if any) writes tests/hidden's datasets; every dataset, sample
    or hidden, gets its answer from the reference query."""
    from judge.checking.generation import (
        GeneratorError,
        generate_inputs,
        make_sql_answers,
        write_answers,
        write_hidden_tests,
    )

    try:
        generated: dict[str, bytes] = {}
        if problem.generator is not None:
            generated, _ = generate_inputs(
                toolbox.sandbox, problem.generator, toolbox.limits.compile, toolbox.compile_cache
            )
        changed = []
        for folder, inputs in (
            (path / "tests" / "sample", {t.input_path.name: t.read_input() for t in problem.samples}),
            (
                path / "tests" / "hidden",
                generated or {t.input_path.name: t.read_input() for t in problem.tests if not t.sample},
            ),
        ):
            if not inputs:
                continue
            answers = make_sql_answers(toolbox.sandbox, problem, inputs, toolbox.limits)
            if folder.name == "hidden" and generated:
                changed += write_hidden_tests(folder, {**inputs, **answers})
            else:
                changed += write_answers(folder, answers)
    except GeneratorError as e:
        typer.echo(f"{path.name}: {e}", err=True)
        return False
    typer.echo(f"{path.name}: {len(problem.tests)} datasets, {len(changed)} files changed")
    return True


if __name__ == "__main__":
    app()
