"""Importing a handover payload: the person is added, or merged into the same person without
duplicates; all or nothing, in one transaction.

Identity:
- the person: the ``uid`` the sending store gave them (kept in ``app_state`` on both sides);
  a person not seen before is added (as a relative of the one importing; a name already
  used by someone else gets a number: "Jeanne (2)");
- a journal entry: its time, channel, senders (normalised), summary and text, after the
  journal's own cleaning (so an entry already imported, or typed twice, is found again);
- an account: its kind, name and institution (case ignored); a review: its account, time and
  result; a plan: its situation, start and entry; a tick: its plan and step; a breach notice:
  its organisation, date and breach; a period of heightened vigilance: its dates and kinds.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from vigilance_app.handover import fields as f
from vigilance_app.handover.errors import HandoverContentInvalid
from vigilance_app.handover.payload import PAYLOAD_FORMAT, PAYLOAD_VERSION, PERSON_UID_PREFIX

if TYPE_CHECKING:
    from vigilance_app.journal.repository import EntryDraft
    from vigilance_app.store.store import Store

MAX_ENTRIES = 200_000
MAX_ACCOUNTS = 2_000
MAX_REVIEWS = 20_000
MAX_PLANS = 5_000
MAX_TICKS = 200
MAX_SMALL = 2_000
BIG_TEXT = 2_000_000


@dataclass(frozen=True)
class ImportSummary:
    """What an import did: the person (new or merged) and what was added."""

    person_id: int
    person_name: str
    new_person: bool
    entries_added: int
    entries_already_there: int
    accounts_added: int
    reviews_added: int
    plans_added: int
    ticks_added: int
    notices_added: int
    periods_added: int


def _key(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()[:32]


def _fold(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()


# ---- reading the payload ------------------------------------------------------------------

def _draft(raw: Any) -> EntryDraft:
    from vigilance_app.journal.repository import (
        AttachmentInfo,
        EntryDraft,
        FlagDraft,
        ReportDraft,
    )

    e = f.table(raw)
    original = f.text(e.get("raw_eml"), 40 * 1024 * 1024, optional=True)
    try:
        raw_eml = base64.b64decode(original, validate=True) if original is not None else None
    except (binascii.Error, ValueError):
        raise f.Invalid("original") from None
    return EntryDraft(
        received_at=f.required_moment(e.get("received_at")),
        channel=f.required_text(e.get("channel"), 32),
        senders=f.texts(e.get("senders"), 100, 1000),
        mentioned=f.texts(e.get("mentioned"), 100, 1000),
        claimed_org_id=f.text(e.get("claimed_org_id"), 100, optional=True),
        claimed_org_text=f.required_text(e.get("claimed_org_text"), 1000),
        summary=f.required_text(e.get("summary"), 5000),
        body=f.required_text(e.get("body"), BIG_TEXT),
        risk=f.text(e.get("risk"), 16, optional=True),
        status=f.required_text(e.get("status"), 16),
        notes=f.required_text(e.get("notes"), 100_000),
        flags=[FlagDraft(f.required_text(c, 64), f.required_text(o, 16), f.flag(r),
                         f.required_text(ev, 10_000))
               for c, o, r, ev in (_four(x) for x in f.items(e.get("flags"), 100))],
        reactions=f.texts(e.get("reactions"), 20, 64),
        disclosed=f.texts(e.get("disclosed"), 20, 64),
        reports=[ReportDraft(f.required_text(w, 64), f.day(d, optional=True),
                             f.required_text(n, 100_000))
                 for w, d, n in (_n(x, 3) for x in f.items(e.get("reports"), 50))],
        attachments=[AttachmentInfo(f.required_text(a[0], 1000), f.required_text(a[1], 1000),
                                    f.text(a[2], 1000, optional=True),
                                    f.integer(a[3], 0, 1 << 40) or 0, f.flag(a[4]),
                                    tuple(f.texts(a[5], 10, 100)))
                     for a in (_n(x, 6) for x in f.items(e.get("attachments"), 200))],
        tags=f.texts(e.get("tags"), 50, 200),
        raw_eml=raw_eml,
    )


def _n(value: Any, length: int) -> list[Any]:
    values = f.items(value, length)
    if len(values) != length:
        raise f.Invalid("tuple")
    return values


def _four(value: Any) -> list[Any]:
    return _n(value, 4)


@dataclass
class _Parsed:
    uid: str
    name: str
    entries: list[Any]  # _Prepared of the journal
    accounts: list[dict[str, Any]]
    plans: list[dict[str, Any]]
    notices: list[dict[str, Any]]
    periods: list[dict[str, Any]]


def parse(payload: Any) -> _Parsed:
    from vigilance_app.journal.repository import JournalError, prepare

    try:
        top = f.table(payload)
        if top.get("format") != PAYLOAD_FORMAT or top.get("version") != PAYLOAD_VERSION:
            raise f.Invalid("format")
        person = f.table(top.get("person"))
        uid = f.required_text(person.get("uid"), 64)
        name = f.required_text(person.get("name"), 200)
        entries = [prepare(_draft(e)) for e in f.items(top.get("entries"), MAX_ENTRIES)]
        return _Parsed(uid, name, entries,
                       [f.table(a) for a in f.items(top.get("accounts"), MAX_ACCOUNTS)],
                       [f.table(p) for p in f.items(top.get("plans"), MAX_PLANS)],
                       [f.table(n) for n in f.items(top.get("breach_notices"), MAX_SMALL)],
                       [f.table(p) for p in f.items(top.get("heightened_periods"), MAX_SMALL)])
    except (f.Invalid, JournalError, TypeError, ValueError, AssertionError):
        raise HandoverContentInvalid() from None


# ---- writing ------------------------------------------------------------------------------

def _entry_key(received_at: str, channel: str, senders: list[tuple[str, str]], summary: str,
               body: str) -> str:
    return _key(received_at, channel, sorted(senders), summary, body)


def _existing_entries(conn: Any, person_id: int) -> dict[str, int]:
    senders: dict[int, list[tuple[str, str]]] = {}
    for entry_id, kind, value in conn.execute(
            "SELECT i.entry_id, i.kind, i.value FROM journal_identifiers i JOIN journal_entries "
            "e ON e.id = i.entry_id WHERE e.profile_id = ? AND i.role = 'sender'",
            (person_id,)).fetchall():
        senders.setdefault(entry_id, []).append((kind, value))
    found: dict[str, int] = {}
    for entry_id, received, channel, summary, body in conn.execute(
            "SELECT e.id, e.received_at, e.channel, e.summary, t.body FROM journal_entries e "
            "JOIN journal_texts t ON t.entry_id = e.id WHERE e.profile_id = ? "
            "AND e.deleted_at IS NULL", (person_id,)).fetchall():
        found[_entry_key(received, channel, senders.get(entry_id, []), summary, body)] = entry_id
    return found


def _prepared_key(p: Any) -> str:
    return _entry_key(p.entry["received_at"], p.entry["channel"],
                      [(i.kind, i.value) for i in p.identifiers if i.role == "sender"],
                      p.entry["summary"], p.entry["body"])


def _target_person(session: Any, parsed: _Parsed) -> tuple[int, str, bool]:
    from vigilance_app.people.api import clean_name
    from vigilance_app.store.models import AppState, Profile
    from vigilance_app.store.vocabulary import Relationship

    for state in session.scalars(select(AppState).where(
            AppState.key.like(f"{PERSON_UID_PREFIX}%"), AppState.value == parsed.uid)):
        person_id = int(state.key[len(PERSON_UID_PREFIX):])
        profile = session.get(Profile, person_id)
        if profile is not None:
            return profile.id, profile.display_name, False
    try:
        base = clean_name(parsed.name)
    except ValueError:
        base = "?"
    taken = {_fold(p.display_name) for p in session.scalars(select(Profile))}
    name, number = base, 2
    while _fold(name) in taken:
        name = f"{base[:70]} ({number})"
        number += 1
    # Someone handed over to this computer is, for the one receiving, a relative they help.
    profile = Profile(display_name=name, relationship=Relationship.RELATIVE.value)
    session.add(profile)
    session.flush()
    session.add(AppState(key=f"{PERSON_UID_PREFIX}{profile.id}", value=parsed.uid))
    if session.get(AppState, "active_profile_id") is None:
        session.add(AppState(key="active_profile_id", value=str(profile.id)))
    session.flush()
    return profile.id, name, True


def import_parsed(store: Store, parsed: _Parsed, now: datetime) -> ImportSummary:
    from vigilance_app.journal.repository import Journal

    try:
        with store.sessions.begin() as session:
            person_id, name, new = _target_person(session, parsed)
            conn = session.connection().connection.dbapi_connection
            existing = _existing_entries(conn, person_id)
            keys = [_prepared_key(p) for p in parsed.entries]
            fresh = [i for i, k in enumerate(keys) if k not in existing
                     and k not in keys[:i]]
            new_ids = Journal.insert_prepared(conn, person_id,
                                              [parsed.entries[i] for i in fresh], now)
            ids_by_key = dict(existing) | {keys[i]: n for i, n in zip(fresh, new_ids,
                                                                       strict=True)}
            entry_ids = [ids_by_key[k] for k in keys]
            counts = _Counts()
            _merge_accounts(session, person_id, parsed.accounts, entry_ids, counts)
            _merge_plans(session, person_id, parsed.plans, entry_ids, counts)
            _merge_notices(session, person_id, parsed.notices, counts)
            _merge_periods(session, person_id, parsed.periods, counts)
    except (f.Invalid, TypeError, ValueError, IndexError, AssertionError):
        # Nothing was committed: the session's transaction was rolled back on the way out.
        raise HandoverContentInvalid() from None
    return ImportSummary(person_id, name, new, len(fresh), len(keys) - len(fresh),
                         counts.accounts, counts.reviews, counts.plans, counts.ticks,
                         counts.notices, counts.periods)


@dataclass
class _Counts:
    accounts: int = 0
    reviews: int = 0
    plans: int = 0
    ticks: int = 0
    notices: int = 0
    periods: int = 0


def _entry_at(entry_ids: list[int], position: Any) -> int | None:
    index = f.integer(position, 0, len(entry_ids) - 1, optional=True) \
        if entry_ids else f.integer(position, 0, -1, optional=True)
    return entry_ids[index] if index is not None else None


def _merge_accounts(session: Any, person_id: int, accounts: list[dict[str, Any]],
                    entry_ids: list[int], counts: _Counts) -> None:
    from vigilance_app.reviews import accounts as api
    from vigilance_app.reviews.models import RHYTHM_UNITS, Account, AccountReview, ReviewSnooze
    from vigilance_app.reviews.schedule import as_utc

    mine = {(a.kind, _fold(a.name), _fold(a.institution)): a for a in session.scalars(
        select(Account).where(Account.profile_id == person_id))}
    for record in accounts:
        kind = api.validate_kind(f.required_text(record.get("kind"), 32))
        name = api.validate_name(f.required_text(record.get("name"), 500))
        institution = api.clean_text(f.required_text(record.get("institution"), 500),
                                     api.INSTITUTION_MAX)
        unit = f.required_text(record.get("rhythm_unit"), 8)
        if unit not in RHYTHM_UNITS:
            raise f.Invalid("rhythm")
        key = (kind, _fold(name), _fold(institution))
        account = mine.get(key)
        if account is None:
            account = Account(
                profile_id=person_id, kind=kind, name=name, institution=institution,
                official_url=api.validate_official_url(
                    f.text(record.get("official_url"), 600, optional=True)),
                rhythm_count=f.integer(record.get("rhythm_count"), 1, 366),
                rhythm_unit=unit, created_at=f.required_moment(record.get("created_at")),
                archived=f.flag(record.get("archived")))
            session.add(account)
            session.flush()
            mine[key] = account
            counts.accounts += 1
            until = f.day(record.get("snoozed_until"), optional=True)
            if until is not None:
                session.add(ReviewSnooze(account_id=account.id, until=until))
        seen = {(as_utc(r.reviewed_at), r.result) for r in session.scalars(
            select(AccountReview).where(AccountReview.account_id == account.id))}
        for review in f.items(record.get("reviews"), MAX_REVIEWS):
            review = f.table(review)
            at = f.required_moment(review.get("reviewed_at"))
            result = f.required_text(review.get("result"), 16)
            if result not in ("normal", "unusual"):
                raise f.Invalid("result")
            if (at, result) in seen:
                continue
            seen.add((at, result))
            session.add(AccountReview(
                account_id=account.id, reviewed_at=at, result=result,
                note=api.clean_note(f.required_text(review.get("note"), 100_000)),
                journal_entry_id=_entry_at(entry_ids, review.get("entry"))))
            counts.reviews += 1


def _merge_plans(session: Any, person_id: int, plans: list[dict[str, Any]],
                 entry_ids: list[int], counts: _Counts) -> None:
    from vigilance_app.guidance.progress import (
        LANGUAGES,
        NOT_APPLICABLE,
        PlanRun,
        PlanStepTick,
        clean_note,
    )
    from vigilance_app.reviews.schedule import as_utc
    from vigilance_app.vocabulary import SITUATIONS

    mine = {(r.situation, as_utc(r.started_at), r.journal_entry_id): r for r in session.scalars(
        select(PlanRun).where(PlanRun.profile_id == person_id))}
    for record in plans:
        situation = f.required_text(record.get("situation"), 40)
        if situation not in SITUATIONS:
            raise f.Invalid("situation")
        started = f.required_moment(record.get("started_at"))
        entry = _entry_at(entry_ids, record.get("entry"))
        run = mine.get((situation, started, entry))
        if run is None:
            language = f.required_text(record.get("language"), 8)
            run = PlanRun(profile_id=person_id, situation=situation, journal_entry_id=entry,
                          started_at=started,
                          finished_at=f.moment(record.get("finished_at"), optional=True),
                          language=language if language in LANGUAGES else "fr")
            session.add(run)
            session.flush()
            mine[(situation, started, entry)] = run
            counts.plans += 1
        done = set(session.scalars(select(PlanStepTick.step_id).where(
            PlanStepTick.run_id == run.id)))
        for tick in f.items(record.get("ticks"), MAX_TICKS):
            tick = f.table(tick)
            step_id = f.required_text(tick.get("step_id"), 64)
            if step_id in done:
                continue
            done.add(step_id)
            note = f.required_text(tick.get("note"), 10_000)
            session.add(PlanStepTick(run_id=run.id, step_id=step_id,
                                     done_at=f.required_moment(tick.get("done_at")),
                                     note=note if note == NOT_APPLICABLE  # "does not apply"
                                     else clean_note(note)[0]))
            counts.ticks += 1


def _merge_notices(session: Any, person_id: int, notices: list[dict[str, Any]],
                   counts: _Counts) -> None:
    from vigilance_app.guidance.breach import EXPOSED, MAX_TEXT, BreachNotice
    from vigilance_app.guidance.progress import clean_note

    def short(value: Any) -> str:
        return clean_note(f.required_text(value, 1000))[0][:MAX_TEXT]

    mine = {(_fold(n.organisation), n.received_on, _fold(n.breach)) for n in session.scalars(
        select(BreachNotice).where(BreachNotice.profile_id == person_id))}
    for record in notices:
        organisation, breach = short(record.get("organisation")), short(record.get("breach"))
        received = f.day(record.get("received_on"))
        key = (_fold(organisation), received, _fold(breach))
        if key in mine:
            continue
        mine.add(key)
        exposed = f.required_text(record.get("exposed"), 200)
        if any(code not in EXPOSED for code in filter(None, exposed.split(","))):
            raise f.Invalid("exposed")
        session.add(BreachNotice(profile_id=person_id, organisation=organisation or "?",
                                 received_on=received, breach=breach, exposed=exposed,
                                 created_at=f.required_moment(record.get("created_at"))))
        counts.notices += 1


def _merge_periods(session: Any, person_id: int, periods: list[dict[str, Any]],
                   counts: _Counts) -> None:
    from vigilance_app.reviews import accounts as api
    from vigilance_app.reviews.models import HeightenedPeriod

    def kinds_of(value: Any) -> list[str] | None:
        if value is None:
            return None
        return sorted({api.validate_kind(k) for k in f.texts(value, 20, 32)})

    mine = {(p.since, p.until, tuple(p.account_kinds or ())) for p in session.scalars(
        select(HeightenedPeriod).where(HeightenedPeriod.profile_id == person_id))}
    for record in periods:
        since, until = f.day(record.get("since")), f.day(record.get("until"))
        kinds = kinds_of(record.get("account_kinds"))
        if since is None or until is None or until <= since:
            raise f.Invalid("period")
        key = (since, until, tuple(kinds or ()))
        if key in mine:
            continue
        mine.add(key)
        session.add(HeightenedPeriod(profile_id=person_id, since=since, until=until,
                                     account_kinds=kinds,
                                     note=api.clean_note(f.required_text(record.get("note"),
                                                                         100_000))))
        counts.periods += 1
