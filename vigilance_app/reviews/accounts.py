"""The reviews API: accounts, reviews, snoozes, heightened periods, and what is due.

Plain dataclasses go out; nothing here imports Qt. Writes go through SQLAlchemy sessions
(imported lazily, inside the functions). Reads use raw SQL on ``store.reader`` so that the
start-up path costs no SQLAlchemy import and no TOML parsing. The counts for the Home panel
and the tray (``due_summary``, ``due_count_all_profiles``) live in the leaner ``summary`` module
and are re-exported here; import them from ``summary`` on the start-up path.

Dates: ``now`` values are datetimes (naive means UTC, stored in UTC); ``today`` values are the
person's local calendar dates; ``tz`` is the person's time zone (``schedule.local_timezone()`` at
the edges). Errors the person can fix are ``ValueError`` with a sentence; an unknown id is
``LookupError``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from vigilance_app.heightened import ACCOUNT_KINDS, HeightenedReason, HeightenedSource
from vigilance_app.reviews.schedule import (
    Rhythm,
    as_utc,
    reminder_active,
    schedule_on,
    snooze_until,
)
from vigilance_app.reviews.summary import (  # re-exported: the API in one place
    DueSummary,
    due_count_all_profiles,
    due_summary,
    gather_reasons,
)

if TYPE_CHECKING:
    from vigilance_app.store.store import Store

RESULTS: tuple[str, ...] = ("normal", "unusual")
NAME_MAX = 80
INSTITUTION_MAX = 120
URL_MAX = 500
NOTE_MAX = 2000
# A heightened period the person chooses lasts at most a year (8 weeks is the usual advice).
HEIGHTENED_MAX_DAYS = 366
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_UNSET: Any = object()

__all__ = [
    "AccountInfo", "DueInfo", "DueSummary", "HeightenedPeriodInfo", "ReviewInfo",
    "add_account", "archive_account", "clean_note", "clean_text", "clear_snooze",
    "delete_account", "due_count_all_profiles", "due_info", "due_summary", "end_heightened",
    "gather_reasons", "get_account", "history", "link_journal_entry", "list_accounts",
    "list_due", "list_heightened", "record_review", "reviews_between", "snooze",
    "start_heightened", "update_account", "validate_kind", "validate_name",
    "validate_official_url",
]


@dataclass(frozen=True)
class AccountInfo:
    id: int
    profile_id: int
    kind: str
    name: str
    institution: str
    official_url: str | None
    rhythm: Rhythm
    created_at: datetime  # UTC-aware
    archived: bool


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    account_id: int
    reviewed_at: datetime  # UTC-aware
    result: str  # normal | unusual
    note: str
    journal_entry_id: int | None


@dataclass(frozen=True)
class DueInfo:
    """One account on one day: when its next review is due and why.

    ``state`` follows the schedule only (snoozing never changes it); ``snoozed_until`` is set
    while a snooze is running (the reminder comes back on that date). ``heightened_until`` is
    the first day back to the normal rhythm, None when the rhythm is normal.
    """

    account: AccountInfo
    next_due: date
    state: str  # upcoming | due | overdue
    heightened_until: date | None
    heightened_reasons: tuple[HeightenedReason, ...]
    snoozed_until: date | None
    last_review: datetime | None  # UTC-aware
    today: date

    @property
    def needs_reminder(self) -> bool:
        """Due or overdue and not snoozed: counted by Home and the tray."""
        return reminder_active(self.state, self.snoozed_until, self.today)


@dataclass(frozen=True)
class HeightenedPeriodInfo:
    id: int
    profile_id: int
    since: date
    until: date  # exclusive: the first day back to normal
    account_kinds: frozenset[str] | None
    note: str


# ---- validation ----------------------------------------------------------------------------


def clean_text(text: str, limit: int) -> str:
    """One line of the person's own text (an account's name or institution): control and
    direction characters removed, trimmed, card numbers, IBANs and social-security numbers
    masked to their last 4 characters, then cut to ``limit``."""
    from vigilance_app.sensitive import mask_clipped

    one_line = " ".join(_CONTROL.sub("", text or "").split())
    return mask_clipped(one_line, limit).text.strip()


def clean_note(text: str) -> str:
    """A free-text note: control characters removed (line breaks kept), length limited, and
    card numbers, IBANs and social-security numbers masked to their last 4 characters."""
    from vigilance_app.sensitive import mask_clipped

    lines = [" ".join(_CONTROL.sub("", line).split()) for line in (text or "").splitlines()]
    return mask_clipped("\n".join(lines).strip(), NOTE_MAX).text


def validate_kind(kind: str) -> str:
    if kind not in ACCOUNT_KINDS:
        raise ValueError(f"Unknown account kind {kind!r}.")
    return kind


def validate_name(name: str) -> str:
    cleaned = clean_text(name, NAME_MAX)
    if not cleaned:
        raise ValueError("An account needs a name, for example \"Compte courant\".")
    return cleaned


def validate_official_url(url: str | None) -> str | None:
    """An https address with a host and nothing hidden in it; empty means none."""
    from urllib.parse import urlsplit, urlunsplit

    if url is None or not url.strip():
        return None
    text = url.strip()
    if len(text) > URL_MAX or _CONTROL.search(text) or any(c.isspace() for c in text):
        raise ValueError("This web address is too long or contains spaces.")
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        raise ValueError("This is not a valid web address.") from None
    if parts.scheme.lower() != "https":
        raise ValueError("Only secure web addresses starting with https:// can be saved.")
    if not host or "." not in host or parts.username is not None or parts.password is not None:
        raise ValueError("This web address has no valid site name.")
    if port not in (None, 443):
        raise ValueError("This web address uses an unusual port; type the official address.")
    if "\\" in text or not re.fullmatch(r"[a-z0-9.-]+|xn--[a-z0-9.-]+", host.lower()):
        raise ValueError("This web address has characters that an official site does not use.")
    return urlunsplit(("https", parts.netloc.lower(), parts.path, parts.query, ""))


# ---- accounts ------------------------------------------------------------------------------


def add_account(store: Store, profile_id: int, kind: str, name: str, *, now: datetime,
                institution: str = "", official_url: str | None = None,
                rhythm: Rhythm | None = None) -> AccountInfo:
    """A new account for a profile. ``rhythm`` None takes the kind's default (resources)."""
    from vigilance_app.reviews.models import Account
    from vigilance_app.store.models import Profile

    validate_kind(kind)
    if rhythm is None:
        from vigilance_app.reviews.content import default_rhythm

        rhythm = default_rhythm(kind)
    values = dict(kind=kind, name=validate_name(name),
                  institution=clean_text(institution, INSTITUTION_MAX),
                  official_url=validate_official_url(official_url),
                  rhythm_count=rhythm.count, rhythm_unit=rhythm.unit,
                  created_at=as_utc(now), archived=False)
    with store.sessions.begin() as session:
        if session.get(Profile, profile_id) is None:
            raise LookupError("No such profile.")
        account = Account(profile_id=profile_id, **values)
        session.add(account)
        session.flush()
        return _account_info(account)


