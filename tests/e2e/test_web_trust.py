"""The editor a candidate can trust (issue 13), in a real browser (Debian's Chromium through
Playwright) against a live `judge serve`: Run judges the samples as Submit does and shows a
failing sample whole (input, expected, output, traceback), a hidden failure shows only its place,
custom input is checked before it runs, the list searches, sorts, filters by progress and picks a
random unsolved problem, statements typeset their math, and every page works on a phone. At
1400×900, 1280×720, 390×844 and 360×740; screenshots go to test-artifacts/trust-*-<size>.png."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, FloatRect, Locator, Page, Route, expect

from tests.e2e.conftest import PROBLEMS
from tests.e2e.live import problems_folder, serve

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
USER = "trusting"
PASSWORD = "correct horse battery"
WIDE = {"width": 1400, "height": 900}
LAPTOP = {"width": 1280, "height": 720}
PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 360, "height": 740}
JUDGED = 60_000  # ms: a submission or a run, judged for real

# group-anagrams compares with any_order_deep: these groups, in another order than the
# expected answer's (and each group reversed), are right.
ANAGRAMS_REORDERED = """class Solution:
    def groupAnagrams(self, words):
        families = {}
        for word in words:
            families.setdefault("".join(sorted(word)), []).append(word)
        return [sorted(group, reverse=True) for group in reversed(list(families.values()))]
"""
# Wrong on the first two samples (with a debug print), a crash on the third.
ANAGRAMS_BROKEN = """class Solution:
    def groupAnagrams(self, words):
        if "x" in words:
            return 1 // 0
        print("debugging", len(words))
        return [[word] for word in words]
"""
BROKEN_CPP = "#include <iostream>\nint main() {\n    long long a = undeclared;\n    std::cout << a;\n}\n"
MATH_STATEMENT = r"""# Math Statement

Read $n$ numbers, where $1 \le n \le 10^5$.

$$a_i = 2^{i} \cdot \sum_{j=1}^{n} b_j$$

Each $a_i$ fits in a $64$-bit integer.
"""
DOLLARS_STATEMENT = """A ticket costs $5 and a meal $10, so the day costs 15 dollars.

Print it with `echo $HOME` or with this:

```
total=$((a + b)) # $x$ stays as typed
```
"""
KATTIS_STATEMENT = r"""\problemname{Halving}
Read an even number $n$ and print $\frac{n}{2}$.

\section*{Input}
One line with $n$ ($2 \le n \le 10^9$).

