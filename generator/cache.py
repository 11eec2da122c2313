"""Per-article results kept between runs, so that an article whose bytes, editorial data and code are unchanged is
not cleaned, extracted or tagged again.

The results live in one SQLite file in the docs folder (hidden from MkDocs, like the run cache), keyed by a digest
of everything a result is computed from: the stage's input as pickled, the generator's code, the editorial data and
the Python version. A run keeps only the entries it used, so the file follows the corpus instead of growing. A
missing, locked or damaged file is no error: the run computes everything and starts a new one.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import sqlite3
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

NAME = ".arsip-analysis.sqlite"
_BATCH = 500  # keys per SELECT: below SQLite's limit on bound parameters

log = logging.getLogger("arsip.cache")

class AnalysisCache:
    """get_many / put by key; save() writes what this run added and forgets what it did not use."""

    def __init__(self, path: Path | None, salt: str, memory: dict[str, Any] | None = None):
        """memory: results an earlier run in this process kept for this file and salt, unpickled, and where this
        run keeps its own (a long-lived process's, `pipeline.keep_warm`): a key is a digest of everything its result
        is computed from, so nothing kept there is stale."""
        self._salt = f"{salt}\0{sys.version_info[:2]}\0{pickle.HIGHEST_PROTOCOL}".encode()
        self._used: set[str] = set()
        self._new: dict[str, bytes] = {}
        self._db: sqlite3.Connection | None = None
        self._memory: dict[str, Any] | None = None
        if path is not None and path.parent.is_dir():
            self._db = self._open(path)
            if self._db is not None:
                self._memory = memory

    @property
    def enabled(self) -> bool:
        """Whether results are kept at all (not when there is no folder to keep them in)."""
        return self._db is not None

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection | None:
        for attempt in range(2):
            try:
                db = sqlite3.connect(path)
                db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
                db.execute("SELECT count(*) FROM results").fetchone()
                return db
            except sqlite3.Error as error:
                log.warning("arsip: analysis cache %s unusable (%s); starting a new one", path, error)
                if attempt == 0:
                    path.unlink(missing_ok=True)
        return None

    def key(self, stage: str, value: Any) -> str:
        """The digest of one stage's input: a result is reused only for the same input, code and data."""
        digest = hashlib.sha256(self._salt)
        digest.update(stage.encode() + b"\0")
        digest.update(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        return digest.hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, Any]:
        self._used.update(keys)
        found: dict[str, Any] = {}
        if self._db is None:
            return found
        memory = self._memory if self._memory is not None else {}
        found.update((key, memory[key]) for key in keys if key in memory)
        unique = sorted({key for key in keys if key not in found})
        try:
            for start in range(0, len(unique), _BATCH):
                batch = unique[start:start + _BATCH]
                rows = self._db.execute(f"SELECT key, value FROM results WHERE key IN ({','.join('?' * len(batch))})",
                                        batch)
                for key, value in rows:
                    found[key] = pickle.loads(value)
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as error:
            log.warning("arsip: analysis cache unreadable (%s); computing everything", error)
            memory.clear()
            return {}
        if self._memory is not None:
            self._memory.update(found)
        return found

    def results(self, keys: list[str], items: list, compute_missing: Callable[[list], Iterable]) -> list:
        """The result for each item, in order: kept under its key by an earlier run, else computed by
        compute_missing (given the items without a kept result, it yields theirs in order) and kept."""
        known = self.get_many(keys)
        fresh = iter(compute_missing([item for item, key in zip(items, keys) if key not in known]))
        found = []
        for key in keys:
            if key not in known:
                known[key] = next(fresh)
                self.put(key, known[key])
            found.append(known[key])
        return found

    def map(self, stage: str, key_of: Callable[[Any], Any], items: list, compute: Callable[[Any], Any]) -> Iterable:
        """compute(item) for each item, in order; kept under the key of (stage, key_of(item)), so an item whose
        key an earlier run saw is not computed again. Without a cache file, simply computed."""
        if not self.enabled:
            return map(compute, items)
        return self.results([self.key(stage, key_of(item)) for item in items], items,
                            lambda todo: map(compute, todo))

    def touch(self, keys: Iterable[str]) -> None:
        """Keep these entries (used by this run without being read)."""
        self._used.update(keys)

    def put(self, key: str, value: Any) -> None:
        self._used.add(key)
        if self._db is None:
            return
        self._new[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        if self._memory is not None:
            self._memory[key] = value
        if len(self._new) >= _BATCH:  # written as they come: a large corpus' results are not all held twice
            self._flush()

    def _flush(self) -> None:
        if self._db is None or not self._new:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?)", sorted(self._new.items()))
        except sqlite3.Error as error:
            log.warning("arsip: analysis cache not saved (%s)", error)
        self._new.clear()

    def save(self) -> None:
        """Add this run's new results and drop the entries it did not use."""
        if self._db is None:
            return
        self._flush()
        try:
            with self._db:
                self._db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
                self._db.execute("DELETE FROM used")
                self._db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in self._used))
                self._db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM used)")
        except sqlite3.Error as error:
            log.warning("arsip: analysis cache not saved (%s)", error)
        if self._memory is not None:
            for key in [key for key in self._memory if key not in self._used]:
                del self._memory[key]  # as the file: only what this run used

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