def update_account(store: Store, account_id: int, *, kind: str = _UNSET, name: str = _UNSET,
                   institution: str = _UNSET, official_url: str | None = _UNSET,
                   rhythm: Rhythm = _UNSET) -> AccountInfo:
    """Change what is given, keep the rest. Changing the rhythm re-plans from the last review."""
    from vigilance_app.reviews.models import Account

    with store.sessions.begin() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise LookupError("No such account.")
        if kind is not _UNSET:
            account.kind = validate_kind(kind)
        if name is not _UNSET:
            account.name = validate_name(name)
        if institution is not _UNSET:
            account.institution = clean_text(institution, INSTITUTION_MAX)
        if official_url is not _UNSET:
            account.official_url = validate_official_url(official_url)
        if rhythm is not _UNSET:
            account.rhythm_count, account.rhythm_unit = rhythm.count, rhythm.unit
        session.flush()
        return _account_info(account)


def archive_account(store: Store, account_id: int, archived: bool = True) -> None:
    """Hide an account from reminders and lists (``archived=False`` undoes it); history stays."""
    from vigilance_app.reviews.models import Account

    with store.sessions.begin() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise LookupError("No such account.")
        account.archived = archived


def delete_account(store: Store, account_id: int) -> None:
    """Delete an account with its history (the screens confirm first; prefer archiving)."""
    from vigilance_app.reviews.models import Account

    with store.sessions.begin() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise LookupError("No such account.")
        session.delete(account)


def get_account(store: Store, account_id: int) -> AccountInfo:
    rows = store.reader.execute(f"SELECT {_ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = ?",
                                (account_id,)).fetchall()
    if not rows:
        raise LookupError("No such account.")
    return _account_from_row(rows[0])


def list_accounts(store: Store, profile_id: int,
                  include_archived: bool = False) -> list[AccountInfo]:
    """A profile's accounts in the order they were added."""
    rows = store.reader.execute(
        f"SELECT {_ACCOUNT_COLUMNS} FROM accounts a WHERE a.profile_id = ? "
        f"{'' if include_archived else 'AND a.archived = 0'} ORDER BY a.id",
        (profile_id,)).fetchall()
    return [_account_from_row(row) for row in rows]


# ---- reviews -------------------------------------------------------------------------------


