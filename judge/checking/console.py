"""How `judge check` looks in a terminal: a progress bar while it runs, then every finding with
its file and a table of solutions (solution x verdict x slowest time)."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from judge.checking.report import Report

STATUS_MARK = {"passed": "✓", "warning": "!", "failed": "✗", "skipped": "-"}
STATUS_STYLE = {"passed": "green", "warning": "yellow", "failed": "red", "skipped": "dim"}
MAX_REPEATED = 20  # errors repeated under the summary


def progress_bar(console: Console) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def print_report(console: Console, report: Report, *, werror: bool = False) -> None:
    for package in report.packages:
        for check in package.checks:
            for message in check.errors:
                console.print(
                    f"[red]error[/] [bold]{package.slug}[/] {check.name}: {message}", highlight=False, soft_wrap=True
                )
            for message in check.warnings:
                style = "red" if werror else "yellow"
                console.print(
                    f"[{style}]warning[/] [bold]{package.slug}[/] {check.name}: {message}",
                    highlight=False,
                    soft_wrap=True,
                )

    table = Table(title="solutions")
    for column in ("solution", "expected", "verdict", "slowest"):
        table.add_column(column, justify="right" if column == "slowest" else "left", overflow="fold")
    for package in report.packages:
        for s in package.solutions:
            verdict = f"[green]{s.verdict}[/]" if s.ok else f"[red]{s.verdict}[/]"
            if s.verdict_over_limit != s.verdict:
                verdict += f" ({s.verdict_over_limit} over limit)"
            if s.score is not None and s.max_score is not None:
                verdict += f" {s.score:g}/{s.max_score:g}"
            slowest = f"{s.slowest_ms} ms" if s.slowest_ms is not None else "-"
            table.add_row(f"{package.slug}/{s.path}", s.expected, verdict, slowest)
    if table.row_count:
        console.print(table)

    checks = list(dict.fromkeys(c.name for p in report.packages for c in p.checks))
    summary = Table(title="packages", caption="✓ passed  ! warnings  ✗ errors  - skipped")
    summary.add_column("package", overflow="fold")
    summary.add_column("limit", justify="right")
    summary.add_column("suggested", justify="right")
    for index in range(1, len(checks) + 1):
        summary.add_column(str(index), justify="center")
    for package in report.packages:
        statuses = {c.name: c.status for c in package.checks}
        cells = [f"[{STATUS_STYLE[statuses[n]]}]{STATUS_MARK[statuses[n]]}[/]" if n in statuses else "" for n in checks]
        limit = f"{package.time_limit_ms} ms" if package.time_limit_ms else ""
        suggested = f"{package.suggested_time_limit_ms} ms" if package.suggested_time_limit_ms else ""
        name = f"{package.slug} [dim](cached)[/]" if package.cached else package.slug
        summary.add_row(name, limit, suggested, *cells)
    console.print(summary)
    console.print("checks: " + ", ".join(f"{i} {name}" for i, name in enumerate(checks, start=1)), highlight=False)
    verdict = "[green]OK[/]" if report.ok(werror=werror) else "[red]FAILED[/]"
    counts = f"{len(report.packages)} packages, {report.errors} errors, {report.warnings} warnings"
    cached = sum(package.cached for package in report.packages)
    if cached:
        counts += f" ({cached} unchanged since they passed: not judged again; --no-cache judges them)"
    console.print(f"{verdict}: {counts}", highlight=False)
    # The findings once more, last: a CI log often keeps only its tail, and the table above is long.
    errors = [f"{p.slug} {c.name}: {m}" for p in report.packages for c in p.checks for m in c.errors]
    if errors:
        console.print(f"[red]{len(errors)} errors:[/]", highlight=False)
        for line in errors[:MAX_REPEATED]:
            console.print(f"  {line}", highlight=False, soft_wrap=True)
        if len(errors) > MAX_REPEATED:
            console.print(f"  … and {len(errors) - MAX_REPEATED} more, listed above the tables", highlight=False)
