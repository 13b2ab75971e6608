"""Account reviews as an ``.ics`` calendar, so the person's own calendar reminds them even when
the app is closed.

Choices:

- One recurring **all-day** event per account (``DTSTART;VALUE=DATE``), on the next due date
  (today when a review is already due), repeating with the account's rhythm
  (``FREQ=DAILY|WEEKLY|MONTHLY;INTERVAL=N``; a monthly date after the 28th uses
  ``BYMONTHDAY=d,-1;BYSETPOS=1`` so short months fall on their last day, like the app). All-day
  events carry no time zone, so no VTIMEZONE is needed and a change of daylight-saving time or
  of country never moves a review to another day.
- A display alarm (``VALARM``) at 09:00 local time on the day (``TRIGGER:PT9H`` from the start
  of the all-day event).
- Under heightened vigilance, a second event repeats weekly until the period ends
  (``RRULE ... UNTIL``), and the main event starts on the first normal date after it.
- Stable ``UID``: ``uuid5`` of a random per-store identifier (kept in ``app_state``) and the
  account id, so a re-export updates the same events rather than duplicating them
  (``SEQUENCE`` grows with time so calendars accept the update).
- ``SUMMARY`` is the name of the person watched over and the name they chose for the account
  ("Jeanne — Vérifier : Compte courant"), with any card number, IBAN or NIR masked: a relative
  who keeps several people's reviews sees whose account it is in their own calendar. No
  institution, no web address, no notes.

The schedule in the app counts from the actual last review; the calendar repeats from the
next due date. Exporting again after reviews keeps them in step.

``icalendar`` is imported inside the functions (never on the start-up path).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigilance_app.paths import write_private_file
from vigilance_app.reviews.schedule import HEIGHTENED_RHYTHM, Rhythm, as_utc
from vigilance_app.sensitive import mask_sensitive

if TYPE_CHECKING:
    from vigilance_app.heightened import HeightenedSource
    from vigilance_app.reviews.content import ReviewsContent
    from vigilance_app.store.store import Store

CALENDAR_ID_KEY = "reviews_calendar_id"
PRODID = "-//Vigilance//Account reviews//FR"
ALARM_AT = timedelta(hours=9)
_UID_NAMESPACE = uuid.UUID("5b0f3c8e-8a0e-4d55-9a55-6a1f3f6f2c11")
_SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CalendarEntry:
    """What the calendar needs to know about one account, and nothing more."""

    account_id: int
    name: str
    rhythm: Rhythm
    start: date  # first reminder date
    heightened_until: date | None = None  # weekly reminders before this date


def uid_for(calendar_id: str, account_id: int, part: str = "") -> str:
    key = f"{calendar_id}:{account_id}{':' + part if part else ''}"
    return f"{uuid.uuid5(_UID_NAMESPACE, key)}@vigilance"


def rrule_for(rhythm: Rhythm, start: date, until: date | None = None) -> dict[str, Any]:
    freq = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY"}[rhythm.unit]
    rule: dict[str, Any] = {"FREQ": freq, "INTERVAL": rhythm.count}
    if rhythm.unit == "month" and start.day > 28:
        rule["BYMONTHDAY"] = [start.day, -1]
        rule["BYSETPOS"] = 1
    if until is not None:
        rule["UNTIL"] = until
    return rule


def summary_text(content: ReviewsContent, account_name: str, person: str | None = None) -> str:
    """The event title: "Jeanne — Vérifier : Compte courant" (masked again here: the file
    may end up in a cloud-synced calendar)."""
    summary = content.summary_for(mask_sensitive(account_name).text)
    if person:
        summary = f"{mask_sensitive(person).text} — {summary}"
    return summary


def build_calendar(entries: Iterable[CalendarEntry], calendar_id: str, now: datetime,
                   content: ReviewsContent, person: str | None = None) -> bytes:
    """The ``.ics`` bytes for ``entries`` (pure: no store, no clock); ``person`` is the name
    of the person watched over, put before each title."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = as_utc(now).replace(microsecond=0)
    sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60))

    def event(uid: str, summary: str, start: date, rule: dict[str, Any]) -> Any:
        item = Event()
        item.add("uid", uid)
        item.add("dtstamp", stamp)
        item.add("sequence", sequence)
        item.add("summary", summary)
        item.add("dtstart", start)
        item.add("dtend", start + timedelta(days=1))
        item.add("rrule", rule)
        item.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", content.calendar_alarm)
        alarm.add("trigger", ALARM_AT)
        item.add_component(alarm)
        return item

    for entry in entries:
        summary = summary_text(content, entry.name, person)
        start = entry.start
        if (entry.heightened_until is not None and start < entry.heightened_until
                and HEIGHTENED_RHYTHM.after(start) < entry.rhythm.after(start)):
            # Weekly until the period ends, then the normal rhythm from the last weekly date
            # (what the app computes when each reminder is followed by a review).
            last_weekly = _last_before(start, HEIGHTENED_RHYTHM, entry.heightened_until)
            calendar.add_component(event(
                uid_for(calendar_id, entry.account_id, "heightened"), summary, start,
                rrule_for(HEIGHTENED_RHYTHM, start, last_weekly)))
            start = entry.rhythm.after(last_weekly)
        calendar.add_component(event(uid_for(calendar_id, entry.account_id), summary,
                                     start, rrule_for(entry.rhythm, start)))
    return calendar.to_ical()