def record_review(store: Store, account_id: int, result: str, note: str, now: datetime,
                  journal_entry_id: int | None = None) -> ReviewInfo:
    """Keep one review. It clears every missed occurrence and any running snooze."""
    from vigilance_app.reviews.models import Account, AccountReview, ReviewSnooze

    if result not in RESULTS:
        raise ValueError(f"A review result is 'normal' or 'unusual', not {result!r}.")
    with store.sessions.begin() as session:
        if session.get(Account, account_id) is None:
            raise LookupError("No such account.")
        review = AccountReview(account_id=account_id, reviewed_at=as_utc(now), result=result,
                               note=clean_note(note), journal_entry_id=journal_entry_id)
        session.add(review)
        snooze = session.get(ReviewSnooze, account_id)
        if snooze is not None:
            session.delete(snooze)
        session.flush()
        return ReviewInfo(review.id, account_id, as_utc(review.reviewed_at), review.result,
                          review.note, review.journal_entry_id)


def link_journal_entry(store: Store, review_id: int, journal_entry_id: int) -> None:
    """Attach the journal entry written after an unusual review."""
    from vigilance_app.reviews.models import AccountReview

    with store.sessions.begin() as session:
        review = session.get(AccountReview, review_id)
        if review is None:
            raise LookupError("No such review.")
        review.journal_entry_id = journal_entry_id


def history(store: Store, account_id: int) -> list[ReviewInfo]:
    """Every review of an account, newest first."""
    rows = store.reader.execute(
        "SELECT id, account_id, reviewed_at, result, note, journal_entry_id "
        "FROM account_reviews WHERE account_id = ? ORDER BY reviewed_at DESC, id DESC",
        (account_id,)).fetchall()
    return [ReviewInfo(rid, aid, as_utc(at), result, note or "", entry)
            for rid, aid, at, result, note, entry in rows]


def reviews_between(store: Store, profile_id: int, start: datetime,
                    end: datetime) -> list[ReviewInfo]:
    """Reviews of a profile's accounts with start <= reviewed_at < end (e.g. "this month")."""
    rows = store.reader.execute(
        "SELECT r.id, r.account_id, r.reviewed_at, r.result, r.note, r.journal_entry_id "
        "FROM account_reviews r JOIN accounts a ON a.id = r.account_id "
        "WHERE a.profile_id = ? AND r.reviewed_at >= ? AND r.reviewed_at < ? "
        "ORDER BY r.reviewed_at DESC, r.id DESC",
        (profile_id, _sql_time(start), _sql_time(end))).fetchall()
    return [ReviewInfo(rid, aid, as_utc(at), result, note or "", entry)
            for rid, aid, at, result, note, entry in rows]


# ---- snooze --------------------------------------------------------------------------------


def snooze(store: Store, account_id: int, choice: str, today: date) -> date:
    """Quiet the reminder (``tomorrow``, ``three_days``, ``next_week``); the schedule stays.

    Returns the date the reminder comes back. A new snooze replaces the previous one.
    """
    from vigilance_app.reviews.models import Account, ReviewSnooze

    until = snooze_until(choice, today)
    with store.sessions.begin() as session:
        if session.get(Account, account_id) is None:
            raise LookupError("No such account.")
        session.merge(ReviewSnooze(account_id=account_id, until=until))
    return until


def clear_snooze(store: Store, account_id: int) -> None:
    from vigilance_app.reviews.models import ReviewSnooze

    with store.sessions.begin() as session:
        snoozed = session.get(ReviewSnooze, account_id)
        if snoozed is not None:
            session.delete(snoozed)


# ---- heightened vigilance (the person's own choice) ----------------------------------------


def start_heightened(store: Store, profile_id: int, since: date, until: date,
                     kinds: Iterable[str] | None = None, note: str = "") -> HeightenedPeriodInfo:
    """Review more often from ``since`` until ``until`` (exclusive), for some kinds or all.

    Typical use: ``until = since + 8 weeks`` after a scare. The rhythm returns to normal by
    itself on ``until``.
    """
    from vigilance_app.reviews.models import HeightenedPeriod
    from vigilance_app.store.models import Profile

    if until <= since:
        raise ValueError("A period of heightened vigilance must end after it starts.")
    if (until - since).days > HEIGHTENED_MAX_DAYS:
        raise ValueError("A period of heightened vigilance lasts at most one year.")
    kind_list = None if kinds is None else sorted({validate_kind(k) for k in kinds})
    if kind_list == []:
        raise ValueError("Choose at least one kind of account, or all of them.")
    with store.sessions.begin() as session:
        if session.get(Profile, profile_id) is None:
            raise LookupError("No such profile.")
        period = HeightenedPeriod(profile_id=profile_id, since=since, until=until,
                                  account_kinds=kind_list, note=clean_note(note))
        session.add(period)
        session.flush()
        return HeightenedPeriodInfo(period.id, profile_id, since, until,
                                    None if kind_list is None else frozenset(kind_list),
                                    period.note)


