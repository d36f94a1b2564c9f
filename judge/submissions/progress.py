"""A user's progress, made from their submissions alone: solved counts by difficulty and topic,
daily activity and streaks (UTC days), and a review queue.

The review schedule (spaced repetition): a solved problem comes back for review an interval after
it was solved. The first interval depends on how hard the first solve was: 7 days when it took 3
or more wrong submissions before the first accepted one, 14 days after 1–2, 30 days after none.
Each accepted submission made once the review is due counts as a review and doubles the interval
(7 → 14 → 28 …); an accepted one made before the review is due changes nothing. A problem is in the
queue from its due day on, the longest overdue first."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

STRUGGLED_AFTER = 3  # wrong submissions before the first accepted one that make a solve "hard"
FIRST_INTERVAL_DAYS = {"struggled": 7, "some": 14, "clean": 30}


@dataclass(frozen=True)
class Attempt:
    problem: str
    verdict: str | None
    at: datetime


@dataclass(frozen=True)
class Review:
    problem: str
    due: date
    reason: str


@dataclass
class Figures:
    status: dict[str, str] = field(default_factory=dict)
    activity: dict[date, tuple[int, int]] = field(default_factory=dict)  # day -> (submissions, accepted)
    current_streak: int = 0
    longest_streak: int = 0
    review: list[Review] = field(default_factory=list)


def first_interval(wrong_before: int) -> int:
    if wrong_before >= STRUGGLED_AFTER:
        return FIRST_INTERVAL_DAYS["struggled"]
    return FIRST_INTERVAL_DAYS["some"] if wrong_before else FIRST_INTERVAL_DAYS["clean"]


def review_of(problem: str, attempts: list[Attempt]) -> Review | None:
    """When `problem` is next due for review (None: never solved). `attempts` in time order."""
    accepted = [a for a in attempts if a.verdict == "AC"]
    if not accepted:
        return None
    wrong_before = sum(1 for a in attempts if a.at < accepted[0].at and a.verdict not in (None, "AC", "CE", "IE"))
    interval = first_interval(wrong_before)
    due = accepted[0].at.date() + timedelta(days=interval)
    reviews = 0
    for later in accepted[1:]:
        if later.at.date() >= due:
            reviews += 1
            interval *= 2
            due = later.at.date() + timedelta(days=interval)
    if reviews:
        reason = f"reviewed {reviews} time{'s' if reviews > 1 else ''}; next review after {interval} days"
    elif wrong_before >= STRUGGLED_AFTER:
        reason = f"solved after {wrong_before} wrong submissions; review after {interval} days"
    else:
        reason = f"solved {interval}+ days ago: review it"
    return Review(problem, due, reason)


def streaks(days: Iterable[date], today: date) -> tuple[int, int]:
    """(current, longest): runs of consecutive active days; the current one ends today or yesterday."""
    active = sorted(set(days))
    longest = run = 0
    previous = None
    for day in active:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = run if previous is not None and today - previous <= timedelta(days=1) else 0
    return current, longest


def figures(attempts: list[Attempt], today: date) -> Figures:
    """Everything the progress page shows, from the user's submissions in time order."""
    by_problem: dict[str, list[Attempt]] = defaultdict(list)
    submitted: Counter[date] = Counter()
    accepted: Counter[date] = Counter()
    for attempt in attempts:
        by_problem[attempt.problem].append(attempt)
        submitted[attempt.at.date()] += 1
        accepted[attempt.at.date()] += attempt.verdict == "AC"
    result = Figures()
    for problem, mine in by_problem.items():
        result.status[problem] = "solved" if any(a.verdict == "AC" for a in mine) else "attempted"
        review = review_of(problem, mine)
        if review is not None and review.due <= today:
            result.review.append(review)
    result.review.sort(key=lambda review: (review.due, review.problem))
    result.activity = {day: (submitted[day], accepted[day]) for day in sorted(submitted)}
    result.current_streak, result.longest_streak = streaks(submitted, today)
    return result
