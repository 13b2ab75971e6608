"""Salvage: copy what can still be read from a damaged store into a new one.

SQLCipher authenticates every page, so one flipped byte makes its page unreadable, and SQLite
then refuses any query that meets it. Each table is read in rowid order; when a read fails,
the rows that can still be reached are found by seeking past the unreadable part (an
exponential then binary search on the rowid: a seek that lands beyond the damaged page
succeeds), and a single unreadable row (a damaged overflow page) is skipped alone. Rows go
into a new store built by the real migrations at the damaged store's revision (migrated to
the latest at the next open); rows whose parent was lost are dropped, and the search index is
rebuilt. The damaged file is kept in ``set-aside/`` under a name that says so.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from vigilance_app.paths import DataPaths, ensure_private_dir
from vigilance_app.store.diskspace import disk_full_as_error
from vigilance_app.store.engine import key_pragma, quiet_cipher_log

MIN_ROWID = -(1 << 63)
MAX_ROWID = (1 << 63) - 1
SKIPPED = ("alembic_version",)


@dataclass(frozen=True)
class SalvageResult:
    entries_saved: int
    rows_saved: int
    damaged_parts: int  # unreadable stretches skipped (pages or single rows)
    set_aside: Path  # where the damaged file now is


def salvage_store(paths: DataPaths, data_key: bytes,
                  now: datetime | None = None) -> SalvageResult:
    """Replace the damaged store in ``paths`` by what can be read from it. The damaged files
    are moved aside, never deleted. Raise DiskFullError when the new store does not fit."""
    from vigilance_app.backup.restore import count_entries
    from vigilance_app.store import commit_counter
    from vigilance_app.store.store import Store

    moment = now or datetime.now(UTC)
    new = paths.root / f".salvage-{os.getpid()}-{os.urandom(4).hex()}.db"
    size = paths.database.stat().st_size
    source = Source(paths.database, data_key)
    try:
        with disk_full_as_error(paths.root, size * 2):
            revision = _readable_revision(source)
            _build_schema(new, data_key, revision)
            rows, damaged = _copy_all(source, new, data_key)
            store = Store(new, data_key)
            try:
                _rebuild_search_index(store)
                entries = count_entries(store.reader)
                commit_counter.acknowledge(new, data_key, store.reader)
            finally:
                store.close()
    except BaseException:
        for leftover in (new, Path(f"{new}-wal"), Path(f"{new}-shm"), Path(f"{new}.commits")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    finally:
        source.close()
    aside = paths.set_aside / f"damaged-{moment.strftime('%Y%m%dT%H%M%SZ')}-{os.getpid()}"
    ensure_private_dir(paths.set_aside)
    ensure_private_dir(aside)
    for suffix in ("", "-wal", "-shm", ".commits"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{paths.database}{suffix}", aside / f"vigilance.db{suffix}")
    os.replace(new, paths.database)
    with contextlib.suppress(FileNotFoundError):
        os.replace(f"{new}.commits", f"{paths.database}.commits")
    return SalvageResult(entries, rows, damaged, aside)


class Source:
    """Read-only connections to the damaged file (it must stay as it is for whoever looks at
    it later). After an unreadable page SQLCipher leaves the connection in an error state,
    so a new one is opened after every failure."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        self.path, self.data_key = path, data_key
        self.conn = self._connect()

    def _connect(self) -> sqlcipher3.Connection:
        conn = sqlcipher3.connect(f"file:{self.path}?mode=ro", uri=True,
                                  check_same_thread=False)
        quiet_cipher_log(conn)
        conn.execute(key_pragma(self.data_key))
        return conn

    def execute(self, sql: str, args: tuple = ()) -> sqlcipher3.Cursor:
        return self.conn.execute(sql, args)

    def failed(self) -> None:
        with contextlib.suppress(sqlcipher3.Error):
            self.conn.close()
        self.conn = self._connect()

    def close(self) -> None:
        self.conn.close()


def _readable_revision(conn: Source) -> str | None:
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlcipher3.DatabaseError:
        conn.failed()
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def _build_schema(path: Path, data_key: bytes, revision: str | None) -> None:
    """An empty store at ``revision`` (the latest when unknown), by the real migrations."""
    from vigilance_app.store import migrate
    from vigilance_app.store.engine import make_engine

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    engine = make_engine(path, data_key)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, revision or "head")
    finally:
        engine.dispose()


