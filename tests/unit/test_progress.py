"""A user's progress figures from a seeded history: the review schedule, streaks and activity."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from judge.submissions.progress import Attempt, figures, streaks

DAY0 = datetime(2026, 1, 1, 12, tzinfo=UTC)


def at(day: int, minute: int = 0) -> datetime:
    return DAY0 + timedelta(days=day, minutes=minute)


HISTORY = [
    Attempt("clean", "AC", at(0)),  # solved at once: back after 30 days
    *[Attempt("struggle", "WA", at(0, i)) for i in range(3)],
    Attempt("struggle", "CE", at(0, 5)),  # a compile error is not a wrong answer
    Attempt("struggle", "AC", at(1)),  # after 3 wrong: back after 7 days
    Attempt("reviewed", "AC", at(0, 9)),
    Attempt("reviewed", "AC", at(10)),  # before the review was due: changes nothing
    Attempt("reviewed", "AC", at(31)),  # a review: the interval doubles to 60
    Attempt("open", "WA", at(31, 1)),
]


def test_the_review_queue_follows_the_documented_schedule() -> None:
    made = figures(HISTORY, (DAY0 + timedelta(days=35)).date())
    assert made.status == {"clean": "solved", "struggle": "solved", "reviewed": "solved", "open": "attempted"}
    assert [(r.problem, r.due) for r in made.review] == [
        ("struggle", (DAY0 + timedelta(days=8)).date()),
        ("clean", (DAY0 + timedelta(days=30)).date()),
    ]
    assert made.review[0].reason == "solved after 3 wrong submissions; review after 7 days"
    later = figures(HISTORY, (DAY0 + timedelta(days=91)).date())
    assert [r.problem for r in later.review] == ["struggle", "clean", "reviewed"]
    assert later.review[2].reason == "reviewed 1 time; next review after 60 days"


def test_activity_counts_each_day_and_streaks_need_consecutive_days() -> None:
    made = figures(HISTORY, (DAY0 + timedelta(days=31)).date())
    assert made.activity[DAY0.date()] == (6, 2)
    assert made.activity[(DAY0 + timedelta(days=31)).date()] == (2, 1)
    assert (made.current_streak, made.longest_streak) == (1, 2)  # days 0-1, then 10, then 31
    days = [date(2026, 3, d) for d in (1, 2, 3, 5, 6)]
    assert streaks(days, date(2026, 3, 6)) == (2, 3)
    assert streaks(days, date(2026, 3, 7)) == (2, 3)  # yesterday still counts
    assert streaks(days, date(2026, 3, 8)) == (0, 3)
    assert streaks([], date(2026, 3, 8)) == (0, 0)