\section*{Output}
The number $n/2$.
"""


def sum_of_two_samples() -> set[tuple[int, int]]:
    pairs = set()
    for path in sorted((PROBLEMS / "sum-of-two" / "tests" / "sample").glob("*.in")):
        a, b = path.read_text().split()
        pairs.add((int(a), int(b)))
    return pairs


# Right on the samples only: a hidden test fails.
SAMPLES_ONLY = f"""a, b = map(int, input().split())
print(a + b if (a, b) in {sorted(sum_of_two_samples())!r} else a + b + 1)
"""


def native_problem(folder: Path, slug: str, title: str, statement: str) -> Path:
    package = folder / slug
    (package / "tests" / "sample").mkdir(parents=True)
    (package / "tests" / "hidden").mkdir()
    (package / "problem.yaml").write_text(f"title: {title}\ndifficulty: easy\ntags: [math]\n")
    (package / "statement.md").write_text(statement)
    (package / "tests" / "sample" / "01.in").write_text("1 2\n")
    (package / "tests" / "sample" / "01.ans").write_text("3\n")
    (package / "tests" / "hidden" / "01.in").write_text("2 2\n")
    (package / "tests" / "hidden" / "01.ans").write_text("4\n")
    return package


def kattis_problem(folder: Path) -> Path:
    package = folder / "halving"
    (package / "problem_statement").mkdir(parents=True)
    (package / "problem_statement" / "problem.en.tex").write_text(KATTIS_STATEMENT)
    (package / "problem.yaml").write_text("name:\n  en: Halving\nkeywords: [math]\n")
    for kind, n in [("sample", 4), ("secret", 10)]:
        (package / "data" / kind).mkdir(parents=True)
        (package / "data" / kind / "01.in").write_text(f"{n}\n")
        (package / "data" / kind / "01.ans").write_text(f"{n // 2}\n")
    return package


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("trust")
    extra = tmp_path_factory.mktemp("packages")
    packages = {
        "math-statement": native_problem(extra, "math-statement", "Math Statement", MATH_STATEMENT),
        "dollar-signs": native_problem(extra, "dollar-signs", "Dollar Signs", DOLLARS_STATEMENT),
        "halving": kattis_problem(extra),
    }
    problems = problems_folder(folder, PROBLEMS, packages)
    # Every sign-in comes from 127.0.0.1: the default 10 a minute would be used up by the tests.
    with serve(folder, problems, "local", env={"JUDGE_SIGN_INS_PER_MINUTE": "1000"}) as url:
        yield url


@pytest.fixture(scope="module")
def signed_in_state(browser: Browser, base_url: str) -> dict[str, Any]:
    """The candidate, signed up once in the page: the session cookie every signed-in page starts with."""
    context = browser.new_context(base_url=base_url, viewport=WIDE)
    page = context.new_page()
    page.goto("/#/signup")
    form = page.locator("form.auth-form")
    form.get_by_label("Name", exact=True).fill(USER)
    form.get_by_label("Password", exact=True).fill(PASSWORD)
    form.locator("button[type=submit]").click()
    expect(page.locator("#account .user-name")).to_have_text(USER)
    state = context.storage_state()
    context.close()
    return state  # type: ignore[return-value]


@pytest.fixture
def open_page(browser: Browser, base_url: str, signed_in_state: dict[str, Any]) -> Iterator[Callable[..., Page]]:
    """A page in a browser context of its own: signed in as the candidate unless told otherwise,
    at a viewport; no script error may happen on it."""
    contexts: list[BrowserContext] = []
    errors: list[str] = []

    def make(viewport: dict[str, int] = WIDE, signed_in: bool = True) -> Page:
        state = signed_in_state if signed_in else None
        context = browser.new_context(base_url=base_url, viewport=viewport, storage_state=state)  # type: ignore[arg-type]
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        return page

    yield make
    for context in contexts:
        context.close()
    assert errors == []


def size(viewport: dict[str, int]) -> str:
    return f"{viewport['width']}x{viewport['height']}"


def shot(page: Page, name: str, viewport: dict[str, int], full_page: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"trust-{name}-{size(viewport)}.png", full_page=full_page)


def type_code(page: Page, code: str) -> None:
    page.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)


def open_problem(page: Page, slug: str, language: str | None = "python") -> None:
    """Opens a problem's page, and waits for it (not the page before it, still shown while it loads)."""
    page.goto(f"/#/problems/{slug}")
    expect(page.locator(f'.problem-page[data-slug="{slug}"]')).to_be_visible()
    if language is not None:
        page.locator('select[aria-label="Language"]').select_option(language)


def no_sideways_scroll(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )


def result_pane(page: Page) -> Locator:
    return page.locator(".pane[data-pane='result']")


def box(locator: Locator) -> FloatRect:
    found = locator.bounding_box()
    assert found is not None
    return found


# --- Run and Submit agree; failures shown whole -----------------------------------------------


