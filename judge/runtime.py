"""Everything a judge process holds once: settings, database, problems, sandbox, languages.

The gateway, the worker and `judge check` all start from a Runtime, so they see the same pieces."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from judge.accounts.cache import CredentialCache
from judge.db.engine import Database
from judge.grading.compile_cache import CompileCache
from judge.grading.grader import Grader, GradingLimits
from judge.languages.selftest import SelfTest, self_test_all
from judge.metrics import Metrics
from judge.notify import Notifier
from judge.plans.repository import PlanRepository
from judge.problems.repository import ProblemRepository
from judge.problems.stats import AcceptanceRates
from judge.quotas.limiter import Quotas
from judge.sandbox.base import Limits, Sandbox
from judge.settings import Settings
from judge.submissions.service import queue_depth

log = logging.getLogger(__name__)


def make_sandbox(settings: Settings) -> Sandbox:
    """The sandbox backend named by JUDGE_RUNNER; `auto` is docker when a daemon answers."""
    from judge.sandbox.docker import DockerSandbox, docker_available
    from judge.sandbox.local import LocalSandbox

    runner = settings.runner
    if runner == "auto":
        runner = "docker" if docker_available() else "local"
        log.info("JUDGE_RUNNER=auto: using the %s backend", runner)
    sandbox: Sandbox
    if runner == "docker":
        sandbox = DockerSandbox(
            pool_size=settings.pool_size,
            spare=settings.pool_spare,
            memory_mb=settings.docker_memory_mb,
            reuse=settings.runner_reuse,
        )
    else:
        sandbox = LocalSandbox(pool_size=settings.pool_size, spare=settings.pool_spare, reuse=settings.runner_reuse)
    accounting = sandbox.accounting()
    if accounting.startswith("approximate"):
        log.warning("sandbox %s: CPU and memory limits are APPROXIMATE: %s", sandbox.name, accounting)
    else:
        log.info("sandbox %s: %s", sandbox.name, accounting)
    return sandbox


def grading_limits(settings: Settings) -> GradingLimits:
    return GradingLimits(
        compile=Limits(
            cpu_ms=settings.compile_time_limit_ms,
            memory_kb=settings.compile_memory_limit_mb * 1024,
            wall_ms=2 * settings.compile_time_limit_ms,
            output_bytes=1024 * 1024,
            fsize_bytes=256 * 1024 * 1024,
            nproc=256,
        ),
        output_bytes=settings.output_limit_mb * 1024 * 1024,
    )


class QueueGauge:
    """The queue depth for backpressure, counted at most every `max_age` seconds: a COUNT per
    POST would cost more than the INSERT, and a limit a few submissions late is still a limit."""

    def __init__(self, max_age: float = 0.25) -> None:
        self.max_age = max_age
        self.value = 0
        self.counted_at = float("-inf")
        self.lock = threading.Lock()

    def is_full(self, session: Session, limit: int) -> bool:
        with self.lock:
            stale = time.monotonic() - self.counted_at > self.max_age
            # Counted afresh when the estimate is old or says full: refusing needs a real count.
            if stale or self.value >= limit:
                self.value = queue_depth(session=session)
                self.counted_at = time.monotonic()
            if self.value >= limit:
                return True
            self.value += 1  # this request's submission, until the next count
            return False


@dataclass
class Runtime:
    settings: Settings
    database: Database
    problems: ProblemRepository
    sandbox: Sandbox
    plans: PlanRepository = field(default_factory=lambda: PlanRepository({}))
    languages: dict[str, SelfTest] = field(default_factory=dict)
    notifier: Notifier = field(default_factory=Notifier)
    compile_cache: CompileCache = field(default_factory=CompileCache)

    def __post_init__(self) -> None:
        # "Run code" requests share the host's sandboxes with judging: at most pool_size at once.
        self.run_slots = threading.BoundedSemaphore(self.settings.pool_size)
        self.metrics = Metrics(self)
        self.queue_gauge = QueueGauge()
        self.quotas = Quotas(self.settings, self.database)
        self.credentials = CredentialCache(self.database, self.settings.credential_cache_seconds)
        self.acceptance = AcceptanceRates(self.database)

    @classmethod
    def start(cls, settings: Settings, *, sandbox: Sandbox | None = None, self_test: bool = True) -> Runtime:
        runtime = cls(
            settings=settings,
            database=Database(settings.database_url, pool_size=settings.db_pool_size or settings.pool_size + 10),
            problems=ProblemRepository.load(settings.problems_dir),
            sandbox=sandbox or make_sandbox(settings),
        )
        log.info("%d problems loaded from %s", len(runtime.problems.problems), settings.problems_dir)
        runtime.plans = PlanRepository.load(settings.plans_dir, runtime.problems.problems)
        log.info("%d study plans loaded from %s", len(runtime.plans.plans), settings.plans_dir)
        if runtime.database.url.startswith("postgresql"):
            runtime.connect_processes()
        if self_test:
            runtime.languages = self_test_all(
                runtime.sandbox,
                grading_limits(settings).compile,
                only=settings.enabled_languages,
                parallel=settings.pool_size,
            )
        return runtime

    @property
    def available_languages(self) -> dict[str, SelfTest]:
        return {name: result for name, result in self.languages.items() if result.ok}

    def grader(self) -> Grader:
        return Grader(self.sandbox, grading_limits(self.settings), self.compile_cache)

    def connect_processes(self) -> None:
        """LISTEN/NOTIFY: this process's workers and event streams wake on other processes' changes."""
        from judge.db.notifications import PostgresChannel

        channel = PostgresChannel(
            self.database, on_queue=self.notifier.wake_workers, on_submission=self.notifier.wake_streams
        )
        channel.start()
        self.notifier.channel = channel

    def close(self) -> None:
        if self.notifier.channel is not None:
            self.notifier.channel.stop()
        self.sandbox.close()
        self.database.dispose()
