"""What a handover file holds: one person's journal, accounts and their reviews, plan progress,
breach notices and chosen periods of heightened vigilance, as plain JSON.

Entries travel as the journal's own drafts (masked texts, the kept original if any); the
receiving store passes them through the journal's checks again. Rows of other capabilities
travel as their fields; links between them (a review or a plan started from a journal entry)
use the entry's position in the list, never a database id.
"""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

if TYPE_CHECKING:
    from vigilance_app.journal.repository import EntryDetail
    from vigilance_app.store.store import Store

PAYLOAD_FORMAT = "vigilance-handover-payload"
PAYLOAD_VERSION = 1
PERSON_UID_PREFIX = "person_uid:"  # app_state: the person's identity across handovers
PAGE = 500


def utc_text(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat()


def day_text(day: date | None) -> str | None:
    return day.isoformat() if day else None


def person_uid(store: Store, person_id: int) -> str:
    """The person's identity across handovers, created on first use (in ``app_state``): a
    second import of the same person merges instead of adding someone new."""
    from vigilance_app.store.models import AppState

    key = f"{PERSON_UID_PREFIX}{person_id}"
    with store.sessions.begin() as session:
        existing = session.get(AppState, key)
        if existing is not None:
            return existing.value
        value = str(uuid.uuid4())
        session.add(AppState(key=key, value=value))
        return value


def _entry_record(detail: EntryDetail, raw: bytes | None) -> dict[str, Any]:
    draft = detail.draft()
    return {
        "received_at": utc_text(detail.received_at),
        "channel": draft.channel,
        "senders": draft.senders,
        "mentioned": draft.mentioned,
        "claimed_org_id": draft.claimed_org_id,
        "claimed_org_text": draft.claimed_org_text,
        "summary": draft.summary,
        "body": draft.body,
        "risk": draft.risk,
        "status": draft.status,
        "notes": draft.notes,
        "flags": [[f.code, f.origin, f.removed, f.evidence] for f in draft.flags],
        "reactions": draft.reactions,
        "disclosed": draft.disclosed,
        "reports": [[r.where, day_text(r.reported_on), r.note] for r in draft.reports],
        "attachments": [[a.name, a.declared_type, a.sniffed_type, a.size, a.dangerous,
                         list(a.reasons)] for a in draft.attachments],
        "tags": draft.tags,
        "raw_eml": base64.b64encode(raw).decode("ascii") if raw is not None else None,
    }


def _journal(store: Store, person_id: int) -> tuple[list[dict[str, Any]], dict[int, int]]:
    from vigilance_app.journal.repository import Journal

    journal = Journal(store)
    records: list[dict[str, Any]] = []
    positions: dict[int, int] = {}
    offset = 0
    while True:
        rows = journal.rows(person_id, offset=offset, limit=PAGE, sort="oldest")
        for row in rows:
            detail = journal.get(row.id)
            if detail is None:
                continue
            positions[detail.id] = len(records)
            records.append(_entry_record(detail, journal.raw_eml(detail.id)
                                         if detail.has_raw_eml else None))
        if len(rows) < PAGE:
            return records, positions
        offset += PAGE


def _accounts(session: Any, person_id: int, positions: dict[int, int]) -> list[dict[str, Any]]:
    from vigilance_app.reviews.models import Account, AccountReview, ReviewSnooze

    out = []
    for account in session.scalars(select(Account).where(Account.profile_id == person_id)
                                   .order_by(Account.id)):
        reviews = session.scalars(select(AccountReview).where(
            AccountReview.account_id == account.id).order_by(AccountReview.reviewed_at))
        snooze = session.get(ReviewSnooze, account.id)
        out.append({
            "kind": account.kind, "name": account.name, "institution": account.institution,
            "official_url": account.official_url, "rhythm_count": account.rhythm_count,
            "rhythm_unit": account.rhythm_unit, "created_at": utc_text(account.created_at),
            "archived": bool(account.archived),
            "snoozed_until": day_text(snooze.until) if snooze else None,
            "reviews": [{"reviewed_at": utc_text(r.reviewed_at), "result": r.result,
                         "note": r.note, "entry": positions.get(r.journal_entry_id or -1)}
                        for r in reviews],
        })
    return out


def _plans(session: Any, person_id: int, positions: dict[int, int]) -> list[dict[str, Any]]:
    from vigilance_app.guidance.progress import PlanRun, PlanStepTick

    out = []
    for run in session.scalars(select(PlanRun).where(PlanRun.profile_id == person_id)
                               .order_by(PlanRun.id)):
        ticks = session.scalars(select(PlanStepTick).where(PlanStepTick.run_id == run.id)
                                .order_by(PlanStepTick.id))
        out.append({
            "situation": run.situation, "entry": positions.get(run.journal_entry_id or -1),
            "started_at": utc_text(run.started_at), "finished_at": utc_text(run.finished_at),
            "language": run.language,
            "ticks": [{"step_id": t.step_id, "done_at": utc_text(t.done_at), "note": t.note}
                      for t in ticks],
        })
    return out


def _notices(session: Any, person_id: int) -> list[dict[str, Any]]:
    from vigilance_app.guidance.breach import BreachNotice

    return [{"organisation": n.organisation, "received_on": day_text(n.received_on),
             "breach": n.breach, "exposed": n.exposed, "created_at": utc_text(n.created_at)}
            for n in session.scalars(select(BreachNotice).where(
                BreachNotice.profile_id == person_id).order_by(BreachNotice.id))]


def _periods(session: Any, person_id: int) -> list[dict[str, Any]]:
    from vigilance_app.reviews.models import HeightenedPeriod

    return [{"since": day_text(p.since), "until": day_text(p.until),
             "account_kinds": p.account_kinds, "note": p.note}
            for p in session.scalars(select(HeightenedPeriod).where(
                HeightenedPeriod.profile_id == person_id).order_by(HeightenedPeriod.id))]


def collect(store: Store, person_id: int, now: datetime) -> dict[str, Any]:
    """The whole payload of one person."""
    from vigilance_app.people import get_person

    person = get_person(store, person_id)
    uid = person_uid(store, person_id)
    entries, positions = _journal(store, person_id)
    with store.sessions() as session:
        accounts = _accounts(session, person_id, positions)
        plans = _plans(session, person_id, positions)
        notices = _notices(session, person_id)
        periods = _periods(session, person_id)
    return {
        "format": PAYLOAD_FORMAT,
        "version": PAYLOAD_VERSION,
        "created_at": utc_text(now),
        "person": {"uid": uid, "name": person.name, "is_self": person.is_self},
        "entries": entries,
        "accounts": accounts,
        "plans": plans,
        "breach_notices": notices,
        "heightened_periods": periods,
    }