def test_run_and_submit_agree_on_groups_in_another_order(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE)
    open_problem(page, "group-anagrams")
    expect(page.locator(".signature-notes")).to_contain_text(
        "Neither the order of the groups nor the order inside each group matters."
    )
    type_code(page, ANAGRAMS_REORDERED)
    page.locator("button.run").click()
    summary = page.locator(".run-summary")
    expect(summary).to_have_text(re.compile(r"All 3 samples passed"), timeout=JUDGED)
    blocks = page.locator(".run-block")
    expect(blocks).to_have_count(3)
    for block in blocks.all():
        expect(block).to_have_attribute("data-verdict", "AC")
        expect(block.locator(".verdict")).to_have_text("Accepted")
    shot(page, "run-accepted", WIDE)

    page.locator("button.submit").click()
    final = result_pane(page).locator(".verdict-big")
    expect(final).to_contain_text("Accepted", timeout=JUDGED)
    expect(final).to_contain_text(re.compile(r"(\d+) of \1 tests"))
    for row in result_pane(page).locator(".test-row").all():
        expect(row).to_have_attribute("data-verdict", "AC")
    shot(page, "submit-accepted", WIDE)


def test_a_failing_sample_shows_input_expected_output_and_traceback(open_page: Callable[..., Page]) -> None:
    page = open_page(LAPTOP)
    open_problem(page, "group-anagrams")
    type_code(page, ANAGRAMS_BROKEN)
    page.keyboard.press("Control+Enter")  # from inside the editor
    summary = page.locator(".run-summary")
    expect(summary).to_have_text("3 of 3 samples failed.", timeout=JUDGED)
    expect(summary).to_be_in_viewport()  # at 1280×720 the result shows without hunting for it
    verdicts = [block.get_attribute("data-verdict") for block in page.locator(".run-block").all()]
    assert verdicts == ["WA", "WA", "RE"]

    wrong = page.locator(".run-block").nth(0)
    expect(wrong.locator(".io", has_text="Input").locator("pre")).to_contain_text('"stale"')
    expect(wrong.locator(".io", has_text="Expected").locator("pre")).to_contain_text('[["stale","least","slate"]')
    expect(wrong.locator(".io", has_text="Returned").locator("pre")).to_contain_text('["stale"]')
    expect(wrong.locator(".io", has_text="Printed").locator("pre")).to_contain_text("debugging 7")
    crashed = page.locator(".run-block").nth(2)
    expect(crashed.locator(".verdict")).to_have_text("Runtime Error")
    stderr = crashed.locator(".io.stderr pre")
    expect(stderr).to_contain_text("ZeroDivisionError")
    expect(stderr).to_contain_text("Traceback")
    expect(crashed.locator(".io", has_text="Expected").locator("pre")).to_contain_text('[["x","x","x"]]')
    shot(page, "run-failed", LAPTOP)

    # Submit stops at the first failing test, a sample: shown whole as well.
    page.locator("body").click(position={"x": 5, "y": 5})  # focus outside the editor
    page.keyboard.press("Control+Shift+Enter")
    final = result_pane(page).locator(".verdict-big")
    expect(final).to_contain_text("Wrong Answer on test 1 (sample)", timeout=JUDGED)
    expect(final).to_contain_text("passed 0 of")
    failure = result_pane(page).locator(".failure")
    expect(failure.locator(".io", has_text="Expected").locator("pre")).to_contain_text('[["stale","least","slate"]')
    expect(failure.locator(".io", has_text="Returned").locator("pre")).to_contain_text('["stale"]')
    expect(final).to_be_in_viewport()
    shot(page, "submit-failed-sample", LAPTOP)


def test_a_hidden_failure_shows_its_place_and_nothing_of_its_data(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE)
    open_problem(page, "sum-of-two")
    type_code(page, SAMPLES_ONLY)
    page.locator("button.run").click()
    expect(page.locator(".run-summary")).to_have_text(re.compile("All 2 samples passed"), timeout=JUDGED)
    page.locator("button.submit").click()
    final = result_pane(page).locator(".verdict-big")
    expect(final).to_contain_text("Wrong Answer on test", timeout=JUDGED)
    text = final.text_content() or ""
    found = re.search(r"Wrong Answer on test (\d+) \(hidden\)\s*— passed (\d+) of (\d+)", text)
    assert found, text
    failed, passed, total = map(int, found.groups())
    assert passed == failed - 1 and total > failed
    expect(result_pane(page).locator(".failure.hidden-test")).to_contain_text(
        f"Test {failed} is hidden: its input and expected answer are not shown."
    )
    expect(result_pane(page).locator(".failure .io")).to_have_count(0)
    expect(result_pane(page).locator(".test-row")).to_have_count(failed)
    shot(page, "submit-hidden-failure", WIDE)


