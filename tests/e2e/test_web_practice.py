"""Practice in a real browser (Chromium through Playwright) against a live `judge serve`, on a
laptop and a phone viewport: follow a study plan (its next problem, solved, the bar moves), run a
two-problem mock interview to its report, see Submit locked once the server's clock has run out,
and the progress page. Screenshots of each page go to test-artifacts/."""

from __future__ import annotations

import re
import secrets
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.live import serve
from tests.e2e.test_web import PASSWORD, fetch, fill_in, type_code

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ECHO = "print(input())\n"
VIEWPORTS = {"laptop": {"width": 1400, "height": 950}, "phone": {"width": 390, "height": 844}}
PLAN = """title: Echo basics
description: Three echoes, in order.
sections:
  - title: Warm-up
    problems: [echo-a, {slug: echo-b, note: "the same again"}]
  - title: Trees
    problems: [echo-c]
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("practice")
    problems = folder / "problems"
    for slug, tags in [("echo-a", "[arrays]"), ("echo-b", "[arrays]"), ("echo-c", "[trees]")]:
        package = problems / slug
        (package / "tests" / "sample").mkdir(parents=True)
        (package / "tests" / "hidden").mkdir()
        (package / "problem.yaml").write_text(f"title: {slug.title()}\ndifficulty: easy\ntags: {tags}\n")
        (package / "statement.md").write_text("Print the line you read.\n")
        for name, line in [("sample/01", "hi"), ("hidden/01", "there")]:
            (package / "tests" / f"{name}.in").write_text(line + "\n")
            (package / "tests" / f"{name}.ans").write_text(line + "\n")
    (folder / "plans").mkdir()
    (folder / "plans" / "echo-basics.yaml").write_text(PLAN)
    env = {"JUDGE_SIGN_INS_PER_MINUTE": "1000", "JUDGE_PLANS_DIR": str(folder / "plans")}
    with serve(folder, problems, "local", env=env) as url:
        yield folder, url


@pytest.fixture(params=sorted(VIEWPORTS))
def page(request: pytest.FixtureRequest, browser: Browser, server: tuple[Path, str]) -> Iterator[Page]:
    context = browser.new_context(base_url=server[1], viewport=VIEWPORTS[request.param])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    name = f"{request.param}-{secrets.token_hex(4)}"  # a new candidate for each test
    page.goto("/#/signup")
    fill_in(page, name, PASSWORD)
    expect(page.locator("#account .user-name")).to_have_text(name)
    page.viewport_name = request.param  # type: ignore[attr-defined]
    yield page
    context.close()
    assert errors == []


def solve(page: Page, slug: str, interview: int | None = None) -> None:
    """Solves the open problem: in the editor on a laptop; on a phone, through the API."""
    if page.viewport_name == "laptop":  # type: ignore[attr-defined]
        page.locator('select[aria-label="Language"]').select_option("python")
        type_code(page, ECHO)
        page.locator("button.submit").click()
        expect(page.locator(".pane[data-pane='result'] .verdict-big")).to_contain_text("Accepted", timeout=60_000)
        return
    body = {"problem": slug, "language": "python", "source": ECHO, **({"interview": interview} if interview else {})}
    status, created = fetch(page, "/api/v1/submissions", "POST", body, csrf=True)
    assert status == 202, created
    for _ in range(120):
        if fetch(page, f"/api/v1/submissions/{created['id']}")[1]["status"] == "done":  # type: ignore[index]
            return
        page.wait_for_timeout(500)
    raise AssertionError("not judged in 60 s")


def shot(page: Page, name: str) -> None:
    page.screenshot(path=ARTIFACTS / f"{name}-{page.viewport_name}.png", full_page=True)  # type: ignore[attr-defined]


def test_follow_a_plan_from_its_first_problem(page: Page) -> None:
    page.goto("/#/plans")
    card = page.locator(".plan-card[data-slug='echo-basics']")
    expect(card.locator(".plan-count")).to_have_text("0 / 3 solved")
    shot(page, "plans")
    card.locator("a.plan-title").click()
    expect(page.locator("h1")).to_have_text("Echo basics")
    expect(page.locator(".plan-problem[data-slug='echo-b'] .note")).to_have_text("the same again")
    page.locator("a.next-problem").click()
    expect(page).to_have_url(re.compile(r"#/problems/echo-a$"))
    solve(page, "echo-a")
    page.goto("/#/plans/echo-basics")
    expect(page.locator(".plan-head .plan-count").first).to_have_text("1 / 3 solved")
    expect(page.locator(".plan-problem[data-slug='echo-a'] .mark")).to_have_text("✓")
    expect(page.locator("a.next-problem")).to_have_attribute("href", "#/problems/echo-b")
    shot(page, "plan")


def test_a_two_problem_interview_to_its_report(page: Page, server: tuple[Path, str]) -> None:
    page.goto("/#/interviews")
    page.locator("#interview-problems").fill("2")
    page.locator("#interview-minutes").fill("5")
    page.locator("form.interview-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"#/interviews/\d+$"))
    interview = int(page.url.rsplit("/", 1)[1])
    expect(page.locator(".interview-clock .time-left")).to_have_text(re.compile(r"^[45]:\d\d$"))
    links = page.locator(".interview-problems a")
    expect(links).to_have_count(2)
    shot(page, "interview")
    first = (links.first.text_content() or "").strip()
    links.first.click()
    expect(page.locator(".interview-banner")).to_contain_text(f"Interview #{interview}")
    solve(page, first, interview)
    page.goto(f"/#/interviews/{interview}")
    page.locator("button.finish").click()
    expect(page.locator(".report-summary")).to_contain_text("1 of 2 solved")
    expect(page.locator(f".report-row[data-slug='{first}'] .verdict")).to_have_text("AC")
    expect(page.locator(".topics-to-review")).to_contain_text("Topics to review")
    shot(page, "interview-report")

    # Another interview whose clock runs out (the server's: moved back in its database).
    status, started = fetch(page, "/api/v1/interviews", "POST", {"problems": 1, "minutes": 5}, csrf=True)
    assert status == 201, started
    with sqlite3.connect(server[0] / "judge.db") as db:
        past = (datetime.now(UTC) - timedelta(seconds=1)).isoformat(sep=" ")
        db.execute("UPDATE interviews SET ends_at = ? WHERE id = ?", (past, started["id"]))  # type: ignore[index]
    page.goto(f"/#/problems/{started['problems'][0]}?interview={started['id']}")  # type: ignore[index]
    expect(page.locator(".interview-banner")).to_contain_text("is over")
    if page.viewport_name == "laptop":  # type: ignore[attr-defined]
        expect(page.locator("button.submit")).to_be_disabled()
    late = {"problem": started["problems"][0], "language": "python", "source": ECHO, "interview": started["id"]}  # type: ignore[index]
    assert fetch(page, "/api/v1/submissions", "POST", late, csrf=True)[0] == 409


def test_the_progress_page(page: Page) -> None:
    solve_via_api = {"problem": "echo-c", "language": "python", "source": ECHO}
    assert fetch(page, "/api/v1/submissions", "POST", solve_via_api, csrf=True)[0] == 202
    page.goto("/#/progress")
    expect(page.locator(".stat.streak strong")).to_have_text("1")
    expect(
        page.locator(".heatmap .day.level-4, .heatmap .day.level-3, .heatmap .day.level-2, .heatmap .day.level-1")
    ).not_to_have_count(0)
    expect(page.locator(".topic-bars li[data-tag='trees'] .count")).to_have_text(re.compile(r"^[01] / 1$"))
    shot(page, "progress")
