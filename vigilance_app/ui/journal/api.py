"""The journal window's one door to the journal core (``vigilance_app.journal``).

Everything the widgets need from the repository goes through these small functions, which
turn the core's dataclasses into plain values for display and back; no other module of
``ui/journal`` imports the core. No Qt strings here; the core is imported lazily (this module
is imported when the journal page is first built, never at start-up).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from vigilance_app import vocabulary
from vigilance_app.ui.journal.labels import organisation_choices

# List column key -> the repository's sort name (newest/oldest for the date).
_SORTS = {
    "channel": "channel",
    "organization": "org",
    "summary": "summary",
    "risk": "risk",
    "status": "status",
}
SENDER_LIMIT = 1_000  # entries listed for one sender


def open_journal(store: Any) -> Any:
    from vigilance_app.journal.repository import Journal

    return Journal(store)


def journal_store(journal: Any) -> Any:
    return journal.store if journal is not None else None


def repeat_cap() -> int:
    """How many repeats of a sender the list counts exactly (more shows as "N+")."""
    from vigilance_app.journal.repository import REPEAT_CAP

    return REPEAT_CAP


@lru_cache(maxsize=1)
def organisation_names() -> dict[str, str]:
    return dict(organisation_choices())


def organisation_name(org_id: str | None, text: str = "") -> str:
    if org_id:
        return organisation_names().get(org_id, text or org_id)
    return text or ""


# ---- list --------------------------------------------------------------------------------

def make_query(values: dict[str, Any]) -> Any:
    from vigilance_app.journal.repository import JournalQuery

    return JournalQuery(
        text=values.get("text") or "",
        channels=(values["channel"],) if values.get("channel") else (),
        org=values.get("organization_id") or None,
        date_from=values.get("since"),
        risks=(values["risk"],) if values.get("risk") else (),
        status=values.get("status") or None,
        reactions=(values["reaction"],) if values.get("reaction") else (),
        tag=values.get("tag") or None,
    )


def sender_identifier(sender: str) -> tuple[str, str] | None:
    """(kind, value) the repository matches a sender by, however it was written."""
    from vigilance_app.journal.identifiers import classify

    found = classify(sender)
    return (found[0].kind, found[0].value) if found else None


def make_fetcher(journal: Any, profile_id: int,
                 values: dict[str, Any]) -> Callable[[int, int, str, bool], Sequence[Any]]:
    """The list model's page reader for these search words and filters."""
    sender = values.get("sender")
    if sender:
        key = sender_identifier(sender)

        def from_sender(offset: int, limit: int, sort: str, descending: bool) -> Sequence[Any]:
            if key is None or offset > 0:
                return []
            return journal.entries_from_sender(profile_id, key[0], key[1], limit=SENDER_LIMIT)

        return from_sender

    query = make_query(values)

    def fetch(offset: int, limit: int, sort: str, descending: bool) -> Sequence[Any]:
        name = _SORTS.get(sort) or ("newest" if descending else "oldest")
        return journal.rows(profile_id, query, offset=offset, limit=limit, sort=name)

    return fetch


_WEB = re.compile(r"(?i)^(?:(https?|ftp)://|(?=www\.))([^/?#\s]*)(.*)$", re.S)


def shown_identifier(text: str) -> str:
    """A sender as shown: a web address is defanged (``hxxps://x[.]fr/a``), never a link."""
    match = _WEB.match(text or "")
    if match is None:
        return text or ""
    scheme, host, rest = match.groups()
    prefix = {"http": "hxxp", "https": "hxxps", "ftp": "fxp"}.get((scheme or "").lower(), "")
    return (prefix + "://" if prefix else "") + host.replace(".", "[.]") + rest


def row_sender(row: Any) -> str:
    return shown_identifier(row.first_sender or "")


def row_seen_count(row: Any) -> int:
    return int(row.repeat_count or 0)


def row_organization(row: Any) -> str:
    return organisation_name(row.claimed_org_id, row.claimed_org_text)


def row_risky(row: Any) -> bool:
    return any(code in vocabulary.RISKY_REACTIONS for code in row.reactions)


# ---- detail ------------------------------------------------------------------------------

def _displays(identifiers: Sequence[Any], role: str, kinds: tuple[str, ...] | None = None
              ) -> list[str]:
    out: list[str] = []
    for ident in identifiers:
        if ident.role != role or (kinds is not None and ident.kind not in kinds):
            continue
        if ident.kind == "domain" and any(o.lower().endswith(ident.display.lower())
                                          for o in out):
            continue  # the domain of an address already shown
        if ident.display not in out:
            out.append(ident.display)
    return out


