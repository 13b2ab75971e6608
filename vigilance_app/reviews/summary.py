"""What is due, in counts: the start-up path (Home panel, tray text).

Kept apart from ``accounts`` so that painting Home costs as little as possible: raw SQL on
``store.reader``, no SQLAlchemy, no TOML, no per-account objects (about a millisecond of
import instead of several for the API module's dataclasses). ``accounts`` re-exports these
functions; the numbers are the same as counting ``accounts.list_due(...)`` entries whose
``needs_reminder`` is true.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, tzinfo
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from vigilance_app.heightened import HeightenedReason, HeightenedSource
    from vigilance_app.store.store import Store

_log = logging.getLogger(__name__)


class DueSummary(NamedTuple):
    """Counts for Home and the tray: reviews to do now (not snoozed), and the next date."""

    due: int
    overdue: int
    snoozed: int  # due or overdue, but the reminder is snoozed today
    next_date: date | None  # the earliest upcoming due date (after today), if any
    accounts: int = 0  # active (not archived) accounts of the profile

    @property
    def to_do(self) -> int:
        return self.due + self.overdue


def gather_reasons(store: Store, profile_id: int, today: date,
                   sources: Sequence[HeightenedSource] | None = None) -> list[HeightenedReason]:
    """Reasons from every source (``sources.DEFAULT_SOURCES`` when None).

    A source that fails is logged (its name only, no personal data) and skipped: the accounts
    keep their normal rhythm rather than the whole list failing.
    """
    if sources is None:
        from vigilance_app.reviews.sources import DEFAULT_SOURCES

        sources = DEFAULT_SOURCES
    reasons: list[HeightenedReason] = []
    for source in sources:
        try:
            reasons.extend(source(store, profile_id, today))
        except Exception:  # another capability's bug must not stop every reminder
            _log.warning("heightened-vigilance source %s failed; its reasons are skipped",
                         getattr(source, "__qualname__", type(source).__name__), exc_info=True)
    return reasons


def due_summary(store: Store, profile_id: int, today: date, tz: tzinfo | None = None,
                sources: Sequence[HeightenedSource] | None = None) -> DueSummary:
    """How many reviews of a profile are due, overdue, snoozed on ``today``; the next date.

    With no account, nothing else is read: no time zone, no heightened-vigilance source, not
    even the schedule module (Home is painted sooner for someone who has not added any)."""
    rows = store.reader.execute(
        "SELECT a.kind, a.rhythm_count, a.rhythm_unit, a.created_at, "
        "(SELECT max(r.reviewed_at) FROM account_reviews r WHERE r.account_id = a.id), "
        "(SELECT s.until FROM review_snoozes s WHERE s.account_id = a.id) "
        "FROM accounts a WHERE a.profile_id = ? AND a.archived = 0",
        (profile_id,)).fetchall()
    if not rows:
        return DueSummary(0, 0, 0, None, 0)
    from vigilance_app.reviews.schedule import (
        UPCOMING,
        Rhythm,
        as_utc,
        local_timezone,
        reminder_active,
        schedule_on,
    )

    tz = tz or local_timezone()
    reasons = gather_reasons(store, profile_id, today, sources)
    due = overdue = snoozed = 0
    upcoming: list[date] = []
    for kind, count, unit, created, last, snooze in rows:
        plan = schedule_on(today, as_utc(last) if last else None, as_utc(created),
                           Rhythm(count, unit), kind, reasons, tz)
        if plan.state == UPCOMING:
            upcoming.append(plan.next_due)
        elif not reminder_active(plan.state, date.fromisoformat(snooze) if snooze else None,
                                 today):
            snoozed += 1
        elif plan.state == "due":
            due += 1
        else:
            overdue += 1
    return DueSummary(due, overdue, snoozed, min(upcoming) if upcoming else None, len(rows))


def due_count_all_profiles(store: Store, today: date, tz: tzinfo | None = None,
                           sources: Sequence[HeightenedSource] | None = None) -> int:
    """Reviews to do now across every profile: the tray says "2 account reviews are due"."""
    profile_ids = [row[0] for row in
                   store.reader.execute("SELECT id FROM profiles ORDER BY id").fetchall()]
    return sum(due_summary(store, pid, today, tz, sources).to_do for pid in profile_ids)