def test_a_compilation_error_is_said_once_without_placeholders(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE)
    open_problem(page, "sum-of-two", "cpp")
    type_code(page, BROKEN_CPP)
    page.locator("button.submit").click()
    pane = result_pane(page)
    expect(pane.locator(".verdict-big")).to_have_text("Compilation Error", timeout=JUDGED)
    expect(pane.locator(".compile-output .error-line").first).to_contain_text("main.cpp:3")
    expect(pane.locator("table.tests")).to_be_hidden()  # no empty table header
    text = pane.inner_text()
    assert text.count("Compilation Error") == 1 and "null" not in text and "– · –" not in text, text
    page.locator("button.run").click()  # Run says it too, once
    run = page.locator(".pane[data-pane='run']")
    expect(run.locator(".verdict-big")).to_have_text("Compilation Error", timeout=JUDGED)
    expect(run.locator(".compile-output")).to_contain_text("undeclared")


def test_custom_input_is_checked_against_the_signature(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE)
    open_problem(page, "group-anagrams")
    type_code(page, ANAGRAMS_REORDERED)
    page.locator("#custom-toggle").check()
    page.locator("textarea.custom-input").fill("[1,2")
    page.locator("button.run").click()
    error = page.locator(".input-error")
    expect(error).to_contain_text("words (line 1) is not valid JSON", timeout=JUDGED)
    expect(page.locator("textarea.custom-input")).to_have_attribute("aria-invalid", "")
    expect(page.locator(".run-block")).to_have_count(0)  # nothing ran: no runtime error
    shot(page, "custom-input-error", WIDE)

    page.locator("textarea.custom-input").fill('["ab","ba","c"]\n')
    expect(error).to_be_hidden()  # typing clears it
    page.locator("button.run").click()
    block = page.locator(".run-block.custom")
    expect(block).to_contain_text("Ran", timeout=JUDGED)
    expect(block.locator(".io", has_text="Returned").locator("pre")).to_contain_text('["c"]')


# --- the problem list -----------------------------------------------------------------------


def rows(page: Page) -> list[str]:
    settled(page)
    return [row.get_attribute("data-slug") or "" for row in page.locator(".problem-row").all()]


def settled(page: Page) -> None:
    """The list answers the last change of its filters (it asks the server)."""
    expect(page.locator(".results")).not_to_have_attribute("aria-busy", "true")


def test_search_words_in_tags_and_statements(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE, signed_in=False)
    refused: list[str] = []
    page.on("response", lambda response: response.status == 401 and refused.append(response.url))
    page.goto("/")
    expect(page.locator(".problem-row").first).to_be_visible()
    total = len(rows(page))
    expect(page.locator('select[aria-label="Status"]')).to_have_count(0)  # a visitor has no progress
    page.keyboard.press("/")
    search = page.get_by_label("Search problems")
    expect(search).to_be_focused()
    page.keyboard.type("linked list")
    expect(page).to_have_url(re.compile(r"q=linked\+list"))
    expect(page.locator('.problem-row[data-slug="reverse-linked-list"]')).to_be_visible()
    expect(page.locator(".shown")).not_to_have_text(f"{total} of {total} problems")
    assert 3 <= len(rows(page)) < total

    search.fill("magazine")  # a word of group-anagrams' statement only
    settled(page)
    expect(page.locator('.problem-row[data-slug="group-anagrams"]')).to_be_visible()
    assert "magazine" not in (page.locator(".problem-row").first.text_content() or "").lower()

    search.fill("no such words anywhere")
    expect(page.locator(".empty")).to_contain_text("No problem matches “no such words anywhere”")
    expect(page.locator("table.problems")).to_have_count(0)  # no bare table header
    page.locator(".empty button").click()
    expect(page.locator(".problem-row")).to_have_count(total)
    assert refused == []


