"""The web editor in a real browser (Debian's Chromium through Playwright) against a live
`judge serve`: browse, filter, solve, fail, run, break the build, and see it marked solved, as a
candidate who signed up in the page; then accounts: sign up, out and in, another user's history
out of reach, API tokens made and revoked on the account page, the one-time sign-in link, CSRF,
what a visitor is offered, and claiming this browser's history from before accounts.
Screenshots of the list, a problem, a finished submission, the sign-in page and the account page
go to test-artifacts/."""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.e2e.conftest import PROBLEMS
from tests.e2e.live import create_token, problems_folder, serve

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ACCEPTED = "a, b = map(int, input().split())\nprint(a + b)\n"
WRONG = "a, b = map(int, input().split())\nprint(a - b)\n"
CANDIDATE = "candidate"
PASSWORD = "correct horse battery"
VIEWPORT = {"width": 1400, "height": 950}
SIGN_IN_LINK = re.compile(r"http://127\.0\.0\.1:\d+/auth/link/[A-Za-z0-9_-]+")
BROKEN_CPP = "#include <iostream>\nint main() {\n    long long a = undeclared;\n    std::cout << a;\n}\n"
HOSTILE_STATEMENT = """# Hostile

<script>window.pwned = "script";</script>
<img src="x" onerror="window.pwned = 'onerror'">
<a href="javascript:window.pwned='link'">click</a>

Print the input.
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """`judge serve` and its folder (its SQLite database and serve.log, with the sign-in link)."""
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
    stack = folder / "tiny-stack"
    (stack / "tests" / "sample").mkdir(parents=True)
    (stack / "problem.yaml").write_text(
        "title: Tiny Stack\ndifficulty: easy\ntags: [stacks]\ndesign:\n  class: TinyStack\n  methods:\n"
        "    - {name: push, params: [{name: val, type: int}]}\n    - {name: peek, returns: int}\n"
    )
    (stack / "statement.md").write_text("A stack of ints.\n")
    (stack / "tests" / "sample" / "01.in").write_text('["TinyStack","push","peek"]\n[[],[4],[]]\n')
    (stack / "tests" / "sample" / "01.ans").write_text("[null,null,4]\n")
    extra = {"hostile-statement": hostile, "double-them": twice, "tiny-stack": stack}
    problems = problems_folder(folder, PROBLEMS, extra)
    # Every sign-in of these tests comes from 127.0.0.1: the default 10 attempts a minute per
    # address would be used up by the tests themselves.
    with serve(folder, problems, "local", env={"JUDGE_SIGN_INS_PER_MINUTE": "1000"}) as url:
        yield folder, url


@pytest.fixture(scope="module")
def base_url(server: tuple[Path, str]) -> str:
    return server[1]


@pytest.fixture(scope="module")
def context(browser: Browser, base_url: str) -> Iterator[BrowserContext]:
    # One browser context for the module: one candidate, signed up once in the page, across the tests.
    context = browser.new_context(base_url=base_url, viewport=VIEWPORT)
    page = context.new_page()
    sign_up(page, CANDIDATE)
    page.close()
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


@pytest.fixture
def new_page(browser: Browser, base_url: str) -> Iterator[Callable[[], Page]]:
    """Pages in browser contexts of their own: other people, or a browser nobody signed in on."""
    contexts: list[BrowserContext] = []
    errors: list[str] = []

    def make() -> Page:
        context = browser.new_context(base_url=base_url, viewport=VIEWPORT)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        return page

    yield make
    for context in contexts:
        context.close()
    assert errors == []


def sign_up(page: Page, name: str, password: str = PASSWORD) -> None:
    page.goto("/#/signup")
    fill_in(page, name, password)
    expect(page).to_have_url(re.compile(r"#/$"))  # back where it came from
    expect(page.locator("#account .user-name")).to_have_text(name)


def sign_in(page: Page, name: str, password: str = PASSWORD) -> None:
    page.goto("/#/signin")
    fill_in(page, name, password)
    expect(page).to_have_url(re.compile(r"#/$"))
    expect(page.locator("#account .user-name")).to_have_text(name)


def fill_in(page: Page, name: str, password: str) -> None:
    form = page.locator("form.auth-form")
    form.get_by_label("Name", exact=True).fill(name)
    form.get_by_label("Password", exact=True).fill(password)
    form.locator("button[type=submit]").click()


def fetch(page: Page, path: str, method: str = "GET", body: object = None, csrf: bool = False) -> tuple[int, object]:
    """A request from the page's JavaScript (with its cookie), optionally with the CSRF token
    the page got from /auth/session: the status and the JSON body."""
    return tuple(
        page.evaluate(
            """async ([path, method, body, csrf]) => {
                const headers = body === null ? {} : { "Content-Type": "application/json" };
                if (csrf) {
                    const state = await (await fetch("/api/v1/auth/session")).json();
                    headers["X-CSRF-Token"] = state.csrf_token;
                }
                const sent = body === null ? undefined : JSON.stringify(body);
                const response = await fetch(path, { method, headers, body: sent });
                return [response.status, await response.json().catch(() => null)];
            }""",
            [path, method, body, csrf],
        )
    )  # type: ignore[return-value]


def submit_and_wait(page: Page, source: str, verdict: str = "Accepted") -> int:
    """Submits `source` in Python on the open problem; the submission's id once judged."""
    page.locator('select[aria-label="Language"]').select_option("python")
    type_code(page, source)
    page.locator("button.submit").click()
    expect(page.locator(".pane[data-pane='result'] .verdict-big")).to_contain_text(verdict, timeout=60_000)
    status = page.locator(".pane[data-pane='result'] .status").text_content() or ""
    found = re.search(r"#(\d+)", status)
    assert found, status
    return int(found.group(1))


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
    expect(page.locator(".results")).not_to_have_attribute("aria-busy", "true")  # the server answered
    for row in page.locator(".problem-row").all():
        expect(row.locator(".difficulty")).to_have_text("Hard")
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
    page.keyboard.press("Control+Enter")  # the run shortcut: the samples, judged as Submit would
    blocks = page.locator(".run-block")
    expect(blocks.first).to_contain_text("Accepted", timeout=30_000)
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
    expect(block).to_contain_text("Accepted", timeout=30_000)
    expect(block.locator(".io", has_text="Returned").locator("pre")).to_have_text("[2,4]")
    expect(block.locator(".io", has_text="Printed").locator("pre")).to_contain_text("debug")
    page.locator("button.submit").click()
    expect(page.locator(".pane[data-pane='result'] .verdict-big")).to_contain_text("Accepted", timeout=60_000)


