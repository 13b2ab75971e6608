"""A count of committed write transactions kept outside the WAL, to notice lost commits.

SQLite keeps recent commits in the WAL file until a checkpoint copies them into the main
file: deleting or damaging the WAL silently takes them away, and the integrity check cannot
see it (what is left is a perfectly valid older database). Each write transaction therefore
increments the database's ``user_version`` (in its header, part of the same transaction),
and after the COMMIT the new value is written to a small sidecar file, authenticated with a
key derived from the data key so that a damaged file is not believed. At open, a database
whose count is behind the sidecar's has lost commits.

The sidecar is written without fsync: after a power cut it may be behind the database, which
is harmless (only a database *behind* the sidecar is reported); an unreadable sidecar is
ignored and rewritten at the next commit.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any

from vigilance_app.errors import CodedError

MAX_FILE_BYTES = 512
# Rows changed by each connection (by id: the driver's connections take neither attributes
# nor weak references) when its transaction began; every COMMIT follows a BEGIN on the same
# connection, which sets its entry again, so an id reused later never reads a stale value.
_changes_at_begin: dict[int, int] = {}


class MissingCommitsWarning(CodedError):
    """Not raised: kept on the open store (``Store.missing_commits``) for the window to show."""

    code = "entries_missing"

    def __init__(self, commits: int) -> None:
        self.commits = commits
        super().__init__(
            f"The last {commits} change(s) saved before Vigilance was last closed are missing "
            "from the store (a file beside it was deleted or damaged). Entries added recently "
            "may need to be added again.", params={"commits": commits})


def sidecar_path(database: Path) -> Path:
    return Path(f"{database}.commits")


def _mac_key(data_key: bytes) -> bytes:
    # HMAC-SHA256 as the key-derivation PRF (one block, a fixed label): the data key never
    # signs anything itself. The standard library's hmac keeps OpenSSL's bindings out of
    # the window's start-up, which opens the store before its first frame.
    return hmac.new(data_key, b"vigilance commit counter", hashlib.sha256).digest()


def _mac(data_key: bytes, count: int) -> str:
    return hmac.new(_mac_key(data_key), f"commits:{count}".encode(), hashlib.sha256).hexdigest()


# ---- the database side ------------------------------------------------------------------

def note_begin(dbapi_conn: Any) -> None:
    """Remember how many rows the connection had changed when the transaction began."""
    _changes_at_begin[id(dbapi_conn)] = dbapi_conn.total_changes


def bump(conn: Any) -> int:
    """Increment ``user_version`` inside the open transaction; return the new value."""
    count = int(conn.execute("PRAGMA user_version").fetchall()[0][0]) + 1
    conn.execute(f"PRAGMA user_version = {count}")
    return count


def bump_if_written(dbapi_conn: Any) -> int | None:
    """``bump`` when the transaction changed rows (a read-only one stays free of writes)."""
    start = _changes_at_begin.pop(id(dbapi_conn), None)
    if start is None or not dbapi_conn.in_transaction or dbapi_conn.total_changes == start:
        return None
    return bump(dbapi_conn)


def database_count(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchall()[0][0])


# ---- the sidecar ------------------------------------------------------------------------

def record(database: Path, data_key: bytes, count: int) -> None:
    """Write the sidecar after a commit; a failure (full disk) is not the commit's failure."""
    path = sidecar_path(database)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    data = json.dumps({"count": count, "mac": _mac(data_key, count)}).encode()
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def recorded(database: Path, data_key: bytes) -> int | None:
    """The authenticated count in the sidecar, or None (absent, damaged or not ours)."""
    from vigilance_app import safe_json

    try:
        data = safe_json.read(sidecar_path(database), MAX_FILE_BYTES, max_depth=1)
        count, mac = data["count"], data["mac"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if isinstance(count, bool) or not isinstance(count, int) or not isinstance(mac, str):
        return None
    return count if hmac.compare_digest(mac, _mac(data_key, count)) else None


def missing_commits(database: Path, data_key: bytes, conn: Any) -> int:
    """How many recorded commits the database lacks (0 when none, or when unknown)."""
    expected = recorded(database, data_key)
    if expected is None:
        return 0
    return max(0, expected - database_count(conn))


def acknowledge(database: Path, data_key: bytes, conn: Any) -> None:
    """Accept the database as it is (after telling the person): the warning stops."""
    record(database, data_key, database_count(conn))