def test_sort_difficulty_topic_counts_and_acceptance(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE)
    page.goto("/")
    expect(page.locator(".problem-row").first).to_be_visible()
    titles = [t.lower() for t in page.locator(".problem-row td.title").all_text_contents()]
    assert titles == sorted(titles)  # by title by default
    page.locator('select[aria-label="Difficulty"]').select_option(label="Hard")
    settled(page)
    for level in page.locator(".problem-row .difficulty").all():
        expect(level).to_have_text("Hard")  # the same word as in the filter
    # The topic counts follow the difficulty.
    hard = page.evaluate("fetch('/api/v1/problems?difficulty=hard').then(r => r.json())")["items"]
    graphs = sum("graphs" in p["tags"] for p in hard)
    expect(page.locator('.chip[data-tag="graphs"] .count')).to_have_text(str(graphs))
    page.locator('select[aria-label="Difficulty"]').select_option("")

    page.locator('select[aria-label="Sort by"]').select_option("difficulty")
    settled(page)
    expect(page.locator(".problem-row .difficulty").first).to_have_text("Easy")
    expect(page.locator(".problem-row .difficulty").last).to_have_text("Hard")
    page.locator('select[aria-label="Sort by"]').select_option("acceptance")
    expect(page).to_have_url(re.compile(r"sort=acceptance"))
    settled(page)
    cells = page.locator(".problem-row td.acceptance").all_text_contents()
    assert all(re.fullmatch(r"\d+%|–", cell) for cell in cells), cells
    # Highest first, then the problems nobody submitted yet (the server counts every 30 s).
    rated = [int(cell.rstrip("%")) for cell in cells if cell != "–"]
    assert rated == sorted(rated, reverse=True) and cells[len(rated) :] == ["–"] * (len(cells) - len(rated))
    shot(page, "list-sorted", WIDE)


def test_status_filter_and_a_random_unsolved_problem(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE)
    page.goto("/")
    expect(page.locator(".problem-row").first).to_be_visible()
    summary = re.match(r"(\d+) solved", page.locator(".progress-summary").text_content() or "")
    assert summary
    solved_count = int(summary.group(1))
    page.locator('select[aria-label="Status"]').select_option("solved")
    expect(page).to_have_url(re.compile(r"status=solved"))
    settled(page)
    if solved_count:
        expect(page.locator(".problem-row")).to_have_count(solved_count)
        expect(page.locator(".problem-row .solved")).to_have_count(solved_count)
    else:
        expect(page.locator(".empty")).to_contain_text("No problem matches these filters.")
    page.locator('select[aria-label="Status"]').select_option("unsolved")
    settled(page)
    expect(page.locator(".problem-row").first).to_be_visible()
    expect(page.locator(".problem-row .solved")).to_have_count(0)
    unsolved = set(rows(page))
    page.locator('select[aria-label="Status"]').select_option("")

    page.get_by_role("button", name="Random unsolved problem").click()
    expect(page).to_have_url(re.compile(r"#/problems/[a-z0-9-]+$"))
    assert page.url.rsplit("/", 1)[1] in unsolved
    expect(page.locator(".statement > h1")).to_be_visible()

    # Nothing left to pick: said so.
    page.goto("/")
    page.route(
        lambda url: "/api/v1/problems/random" in url,
        lambda route: route.fulfill(status=404, json={"detail": "no problem matches these filters"}),
    )
    page.get_by_role("button", name="Random unsolved problem").click()
    expect(page.locator(".random-message")).to_have_text("You solved every problem: none is left unsolved.")