def test_a_design_problem_from_its_class_to_accepted(page: Page) -> None:
    page.goto("/#/problems/tiny-stack")
    expect(page.locator(".statement .design")).to_contain_text("Write the class TinyStack()")
    expect(page.locator(".statement .design")).to_contain_text("peek() → int")
    page.locator('select[aria-label="Language"]').select_option("python")
    expect(page.locator(".cm-content")).to_contain_text("def push(self, val: int) -> None:")
    type_code(
        page,
        "class TinyStack:\n    def __init__(self):\n        self.items = []\n\n"
        "    def push(self, val: int) -> None:\n        self.items.append(val)\n\n"
        "    def peek(self) -> int:\n        return self.items[-1]\n",
    )
    page.locator("#custom-toggle").check()
    page.locator("textarea.custom-input").fill('["TinyStack","push","push","peek"]\n[[],[1],[9],[]]\n')
    page.locator("button.run").click()
    custom = page.locator(".run-block.custom")
    expect(custom.locator(".io", has_text="Returned").locator("pre")).to_have_text("[null,null,null,9]", timeout=30_000)
    page.locator("textarea.custom-input").fill('["TinyStack","pop"]\n[[],[]]\n')
    page.locator("button.run").click()
    expect(page.locator("#custom-input-error")).to_contain_text("TinyStack has no method 'pop'")
    page.locator("#custom-toggle").uncheck()
    page.locator("button.submit").click()
    expect(page.locator(".pane[data-pane='result'] .verdict-big")).to_contain_text("Accepted", timeout=60_000)


