"""When is an account review due? Pure date arithmetic, no database, no clock of its own.

Rules, all computed on the person's *local calendar dates* so that a change of
daylight-saving time never moves a review by a day:

- The next review is due ``rhythm`` after the local date of the last review (or after the
  date the account was added, when it was never reviewed). "Every N months" clamps to the end
  of the month: 31 January + 1 month = 28 (or 29) February.
- State on a given day: ``upcoming`` before the due date, ``due`` on the due date and during
  ``GRACE_DAYS`` (2) days after it, ``overdue`` from the third day after the due date on.
- Missed reviews are caught up, not stacked: the schedule only depends on the *last* review,
  so one review clears every missed occurrence (no N reminders for N missed weeks).
- Snooze (tomorrow, in 3 days, next week) quiets the reminder until a date; it never moves the
  schedule (``next_due`` and ``state`` ignore it).
- Heightened vigilance: while a ``HeightenedReason`` active on that day concerns the account,
  the effective rhythm is the tighter of the normal one and one week, and a last review older
  than the start of the heightened period makes the review due on that start day (a breach
  notice begins with a look at the accounts). It returns to normal by itself on the reason's
  ``until`` date (exclusive, as in ``HeightenedReason``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from vigilance_app.heightened import HeightenedReason

RHYTHM_UNITS: tuple[str, ...] = ("day", "week", "month")
# Upper bounds keep reminders meaningful (and every date far from datetime's limits).
RHYTHM_LIMITS: dict[str, int] = {"day": 366, "week": 52, "month": 24}

UPCOMING = "upcoming"
DUE = "due"
OVERDUE = "overdue"
STATES: tuple[str, ...] = (UPCOMING, DUE, OVERDUE)
GRACE_DAYS = 2

SNOOZE_CHOICES: dict[str, int] = {"tomorrow": 1, "three_days": 3, "next_week": 7}


@dataclass(frozen=True, order=True)
class Rhythm:
    """Every ``count`` days, weeks or months."""

    count: int
    unit: str

    def __post_init__(self) -> None:
        if self.unit not in RHYTHM_UNITS:
            raise ValueError(f"A rhythm is counted in days, weeks or months, not {self.unit!r}.")
        if isinstance(self.count, bool) or not isinstance(self.count, int):
            raise ValueError("A rhythm needs a whole number.")
        if not 1 <= self.count <= RHYTHM_LIMITS[self.unit]:
            raise ValueError(
                f"A rhythm of {self.count} {self.unit}(s) is out of range "
                f"(1 to {RHYTHM_LIMITS[self.unit]}).")

    def after(self, day: date) -> date:
        """The date one rhythm after ``day`` (month ends clamp)."""
        if self.unit == "day":
            return day + timedelta(days=self.count)
        if self.unit == "week":
            return day + timedelta(weeks=self.count)
        return add_months(day, self.count)

    def __str__(self) -> str:  # "1 week", "3 months": the TOML and CLI spelling
        return f"{self.count} {self.unit}{'s' if self.count > 1 else ''}"

    @classmethod
    def parse(cls, text: str) -> Rhythm:
        """``"1 week"``, ``"2 weeks"``, ``"1 month"``... (the spelling of ``str()``)."""
        parts = text.strip().split()
        if len(parts) != 2 or not parts[0].isdigit():
            raise ValueError(f"Not a rhythm: {text!r} (expected e.g. '2 weeks').")
        unit = parts[1].lower()
        unit = unit[:-1] if unit.endswith("s") else unit
        return cls(int(parts[0]), unit)


HEIGHTENED_RHYTHM = Rhythm(1, "week")


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the last day of the target month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    # The last day of that month, without the calendar module (and the locale it imports)
    # on the start-up path: December has 31, else the day before the next month's first.
    last = 31 if month == 11 else (date(year, month + 2, 1) - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last))


def as_utc(moment: datetime | str) -> datetime:
    """A UTC-aware datetime; a naive one is taken as UTC, and ISO text is read first (how
    SQLite gives them back, through the ORM or raw SQL)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def local_date(moment: datetime, tz: tzinfo) -> date:
    """The person's calendar date at ``moment`` (naive means UTC)."""
    return as_utc(moment).astimezone(tz).date()


