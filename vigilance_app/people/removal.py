"""Erasing one person's rows for good, with nothing left to read afterwards.

Everything goes in one transaction on one connection with ``PRAGMA secure_delete`` on, so the
freed pages are overwritten with zeros rather than left as free space that still holds the
old text (the store is encrypted, but a copy of the key would read it again). The full-text
index is contentless: a delete there only marks the row as gone and leaves its words in the
index's segments until they are merged, so the index is merged at once (FTS5 ``optimize``,
which rewrites it without the deleted rows; seconds on a very large journal, and removing a
person is rare). After the commit the write-ahead log, which holds earlier images of the
same pages, is checkpointed and truncated.

Rows are deleted table by table, children first, rather than trusting ``ON DELETE CASCADE``
alone: the links from plan runs and reviews to journal entries are plain integers.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vigilance_app.store.store import Store

ACTIVE_PROFILE = "active_profile_id"
PERSON_UID_PREFIX = "person_uid:"  # app_state: the person's identity across handovers
NOTIFIED_KEY = "reviews_notified"  # app_state: reminders already announced ("account@date")

# Children before parents (the deletion order).
_ENTRY_CHILDREN = ("journal_identifiers", "journal_flags", "journal_reactions",
                   "journal_disclosed", "journal_reports", "journal_attachments",
                   "journal_tags", "journal_texts")
_ACCOUNT_CHILDREN = ("account_reviews", "review_snoozes")
_PROFILE_TABLES = ("journal_entries", "accounts", "plan_runs", "breach_notices",
                   "heightened_periods")


@dataclass(frozen=True)
class RemovalSummary:
    """How much of a person there is (a preview) or was (after removal)."""

    entries: int
    accounts: int
    reviews: int
    plans: int
    breach_notices: int
    heightened_periods: int


def _marks(items: Sequence[Any]) -> str:
    return ",".join("?" * len(items))


def _chunks(items: Sequence[int], size: int = 500) -> Iterator[tuple[int, ...]]:
    for i in range(0, len(items), size):
        yield tuple(items[i:i + size])


def _ids(conn: Any, sql: str, params: Sequence[Any]) -> list[int]:
    return [int(r[0]) for r in conn.execute(sql, tuple(params)).fetchall()]


def _owned(conn: Any, person_id: int) -> tuple[list[int], list[int], list[int]]:
    entries = _ids(conn, "SELECT id FROM journal_entries WHERE profile_id = ?", (person_id,))
    accounts = _ids(conn, "SELECT id FROM accounts WHERE profile_id = ?", (person_id,))
    runs = _ids(conn, "SELECT id FROM plan_runs WHERE profile_id = ?", (person_id,))
    return entries, accounts, runs


def _count(conn: Any, sql: str, params: Sequence[Any]) -> int:
    return int(conn.execute(sql, tuple(params)).fetchall()[0][0])


def _summary(conn: Any, person_id: int) -> RemovalSummary:
    return RemovalSummary(
        entries=_count(conn, "SELECT count(*) FROM journal_entries WHERE profile_id = ? "
                             "AND deleted_at IS NULL", (person_id,)),
        accounts=_count(conn, "SELECT count(*) FROM accounts WHERE profile_id = ?",
                        (person_id,)),
        reviews=_count(conn, "SELECT count(*) FROM account_reviews r JOIN accounts a "
                             "ON a.id = r.account_id WHERE a.profile_id = ?", (person_id,)),
        plans=_count(conn, "SELECT count(*) FROM plan_runs WHERE profile_id = ?", (person_id,)),
        breach_notices=_count(conn, "SELECT count(*) FROM breach_notices WHERE profile_id = ?",
                              (person_id,)),
        heightened_periods=_count(conn, "SELECT count(*) FROM heightened_periods "
                                        "WHERE profile_id = ?", (person_id,)),
    )


def count_rows(store: Store, person_id: int) -> RemovalSummary:
    return _summary(store.reader, person_id)


@contextlib.contextmanager
def _transaction(store: Store) -> Iterator[Any]:
    """The sqlcipher3 connection of one store session's transaction (committed on success,
    rolled back on error, counted like every other commit), with ``secure_delete`` on."""
    with store.sessions.begin() as session:
        conn = session.connection().connection.dbapi_connection
        before = conn.execute("PRAGMA secure_delete").fetchall()[0][0]
        conn.execute("PRAGMA secure_delete = ON").fetchall()
        try:
            yield conn
        finally:
            with contextlib.suppress(Exception):
                conn.execute(f"PRAGMA secure_delete = {int(before)}").fetchall()


def _checkpoint(store: Store) -> None:
    """Earlier images of the erased pages sit in the write-ahead log: fold it back into the
    (now zeroed) pages and empty it. Best effort: another reader may still hold it."""
    raw = store.engine.raw_connection()
    try:
        with contextlib.suppress(Exception):
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()


def _prune_notified(conn: Any, accounts: Sequence[int]) -> None:
    rows = conn.execute("SELECT value FROM app_state WHERE key = ?", (NOTIFIED_KEY,)).fetchall()
    if not rows or not accounts:
        return
    try:
        keys = json.loads(rows[0][0])
    except (TypeError, ValueError):
        keys = []
    gone = {str(a) for a in accounts}
    kept = [k for k in keys if isinstance(k, str) and k.partition("@")[0] not in gone] \
        if isinstance(keys, list) else []
    conn.execute("UPDATE app_state SET value = ? WHERE key = ?",
                 (json.dumps(sorted(kept)), NOTIFIED_KEY))


def erase_person_rows(store: Store, person_id: int) -> RemovalSummary:
    """Delete every row of ``person_id`` (see the module docstring); returns what was there.

    If the person was the active one, the first other person becomes active in the same
    transaction."""
    with _transaction(store) as conn:
        summary = _summary(conn, person_id)
        entries, accounts, runs = _owned(conn, person_id)
        for chunk in _chunks(entries):
            conn.execute(f"DELETE FROM journal_fts WHERE rowid IN ({_marks(chunk)})", chunk)
            for table in _ENTRY_CHILDREN:
                conn.execute(f"DELETE FROM {table} WHERE entry_id IN ({_marks(chunk)})", chunk)
        if entries:
            conn.execute("INSERT INTO journal_fts(journal_fts) VALUES ('optimize')")
        for chunk in _chunks(accounts):
            for table in _ACCOUNT_CHILDREN:
                conn.execute(f"DELETE FROM {table} WHERE account_id IN ({_marks(chunk)})",
                             chunk)
        for chunk in _chunks(runs):
            conn.execute(f"DELETE FROM plan_step_ticks WHERE run_id IN ({_marks(chunk)})",
                         chunk)
        for table in _PROFILE_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE profile_id = ?", (person_id,))
        _prune_notified(conn, accounts)
        conn.execute("DELETE FROM app_state WHERE key = ?", (f"{PERSON_UID_PREFIX}{person_id}",))
        _hand_over_active(conn, person_id)
        conn.execute("DELETE FROM profiles WHERE id = ?", (person_id,))
    _checkpoint(store)
    return summary


def _hand_over_active(conn: Any, person_id: int) -> None:
    active = conn.execute("SELECT value FROM app_state WHERE key = ?",
                          (ACTIVE_PROFILE,)).fetchall()
    if not active or str(active[0][0]) != str(person_id):
        return
    other = conn.execute("SELECT id FROM profiles WHERE id != ? ORDER BY id LIMIT 1",
                         (person_id,)).fetchall()
    if other:
        conn.execute("UPDATE app_state SET value = ? WHERE key = ?",
                     (str(other[0][0]), ACTIVE_PROFILE))
    else:
        conn.execute("DELETE FROM app_state WHERE key = ?", (ACTIVE_PROFILE,))
