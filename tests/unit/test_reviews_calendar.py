"""The .ics export parsed back with icalendar: RRULE and VALARM present, UIDs stable across
exports, and nothing but the person's name and the account's chosen name leaks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from vigilance_app.paths import DataPaths
from vigilance_app.reviews import accounts as api
from vigilance_app.reviews.calendar_export import (
    CalendarEntry,
    build_calendar,
    calendar_id,
    event_count,
    export_ics,
    uid_for,
    write_ics,
)
from vigilance_app.reviews.content import load_content
from vigilance_app.reviews.schedule import Rhythm
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import Store, create_store

KEY = bytes(range(32))
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
TODAY = date(2026, 3, 2)


@pytest.fixture
def store(paths: DataPaths) -> Store:
    created = create_store(paths, KEY)
    created.add_profile("Jeannine Martin", Relationship.RELATIVE)
    yield created
    created.close()


def events(ics: bytes) -> list:
    calendar = Calendar.from_ical(ics)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    return list(calendar.walk("VEVENT"))


def occurrences(event, count: int) -> list[date]:
    start = event.decoded("DTSTART")
    rule = rrulestr(event["RRULE"].to_ical().decode(),
                    dtstart=datetime.combine(start, datetime.min.time()))
    return [moment.date() for moment in islice(rule, count)]


def fill(store: Store) -> dict[str, api.AccountInfo]:
    profile = store.profiles()[0].id
    made = {
        "bank": api.add_account(store, profile, "bank", "Compte courant",
                                now=datetime(2026, 2, 1, tzinfo=UTC),
                                institution="Crédit Mutuel de Bretagne",
                                official_url="https://www.cmb.fr/banque/"),
        "ameli": api.add_account(store, profile, "ameli", "ameli de maman",
                                 now=datetime(2026, 1, 5, tzinfo=UTC),
                                 institution="CPAM du Finistère"),
        "shop": api.add_account(store, profile, "online_shop", "Boutique; achats, \"web\"",
                                now=datetime(2026, 2, 20, tzinfo=UTC),
                                rhythm=Rhythm(2, "month")),
    }
    api.record_review(store, made["bank"].id, "unusual", "Prélèvement inconnu SECRETNOTE 49,90 €",
                      datetime(2026, 2, 27, 8, tzinfo=UTC))
    return made


def test_one_recurring_event_per_account_with_an_alarm(store: Store) -> None:
    made = fill(store)
    ics = export_ics(store, store.profiles()[0].id, TODAY, NOW, PARIS, lang="fr")
    found = {str(e["SUMMARY"]).removeprefix("Jeannine Martin — "): e for e in events(ics)}
    assert {str(e["SUMMARY"]) for e in events(ics)} == {
        "Jeannine Martin — Vérifier : Compte courant",
        "Jeannine Martin — Vérifier : ameli de maman",
        'Jeannine Martin — Vérifier : Boutique; achats, "web"'}
    for event in found.values():
        assert event["RRULE"]["FREQ"]
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1
        assert alarms[0]["ACTION"] == "DISPLAY"
        assert alarms[0].decoded("TRIGGER") == timedelta(hours=9)
        assert alarms[0]["DESCRIPTION"]
        assert isinstance(event.decoded("DTSTART"), date)
        assert not isinstance(event.decoded("DTSTART"), datetime)  # all-day
        assert event.decoded("DTEND") == event.decoded("DTSTART") + timedelta(days=1)
    bank = found["Vérifier : Compte courant"]
    assert bank.decoded("DTSTART") == date(2026, 3, 6)  # a week after the 27 Feb review
    assert bank["RRULE"]["FREQ"] == ["WEEKLY"] and bank["RRULE"]["INTERVAL"] == [1]
    assert occurrences(bank, 3) == [date(2026, 3, 6), date(2026, 3, 13), date(2026, 3, 20)]
    ameli = found["Vérifier : ameli de maman"]
    assert ameli.decoded("DTSTART") == TODAY  # overdue since 5 February: today
    assert ameli["RRULE"]["FREQ"] == ["MONTHLY"]
    shop = found['Vérifier : Boutique; achats, "web"']
    assert shop["RRULE"]["INTERVAL"] == [2]
    assert occurrences(shop, 2) == [date(2026, 4, 20), date(2026, 6, 20)]
    assert str(found["Vérifier : ameli de maman"]["UID"]) == \
        uid_for(calendar_id(store), made["ameli"].id)


def test_nothing_else_leaks(store: Store) -> None:
    fill(store)
    ics = export_ics(store, store.profiles()[0].id, TODAY, NOW, PARIS, lang="en")
    text = ics.decode("utf-8")
    for secret in ("Crédit Mutuel", "cmb.fr", "https", "CPAM", "SECRETNOTE", "49,90",
                   "unusual"):
        assert secret not in text, secret
    allowed = {"UID", "DTSTAMP", "SEQUENCE", "SUMMARY", "DTSTART", "DTEND", "RRULE", "TRANSP"}
    for event in events(ics):
        assert set(event.keys()) == allowed
        assert str(event["SUMMARY"]).startswith("Jeannine Martin — Check: ")


def test_uids_are_stable_across_exports_and_distinct_between_stores(
        store: Store, tmp_path) -> None:
    fill(store)
    profile = store.profiles()[0].id
    first = export_ics(store, profile, TODAY, NOW, PARIS)
    later = export_ics(store, profile, TODAY + timedelta(days=10), NOW + timedelta(days=10),
                       PARIS)
    uids = sorted(str(e["UID"]) for e in events(first))
    assert uids == sorted(str(e["UID"]) for e in events(later))
    assert len(set(uids)) == 3
    # The later export is a newer version of the same events.
    assert events(later)[0]["SEQUENCE"] > events(first)[0]["SEQUENCE"]
    other = create_store(DataPaths(tmp_path / "other"), KEY)
    other.add_profile("Moi", Relationship.SELF)
    fill(other)
    other_uids = {str(e["UID"]) for e in events(export_ics(other, 1, TODAY, NOW, PARIS))}
    assert not other_uids & set(uids)
    other.close()


def test_month_end_rule_falls_on_the_last_day_of_short_months() -> None:
    entry = CalendarEntry(1, "Mutuelle", Rhythm(1, "month"), date(2026, 1, 31))
    (event,) = events(build_calendar([entry], "id", NOW, load_content("fr")))
    assert occurrences(event, 4) == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31),
                                     date(2026, 4, 30)]
    entry = CalendarEntry(1, "Mutuelle", Rhythm(1, "month"), date(2027, 12, 29))
    (event,) = events(build_calendar([entry], "id", NOW, load_content("fr")))
    assert occurrences(event, 3) == [date(2027, 12, 29), date(2028, 1, 29), date(2028, 2, 29)]


def test_heightened_vigilance_adds_weekly_reminders_until_it_ends(store: Store) -> None:
    profile = store.profiles()[0].id
    ameli = api.add_account(store, profile, "ameli", "ameli", now=datetime(2026, 2, 1, tzinfo=UTC))
    api.record_review(store, ameli.id, "normal", "", datetime(2026, 3, 1, 9, tzinfo=UTC))
    api.start_heightened(store, profile, date(2026, 3, 2), date(2026, 4, 27), ["ameli"])
    found = {str(e["UID"]): e for e in events(export_ics(store, profile, TODAY, NOW, PARIS))}
    cid = calendar_id(store)
    weekly = found[uid_for(cid, ameli.id, "heightened")]
    normal = found[uid_for(cid, ameli.id)]
    assert weekly.decoded("DTSTART") == TODAY  # the period begins with a review
    weeks = occurrences(weekly, 100)
    assert weeks[0] == TODAY and weeks[-1] == date(2026, 4, 20) and len(weeks) == 8
    assert normal.decoded("DTSTART") == date(2026, 5, 20)
    assert normal["RRULE"]["FREQ"] == ["MONTHLY"]
    assert "UNTIL" not in normal["RRULE"]


def test_heightened_is_not_duplicated_when_the_normal_rhythm_is_already_tighter() -> None:
    entry = CalendarEntry(3, "Compte", Rhythm(3, "day"), date(2026, 3, 2), date(2026, 4, 27))
    (event,) = events(build_calendar([entry], "id", NOW, load_content("fr")))
    assert event["RRULE"]["FREQ"] == ["DAILY"] and event["RRULE"]["INTERVAL"] == [3]


def test_calendar_id_is_created_once(store: Store) -> None:
    first = calendar_id(store)
    assert calendar_id(store) == first
    assert len(first) == 36


def test_empty_profile_gives_a_valid_empty_calendar(store: Store) -> None:
    assert events(export_ics(store, store.profiles()[0].id, TODAY, NOW, PARIS)) == []


def test_write_ics_replaces_the_file_privately(store: Store, tmp_path) -> None:
    fill(store)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "agenda.ics"
    target.write_text("old")
    target.chmod(0o644)
    count = write_ics(store, store.profiles()[0].id, target, now=NOW, tz=PARIS, lang="fr")
    assert count == 3
    assert (target.stat().st_mode & 0o777) == 0o600
    assert len(events(target.read_bytes())) == 3
    assert [p.name for p in folder.iterdir()] == ["agenda.ics"]  # no temporary file left
    with pytest.raises(OSError):
        write_ics(store, store.profiles()[0].id, tmp_path / "missing" / "a.ics", now=NOW, tz=PARIS)


def test_each_event_names_whose_account_it_is(store: Store) -> None:
    """A relative who keeps several people's reviews sees whose account each event is."""
    bank = api.add_account(store, 1, "bank", "Compte courant", now=NOW)
    jeanne = store.add_profile("Jeanne", Relationship.RELATIVE)
    api.add_account(store, jeanne.id, "bank", "Compte courant", now=NOW)
    mine = events(export_ics(store, 1, TODAY, NOW, PARIS))
    hers = events(export_ics(store, jeanne.id, TODAY, NOW, PARIS))
    assert [str(e["SUMMARY"]) for e in mine] == ["Jeannine Martin — Vérifier : Compte courant"]
    assert [str(e["SUMMARY"]) for e in hers] == ["Jeanne — Vérifier : Compte courant"]
    assert str(mine[0]["UID"]) == uid_for(calendar_id(store), bank.id)


def test_a_name_holding_calendar_syntax_is_one_event_and_counted_once(store: Store,
                                                                      tmp_path) -> None:
    api.add_account(store, 1, "bank", "BEGIN:VEVENT\nSUMMARY:x BEGIN:VEVENT", now=NOW)
    api.add_account(store, 1, "other", "Compte", now=NOW)
    target = tmp_path / "agenda.ics"
    count = write_ics(store, 1, target, now=NOW, tz=PARIS)
    assert count == event_count(target.read_bytes()) == 2
    assert target.read_bytes().count(b"BEGIN:VEVENT") > 2  # the text search would say more
    assert len(events(target.read_bytes())) == 2
