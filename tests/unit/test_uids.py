"""Run uids are unique across judge processes on one host (a shared counter under flock)."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from judge.sandbox import uids


def allocate_many(path: Path) -> list[int]:
    return [uids.allocate(path) for _ in range(200)]


def test_processes_never_share_a_uid(tmp_path: Path) -> None:
    counter = tmp_path / "run-uids"
    with ProcessPoolExecutor(4) as pool:
        handed_out = [uid for batch in pool.map(allocate_many, [counter] * 4) for uid in batch]
    assert len(set(handed_out)) == 800
    assert min(handed_out) >= uids.FIRST_RUN_UID
