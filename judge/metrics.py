"""Prometheus metrics (`GET /metrics`). What the database knows (queue depth, running
submissions, live worker leases, verdicts by language) is read at scrape time, so any gateway
reports the whole cluster; judging latencies are histograms of this process's workers, and pool
gauges describe this process's sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from judge.submissions.models import Status, Submission

if TYPE_CHECKING:
    from judge.runtime import Runtime

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300)


class DatabaseCollector(Collector):
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        now = datetime.now(UTC)
        with self.runtime.database.session() as session:
            by_status = dict(session.execute(select(Submission.status, func.count()).group_by(Submission.status)).all())
            leases = session.scalar(
                select(func.count()).where(Submission.status == Status.RUNNING.value, Submission.lease_expires_at > now)
            )
            done = session.execute(
                select(Submission.verdict, Submission.language, func.count())
                .where(Submission.status == Status.DONE.value)
                .group_by(Submission.verdict, Submission.language)
            ).all()
        yield GaugeMetricFamily(
            "judge_queue_depth", "Submissions waiting to be judged", value=by_status.get("queued", 0)
        )
        yield GaugeMetricFamily(
            "judge_submissions_running", "Submissions being judged now", value=by_status.get("running", 0)
        )
        yield GaugeMetricFamily("judge_worker_leases", "Unexpired worker leases on running submissions", value=leases)
        verdicts = CounterMetricFamily(
            "judge_submissions", "Judged submissions by verdict and language", labels=["verdict", "language"]
        )
        for verdict, language, count in done:
            verdicts.add_metric([verdict or "", language], count)
        yield verdicts
        yield GaugeMetricFamily(
            "judge_pool_size", "Submissions this process judges at once", value=self.runtime.settings.pool_size
        )
        idle = self.runtime.sandbox.idle()
        if idle is not None:
            yield GaugeMetricFamily("judge_pool_idle_containers", "Warm runner containers ready to judge", value=idle)
        stats = self.runtime.sandbox.stats()
        if stats is not None:
            yield CounterMetricFamily(
                "judge_pool_sandboxes_created", "Sandboxes (containers) this process started", value=stats["created"]
            )
            yield CounterMetricFamily(
                "judge_pool_resets", "Sandboxes reset between two submissions and reused", value=stats["resets"]
            )
            retired = CounterMetricFamily("judge_pool_retired", "Sandboxes retired, by reason", labels=["reason"])
            for reason, count in dict(stats["retired"]).items():  # type: ignore[call-overload]
                retired.add_metric([reason], count)
            yield retired


class Metrics:
    def __init__(self, runtime: Runtime) -> None:
        self.registry = CollectorRegistry()
        self.registry.register(DatabaseCollector(runtime))
        self.judging = Histogram(
            "judge_judging_seconds",
            "From a worker's claim to the stored verdict",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.latency = Histogram(
            "judge_submission_latency_seconds",
            "From submission to stored verdict (queue wait included)",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )

    def observe(self, *, created_at: datetime, claimed_at: datetime, finished_at: datetime) -> None:
        self.judging.observe(max(0.0, (finished_at - claimed_at).total_seconds()))
        self.latency.observe(max(0.0, (finished_at - created_at).total_seconds()))

    def render(self) -> bytes:
        return generate_latest(self.registry)
