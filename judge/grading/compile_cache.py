"""Compiled artifacts by source hash: a resubmission of the same source skips the compiler.

In memory, least recently used first out, bounded in bytes; one per judge process. Entries hold
what a session needs to skip compiling: the compiler's verdict and output, and a tar of the
artifacts (the binary, Java's classes) that the next session unpacks. Interpreted languages cache
only the syntax check's result.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True)
class CachedCompile:
    ok: bool
    output: str
    artifacts: bytes


class CompileCache:
    def __init__(self, max_bytes: int = 256 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self.entries: OrderedDict[str, CachedCompile] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(language_id: str, command: list[str], source: str) -> str:
        digest = hashlib.sha256()
        for part in (language_id, "\0".join(command), source):
            digest.update(part.encode())
            digest.update(b"\xff")
        return digest.hexdigest()

    def get(self, key: str) -> CachedCompile | None:
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self.entries.move_to_end(key)
            self.hits += 1
            return entry

    def put(self, key: str, entry: CachedCompile) -> None:
        cost = len(entry.artifacts) + len(entry.output)
        if cost > self.max_bytes:
            return
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = entry
            self.size += cost
            while self.size > self.max_bytes:
                _, evicted = self.entries.popitem(last=False)
                self.size -= len(evicted.artifacts) + len(evicted.output)