def next_due(last_review: datetime | None, created_at: datetime, rhythm: Rhythm,
             tz: tzinfo) -> date:
    """The date the next review is due under the normal rhythm.

    Counted from the local date of the last review, or of the account's creation when it was
    never reviewed. Only the last review matters: catching up clears every missed occurrence.
    """
    base = local_date(last_review if last_review is not None else created_at, tz)
    return rhythm.after(base)


def state_on(due: date, today: date) -> str:
    """``upcoming`` before ``due``, ``due`` up to GRACE_DAYS after it, then ``overdue``."""
    if today < due:
        return UPCOMING
    if (today - due).days <= GRACE_DAYS:
        return DUE
    return OVERDUE


def missed_occurrences(due: date, today: date, rhythm: Rhythm) -> int:
    """How many scheduled dates have passed without a review (0 when not yet due).

    For wording only ("you missed 3 weekly reviews"): one review clears them all.
    """
    count = 0
    while _occurrence(due, count, rhythm) <= today and count < 10_000:
        count += 1
    return count


def _occurrence(due: date, k: int, rhythm: Rhythm) -> date:
    if rhythm.unit == "month":
        return add_months(due, k * rhythm.count)
    return due + timedelta(days=k * rhythm.count * (7 if rhythm.unit == "week" else 1))


def snooze_until(choice: str, today: date) -> date:
    """The date the reminder comes back: ``tomorrow``, ``three_days`` or ``next_week``."""
    try:
        return today + timedelta(days=SNOOZE_CHOICES[choice])
    except KeyError:
        raise ValueError(f"Unknown snooze choice {choice!r}.") from None


def reminder_active(state: str, snoozed_until: date | None, today: date) -> bool:
    """Should the person be reminded today? Due or overdue, and not snoozed past today."""
    if state == UPCOMING:
        return False
    return snoozed_until is None or today >= snoozed_until


def active_reasons(reasons: Iterable[HeightenedReason], kind: str,
                   today: date) -> tuple[HeightenedReason, ...]:
    """The reasons active on ``today`` that concern an account of ``kind``, earliest first."""
    found = [r for r in reasons if r.active_on(today) and r.concerns(kind)]
    return tuple(sorted(found, key=lambda r: (r.since, r.until, r.reason)))


@dataclass(frozen=True)
class Schedule:
    """What the schedule says about one account on one day."""

    next_due: date
    state: str
    heightened_until: date | None
    heightened_reasons: tuple[HeightenedReason, ...]
    normal_due: date


def schedule_on(today: date, last_review: datetime | None, created_at: datetime,
                rhythm: Rhythm, kind: str, reasons: Iterable[HeightenedReason],
                tz: tzinfo) -> Schedule:
    """Next due date and state on ``today``, heightened vigilance included.

    ``heightened_until`` is the first day back to the normal rhythm (the latest ``until`` of the
    active reasons concerning the account), or None when the rhythm is normal today.
    """
    normal = next_due(last_review, created_at, rhythm, tz)
    active = active_reasons(reasons, kind, today)
    if not active:
        return Schedule(normal, state_on(normal, today), None, (), normal)
    base = local_date(last_review if last_review is not None else created_at, tz)
    since = min(r.since for r in active)
    tight = since if base < since else HEIGHTENED_RHYTHM.after(base)
    due = min(normal, tight)
    until = max(r.until for r in active)
    return Schedule(due, state_on(due, today), until, active, normal)


def local_timezone() -> tzinfo:
    """The computer's time zone, as a real zone when it can be named (DST-correct).

    Read at the edges (CLI, window start) and passed down; the logic never asks for it.
    ``TZ`` wins, then ``/etc/localtime``; otherwise the current fixed offset.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        link = Path("/etc/localtime").resolve()
        if "zoneinfo" in link.parts:
            candidates.append("/".join(link.parts[link.parts.index("zoneinfo") + 1:]))
    except OSError:
        pass
    for name in candidates:
        if name and not name.startswith("/"):
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return datetime.now().astimezone().tzinfo or UTC
