"""Interactive and scored problems in a real browser (Chromium through Playwright) against a live
`judge serve`, on a laptop and a phone viewport: the statement shows the sample interactions and
the groups, Run talks to the interactor, and a partial submission shows its points per group.
Screenshots go to test-artifacts/."""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.live import serve
from tests.e2e.test_web import PASSWORD, fill_in, type_code
from tests.e2e.test_web_practice import ARTIFACTS, VIEWPORTS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
INTERACTIVE = FIXTURES / "kattis" / "hidden-number"
SCORED = FIXTURES / "packages" / "max-subarray-native"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("formats-web")
    problems = folder / "problems"
    problems.mkdir()
    shutil.copytree(INTERACTIVE, problems / "hidden-number")
    shutil.copytree(SCORED, problems / "max-subarray")
    with serve(folder, problems, "local", env={"JUDGE_SIGN_INS_PER_MINUTE": "1000"}) as url:
        yield url


@pytest.fixture(params=sorted(VIEWPORTS))
def page(request: pytest.FixtureRequest, browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=server, viewport=VIEWPORTS[request.param])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto("/#/signup")
    fill_in(page, f"{request.param}-{secrets.token_hex(4)}", PASSWORD)
    expect(page.locator("#account .user-name")).to_be_visible()
    page.viewport_name = request.param  # type: ignore[attr-defined]
    yield page
    context.close()
    assert errors == []


def write_code(page: Page, code: str) -> None:
    """The code into the editor: on a phone, in the Code tab."""
    if page.viewport_name == "phone":  # type: ignore[attr-defined]
        page.locator('.pane-switch button[data-show="code"]').click()
    page.locator('select[aria-label="Language"]').select_option("python")
    type_code(page, code)


def shot(page: Page, name: str) -> None:
    page.screenshot(path=ARTIFACTS / f"{name}-{page.viewport_name}.png", full_page=True)  # type: ignore[attr-defined]


def test_an_interactive_problem_runs_against_its_interactor(page: Page) -> None:
    page.goto("/#/problems/hidden-number")
    expect(page.locator(".interactive-note")).to_be_visible()
    expect(page.locator(".sample-body.interaction pre").first).to_contain_text(">? 500000000")
    write_code(page, (INTERACTIVE / "submissions" / "accepted" / "search.py").read_text())
    page.locator("button.run").click()
    first = page.locator(".run-block").first
    expect(first).to_have_attribute("data-verdict", "AC", timeout=60_000)
    first.locator("summary").click()
    expect(first.locator(".io", has_text="Your interaction").locator("pre")).to_contain_text("<<")
    # Custom input: the interactor's input; the conversation comes back.
    page.locator("#custom-toggle").check()
    page.locator("textarea.custom-input").fill("1\n")
    page.locator("button.run").click()
    custom = page.locator(".run-block.custom")
    expect(custom.locator(".test-message")).to_have_text("interactor: accepted", timeout=60_000)
    expect(custom.locator(".io", has_text="Interaction").locator("pre")).to_contain_text(">! 1")
    shot(page, "interactive-run")


def test_a_partial_submission_shows_its_points_per_group(page: Page) -> None:
    page.goto("/#/problems/max-subarray")
    expect(page.locator(".scoring")).to_contain_text("Scored: 100 points")
    write_code(page, (SCORED / "solutions" / "partially_accepted" / "cubic.py").read_text())
    page.locator("button.submit").click()
    score = page.locator(".pane[data-pane='result'] .score")
    expect(score.locator(".score-line")).to_contain_text("20 / 100: small passed; medium:", timeout=120_000)
    expect(score.locator('.group-row[data-group="small"]')).to_have_attribute("data-verdict", "AC")
    expect(score.locator('.group-row[data-group="large"]')).to_have_attribute("data-verdict", "TLE")
    shot(page, "scored-submission")