def _last_before(start: date, rhythm: Rhythm, until: date) -> date:
    """The last occurrence of ``rhythm`` from ``start`` that falls before ``until``."""
    day = start
    while rhythm.after(day) < until:
        day = rhythm.after(day)
    return day


def calendar_id(store: Store) -> str:
    """The store's random calendar identifier, created on first use (kept in ``app_state``)."""
    rows = store.reader.execute("SELECT value FROM app_state WHERE key = ?",
                                (CALENDAR_ID_KEY,)).fetchall()
    if rows:
        return str(rows[0][0])
    from vigilance_app.store.models import AppState

    with store.sessions.begin() as session:
        existing = session.get(AppState, CALENDAR_ID_KEY)
        if existing is not None:
            return existing.value
        value = str(uuid.uuid4())
        session.add(AppState(key=CALENDAR_ID_KEY, value=value))
        return value


def export_ics(store: Store, profile_id: int, today: date, now: datetime, tz: tzinfo,
               lang: str = "fr", sources: Sequence[HeightenedSource] | None = None) -> bytes:
    """The calendar of a profile's active accounts, as of ``today``."""
    from vigilance_app.reviews.accounts import list_due
    from vigilance_app.reviews.content import load_content

    entries = [
        CalendarEntry(info.account.id, info.account.name, info.account.rhythm,
                      max(info.next_due, today), info.heightened_until)
        for info in list_due(store, profile_id, today, tz, sources)
    ]
    return build_calendar(entries, calendar_id(store), now, load_content(lang),
                          person=_person_name(store, profile_id))


def _person_name(store: Store, profile_id: int) -> str | None:
    return next((p.display_name for p in store.profiles() if p.id == profile_id), None)


def event_count(data: bytes) -> int:
    """How many events a calendar holds, counted on the parsed calendar (a name may contain
    any text, "BEGIN:VEVENT" included)."""
    from icalendar import Calendar

    return len(Calendar.from_ical(data).walk("VEVENT"))


def write_ics(store: Store, profile_id: int, path: Path, *, now: datetime, tz: tzinfo,
              lang: str = "fr", sources: Sequence[HeightenedSource] | None = None) -> int:
    """Write the calendar to ``path`` (mode 0600, replaced atomically); the number of events.

    Raises OSError when the folder cannot be written.
    """
    data = export_ics(store, profile_id, as_utc(now).astimezone(tz).date(), now, tz, lang,
                      sources)
    write_private_file(Path(path), data, private_folder=False)
    return event_count(data)