def test_opening_a_problem_from_far_down_the_list_starts_at_the_top(open_page: Callable[..., Page]) -> None:
    page = open_page(PHONE)  # where a problem's page is taller than the screen
    page.goto("/")
    last = page.locator(".problem-row a").last
    last.scroll_into_view_if_needed()
    assert page.evaluate("window.scrollY") > 500
    last.click()
    expect(page.locator(".statement > h1")).to_be_visible()
    assert page.evaluate("window.scrollY") == 0


# --- statements -----------------------------------------------------------------------------


def test_math_is_typeset_and_dollars_elsewhere_stay(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE, signed_in=False)
    open_problem(page, "math-statement", None)
    markdown = page.locator(".statement .markdown")
    expect(markdown.locator(".katex").first).to_be_visible()
    assert markdown.locator(".katex").count() >= 5
    expect(markdown.locator(".katex-display")).to_have_count(1)
    assert "$" not in markdown.inner_text()
    assert "$" not in (markdown.text_content() or "")
    # "# Math Statement" repeats the title: shown once.
    expect(page.locator(".statement h1")).to_have_count(1)
    expect(page.get_by_text("Math Statement", exact=True)).to_have_count(1)
    # KaTeX's fonts came with the page (no network, no CSP complaint).
    fonts = page.evaluate(
        "document.fonts.ready.then(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family))"
    )
    assert any("KaTeX" in family for family in fonts), fonts
    shot(page, "math", WIDE)

    open_problem(page, "dollar-signs", None)
    markdown = page.locator(".statement .markdown")
    expect(markdown).to_contain_text("A ticket costs $5 and a meal $10, so the day costs 15 dollars.")
    expect(markdown.locator("code", has_text="echo $HOME")).to_have_count(1)
    expect(markdown.locator("pre")).to_contain_text("total=$((a + b)) # $x$ stays as typed")
    expect(markdown.locator(".katex")).to_have_count(0)

    open_problem(page, "halving", None)  # a Kattis statement in LaTeX
    markdown = page.locator(".statement .markdown")
    expect(markdown.locator("h2", has_text="Input")).to_be_visible()
    assert markdown.locator(".katex").count() >= 4
    text = markdown.inner_text()
    assert "$" not in text and "\\section" not in text and "\\problemname" not in text, text
    shot(page, "kattis-tex", WIDE)


def test_format_notes_and_hints_one_at_a_time(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE, signed_in=False)
    open_problem(page, "invert-binary-tree", None)
    expect(page.locator(".signature-notes")).to_contain_text("level by level")
    expect(page.locator(".signature-notes code", has_text="[1,null,2]")).to_be_visible()
    open_problem(page, "reverse-linked-list", None)
    expect(page.locator(".signature-notes")).to_contain_text("A linked list is written as its values in order")

    def with_hints(route: Route) -> None:
        problem = route.fetch().json()
        problem["hints"] = ["Add them: $a + b$.", "Mind negative numbers."]
        route.fulfill(json=problem)

    page.route("**/api/v1/problems/sum-of-two", with_hints)
    open_problem(page, "sum-of-two", None)
    hints = page.locator(".hints")
    expect(hints.locator(".hint")).to_have_count(0)
    hints.get_by_role("button", name="Show hint 1").click()
    expect(hints.locator(".hint")).to_have_count(1)
    expect(hints.locator(".hint .katex")).to_have_count(1)
    hints.get_by_role("button", name="Show hint 2").click()
    expect(hints.locator(".hint").nth(1)).to_have_text("Mind negative numbers.")
    expect(hints.locator("button")).to_have_count(0)


def test_an_unknown_problem_or_page_says_so(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE, signed_in=False)
    page.goto("/#/problems/no-such-problem")
    expect(page.locator("h1")).to_have_text("No such problem")
    expect(page.locator(".not-found")).not_to_contain_text("Something went wrong")
    expect(page).to_have_title("No such problem · judge")
    page.get_by_role("link", name="← Back to the problems").click()
    expect(page.locator(".problem-row").first).to_be_visible()
    page.goto("/#/Problems/Sum_Of_Two")
    expect(page.locator("h1")).to_have_text("No such page")