def end_heightened(store: Store, period_id: int, today: date) -> None:
    """Stop a chosen period now: from ``today`` on, the rhythm is normal again."""
    from vigilance_app.reviews.models import HeightenedPeriod

    with store.sessions.begin() as session:
        period = session.get(HeightenedPeriod, period_id)
        if period is None:
            raise LookupError("No such period.")
        if period.since >= today:  # not started yet (or starts today): remove it
            session.delete(period)
        elif period.until > today:
            period.until = today


def list_heightened(store: Store, profile_id: int) -> list[HeightenedPeriodInfo]:
    """The periods the person chose, latest first (ended ones included)."""
    from vigilance_app.reviews.sources import parse_kinds

    rows = store.reader.execute(
        "SELECT id, profile_id, since, until, account_kinds, note FROM heightened_periods "
        "WHERE profile_id = ? ORDER BY since DESC, id DESC", (profile_id,)).fetchall()
    return [HeightenedPeriodInfo(pid, prof, date.fromisoformat(since), date.fromisoformat(until),
                                 parse_kinds(kinds), note or "")
            for pid, prof, since, until, kinds, note in rows]


# ---- what is due ---------------------------------------------------------------------------


def list_due(store: Store, profile_id: int, today: date, tz: tzinfo | None = None,
             sources: Sequence[HeightenedSource] | None = None) -> list[DueInfo]:
    """Every active account of a profile with its schedule on ``today``, soonest due first.

    ``tz`` None means this computer's zone (``schedule.local_timezone()``).
    """
    if tz is None:
        from vigilance_app.reviews.schedule import local_timezone

        tz = local_timezone()
    reasons = gather_reasons(store, profile_id, today, sources)
    rows = store.reader.execute(
        f"SELECT {_ACCOUNT_COLUMNS}, "
        "(SELECT max(r.reviewed_at) FROM account_reviews r WHERE r.account_id = a.id), "
        "(SELECT s.until FROM review_snoozes s WHERE s.account_id = a.id) "
        "FROM accounts a WHERE a.profile_id = ? AND a.archived = 0 ORDER BY a.id",
        (profile_id,)).fetchall()
    infos = []
    for row in rows:
        account = _account_from_row(row[:-2])
        last = as_utc(row[-2]) if row[-2] else None
        snoozed = date.fromisoformat(row[-1]) if row[-1] else None
        plan = schedule_on(today, last, account.created_at, account.rhythm, account.kind,
                           reasons, tz)
        infos.append(DueInfo(account, plan.next_due, plan.state, plan.heightened_until,
                             plan.heightened_reasons,
                             snoozed if snoozed is not None and snoozed > today else None,
                             last, today))
    infos.sort(key=lambda info: (info.next_due, info.account.id))
    return infos


def due_info(store: Store, account_id: int, today: date, tz: tzinfo | None = None,
             sources: Sequence[HeightenedSource] | None = None) -> DueInfo:
    account = get_account(store, account_id)
    for info in list_due(store, account.profile_id, today, tz, sources):
        if info.account.id == account_id:
            return info
    raise LookupError("This account is archived.")


# ---- rows ----------------------------------------------------------------------------------

_ACCOUNT_COLUMNS = ("a.id, a.profile_id, a.kind, a.name, a.institution, a.official_url, "
                    "a.rhythm_count, a.rhythm_unit, a.created_at, a.archived")


def _sql_time(moment: datetime) -> str:
    """The way SQLAlchemy writes a DateTime in SQLite (so string comparison orders by time)."""
    return as_utc(moment).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _shown(text: str | None) -> str:
    """A name or institution as read: masked again, for rows stored before masking existed
    (so no screen or export shows a number kept by an older version)."""
    from vigilance_app.sensitive import mask_sensitive

    return mask_sensitive(text or "").text


def _account_from_row(row: Sequence[Any]) -> AccountInfo:
    aid, pid, kind, name, institution, url, count, unit, created, archived = row
    return AccountInfo(aid, pid, kind, _shown(name), _shown(institution), url,
                       Rhythm(count, unit), as_utc(created), bool(archived))


def _account_info(account: Any) -> AccountInfo:
    return AccountInfo(account.id, account.profile_id, account.kind, _shown(account.name),
                       _shown(account.institution), account.official_url,
                       Rhythm(account.rhythm_count, account.rhythm_unit),
                       as_utc(account.created_at), bool(account.archived))