def test_an_sql_problem_from_its_tables_to_accepted(page: Page) -> None:
    """The schema and the samples as tables, SQL highlighting, Run showing the result table beside
    the expected one, custom rows, and Submit."""
    page.goto("/#/problems/members-shipping-city")
    schema = page.locator(".statement .sql-schema-table[data-table='Address']")
    expect(schema).to_contain_text("member_id")
    expect(schema).to_contain_text("→ Member.member_id")
    sample = page.locator(".statement .sample").first
    expect(sample.locator(".sql-dataset caption", has_text="Address")).to_be_visible()
    expect(sample.locator("td.sql-null").first).to_have_text("NULL")
    expect(page.locator(".statement .compare-note")).to_contain_text("any order")
    page.locator('select[aria-label="Language"]').select_option("sqlite")
    expect(page.locator(".cm-content")).to_contain_text("-- SQLite. Tables:")
    type_code(
        page, "SELECT m.first_name, m.last_name, a.city, a.country\nFROM Member m JOIN Address a USING (member_id);"
    )
    # Highlighted as SQL: a keyword is a span of its own (plain text would not be).
    expect(page.locator(".cm-line span", has_text=re.compile(r"^SELECT$")).first).to_be_visible()
    page.locator("button.run").click()
    block = page.locator(".run-block").first
    expect(block).to_contain_text("Wrong Answer", timeout=30_000)
    expect(block.locator(".test-message")).to_contain_text("the result has 2 rows, expected 3")
    expect(block.locator(".io", has_text="Expected").locator("td", has_text="Byron")).to_be_visible()
    expect(block.locator(".io", has_text="Your result").locator("tbody tr")).to_have_count(2)
    page.screenshot(path=ARTIFACTS / "sql-problem.png")
    # Custom rows: the result table of the query on them.
    page.locator("#custom-toggle").check()
    page.locator("textarea.custom-input").fill(
        json.dumps(
            {
                "Member": {"columns": ["member_id", "first_name", "last_name"], "rows": [[9, "Zed", "Ray"]]},
                "Address": {"columns": ["address_id", "member_id", "city", "country"], "rows": [[1, 9, "Kyiv", None]]},
            }
        )
    )
    page.locator("button.run").click()
    custom = page.locator(".run-block.custom")
    expect(custom).to_contain_text("Ran", timeout=30_000)
    expect(custom.locator(".io", has_text="Your result").locator("td", has_text="Kyiv")).to_be_visible()
    page.locator("textarea.custom-input").fill('{"Nope": {"columns": ["x"], "rows": []}}')
    page.locator("button.run").click()
    expect(page.locator("#custom-input-error")).to_contain_text("no table Nope")
    page.locator("#custom-toggle").uncheck()
    type_code(
        page,
        "SELECT m.first_name, m.last_name, a.city, a.country\nFROM Member m LEFT JOIN Address a USING (member_id);",
    )
    page.locator("button.submit").click()
    expect(page.locator(".pane[data-pane='result'] .verdict-big")).to_contain_text("Accepted", timeout=60_000)


# --- accounts -------------------------------------------------------------------------------