def _tables(conn: sqlcipher3.Connection) -> list[str]:
    """Ordinary tables of the new store, parents first (creation order), without the search
    index (virtual tables and their shadow tables) and the migration bookkeeping."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                        "ORDER BY rowid").fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [n for n, _sql in rows if not n.startswith("sqlite_") and n not in SKIPPED
            and not any(n == v or n.startswith(f"{v}_") for v in virtual)]


def _columns(conn: sqlcipher3.Connection | Source, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]


def _copy_all(source: Source, new: Path, data_key: bytes) -> tuple[int, int]:
    from vigilance_app.store.engine import connect_raw

    dest = connect_raw(new, data_key)
    rows = damaged = 0
    try:
        dest.isolation_level = None
        dest.execute("PRAGMA foreign_keys = OFF")
        dest.execute("BEGIN")
        for table in _tables(dest):
            wanted = _columns(dest, table)
            try:
                present = set(_columns(source, table))
            except sqlcipher3.DatabaseError:
                source.failed()
                present = set(wanted)
            columns = [c for c in wanted if c in present]
            if not columns:
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            insert = (f'INSERT OR IGNORE INTO "{table}" (rowid, {names}) '
                      f"VALUES ({', '.join('?' * (len(columns) + 1))})")
            reader = RowReader(source, table, names)
            for row in reader:
                dest.execute(insert, row)
                rows += 1
            damaged += reader.damaged
        _drop_orphans(dest)
        dest.execute("COMMIT")
    finally:
        dest.close()
    return rows, damaged


def _drop_orphans(conn: sqlcipher3.Connection) -> None:
    """Rows whose parent row was unreadable (a tag without its entry...)."""
    for _round in range(10):  # each round may orphan the children of what it removed
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        if not orphans:
            break
        for table, rowid, _parent, _fk in orphans:
            conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
    _fill_missing_texts(conn)


def _fill_missing_texts(conn: sqlcipher3.Connection) -> None:
    """An entry whose text row was lost is kept, with an empty text (the screens join them)."""
    with contextlib.suppress(sqlcipher3.OperationalError):
        conn.execute("INSERT INTO journal_texts (entry_id, body, notes) SELECT id, '', '' "
                     "FROM journal_entries WHERE id NOT IN (SELECT entry_id FROM journal_texts)")


def _rebuild_search_index(store: object) -> None:
    from vigilance_app.journal.repository import Journal

    with contextlib.suppress(sqlcipher3.OperationalError):
        Journal(store).rebuild_search_index()  # type: ignore[arg-type]


class RowReader:
    """The readable rows of one table as ``(rowid, *columns)``, in rowid order."""

    def __init__(self, conn: Source, table: str, names: str) -> None:
        self.conn, self.table, self.names = conn, table, names
        self.damaged = 0

    def _select(self, condition: str, args: tuple[int, ...], limit: str = "") -> Iterator:
        return iter(self.conn.execute(
            f'SELECT rowid, {self.names} FROM "{self.table}" WHERE {condition} '
            f"ORDER BY rowid{limit}", args))

    def _reachable(self, start: int) -> bool:
        """Whether a seek to ``start`` reads a rowid without meeting the damage."""
        try:
            self.conn.execute(f'SELECT rowid FROM "{self.table}" WHERE rowid >= ? '
                              "ORDER BY rowid LIMIT 1", (start,)).fetchall()
        except sqlcipher3.DatabaseError:
            self.conn.failed()
            return False
        return True

    def _next_reachable(self, after: int) -> int | None:
        """The smallest start beyond ``after`` from which reading works again."""
        step = 1
        while not self._reachable(after + step):
            if after + step >= MAX_ROWID:
                return None
            step = min(step * 2, MAX_ROWID - after)
        low, high = after + step // 2, after + step  # low fails (or is ``after``), high works
        while high - low > 1:
            middle = (low + high) // 2
            if self._reachable(middle):
                high = middle
            else:
                low = middle
        return high

    def __iter__(self) -> Iterator[tuple]:
        start = MIN_ROWID
        while True:
            last: int | None = None
            try:
                for row in self._select("rowid >= ?", (start,)):
                    last = row[0]
                    yield row
                return
            except sqlcipher3.DatabaseError:
                self.conn.failed()
            after = start - 1 if last is None else last
            # One unreadable row (its overflow pages) while its neighbours are fine?
            try:
                probe = self.conn.execute(
                    f'SELECT rowid FROM "{self.table}" WHERE rowid >= ? ORDER BY rowid LIMIT 1',
                    (after + 1,)).fetchall()
            except sqlcipher3.DatabaseError:
                self.conn.failed()
                probe = None
            self.damaged += 1
            if probe == []:
                return
            if probe:
                rowid = probe[0][0]
                try:
                    row = list(self._select("rowid = ?", (rowid,)))
                except sqlcipher3.DatabaseError:
                    self.conn.failed()
                    row = []
                yield from row
                start = rowid + 1
                continue
            if after >= MAX_ROWID:
                return
            following = self._next_reachable(after)
            if following is None:
                return
            start = following
