"""Resolved credentials, remembered for a few seconds: a token or session checked on every
request would cost a database round trip each (a third of what accepting a submission costs).

A credential this process revokes (sign-out, a revoked token) is forgotten at once; one revoked
through another gateway process stops working here within JUDGE_CREDENTIAL_CACHE_SECONDS. An
expiry is checked on every use, cached or not. Unknown secrets are remembered too (briefly, and
in a bounded table), so a flood of made-up tokens does not become a flood of queries."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Final

from judge.accounts.models import CredentialKind
from judge.accounts.service import Caller, resolve, secret_hash
from judge.db.base import utcnow
from judge.db.engine import Database


class Missing:
    pass


MISSING: Final = Missing()
MAX_ENTRIES = 10_000


class CredentialCache:
    def __init__(self, database: Database, ttl_seconds: float) -> None:
        self.database = database
        self.ttl = ttl_seconds
        self.entries: OrderedDict[tuple[str, str], tuple[Caller | None, float]] = OrderedDict()
        self.lock = threading.Lock()

    def cached(self, secret: str, kind: CredentialKind) -> Caller | None | Missing:
        """The caller (or None: signs nobody in) if known and fresh, else MISSING. No I/O."""
        if self.ttl <= 0:
            return MISSING
        key = (secret_hash(secret), kind.value)
        with self.lock:
            entry = self.entries.get(key)
            if entry is None or time.monotonic() - entry[1] > self.ttl:
                return MISSING
            caller = entry[0]
        if caller is not None and caller.expires_at is not None and caller.expires_at <= utcnow():
            return None
        return caller

    def load(self, secret: str, kind: CredentialKind) -> Caller | None:
        """From the database (blocking), remembered for next time."""
        with self.database.session() as session:
            caller = resolve(session, secret, kind)
        if self.ttl > 0:
            with self.lock:
                self.entries[(secret_hash(secret), kind.value)] = (caller, time.monotonic())
                self.entries.move_to_end((secret_hash(secret), kind.value))
                while len(self.entries) > MAX_ENTRIES:
                    self.entries.popitem(last=False)
        return caller

    def forget(self, credential_id: int) -> None:
        with self.lock:
            for key, (caller, _) in list(self.entries.items()):
                if caller is not None and caller.credential_id == credential_id:
                    del self.entries[key]