def test_sign_up_sign_out_and_sign_in_again(
    context: BrowserContext, new_page: Callable[[], Page], base_url: str
) -> None:
    # (`context` has signed the module's candidate up: that name is taken.)
    page = new_page()
    page.goto("/#/problems/sum-of-two")
    expect(page.locator(".toolbar .sign-in-to-submit")).to_be_visible()
    page.evaluate("window.loadedOnce = true")  # gone if anything below reloaded the page
    page.locator("#account .sign-up").click()  # back to the problem afterwards
    expect(page).to_have_url(re.compile(r"#/signup\?next=/problems/sum-of-two$"))
    form = page.locator("form.auth-form")
    expect(form.get_by_label("Password", exact=True)).to_have_attribute("autocomplete", "new-password")
    fill_in(page, "admin-bob", PASSWORD)  # reserved: explained before asking the server
    expect(form.get_by_role("alert")).to_contain_text("reserved")
    fill_in(page, "bob", "short")
    expect(form.get_by_role("alert")).to_contain_text("at least 10 characters")
    fill_in(page, CANDIDATE, PASSWORD)  # the module's candidate has it
    expect(form.get_by_role("alert")).to_have_text("That name is taken: choose another.")
    fill_in(page, "bob", PASSWORD)
    expect(page.locator("#account .user-name")).to_have_text("bob")
    expect(page).to_have_url(re.compile(r"#/problems/sum-of-two$"))
    expect(page.locator("button.submit")).to_be_enabled()
    expect(page.locator("#account .badge")).to_have_count(0)  # not an admin
    (cookie,) = [c for c in page.context.cookies() if c["name"] == "judge_session"]

    page.locator("#account .sign-out").click()
    expect(page.locator("#account .sign-in")).to_be_visible()
    expect(page.locator("#account .user-name")).to_have_count(0)
    expect(page.locator(".toolbar .sign-in-to-submit")).to_be_visible()  # the page changed too
    expect(page.locator("button.submit")).to_have_count(0)
    assert [c for c in page.context.cookies() if c["name"] == "judge_session"] == []
    assert fetch(page, "/api/v1/me/progress")[0] == 401
    # The session ended on the server: its cookie, kept by someone, signs nobody in.
    kept = httpx.get(f"{base_url}/api/v1/me", cookies={"judge_session": cookie["value"]})
    assert kept.status_code == 401

    page.locator("#account .sign-in").click()
    expect(page).to_have_url(re.compile(r"#/signin\?next=/problems/sum-of-two$"))
    form = page.locator("form.auth-form")
    expect(form.get_by_label("Name", exact=True)).to_have_attribute("autocomplete", "username")
    expect(form.get_by_label("Password", exact=True)).to_have_attribute("autocomplete", "current-password")
    expect(form.get_by_label("Name", exact=True)).to_be_focused()
    page.screenshot(path=ARTIFACTS / "signin.png")
    fill_in(page, "bob", "not the password")
    expect(form.get_by_role("alert")).to_have_text("Wrong name or password.")
    expect(form.locator("button[type=submit]")).to_be_enabled()
    expect(page.locator("#account .sign-in")).to_be_visible()
    fill_in(page, "bob", PASSWORD)
    expect(page.locator("#account .user-name")).to_have_text("bob")
    expect(page).to_have_url(re.compile(r"#/problems/sum-of-two$"))
    expect(page.locator("button.run")).to_be_enabled()
    assert page.evaluate("window.loadedOnce") is True


def test_a_session_ended_in_another_tab_is_noticed(new_page: Callable[[], Page]) -> None:
    page = new_page()
    sign_up(page, "erin")
    page.goto("/#/problems/sum-of-two")
    posted: list[int] = []
    page.on(
        "response", lambda r: r.request.method == "POST" and r.url.endswith("/submissions") and posted.append(r.status)
    )
    other_tab = page.context.new_page()
    other_tab.goto("/")
    # Signed out and in again over there: this tab's CSRF token belongs to the ended session,
    # so its first try is refused; it asks for the new token and sends the submission again.
    other_tab.locator("#account .sign-out").click()
    sign_in(other_tab, "erin")
    submit_and_wait(page, ACCEPTED)
    assert posted == [403, 202]
    # Signed out over there: this tab learns it from its next request's 401.
    other_tab.locator("#account .sign-out").click()
    expect(other_tab.locator("#account .sign-in")).to_be_visible()
    page.locator("button.submit").click()
    expect(page.locator("#account .sign-in")).to_be_visible()
    expect(page.locator(".toolbar .sign-in-to-submit")).to_be_visible()
    assert posted == [403, 202, 401]


