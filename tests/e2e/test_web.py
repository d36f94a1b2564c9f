"""The web editor in a real browser (Debian's Chromium through Playwright) against a live
`judge serve`: browse, filter, solve, fail, run, break the build, and see it marked solved.
Screenshots of the list, a problem and a finished submission go to test-artifacts/."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from tests.e2e.conftest import PROBLEMS
from tests.e2e.live import problems_folder, serve

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
ACCEPTED = "a, b = map(int, input().split())\nprint(a + b)\n"
WRONG = "a, b = map(int, input().split())\nprint(a - b)\n"
BROKEN_CPP = "#include <iostream>\nint main() {\n    long long a = undeclared;\n    std::cout << a;\n}\n"
HOSTILE_STATEMENT = """# Hostile

<script>window.pwned = "script";</script>
<img src="x" onerror="window.pwned = 'onerror'">
<a href="javascript:window.pwned='link'">click</a>

Print the input.
"""


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile-statement"
    (hostile / "tests" / "sample").mkdir(parents=True)
    (hostile / "problem.yaml").write_text("title: Hostile Statement\ndifficulty: easy\ntags: [strings]\n")
    (hostile / "statement.md").write_text(HOSTILE_STATEMENT)
    (hostile / "tests" / "sample" / "01.in").write_text("x\n")
    (hostile / "tests" / "sample" / "01.ans").write_text("x\n")
    twice = folder / "double-them"
    (twice / "tests" / "sample").mkdir(parents=True)
    (twice / "tests" / "hidden").mkdir()
    (twice / "problem.yaml").write_text(
        "title: Double Them\ndifficulty: easy\ntags: [arrays]\nsignature:\n  function: twice\n"
        "  params:\n    - {name: nums, type: 'int[]'}\n  returns: 'int[]'\n"
    )
    (twice / "statement.md").write_text("Return every number doubled.\n")
    for folder_name, name, values in [("sample", "01", [1, 2]), ("hidden", "01", []), ("hidden", "02", [-5, 7, 0])]:
        (twice / "tests" / folder_name / f"{name}.in").write_text(json.dumps(values) + "\n")
        (twice / "tests" / folder_name / f"{name}.ans").write_text(json.dumps([2 * v for v in values]) + "\n")
    problems = problems_folder(folder, PROBLEMS, {"hostile-statement": hostile, "double-them": twice})
    with serve(folder, problems, "local") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def context(browser: Browser, base_url: str) -> Iterator[BrowserContext]:
    # One browser context for the module: one candidate (one anonymous id) across the tests.
    context = browser.new_context(base_url=base_url, viewport={"width": 1400, "height": 950})
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    page.close()
    assert errors == []


def type_code(page: Page, code: str) -> None:
    page.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)


def test_list_filters_by_topic(page: Page) -> None:
    page.goto("/")
    expect(page.locator(".problem-row").first).to_be_visible()
    total = page.locator(".problem-row").count()
    assert total >= 75
    page.locator('.chip[data-tag="linked-lists"]').click()
    rows = page.locator(".problem-row")
    expect(rows.first).to_be_visible()
    assert 3 <= rows.count() < total
    for row in rows.all():
        expect(row.locator(".tag", has_text="linked-lists")).to_have_count(1)
    assert "tag=linked-lists" in page.url
    page.locator('select[aria-label="Difficulty"]').select_option("hard")
    for row in page.locator(".problem-row").all():
        expect(row.locator(".difficulty")).to_have_text("hard")
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto("/")
    expect(page.locator(".problem-row").first).to_be_visible()
    page.screenshot(path=ARTIFACTS / "list.png")


def test_solve_a_problem_then_see_it_solved(page: Page) -> None:
    page.goto("/#/problems/sum-of-two")
    expect(page.locator(".statement > h1")).to_have_text("Sum of Two Numbers")
    expect(page.locator(".markdown")).to_contain_text("print their sum")
    page.locator('select[aria-label="Language"]').select_option("python")
    page.screenshot(path=ARTIFACTS / "problem.png")
    type_code(page, ACCEPTED)
    page.locator("button.submit").click()
    final = page.locator(".pane[data-pane='result'] .verdict-big")
    expect(final).to_contain_text("Accepted", timeout=60_000)
    rows = page.locator(".pane[data-pane='result'] .test-row")
    assert rows.count() >= 10
    for row in rows.all():
        assert row.get_attribute("data-verdict") == "AC"
    page.screenshot(path=ARTIFACTS / "submission.png")

    page.goto("/")
    row = page.locator('.problem-row[data-slug="sum-of-two"]')
    expect(row.locator(".solved")).to_be_visible()


def test_a_wrong_answer_names_its_test(page: Page) -> None:
    page.goto("/#/problems/sum-of-two")
    page.locator('select[aria-label="Language"]').select_option("python")
    type_code(page, WRONG)
    page.keyboard.press("Control+Shift+Enter")  # the submit shortcut
    final = page.locator(".pane[data-pane='result'] .verdict-big")
    expect(final).to_contain_text("Wrong Answer on test 1", timeout=60_000)
    row = page.locator(".pane[data-pane='result'] .test-row").last
    expect(row).to_have_attribute("data-verdict", "WA")
    expect(row).to_have_attribute("data-index", "1")


def test_run_on_custom_input_and_on_the_samples(page: Page) -> None:
    page.goto("/#/problems/sum-of-two")
    page.locator('select[aria-label="Language"]').select_option("python")
    type_code(page, ACCEPTED)
    page.keyboard.press("Control+Enter")  # the run shortcut: the samples
    blocks = page.locator(".run-block")
    expect(blocks.first).to_contain_text("Passed", timeout=30_000)
    expect(page.locator(".run-block .verdict-AC")).to_have_count(blocks.count())
    page.locator("#custom-toggle").check()
    page.locator("textarea.custom-input").fill("5 6\n")
    page.locator("button.run").click()
    block = page.locator(".run-block")
    expect(block).to_have_count(1, timeout=30_000)
    expect(block.locator(".io", has_text="Output").locator("pre")).to_have_text("11\n")
    expect(block).to_contain_text("exit 0")


def test_a_compile_error_points_at_its_line(page: Page) -> None:
    page.goto("/#/problems/sum-of-two")
    page.locator('select[aria-label="Language"]').select_option("cpp")
    type_code(page, BROKEN_CPP)
    page.locator("button.submit").click()
    final = page.locator(".pane[data-pane='result'] .verdict-big").first
    expect(final).to_contain_text("Compilation Error", timeout=60_000)
    expect(page.locator(".compile-output .error-line").first).to_contain_text("main.cpp:3")
    expect(page.locator(".pane[data-pane='result']")).to_contain_text("Line 3")
    expect(page.locator(".cm-lintRange-error").first).to_be_visible()  # marked in the editor


def test_drafts_are_kept_per_problem_and_language(page: Page) -> None:
    page.goto("/#/problems/sum-of-two")
    page.locator('select[aria-label="Language"]').select_option("ruby")
    type_code(page, "puts gets.split.map(&:to_i).sum\n")
    page.reload()
    page.locator('select[aria-label="Language"]').select_option("ruby")
    expect(page.locator(".cm-content")).to_contain_text("puts gets.split")
    page.locator('select[aria-label="Language"]').select_option("go")
    expect(page.locator(".cm-content")).to_contain_text("package main")


def test_history_opens_a_submission_with_its_source(page: Page) -> None:
    page.goto("/#/problems/sum-of-two")
    page.locator('select[aria-label="Language"]').select_option("python")
    type_code(page, ACCEPTED)
    page.locator("button.submit").click()
    expect(page.locator(".pane[data-pane='result'] .verdict-big")).to_contain_text("Accepted", timeout=60_000)
    page.locator(".tab[data-tab='history']").click()
    rows = page.locator(".history-row")
    expect(rows.first).to_be_visible(timeout=30_000)
    rows.first.click()
    pane = page.locator(".pane[data-pane='history']")
    expect(pane.locator(".verdict-big")).to_be_visible()
    expect(pane.locator(".source pre")).to_contain_text("print(a + b)")
    pane.locator(".source button", has_text="Load into editor").click()
    expect(page.locator(".cm-content")).to_contain_text("print(a + b)")


def test_a_statement_cannot_run_script(page: Page) -> None:
    page.goto("/#/problems/hostile-statement")
    expect(page.locator(".statement > h1")).to_have_text("Hostile Statement")
    expect(page.locator(".markdown")).to_contain_text("Print the input.")
    page.locator(".markdown a", has_text="click").click()
    assert page.evaluate("window.pwned") is None
    assert page.locator(".markdown script").count() == 0


def test_dark_theme_sticks(page: Page) -> None:
    page.goto("/")
    start = page.evaluate("document.documentElement.dataset.theme")
    page.locator("#theme").click()
    page.reload()
    assert page.evaluate("document.documentElement.dataset.theme") != start


def test_the_page_has_a_content_security_policy(page: Page) -> None:
    response = page.goto("/")
    assert response is not None
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy


def test_a_function_problem_from_starter_code_to_accepted(page: Page) -> None:
    page.goto("/#/problems/double-them")
    expect(page.locator(".statement .signature")).to_contain_text("twice(nums: int[]) → int[]")
    page.locator('select[aria-label="Language"]').select_option("java")
    expect(page.locator(".cm-content")).to_contain_text("public int[] twice(int[] nums) {")
    type_code(
        page,
        'class Solution {\n    public int[] twice(int[] nums) {\n        System.out.println("debug");\n'
        "        return Arrays.stream(nums).map(x -> 2 * x).toArray();\n    }\n}\n",
    )
    page.locator("button.run").click()
    block = page.locator(".run-block").first
    expect(block).to_contain_text("Passed", timeout=30_000)
    expect(block.locator(".io", has_text="Returned").locator("pre")).to_have_text("[2,4]")
    expect(block.locator(".io", has_text="Printed").locator("pre")).to_contain_text("debug")
    page.locator("button.submit").click()
    expect(page.locator(".pane[data-pane='result'] .verdict-big")).to_contain_text("Accepted", timeout=60_000)
