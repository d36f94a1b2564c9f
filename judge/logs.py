"""Logging for the judge's processes: text for a terminal, or JSON lines (JUDGE_LOG_FORMAT=json)
for a log pipeline. Every line written while a worker thread judges a submission carries that
submission's id (`submission_id`), so one grep follows a submission across hosts."""

from __future__ import annotations

import contextvars
import json
import logging
from datetime import UTC, datetime

current_submission: contextvars.ContextVar[int | None] = contextvars.ContextVar("current_submission", default=None)


class SubmissionFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.submission_id = current_submission.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "thread": record.threadName,
        }
        submission_id = getattr(record, "submission_id", None)
        if submission_id is not None:
            line["submission_id"] = submission_id
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        submission_id = getattr(record, "submission_id", None)
        return text if submission_id is None else f"{text} [submission {submission_id}]"


def setup_logging(format: str = "text", level: int = logging.INFO) -> None:
    handler = logging.StreamHandler()
    handler.addFilter(SubmissionFilter())
    handler.setFormatter(JsonFormatter() if format == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
