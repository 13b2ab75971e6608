"""When the full integrity check runs at open: small files always; a large store only after an
unclean close, before a migration, or once a week (clock injected)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from vigilance_app.paths import DataPaths
from vigilance_app.store import integrity
from vigilance_app.store import store as store_module
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import create_store, open_store

KEY = bytes(range(32))
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def full_checks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record the check made at each open (True: the full one), the real check still runs.
    Open reads the revision and, when needed, checks every page on the same connection."""
    calls: list[bool] = []
    real = store_module.quick_check

    def recording(path, key, full=True):
        if callable(full):
            decide = full

            def full(revision):
                calls.append(decide(revision))
                return calls[-1]
        else:
            calls.append(full)
        return real(path, key, full)

    monkeypatch.setattr(store_module, "quick_check", recording)
    return calls


def made(paths: DataPaths) -> None:
    store = create_store(paths, KEY)
    store.add_profile("Moi", Relationship.SELF)
    store.close()


def open_at(paths: DataPaths, moment: datetime):
    return open_store(paths, KEY, now=lambda: moment)


def test_a_small_store_is_always_fully_checked(paths: DataPaths, full_checks) -> None:
    made(paths)
    for day in range(3):
        open_at(paths, T0 + timedelta(days=day)).close()
    assert full_checks.count(True) == 3


def test_a_large_store_is_checked_weekly_and_after_an_unclean_close(
        paths: DataPaths, full_checks, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(integrity, "ALWAYS_BELOW", 0)  # every file counts as large
    made(paths)
    open_at(paths, T0).close()  # never checked before: full
    assert full_checks == [True]
    assert integrity.last_full_check(paths) == T0
    assert not integrity.marker(paths).exists()  # closed cleanly

    full_checks.clear()
    open_at(paths, T0 + timedelta(days=3)).close()  # clean close, checked 3 days ago: light
    assert full_checks == [False]

    full_checks.clear()
    crashed = open_at(paths, T0 + timedelta(days=4))
    assert integrity.marker(paths).exists()  # the process "dies" without closing
    open_at(paths, T0 + timedelta(days=4, hours=1)).close()
    assert full_checks == [False, True]
    crashed.close()

    full_checks.clear()
    open_at(paths, T0 + timedelta(days=12)).close()  # a week after the last full check
    assert full_checks == [True]


def test_a_migration_is_preceded_by_the_full_check(paths: DataPaths, full_checks,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from vigilance_app.store import migrate
    from vigilance_app.store.engine import make_engine

    monkeypatch.setattr(integrity, "ALWAYS_BELOW", 0)
    paths.root.mkdir(parents=True, exist_ok=True)
    engine = make_engine(paths.database, KEY)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0004")  # a store written by the previous version
    engine.dispose()
    integrity.note_full_check(paths, T0)
    open_at(paths, T0 + timedelta(hours=1)).close()  # 0004 → head: a migration is due
    # The store is fully checked, then so is the verified copy made before the migration.
    assert full_checks == [True, True]


def test_a_garbled_record_means_checking_again(paths: DataPaths, full_checks,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(integrity, "ALWAYS_BELOW", 0)
    made(paths)
    integrity.record(paths).write_text("{not json")
    open_at(paths, T0).close()
    assert full_checks == [True]
    integrity.note_full_check(paths, T0 + timedelta(days=30))  # a date in the future
    full_checks.clear()
    open_at(paths, T0).close()
    assert full_checks == [True]


def test_the_date_of_the_last_full_check_is_written_at_most_once_a_day(
        paths: DataPaths, full_checks) -> None:
    made(paths)
    open_at(paths, T0).close()
    open_at(paths, T0 + timedelta(hours=5)).close()  # checked again, the date not rewritten
    assert full_checks == [True, True]
    assert integrity.last_full_check(paths) == T0
    open_at(paths, T0 + timedelta(days=1, hours=1)).close()
    assert integrity.last_full_check(paths) == T0 + timedelta(days=1, hours=1)


def test_a_damaged_page_is_found_on_the_one_connection(paths: DataPaths) -> None:
    from vigilance_app.store.errors import IntegrityFailure

    made(paths)
    decided: list[str | None] = []
    assert store_module.quick_check(paths.database, KEY,
                                    full=lambda rev: decided.append(rev) or False) is not None
    assert decided and decided[0] is not None  # it decides from the revision it read
    data = bytearray(paths.database.read_bytes())
    page = 4096
    data[3 * page + 100: 3 * page + 200] = bytes(100)  # garble a page past the schema
    paths.database.write_bytes(bytes(data))
    with pytest.raises(IntegrityFailure):
        store_module.quick_check(paths.database, KEY, full=lambda _rev: True)