def detail_values(journal: Any, entry_id: int) -> dict[str, Any] | None:
    from vigilance_app.sensitive import KINDS

    d = journal.get(entry_id)
    if d is None:
        return None
    senders = _displays(d.identifiers, "sender")
    # An email's draft lists its From address first, then its Reply-To addresses
    # (``capture.draft_from_checked``): they are shown as what they are.
    reply_to = senders[1:] if d.channel == "email" else []
    return {
        "id": d.id,
        "channel": d.channel,
        "received_at": d.received_at,
        "status": d.status,
        "risk": d.risk,
        "organization": organisation_name(d.claimed_org_id, d.claimed_org_text),
        "senders": senders[:len(senders) - len(reply_to)],
        "reply_to": reply_to,
        "summary": d.summary,
        "reactions": list(d.reactions),
        "masked_kinds": [k for k in KINDS if k in d.masked_kinds],
        "flags": [f.code for f in d.flags if not f.removed],
        "links": _displays(d.identifiers, "content", ("url",)),
        "attachments": [(a.name, a.sniffed_type or a.declared_type, a.size, a.dangerous)
                        for a in d.attachments],
        "tags": list(d.tags),
        "notes": d.notes,
        "reports": [(r.where, r.reported_on, r.note) for r in d.reports],
        "disclosed": list(d.disclosed),
        "has_original": d.has_raw_eml,
        "text": d.body,
    }


def sender_seen(journal: Any, profile_id: int | None, sender: str,
                exclude: int | None = None) -> tuple[int, datetime | None]:
    """How many entries of the profile (other than ``exclude``) came from this sender, and
    since when: the most specific identifier wins (a number or an address before a domain)."""
    if profile_id is None or not sender.strip():
        return 0, None
    seen = journal.sender_history(profile_id, [sender], exclude_entry=exclude)
    if not seen:
        return 0, None
    return seen[0].count, seen[0].first_seen


def _entry_gone() -> Exception:
    from vigilance_app.journal.repository import JournalError

    return JournalError("This entry no longer exists.", code="entry_gone")


# ---- writing -----------------------------------------------------------------------------

def masked_kinds(text: str) -> list[str]:
    from vigilance_app.sensitive import KINDS, mask_sensitive

    found = mask_sensitive(text).kinds
    return [k for k in KINDS if k in found]


def draft_from_checked(checked: Any, now: datetime | None = None,
                       keep_original: bool = False) -> Any:
    """The draft of an analysed message; the original bytes only with ``keep_original``."""
    from vigilance_app.journal import capture

    return capture.draft_from_checked(checked, now=now, keep_original=keep_original)


def values_of_draft(draft: Any) -> dict[str, Any]:
    """The quick form's fields from a draft."""
    return {
        "channel": draft.channel,
        "organization_id": draft.claimed_org_id,
        "organization": organisation_name(draft.claimed_org_id, draft.claimed_org_text),
        "senders": list(draft.senders),
        "summary": draft.summary,
        "reactions": list(draft.reactions),
        "received_at": draft.received_at,
        "notes": draft.notes,
    }


def signs_of_draft(draft: Any) -> dict[str, Any]:
    """The form's "flags" and "disclosed" values from a draft."""
    return {"flags": [(f.code, f.origin, f.removed, f.evidence) for f in draft.flags],
            "disclosed": list(draft.disclosed)}


def form_values_of_checked(checked: Any, now: datetime | None = None) -> dict[str, Any]:
    """The quick form's fields, warning signs included, from an analysed message."""
    draft = draft_from_checked(checked, now)
    return {**values_of_draft(draft), **signs_of_draft(draft)}


def form_values_for(journal: Any, entry_id: int) -> dict[str, Any] | None:
    """The quick form's fields, warning signs included, of a stored entry."""
    detail = journal.get(entry_id)
    if detail is None:
        return None
    draft = detail.draft()
    return {**values_of_draft(draft), **signs_of_draft(draft)}