# --- the editor's rough edges ---------------------------------------------------------------


def test_reset_asks_and_can_be_undone(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE)
    open_problem(page, "sum-of-two")
    mine = "print(sum(map(int, input().split())))  # mine\n"
    type_code(page, mine)
    page.once("dialog", lambda dialog: dialog.dismiss())  # thought better of it
    page.locator("button.reset").click()
    expect(page.locator(".cm-content")).to_contain_text("# mine")
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("button.reset").click()
    expect(page.locator(".cm-content")).to_contain_text("def main()")
    expect(page.locator(".cm-content")).not_to_contain_text("# mine")
    toast = page.locator("#toast")
    expect(toast).to_contain_text("replaced by the starter code")
    shot(page, "reset-undo", WIDE)
    toast.get_by_role("button", name="Undo").click()
    expect(page.locator(".cm-content")).to_contain_text("# mine")
    expect(toast).to_be_hidden()
    page.reload()  # the draft is the restored code
    page.locator('select[aria-label="Language"]').select_option("python")
    expect(page.locator(".cm-content")).to_contain_text("# mine")


def test_shortcuts_work_page_wide_and_are_listed(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE)
    open_problem(page, "sum-of-two")
    type_code(page, "a, b = map(int, input().split())\nprint(a + b)\n")
    page.locator(".statement h1").click()  # focus outside the editor
    page.keyboard.press("Control+Enter")
    expect(page.locator(".run-summary")).to_have_text(re.compile("All 2 samples passed"), timeout=JUDGED)
    page.keyboard.press("?")
    help_box = page.locator("dialog.shortcuts-help")
    expect(help_box).to_be_visible()
    expect(help_box).to_contain_text("Ctrl/⌘ + Shift + Enter")
    shot(page, "shortcuts", WIDE)
    page.keyboard.press("Escape")
    expect(help_box).to_be_hidden()
    page.locator(".statement h1").click()
    page.keyboard.press("Control+Shift+Enter")
    expect(result_pane(page).locator(".verdict-big")).to_contain_text("Accepted", timeout=JUDGED)


def test_the_divider_resizes_and_is_remembered_and_the_editor_grows(open_page: Callable[..., Page]) -> None:
    page = open_page(WIDE)
    open_problem(page, "sum-of-two")
    statement = page.locator(".statement")
    before = box(statement)["width"]
    divider = box(page.locator(".divider"))
    page.mouse.move(divider["x"] + divider["width"] / 2, divider["y"] + 200)
    page.mouse.down()
    page.mouse.move(divider["x"] + 250, divider["y"] + 200, steps=5)
    page.mouse.up()
    after = box(statement)["width"]
    assert after > before + 200, (before, after)
    page.reload()
    expect(statement).to_be_visible()
    assert abs(box(statement)["width"] - after) < 4

    editor = page.locator(".editor .cm-editor")
    short = box(editor)["height"]
    type_code(page, "".join(f"x{i} = {i}\n" for i in range(60)))
    expect(page.locator(".cm-content")).to_contain_text("x59 = 59")
    tall = box(editor)["height"]
    assert tall > short + 500, (short, tall)  # it grew with the code: no scroll box of its own
    no_sideways_scroll(page)
    shot(page, "problem", WIDE)


# --- phones ---------------------------------------------------------------------------------


