"""The reviews API on a real SQLCipher store migrated by Alembic: accounts, reviews, snoozes,
heightened periods, due lists and the start-up summary."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

import vigilance_app.reviews.models  # noqa: F401  (registers the tables on Base.metadata)
from vigilance_app.heightened import BREACH_NOTICE, USER_CHOICE, HeightenedReason
from vigilance_app.paths import DataPaths
from vigilance_app.reviews import accounts as api
from vigilance_app.reviews.schedule import Rhythm
from vigilance_app.reviews.sources import DEFAULT_SOURCES, user_choice_source
from vigilance_app.store import migrate
from vigilance_app.store.engine import make_engine
from vigilance_app.store.models import Relationship
from vigilance_app.store.schema import schema_differences
from vigilance_app.store.store import Store, create_store, open_store

KEY = bytes(range(32))
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
TODAY = date(2026, 3, 2)


@pytest.fixture
def store(paths: DataPaths) -> Store:
    created = create_store(paths, KEY)
    created.add_profile("Moi", Relationship.SELF)
    created.add_profile("Maman", Relationship.RELATIVE)
    yield created
    created.close()


def profile_ids(store: Store) -> tuple[int, int]:
    me, mum = store.profiles()
    return me.id, mum.id


# ---- schema --------------------------------------------------------------------------------


def test_migration_matches_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        assert schema_differences(conn) == []


def test_upgrade_from_0004_then_downgrade(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "old")
    paths.root.mkdir()
    engine = make_engine(paths.database, KEY)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0004")
        conn.execute(text("INSERT INTO profiles (display_name, relationship, created_at) "
                          "VALUES ('Moi', 'self', '2026-01-01 00:00:00')"))
    engine.dispose()
    store = open_store(paths, KEY)
    assert store.schema_revision() == "0005"
    account = api.add_account(store, 1, "bank", "Compte courant", now=NOW)
    assert api.list_accounts(store, 1) == [account]
    store.close()
    engine = make_engine(paths.database, KEY)
    with engine.begin() as conn:
        from alembic import command

        command.downgrade(migrate.alembic_config(conn), "0004")
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    engine.dispose()
    assert not tables & {"accounts", "account_reviews", "review_snoozes", "heightened_periods"}


def test_deleting_a_profile_deletes_its_accounts_and_reviews(store: Store) -> None:
    me, _ = profile_ids(store)
    account = api.add_account(store, me, "bank", "Compte courant", now=NOW)
    api.record_review(store, account.id, "normal", "", NOW)
    api.snooze(store, account.id, "tomorrow", TODAY)
    api.start_heightened(store, me, TODAY, TODAY + timedelta(weeks=8))
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM profiles WHERE id = :id"), {"id": me})
    for table in ("accounts", "account_reviews", "review_snoozes", "heightened_periods"):
        assert store.reader.execute(f"SELECT count(*) FROM {table}").fetchall() == [(0,)]


def test_database_refuses_a_bad_result(store: Store) -> None:
    me, _ = profile_ids(store)
    account = api.add_account(store, me, "bank", "Compte courant", now=NOW)
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(text("INSERT INTO account_reviews (account_id, reviewed_at, result, note) "
                          "VALUES (:a, '2026-01-01 00:00:00', 'maybe', '')"), {"a": account.id})


# ---- accounts ------------------------------------------------------------------------------


def test_add_account_cleans_and_defaults(store: Store) -> None:
    me, _ = profile_ids(store)
    account = api.add_account(store, me, "bank", "  Compte\u202e courant\n ", now=NOW,
                              institution=" Banque\x00 Populaire ",
                              official_url="HTTPS://WWW.Banque-Populaire.fr/particulier#x")
    assert account.name == "Compte courant"
    assert account.institution == "Banque Populaire"
    assert account.official_url == "https://www.banque-populaire.fr/particulier"
    assert account.rhythm == Rhythm(1, "week")  # the bank default from resources
    assert account.created_at == NOW
    assert api.get_account(store, account.id) == account
    tax = api.add_account(store, me, "tax", "Impôts", now=NOW)
    assert tax.rhythm == Rhythm(3, "month")


@pytest.mark.parametrize("url", [
    "http://www.ameli.fr", "javascript:alert(1)", "https://", "https://user:pw@ameli.fr",
    "https://ameli.fr:8443/", "https://am eli.fr", "https://localhost/", "ftp://ameli.fr",
    "https://ameli.fr\\@evil.example", "https://xn--amli-bpa.fr" + "/a" * 300,
    "https://аmeli.fr",  # Cyrillic a
])
def test_official_url_must_be_plain_https(store: Store, url: str) -> None:
    me, _ = profile_ids(store)
    with pytest.raises(ValueError):
        api.add_account(store, me, "ameli", "ameli", now=NOW, official_url=url)
    assert api.list_accounts(store, me) == []


def test_invalid_accounts_are_refused(store: Store) -> None:
    me, _ = profile_ids(store)
    with pytest.raises(ValueError):
        api.add_account(store, me, "casino", "x", now=NOW)
    with pytest.raises(ValueError):
        api.add_account(store, me, "bank", " \t ", now=NOW)
    with pytest.raises(LookupError):
        api.add_account(store, 999, "bank", "Compte", now=NOW)
    with pytest.raises(ValueError):
        Rhythm(0, "week")
    with pytest.raises(ValueError):
        Rhythm(2, "year")
    assert len(api.add_account(store, me, "bank", "x" * 500, now=NOW).name) == api.NAME_MAX


def test_update_archive_and_delete(store: Store) -> None:
    me, _ = profile_ids(store)
    account = api.add_account(store, me, "bank", "Compte courant", now=NOW,
                              official_url="https://www.labanquepostale.fr")
    updated = api.update_account(store, account.id, name="Livret A", rhythm=Rhythm(2, "week"),
                                 official_url="")
    assert (updated.name, updated.rhythm, updated.official_url, updated.institution) == \
        ("Livret A", Rhythm(2, "week"), None, "")
    api.archive_account(store, account.id)
    assert api.list_accounts(store, me) == []
    assert api.list_due(store, me, TODAY, PARIS) == []
    assert api.list_accounts(store, me, include_archived=True)[0].archived
    api.archive_account(store, account.id, archived=False)  # undo
    assert [a.id for a in api.list_accounts(store, me)] == [account.id]
    api.delete_account(store, account.id)
    with pytest.raises(LookupError):
        api.get_account(store, account.id)
    with pytest.raises(LookupError):
        api.update_account(store, account.id, name="x")


def test_profiles_are_kept_apart(store: Store) -> None:
    me, mum = profile_ids(store)
    api.add_account(store, me, "bank", "Mon compte", now=NOW)
    api.add_account(store, mum, "ameli", "ameli de maman", now=NOW)
    assert [a.name for a in api.list_accounts(store, me)] == ["Mon compte"]
    assert [d.account.name for d in api.list_due(store, mum, TODAY, PARIS)] == ["ameli de maman"]


# ---- reviews -------------------------------------------------------------------------------


def test_record_review_history_and_masking(store: Store) -> None:
    me, _ = profile_ids(store)
    account = api.add_account(store, me, "bank", "Compte courant", now=NOW - timedelta(days=30))
    first = api.record_review(store, account.id, "normal", "", NOW - timedelta(days=7))
    second = api.record_review(
        store, account.id, "unusual",
        "Prélèvement inconnu de 49,90 €\ncarte 4111 1111 1111 1111", NOW, journal_entry_id=42)
    assert second.note == "Prélèvement inconnu de 49,90 €\ncarte •••• •••• •••• 1111"
    assert second.journal_entry_id == 42
    assert api.history(store, account.id) == [second, first]
    with pytest.raises(ValueError):
        api.record_review(store, account.id, "maybe", "", NOW)
    with pytest.raises(LookupError):
        api.record_review(store, 999, "normal", "", NOW)
    later = api.record_review(store, account.id, "unusual", "x", NOW + timedelta(hours=1))
    api.link_journal_entry(store, later.id, 7)
    assert api.history(store, account.id)[0].journal_entry_id == 7
    month = api.reviews_between(store, me, datetime(2026, 3, 1, tzinfo=UTC),
                                datetime(2026, 4, 1, tzinfo=UTC))
    assert [r.id for r in month] == [later.id, second.id]


def test_review_time_is_stored_in_utc(store: Store) -> None:
    me, _ = profile_ids(store)
    account = api.add_account(store, me, "bank", "Compte", now=NOW)
    local = datetime(2026, 3, 29, 1, 30, tzinfo=PARIS)  # 00:30 UTC
    review = api.record_review(store, account.id, "normal", "", local)
    assert review.reviewed_at == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    raw = store.reader.execute("SELECT reviewed_at FROM account_reviews").fetchall()
    assert raw[0][0].startswith("2026-03-29 00:30:00")


# ---- due, snooze, catch-up, heightened -----------------------------------------------------


def test_due_states_and_catch_up(store: Store) -> None:
    me, _ = profile_ids(store)
    created = datetime(2026, 1, 1, 9, tzinfo=UTC)
    bank = api.add_account(store, me, "bank", "Compte courant", now=created)
    ameli = api.add_account(store, me, "ameli", "ameli", now=created)
    # Two months without a review: the bank is overdue by many weeks, ameli by a month.
    infos = {d.account.id: d for d in api.list_due(store, me, TODAY, PARIS)}
    assert infos[bank.id].next_due == date(2026, 1, 8)
    assert infos[bank.id].state == "overdue"
    assert infos[ameli.id].next_due == date(2026, 2, 1)
    summary = api.due_summary(store, me, TODAY, PARIS)
    assert (summary.due, summary.overdue, summary.next_date) == (0, 2, None)
    # One review catches up every missed week: next due a week later, nothing stacked.
    api.record_review(store, bank.id, "normal", "", NOW)
    info = api.due_info(store, bank.id, TODAY, PARIS)
    assert (info.next_due, info.state) == (date(2026, 3, 9), "upcoming")
    summary = api.due_summary(store, me, TODAY, PARIS)
    assert (summary.due, summary.overdue, summary.next_date) == (0, 1, date(2026, 3, 9))
    assert api.due_summary(store, me, date(2026, 3, 9), PARIS).due == 1


def test_snooze_moves_the_reminder_not_the_schedule(store: Store) -> None:
    me, _ = profile_ids(store)
    bank = api.add_account(store, me, "bank", "Compte", now=datetime(2026, 2, 23, 8, tzinfo=UTC))
    assert api.due_info(store, bank.id, TODAY, PARIS).needs_reminder
    back = api.snooze(store, bank.id, "three_days", TODAY)
    assert back == date(2026, 3, 5)
    info = api.due_info(store, bank.id, TODAY, PARIS)
    assert (info.next_due, info.state, info.snoozed_until) == (date(2026, 3, 2), "due", back)
    assert not info.needs_reminder
    assert api.due_summary(store, me, TODAY, PARIS).snoozed == 1
    assert api.due_count_all_profiles(store, TODAY, PARIS) == 0
    # The day the snooze ends, the reminder is back (and the account is overdue by now).
    later = api.due_info(store, bank.id, back, PARIS)
    assert later.needs_reminder and later.state == "overdue" and later.snoozed_until is None
    # A new snooze replaces the old one; a review clears it.
    assert api.snooze(store, bank.id, "next_week", TODAY) == date(2026, 3, 9)
    api.record_review(store, bank.id, "normal", "", NOW)
    assert store.reader.execute("SELECT count(*) FROM review_snoozes").fetchall() == [(0,)]
    with pytest.raises(ValueError):
        api.snooze(store, bank.id, "forever", TODAY)


def test_heightened_period_starts_and_expires(store: Store) -> None:
    me, _ = profile_ids(store)
    ameli = api.add_account(store, me, "ameli", "ameli", now=datetime(2026, 1, 10, tzinfo=UTC))
    email = api.add_account(store, me, "email", "Gmail", now=datetime(2026, 1, 10, tzinfo=UTC))
    api.record_review(store, ameli.id, "normal", "", datetime(2026, 2, 27, 10, tzinfo=UTC))
    api.record_review(store, email.id, "normal", "", datetime(2026, 2, 27, 10, tzinfo=UTC))
    before = api.due_info(store, ameli.id, TODAY, PARIS)
    assert (before.next_due, before.heightened_until) == (date(2026, 3, 27), None)

    since, until = date(2026, 3, 5), date(2026, 3, 5) + timedelta(weeks=8)
    period = api.start_heightened(store, me, since, until, ["ameli"], "Fuite Viamedis")
    assert api.due_info(store, ameli.id, TODAY, PARIS).heightened_until is None  # not yet
    on_start = api.due_info(store, ameli.id, since, PARIS)
    # The last review predates the period: the period begins with a review.
    assert (on_start.next_due, on_start.state, on_start.heightened_until) == \
        (since, "due", until)
    assert [r.reason for r in on_start.heightened_reasons] == [USER_CHOICE]
    assert on_start.heightened_reasons[0].detail == "Fuite Viamedis"
    assert api.due_info(store, email.id, since, PARIS).heightened_until is None  # not concerned
    # Weekly while the period lasts.
    api.record_review(store, ameli.id, "normal", "", datetime(2026, 3, 5, 18, tzinfo=UTC))
    assert api.due_info(store, ameli.id, date(2026, 3, 6), PARIS).next_due == date(2026, 3, 12)
    # Back to normal by itself on ``until``.
    api.record_review(store, ameli.id, "normal", "", datetime(2026, 4, 28, 8, tzinfo=UTC))
    assert api.due_info(store, ameli.id, date(2026, 4, 29), PARIS).next_due == date(2026, 5, 5)
    after = api.due_info(store, ameli.id, until, PARIS)
    assert (after.next_due, after.heightened_until) == (date(2026, 5, 28), None)
    assert api.list_heightened(store, me)[0] == period


def test_ending_a_heightened_period_early(store: Store) -> None:
    me, _ = profile_ids(store)
    period = api.start_heightened(store, me, date(2026, 3, 1), date(2026, 4, 26))
    future = api.start_heightened(store, me, date(2026, 5, 1), date(2026, 5, 8), ["bank"])
    api.end_heightened(store, period.id, TODAY)
    api.end_heightened(store, future.id, TODAY)
    assert [(p.since, p.until) for p in api.list_heightened(store, me)] == \
        [(date(2026, 3, 1), TODAY)]
    assert user_choice_source(store, me, TODAY) == []


def test_heightened_validation(store: Store) -> None:
    me, _ = profile_ids(store)
    with pytest.raises(ValueError):
        api.start_heightened(store, me, TODAY, TODAY)
    with pytest.raises(ValueError):
        api.start_heightened(store, me, TODAY, TODAY + timedelta(days=400))
    with pytest.raises(ValueError):
        api.start_heightened(store, me, TODAY, TODAY + timedelta(days=7), ["casino"])
    with pytest.raises(ValueError):
        api.start_heightened(store, me, TODAY, TODAY + timedelta(days=7), [])


def test_other_sources_are_read_too(store: Store) -> None:
    me, _ = profile_ids(store)
    bank = api.add_account(store, me, "bank", "Compte", now=datetime(2026, 2, 1, tzinfo=UTC))
    api.record_review(store, bank.id, "normal", "", datetime(2026, 2, 28, 10, tzinfo=UTC))
    mail = api.add_account(store, me, "email", "Mail", now=datetime(2026, 2, 1, tzinfo=UTC))
    api.record_review(store, mail.id, "normal", "", datetime(2026, 2, 28, 10, tzinfo=UTC))
    calls: list[tuple[int, date]] = []

    def breach(_store: Store, profile_id: int, today: date) -> list[HeightenedReason]:
        calls.append((profile_id, today))
        return [HeightenedReason(BREACH_NOTICE, date(2026, 2, 20), date(2026, 4, 17),
                                 frozenset({"email"}), "Viamedis", "breach_notice:1")]

    infos = {d.account.kind: d for d in
             api.list_due(store, me, TODAY, PARIS, sources=[*DEFAULT_SOURCES, breach])}
    assert calls == [(me, TODAY)]
    assert infos["email"].next_due == date(2026, 3, 7)  # weekly instead of monthly
    assert infos["email"].heightened_until == date(2026, 4, 17)
    assert infos["bank"].heightened_until is None  # already weekly, and not concerned


def test_a_failing_source_is_skipped(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    me, _ = profile_ids(store)
    api.add_account(store, me, "bank", "Compte", now=NOW)
    api.start_heightened(store, me, TODAY, TODAY + timedelta(weeks=8), note="mon choix")

    def broken(_store: Store, _profile: int, _today: date) -> list[HeightenedReason]:
        raise RuntimeError("journal table missing")

    (info,) = api.list_due(store, me, TODAY, PARIS, sources=[broken, *DEFAULT_SOURCES])
    assert info.heightened_until == TODAY + timedelta(weeks=8)  # the other source still counts
    assert "broken" in caplog.text and "mon choix" not in caplog.text


def test_summary_counts_what_list_due_says(store: Store) -> None:
    me, _ = profile_ids(store)
    from vigilance_app.reviews.demo import add_demo_reviews

    add_demo_reviews(store, me, NOW, PARIS)
    infos = api.list_due(store, me, TODAY, PARIS)
    api.snooze(store, infos[0].account.id, "tomorrow", TODAY)
    for offset in range(-3, 60, 4):
        day = TODAY + timedelta(days=offset)
        infos = api.list_due(store, me, day, PARIS)
        summary = api.due_summary(store, me, day, PARIS)
        reminded = [i for i in infos if i.needs_reminder]
        assert summary.due == sum(i.state == "due" for i in reminded)
        assert summary.overdue == sum(i.state == "overdue" for i in reminded)
        assert summary.snoozed == sum(i.state != "upcoming" and not i.needs_reminder
                                      for i in infos)
        assert summary.next_date == min((i.next_due for i in infos if i.state == "upcoming"),
                                        default=None)
        assert summary.accounts == len(infos) == 5


def test_due_count_across_profiles(store: Store) -> None:
    me, mum = profile_ids(store)
    old = datetime(2026, 1, 1, tzinfo=UTC)
    api.add_account(store, me, "bank", "A", now=old)
    api.add_account(store, mum, "bank", "B", now=old)
    api.add_account(store, mum, "ameli", "C", now=NOW)
    assert api.due_count_all_profiles(store, TODAY, PARIS) == 2


def test_start_up_path_imports_no_orm_and_no_toml(store: Store, paths: DataPaths) -> None:
    me, _ = profile_ids(store)
    api.add_account(store, me, "bank", "A", now=NOW)
    store.close()
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from pathlib import Path\n"
        "from zoneinfo import ZoneInfo\n"
        "from vigilance_app.store.store import Store\n"
        "from vigilance_app.reviews.summary import due_summary, due_count_all_profiles\n"
        f"s = Store(Path({str(paths.database)!r}), bytes(range(32)))\n"
        "tz = ZoneInfo('Europe/Paris')\n"
        "print(due_summary(s, 1, date(2026, 3, 20), tz).to_do,"
        " due_count_all_profiles(s, date(2026, 3, 20), tz))\n"
        "heavy = [m for m in ('sqlalchemy', 'sqlalchemy.orm', 'tomllib', 'alembic',"
        " 'icalendar', 'vigilance_app.reviews.models', 'vigilance_app.reviews.content',"
        " 'vigilance_app.reviews.accounts', 'PySide6') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2]).stdout
    assert out.split("\n")[:2] == ["1 1", "[]"]


def test_without_accounts_the_summary_reads_nothing_else(store: Store) -> None:
    me, _ = profile_ids(store)
    asked: list[int] = []

    def source(_store, profile_id, _today):
        asked.append(profile_id)
        return []

    empty = api.due_summary(store, me, TODAY, None, sources=[source])
    assert empty == api.DueSummary(0, 0, 0, None, 0) and asked == []
    api.add_account(store, me, "bank", "A", now=NOW)
    assert api.due_summary(store, me, TODAY, None, sources=[source]).accounts == 1
    assert asked == [me]  # with an account, the reasons are read
