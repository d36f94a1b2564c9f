"""How often each problem's submissions are accepted, read from the submissions table: the
acceptance rate the problem list shows. Counted for the whole table at most every `max_age`
seconds per process (browsing is the hottest route; a rate a few seconds old is still the rate)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from sqlalchemy import case, func, select

from judge.db.engine import Database
from judge.submissions.models import Status, Submission


@dataclass(frozen=True)
class ProblemStats:
    submissions: int  # judged ones, internal errors left out (the judge's fault, not the candidate's)
    accepted: int

    @property
    def acceptance(self) -> float | None:
        return self.accepted / self.submissions if self.submissions else None


class AcceptanceRates:
    def __init__(self, database: Database, max_age: float = 30.0) -> None:
        self.database = database
        self.max_age = max_age
        self.counted: dict[str, ProblemStats] = {}
        self.counted_at = float("-inf")
        self.lock = threading.Lock()

    def get(self) -> dict[str, ProblemStats]:
        with self.lock:
            if time.monotonic() - self.counted_at > self.max_age:
                self.counted = self.count()
                self.counted_at = time.monotonic()
            return self.counted

    def count(self) -> dict[str, ProblemStats]:
        accepted = func.sum(case((Submission.verdict == "AC", 1), else_=0))
        with self.database.session() as session:
            rows = session.execute(
                select(Submission.problem, func.count(), accepted)
                .where(Submission.status == Status.DONE.value, Submission.verdict != "IE")
                .group_by(Submission.problem)
            ).all()
        return {problem: ProblemStats(int(total), int(ok or 0)) for problem, total, ok in rows}