def test_a_user_sees_only_their_own_submissions(page: Page, new_page: Callable[[], Page]) -> None:
    page.goto("/#/problems/sum-of-two")
    mine = submit_and_wait(page, ACCEPTED)
    page.locator(".tab[data-tab='history']").click()
    expect(page.locator(".history-row", has_text=f"#{mine}")).to_be_visible()

    other = new_page()
    sign_up(other, "bea")
    other.goto("/#/problems/sum-of-two")
    other.locator(".tab[data-tab='history']").click()
    expect(other.locator(".pane[data-pane='history']")).to_contain_text("No submissions yet.")
    assert fetch(other, f"/api/v1/submissions/{mine}")[0] == 404  # as if it did not exist
    assert fetch(other, f"/api/v1/submissions/{mine}/events")[0] == 404
    assert fetch(other, "/api/v1/submissions")[1] == {"items": []}
    assert fetch(page, f"/api/v1/submissions/{mine}")[0] == 200


def test_an_api_token_made_and_revoked_on_the_account_page(page: Page, base_url: str) -> None:
    page.goto("/")
    page.locator("#account .user-name").click()
    expect(page).to_have_url(re.compile(r"#/account$"))
    expect(page.locator(".account-page .account-name")).to_have_text(CANDIDATE)
    expect(page.locator(".no-tokens")).to_be_visible()
    page.get_by_label("Expires after (days)").fill("0")
    page.get_by_role("button", name="Create token").click()
    expect(page.locator(".account-page [role=alert]")).to_contain_text("Name the token")
    page.get_by_label("Name", exact=True).fill("laptop curl")
    page.get_by_role("button", name="Create token").click()
    expect(page.locator(".account-page [role=alert]")).to_contain_text("whole number of days")
    page.get_by_label("Expires after (days)").fill("30")
    page.get_by_role("button", name="Create token").click()

    shown = page.locator(".new-token")
    expect(shown).to_contain_text("will not be shown again")
    token = page.locator(".new-token .token-value").text_content() or ""
    assert token.startswith("jdg_")
    curl = page.locator(".new-token .curl").text_content()
    assert curl == f'curl -H "Authorization: Bearer {token}" {base_url}/api/v1/me'
    row = page.locator(".token-row", has_text="laptop curl")
    expect(row).to_contain_text(token[:8])
    expect(row.locator(".last-used")).to_have_text("never used")
    assert token not in (row.text_content() or "")
    page.screenshot(path=ARTIFACTS / "account.png")

    answer = httpx.get(f"{base_url}/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200 and answer.json() == {"name": CANDIDATE, "role": "user"}
    page.reload()  # the token is listed as used; the token itself is gone from the page
    expect(row.locator(".last-used")).not_to_have_text("never used")
    expect(page.locator(".new-token")).to_be_hidden()
    assert token not in page.content()

    page.once("dialog", lambda dialog: dialog.dismiss())  # thought better of it
    row.get_by_role("button", name="Revoke").click()
    expect(row).to_be_visible()
    page.once("dialog", lambda dialog: dialog.accept())
    row.get_by_role("button", name="Revoke").click()
    expect(row).to_have_count(0)
    expect(page.locator(".no-tokens")).to_be_visible()
    answer = httpx.get(f"{base_url}/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 401


def test_the_one_time_sign_in_link(server: tuple[Path, str], new_page: Callable[[], Page]) -> None:
    folder, _ = server
    found = SIGN_IN_LINK.search((folder / "serve.log").read_text())
    assert found, (folder / "serve.log").read_text()
    first = new_page()
    first.goto(found.group(0))
    expect(first.locator("#account .user-name")).to_contain_text("admin")
    expect(first.locator("#account .badge.admin")).to_be_visible()
    assert first.url.split("#")[0].endswith("/")  # the secret is gone from the address bar
    assert fetch(first, "/api/v1/me")[1] == {"name": "admin", "role": "admin"}

    second = new_page()
    second.goto(found.group(0))
    expect(second).to_have_url(re.compile(r"#/signin\?link=expired$"))
    expect(second.locator(".link-expired")).to_contain_text("This sign-in link was used already or has expired")
    expect(second.locator("#account .sign-in")).to_be_visible()
    second.screenshot(path=ARTIFACTS / "signin-link-expired.png")
    assert fetch(second, "/api/v1/me")[0] == 401


EVIL_PAGE = """<!doctype html>
<form method="POST" action="{action}" enctype="text/plain">
  <input name='{{"problem": "sum-of-two", "language": "python", "source": "print(1)", "x": "' value='"}}'>
</form>
<script>document.forms[0].submit();</script>
"""


def test_a_request_without_the_csrf_token_is_refused(page: Page, base_url: str) -> None:
    page.goto("/")
    expect(page.locator("#account .user-name")).to_have_text(CANDIDATE)
    before = len(fetch(page, "/api/v1/submissions")[1]["items"])  # type: ignore[index]
    body = {"problem": "sum-of-two", "language": "python", "source": ACCEPTED}
    status, answer = fetch(page, "/api/v1/submissions", "POST", body)
    assert status == 403 and "X-CSRF-Token" in answer["detail"]  # type: ignore[index]
    assert fetch(page, "/api/v1/auth/logout", "POST")[0] == 403  # nor can a page sign you out
    assert fetch(page, "/api/v1/me")[1] == {"name": CANDIDATE, "role": "user"}

    # The page's JavaScript cannot read the cookie, and other sites' requests do not carry it.
    (cookie,) = [c for c in page.context.cookies() if c["name"] == "judge_session"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    assert "judge_session" not in page.evaluate("document.cookie")
    page.route(
        "http://evil.test/**",
        lambda route: route.fulfill(
            content_type="text/html", body=EVIL_PAGE.format(action=f"{base_url}/api/v1/submissions")
        ),
    )
    with page.expect_response(lambda r: r.url == f"{base_url}/api/v1/submissions") as refused:
        page.goto("http://evil.test/")
    assert refused.value.status in (401, 403)
    assert "judge_session" not in refused.value.request.all_headers().get("cookie", "")
    page.goto(f"{base_url}/")
    after = len(fetch(page, "/api/v1/submissions")[1]["items"])  # type: ignore[index]
    assert after == before

    # With the token, as the editor sends it, the same request goes through.
    assert fetch(page, "/api/v1/submissions", "POST", body, csrf=True)[0] == 202


def test_a_visitor_reads_and_is_asked_to_sign_in_to_run(new_page: Callable[[], Page]) -> None:
    page = new_page()
    refused: list[str] = []
    page.on("response", lambda response: response.status == 401 and refused.append(response.url))
    page.goto("/")
    expect(page.locator(".problem-row").first).to_be_visible()
    expect(page.locator(".progress-summary")).to_contain_text("Sign in")
    expect(page.locator("#account .sign-in")).to_be_visible()
    expect(page.locator("#account .sign-up")).to_be_visible()  # registration is open

    page.locator('.problem-row[data-slug="sum-of-two"] a').click()
    link = page.locator(".toolbar .sign-in-to-submit")
    expect(link).to_have_text("Sign in to run and submit")
    expect(link).to_have_attribute("href", "#/signin?next=/problems/sum-of-two")
    expect(page.locator("button.run")).to_have_count(0)
    expect(page.locator("button.submit")).to_have_count(0)
    page.screenshot(path=ARTIFACTS / "problem-visitor.png")
    type_code(page, ACCEPTED)  # editing and drafts still work
    page.keyboard.press("Control+Enter")
    expect(page.locator(".pane[data-pane='run']")).to_contain_text("Sign in to run your code.")
    page.keyboard.press("Control+Shift+Enter")
    expect(page.locator(".pane[data-pane='result']")).to_contain_text("Sign in to submit your code.")
    page.locator(".tab[data-tab='history']").click()
    expect(page.locator(".pane[data-pane='history']")).to_contain_text("Sign in to see your submissions.")
    page.goto("/#/account")
    expect(page.locator(".account-page")).to_contain_text("You are not signed in.")
    assert refused == []  # nothing asked for a user's things


def test_a_visitor_comes_back_to_the_filtered_list_after_signing_in(new_page: Callable[[], Page]) -> None:
    page = new_page()
    page.goto("/")
    page.locator('.chip[data-tag="graphs"]').click()
    page.locator("#account .sign-in").click()
    expect(page).to_have_url(re.compile(r"#/signin\?next=/%3Ftag%3Dgraphs$"))
    page.locator("#account .sign-up").click()  # the sign-up page keeps where to go back to
    fill_in(page, "fay", PASSWORD)
    expect(page).to_have_url(re.compile(r"#/\?tag=graphs$"))
    expect(page.locator('.chip[data-tag="graphs"]')).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".progress-summary")).to_contain_text("0 solved")


def test_closed_registration_offers_no_sign_up(new_page: Callable[[], Page]) -> None:
    page = new_page()  # the server's registration is open: this page is told it is closed
    closed = {"user": None, "csrf_token": None, "registration": "closed"}
    page.route("**/api/v1/auth/session", lambda route: route.fulfill(json=closed))
    page.goto("/#/signin")
    expect(page.locator("#account .sign-in")).to_be_visible()
    expect(page.locator("#account .sign-up")).to_have_count(0)
    expect(page.locator(".auth-page")).to_contain_text("Registration is closed")
    page.goto("/#/signup")
    expect(page.locator(".auth-page .callout")).to_contain_text("Registration is closed")
    expect(page.locator("form.auth-form")).to_have_count(0)


def test_a_quota_refusal_says_when_to_try_again(page: Page) -> None:
    def over_quota(route) -> None:  # type: ignore[no-untyped-def]
        if route.request.method != "POST":
            return route.fallback()
        body = json.dumps({"detail": "rate limit: at most 20 submissions a minute"})
        route.fulfill(status=429, headers={"Retry-After": "12"}, content_type="application/json", body=body)

    page.route("**/api/v1/submissions", over_quota)
    page.goto("/#/problems/sum-of-two")
    page.locator("button.submit").click()
    expect(page.locator(".pane[data-pane='result'] .status")).to_have_text(
        "rate limit: at most 20 submissions a minute — try again in 12 s"
    )
    expect(page.locator("button.submit")).to_be_enabled()


def test_signing_up_claims_this_browsers_history_from_before_accounts(
    server: tuple[Path, str], new_page: Callable[[], Page]
) -> None:
    folder, base_url = server
    # What migration 0003 leaves of a browser's anonymous history: a user named after its id,
    # marked anonymous. Made here from a user with one submission.
    token = create_token(folder, "ghost")
    made = httpx.post(
        f"{base_url}/api/v1/submissions",
        json={"problem": "sum-of-two", "language": "python", "source": ACCEPTED},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert made.status_code == 202, made.text
    anonymous_id = "anon-" + secrets.token_hex(16)
    with sqlite3.connect(folder / "judge.db", timeout=30) as database:
        database.execute("UPDATE users SET name = ?, anonymous = 1 WHERE name = 'ghost'", (anonymous_id,))
    database.close()

    page = new_page()
    page.goto("/")
    page.evaluate("id => localStorage.setItem('judge.user', id)", anonymous_id)
    sign_up(page, "claire")
    expect(page.locator("#notice")).to_have_text(re.compile("1 earlier submission from this browser was moved"))
    assert page.evaluate("localStorage.getItem('judge.user')") is None
    ids = [item["id"] for item in fetch(page, "/api/v1/submissions")[1]["items"]]  # type: ignore[index]
    assert ids == [made.json()["id"]]
    page.locator("#notice .dismiss").click()
    expect(page.locator("#notice")).to_be_hidden()


def test_a_browser_with_no_history_to_claim_just_forgets_its_id(new_page: Callable[[], Page]) -> None:
    page = new_page()
    console: list[str] = []
    page.on("console", lambda message: message.type == "error" and console.append(message.text))
    claims: list[int] = []
    page.on("response", lambda response: "/me/claim" in response.url and claims.append(response.status))
    page.goto("/")
    page.evaluate("localStorage.setItem('judge.user', 'anon-' + '0'.repeat(32))")
    sign_up(page, "dora")
    page.wait_for_function("localStorage.getItem('judge.user') === null")
    assert claims == [404]
    expect(page.locator("#notice")).to_be_hidden()
    # Only the browser's own line about the 404 response, nothing from the page.
    assert [text for text in console if "Failed to load resource" not in text] == []
    sign_in(page, "dora")  # signing in again does not ask again
    assert claims == [404]
