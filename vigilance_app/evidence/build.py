"""Building the evidence file from the journal of one person.

For a period (``since``/``until``, local dates, both inclusive) or for chosen entries, oldest
first. Stored texts are masked already (the journal masks before storage); they are masked
again here, because this file leaves the encrypted store. Only with ``unmasked`` does a kept
original message (kept on request at import) appear, in clear, and only in this file.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from vigilance_app.analysis.evidence import safe_text
from vigilance_app.evidence import labels
from vigilance_app.evidence.errors import (
    EvidenceEmpty,
    EvidenceEntryNotFound,
    EvidencePeriodInvalid,
    EvidenceTooLarge,
)
from vigilance_app.evidence.model import (
    Contact,
    EvidenceDocument,
    OfficialAddress,
    Report,
)
from vigilance_app.sensitive import mask_sensitive

if TYPE_CHECKING:
    from vigilance_app.journal.repository import EntryDetail
    from vigilance_app.people import Person
    from vigilance_app.store.store import Store

MAX_CONTACTS = 2000
MAX_LINE = 300  # one sender, link or label
MAX_SUMMARY = 2000
MAX_NOTES = 4000
MAX_ORIGINAL = 20_000
PAGE = 500
# Flags that say what the contact asked for ("what was asked").
REQUEST_FLAGS: tuple[str, ...] = (
    "asks_card_details", "asks_credentials", "asks_nir", "asks_bank_details",
    "payment_request", "callback_number", "remote_access",
)
# The official places listed at the end, from the guidance directory, in this order.
OFFICIAL_CHANNELS: tuple[str, ...] = (
    "spam_33700", "signal_spam", "phishing_initiative", "perceval", "thesee", "cyber17",
    "card_opposition", "ameli_3646", "cybermalveillance", "info_escroqueries",
    "france_victimes",
)


def _masked(value: str) -> str:
    return mask_sensitive(value).text


def _line(value: str, limit: int = MAX_LINE) -> str:
    """One line, safe to show, masked, links defanged."""
    return safe_text(_masked(value or ""), limit)


def _block(value: str, limit: int) -> str:
    """Several lines kept (a summary, notes), each made safe; links defanged."""
    lines = [safe_text(line, limit) for line in _masked(value or "")[:limit * 2].splitlines()]
    out = "\n".join(line for line in lines if line.strip())
    return out if len(out) <= limit else out[:limit - 1] + "…"


def _org_name(org_id: str | None, text: str) -> str:
    if org_id:
        try:
            from vigilance_app.analysis.organizations import all_organizations

            for org in all_organizations():
                if org.id == org_id and org.names:
                    return org.names[0]
        except Exception:  # a damaged resource must not stop the file: the text is kept
            pass
    return text or org_id or ""


def _identifiers(detail: EntryDetail, role: str) -> tuple[str, ...]:
    out: list[str] = []
    for ident in detail.identifiers:
        if ident.role != role:
            continue
        shown = _line(ident.display)
        if ident.kind == "domain" and any(o.endswith(shown) for o in out):
            continue  # the domain of an address or link already listed
        if shown and shown not in out:
            out.append(shown)
    return tuple(out)


def _original(store: Store, detail: EntryDetail) -> str | None:
    from vigilance_app.journal.repository import Journal

    raw = Journal(store).raw_eml(detail.id)
    if raw is None:
        return None
    try:
        from vigilance_app.analysis.eml import parse_eml

        parsed = parse_eml(raw)
    except Exception:  # a kept original that no longer parses is left out, not fatal
        return None
    head = [f"{k}: {v}" for k, v in (("From", parsed.sender_address or parsed.sender_name),
                                     ("Subject", parsed.subject)) if v]
    text = "\n".join([*head, "", parsed.text])
    lines = [safe_text(line, 1000) for line in text[:MAX_ORIGINAL * 2].splitlines()]
    return "\n".join(lines)[:MAX_ORIGINAL]


def contact_from(store: Store, detail: EntryDetail, lang: str, tz: tzinfo,
                 unmasked: bool = False) -> Contact:
    flags = [f for f in detail.flags if not f.removed]
    codes = tuple(dict.fromkeys(_line(f.code, 40) for f in flags))
    asked = tuple(labels.flag_label(c, lang) for c in codes if c in REQUEST_FLAGS)
    reports = tuple(
        Report(r.where, labels.code_label("report", r.where, lang), r.reported_on,
               _block(r.note, 500))
        for r in detail.reports)
    received = detail.received_at.astimezone(UTC)
    return Contact(
        reference=detail.id,
        received_at=received,
        received_local=received.astimezone(tz),
        channel=detail.channel,
        channel_label=labels.code_label("channel", detail.channel, lang),
        claimed_to_be=_line(_org_name(detail.claimed_org_id, detail.claimed_org_text)),
        senders=_identifiers(detail, "sender"),
        mentioned=_identifiers(detail, "content"),
        summary=_block(detail.summary, MAX_SUMMARY),
        asked=asked,
        reactions=detail.reactions,
        reaction_labels=tuple(labels.code_label("reaction", c, lang) for c in detail.reactions),
        disclosed=detail.disclosed,
        disclosed_labels=tuple(labels.code_label("disclosed", c, lang)
                               for c in detail.disclosed),
        warning_signs=codes,
        warning_sign_labels=tuple(labels.flag_label(c, lang) for c in codes),
        risk=detail.risk,
        reports=reports,
        notes=_block(detail.notes, MAX_NOTES),
        masked_kinds=tuple(sorted(detail.masked_kinds)),
        original=_original(store, detail) if unmasked and detail.has_raw_eml else None,
    )


def official_addresses(lang: str) -> tuple[OfficialAddress, ...]:
    """Where to report, from the guidance content (the app's own, reviewed resource)."""
    from vigilance_app.guidance.progress import content_for

    content = content_for(labels.language(lang))
    out: list[OfficialAddress] = []
    for channel_id in OFFICIAL_CHANNELS:
        try:
            channel = content.report_channel(channel_id)
        except KeyError:
            continue
        contact = next((c for c in channel.contacts if c.phone or c.url), None)
        out.append(OfficialAddress(
            name=channel.name,
            phone=contact.phone if contact else None,
            url=contact.url if contact else None,
            for_=" ".join(channel.for_.split())))
    return tuple(out)


def _details_for_period(store: Store, person_id: int, since: date | None, until: date | None,
                        tz: tzinfo) -> list[EntryDetail]:
    from vigilance_app.journal.repository import Journal, JournalQuery

    start = (datetime.combine(since, time.min, tz).astimezone(UTC) if since else None)
    end = (datetime.combine(until + timedelta(days=1), time.min, tz).astimezone(UTC)
           if until else None)
    journal = Journal(store)
    query = JournalQuery(date_from=start, date_to=end)
    details: list[EntryDetail] = []
    offset = 0
    while True:
        rows = journal.rows(person_id, query, offset=offset, limit=PAGE, sort="oldest")
        for row in rows:
            detail = journal.get(row.id)
            if detail is not None:
                details.append(detail)
            if len(details) > MAX_CONTACTS:
                raise EvidenceTooLarge(MAX_CONTACTS)
        if len(rows) < PAGE:
            return details
        offset += PAGE


def _details_chosen(store: Store, person_id: int, ids: Iterable[int]) -> list[EntryDetail]:
    from vigilance_app.journal.repository import Journal

    journal = Journal(store)
    chosen = list(dict.fromkeys(int(i) for i in ids))
    if len(chosen) > MAX_CONTACTS:
        raise EvidenceTooLarge(MAX_CONTACTS)
    details = []
    for entry_id in chosen:
        detail = journal.get(entry_id)
        if detail is None or detail.profile_id != person_id:
            raise EvidenceEntryNotFound(entry_id)
        details.append(detail)
    details.sort(key=lambda d: (d.received_at, d.id))
    return details


def build_document(store: Store, person: Person, *, lang: str = "fr",
                   since: date | None = None, until: date | None = None,
                   entry_ids: Sequence[int] | None = None, unmasked: bool = False,
                   tz: tzinfo | None = None, now: datetime | None = None) -> EvidenceDocument:
    """The evidence file of ``person``: the chosen entries, or those of the period (the whole
    journal without dates). Raises EvidenceEmpty when there is nothing to put in it."""
    lang = labels.language(lang)
    zone = tz or _local_zone()
    if since and until and since > until:
        raise EvidencePeriodInvalid()
    if entry_ids is not None:
        details = _details_chosen(store, person.id, entry_ids)
    else:
        details = _details_for_period(store, person.id, since, until, zone)
    if not details:
        raise EvidenceEmpty()
    contacts = tuple(contact_from(store, d, lang, zone, unmasked) for d in details)
    return EvidenceDocument(
        person=_line(unicodedata.normalize("NFC", person.name), 80),
        person_is_self=person.is_self,
        language=lang,
        created_at=(now or datetime.now(UTC)).astimezone(UTC),
        since=since if entry_ids is None else None,
        until=until if entry_ids is None else None,
        selected=entry_ids is not None,
        unmasked=unmasked and any(c.original for c in contacts),
        contacts=contacts,
        official=official_addresses(lang),
    )


def _local_zone() -> Any:
    from vigilance_app.reviews.schedule import local_timezone

    return local_timezone()