def build_draft(journal: Any, values: dict[str, Any], checked: Any,
                entry_id: int | None, now: datetime | None = None) -> Any:
    """The draft to store: the entry being edited (or the analysed message, or nothing) with
    the quick form's fields on top."""
    from vigilance_app.journal.repository import EntryDraft

    if entry_id is not None:
        detail = journal.get(entry_id)
        if detail is None:
            raise _entry_gone()
        base = detail.draft()
    elif checked is not None:  # the original email only when the person asked to keep it
        base = draft_from_checked(checked, now, bool(values.get("keep_original")))
    else:
        base = EntryDraft(received_at=values["received_at"], channel=values["channel"])
    org_id = values.get("organization_id")
    org_text = "" if org_id else (values.get("organization") or "")
    changes: dict[str, Any] = {
        "channel": values["channel"],
        "senders": list(values.get("senders") or []),
        "claimed_org_id": org_id,
        "claimed_org_text": org_text,
        "summary": values.get("summary") or "",
        "reactions": list(values.get("reactions") or []),
        "received_at": values["received_at"],
    }
    if "notes" in values:
        changes["notes"] = values.get("notes") or ""
    if values.get("text") and not base.body:
        changes["body"] = values["text"]
    return dataclasses.replace(base, **changes)


def save(journal: Any, profile_id: int | None, values: dict[str, Any], checked: Any,
         entry_id: int | None, now: datetime) -> tuple[int, list[str]]:
    """Add or update from the quick form's values, its warning signs and what was given
    included; returns the entry id and the kinds of numbers that were masked."""
    from vigilance_app.journal.repository import FlagDraft, masked_kinds_of
    from vigilance_app.sensitive import KINDS

    if profile_id is None:
        raise ValueError("No profile is open.")
    draft = build_draft(journal, values, checked, entry_id, now)
    changes: dict[str, Any] = {}
    if "flags" in values:
        changes["flags"] = [FlagDraft(code, origin, bool(removed), evidence)
                            for code, origin, removed, evidence in values["flags"]]
    if "disclosed" in values:
        changes["disclosed"] = list(values["disclosed"])
    draft = dataclasses.replace(draft, **changes)
    masked = masked_kinds_of(draft)
    if entry_id is None:
        entry_id = journal.add(profile_id, draft, now)
    else:
        journal.update(entry_id, draft, now)
    return entry_id, [k for k in KINDS if k in masked]


def add_report(journal: Any, entry_id: int, where: str, day: Any, note: str,
               now: datetime) -> None:
    """Record where the contact was reported (kept with the entry as evidence)."""
    from vigilance_app.journal.repository import ReportDraft

    detail = journal.get(entry_id)
    if detail is None:
        raise _entry_gone()
    draft = detail.draft()
    draft.reports.append(ReportDraft(where, day, note))
    journal.update(entry_id, draft, now)


def mark_handled(journal: Any, ids: list[int], now: datetime) -> None:
    journal.mark_handled(ids, True, now)


def add_tag(journal: Any, ids: list[int], tag: str, now: datetime) -> str:
    return journal.add_tag(ids, tag, now)


def delete(journal: Any, ids: list[int], now: datetime) -> Any:
    return journal.delete(ids, now)


def undo_delete(journal: Any, token: Any) -> list[int]:
    journal.undo_delete(token)
    return list(token.ids)


def purge_deleted(journal: Any) -> int:
    return journal.purge_deleted()


# ---- import ------------------------------------------------------------------------------

@dataclasses.dataclass
class ImportOutcome:
    imported: list[int]
    failed: list[tuple[str, str]]  # (file name, error code: not_found, too_large, ...)


def import_job(services: Any, profile_id: int, now: Callable[[], datetime],
               keep_original: bool = False
               ) -> Callable[[list[Path], Callable[[], bool], Callable[[int, int], None]],
                             ImportOutcome]:
    """The work of one import, to run in a worker thread (the core writes through its own
    pooled connections and never reads on the UI thread's ``store.reader``). The original
    email files are kept only with ``keep_original`` (the person ticked the box)."""
    store = services.store
    moment = now()

    def job(paths: list[Path], cancelled: Callable[[], bool],
            progress: Callable[[int, int], None]) -> ImportOutcome:
        from vigilance_app.journal import capture

        return outcome_of(capture.import_files(store, profile_id, paths, now=moment,
                                               cancel=cancelled, progress=progress,
                                               keep_original=keep_original))

    return job


def outcome_of(results: Any) -> ImportOutcome:
    imported: list[int] = []
    failed: list[tuple[str, str]] = []
    for item in results:
        if item.ok and item.entry_id is not None:
            imported.append(int(item.entry_id))
        else:
            failed.append((Path(str(item.file)).name, item.error_code or "internal"))
    return ImportOutcome(imported, failed)