@pytest.mark.parametrize("viewport", [PHONE, SMALL_PHONE], ids=size)
def test_a_phone_can_browse_read_and_run(open_page: Callable[..., Page], viewport: dict[str, int]) -> None:
    page = open_page(viewport)
    page.goto("/")
    expect(page.locator(".problem-row").first).to_be_visible()
    no_sideways_scroll(page)
    shot(page, "list", viewport)
    page.get_by_label("Search problems").fill("anagram")
    settled(page)
    expect(page.locator('.problem-row[data-slug="group-anagrams"]')).to_be_visible()
    no_sideways_scroll(page)
    page.locator('.problem-row[data-slug="group-anagrams"] a').click()

    expect(page.locator(".statement > h1")).to_be_visible()
    no_sideways_scroll(page)
    run = page.locator("button.run")
    submit = page.locator("button.submit")
    expect(run).to_be_in_viewport()
    expect(submit).to_be_in_viewport()
    shot(page, "problem", viewport)
    page.mouse.wheel(0, 3000)  # far down the statement, the buttons are still there
    expect(run).to_be_in_viewport()
    assert page.evaluate("getComputedStyle(document.querySelector('.statement')).overflowY") == "visible"
    shot(page, "statement-scrolled", viewport)

    page.get_by_role("tab", name="Code").click()
    expect(page.locator(".cm-content")).to_be_visible()
    page.locator('select[aria-label="Language"]').select_option("python")
    type_code(page, ANAGRAMS_REORDERED)
    no_sideways_scroll(page)
    run.click()
    summary = page.locator(".run-summary")
    expect(summary).to_have_text(re.compile("All 3 samples passed"), timeout=JUDGED)
    expect(summary).to_be_in_viewport()
    no_sideways_scroll(page)
    shot(page, "run", viewport)
    submit.click()
    expect(result_pane(page).locator(".verdict-big")).to_contain_text("Accepted", timeout=JUDGED)
    no_sideways_scroll(page)
    shot(page, "submit", viewport)

    page.get_by_role("tab", name="Problem").click()  # and back to the statement
    expect(page.locator(".statement")).to_be_visible()
    for route, shown in [
        ("/#/account", ".account-page"),
        ("/#/signin", ".auth-page"),
        ("/#/problems/math-statement", '.problem-page[data-slug="math-statement"] .katex'),
    ]:
        page.goto(route)
        expect(page.locator(shown).first).to_be_visible()
        no_sideways_scroll(page)
        shot(page, route.strip("/#").replace("/", "-"), viewport)


def test_a_visitor_on_a_phone_is_offered_to_sign_in(open_page: Callable[..., Page]) -> None:
    page = open_page(SMALL_PHONE, signed_in=False)
    page.goto("/#/problems/sum-of-two")
    link = page.locator(".toolbar .sign-in-to-submit")
    expect(link).to_be_in_viewport()
    no_sideways_scroll(page)
    page.goto("/")
    expect(page.get_by_role("button", name="Random problem")).to_be_visible()
    no_sideways_scroll(page)
    shot(page, "list-visitor", SMALL_PHONE)


def test_the_layout_at_1280x720(open_page: Callable[..., Page]) -> None:
    page = open_page(LAPTOP)
    open_problem(page, "group-anagrams")
    no_sideways_scroll(page)
    # The page itself does not scroll: the statement and the workspace each do.
    assert page.evaluate("document.documentElement.scrollHeight <= window.innerHeight + 1")
    expect(page.locator(".panel .tabs")).to_be_in_viewport()
    expect(page.locator("button.submit")).to_be_in_viewport()
    shot(page, "problem", LAPTOP)


def test_page_answers_are_json_sentences(open_page: Callable[..., Page]) -> None:
    """The page shows the API's one-sentence `detail` as it is (no JSON, no field lists)."""
    page = open_page(WIDE)
    open_problem(page, "sum-of-two")

    def refuse(route: Route) -> None:
        body = {"detail": "source: String should have at least 1 character", "errors": [{"loc": ["body", "source"]}]}
        route.fulfill(status=422, content_type="application/json", body=json.dumps(body))

    page.route("**/api/v1/runs/samples", refuse)
    page.locator("button.run").click()
    expect(page.locator(".run-output .error")).to_have_text("source: String should have at least 1 character")
