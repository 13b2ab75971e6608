"""The journal's storage API: plain dataclasses in and out, plain SQL underneath.

Threads and connections (SQLite connections belong to one thread at a time):

- ``Journal(store)`` reads on ``store.reader`` (the UI thread's connection: the list, search,
  detail and sender history are quick indexed queries) and writes through a connection
  checked out of ``store.engine``'s pool for the duration of one transaction (each checkout
  is exclusive, so writes are safe from any thread).
- Work off the UI thread (an import of many files, a worker computing counts) must not read
  on ``store.reader``: give the worker's ``Journal`` a connection of its own (``reader=``),
  or simply call ``capture.import_files``, which writes through the pool.

Every text field (summary, body, notes, organisation, tags, report notes, flags and their
evidence, attachment names and types, senders and mentioned identifiers) is masked by
``sensitive.mask_clipped`` before storage, before it is cut to its limit; the kinds masked
are kept on the entry (``EntryDetail.masked_kinds``) so the window can say why.

Ids follow time: ``time_key`` makes an entry's id grow with ``received_at``, so "newest first"
is rowid order, which FTS5 serves without sorting every match.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from vigilance_app.errors import CodedError
from vigilance_app.journal.identifiers import Identifier, classify_all, compact_phone_query
from vigilance_app.journal.identifiers import search_text as identifiers_search_text
from vigilance_app.sensitive import KINDS as MASK_KINDS
from vigilance_app.sensitive import REACH, mask_clipped
from vigilance_app.vocabulary import CHANNELS, REACTIONS, RISK_LEVELS

if TYPE_CHECKING:
    import sqlcipher3

    from vigilance_app.store.store import Store

# ---- vocabulary of the journal (stable codes stored in the database) ---------------------

STATUSES: tuple[str, ...] = ("new", "handled")
FLAG_ORIGINS: tuple[str, ...] = ("analysis", "user")
DISCLOSED_CATEGORIES: tuple[str, ...] = (
    "card", "bank", "credentials", "nir", "identity", "address", "phone", "email", "health",
    "other",
)
REPORT_PLACES: tuple[str, ...] = (
    "33700", "signal_spam", "phishing_initiative", "perceval", "police_thesee", "bank",
    "ameli_insurer",
)
REPEAT_CAP = 100
SORTS: tuple[str, ...] = ("newest", "oldest", "risk", "channel", "summary", "org", "status")

# ---- limits (free text may be pasted by a criminal) --------------------------------------

MAX_SUMMARY = 500
MAX_BODY = 1_000_000
MAX_NOTES = 20_000
MAX_ORG_TEXT = 200
MAX_TAG = 60
MAX_TAGS = 30
MAX_IDENTIFIERS = 60
MAX_FLAGS = 60
MAX_ATTACHMENTS = 100
MAX_REPORTS = 30
MAX_EVIDENCE = 2_000
MAX_RAW_EML = 25 * 1024 * 1024
MAX_PAGE = 1_000
MAX_QUERY = 200
WRITE_CACHE_KIB = 16 * 1024  # page cache of a writing connection (FTS merges on big stores)

_TS = "%Y-%m-%d %H:%M:%S"


# ---- data in -----------------------------------------------------------------------------

@dataclass
class FlagDraft:
    """A red flag: from the analysis or added by the person. ``removed`` True keeps the
    analysis' flag visible as "removed by you" instead of forgetting it."""

    code: str
    origin: str = "analysis"
    removed: bool = False
    evidence: str = ""


@dataclass
class ReportDraft:
    """Where the contact was reported (``REPORT_PLACES``), when, and an optional note."""

    where: str
    reported_on: date | None = None
    note: str = ""


@dataclass
class AttachmentInfo:
    """An attachment described, never its bytes (those stay inside ``raw_eml``)."""

    name: str = ""
    declared_type: str = ""
    sniffed_type: str | None = None
    size: int = 0
    dangerous: bool = False
    reasons: tuple[str, ...] = ()


@dataclass
class EntryDraft:
    """Everything editable on an entry, as the person (or the analysis) gave it.

    ``senders`` are strings as written (a number in any format, an address, a name, a
    domain); ``mentioned`` are identifiers found in the content (links, call-back numbers).
    The repository normalises both. ``received_at`` is aware (converted to UTC) or naive UTC.
    """

    received_at: datetime
    channel: str
    senders: list[str] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)
    claimed_org_id: str | None = None
    claimed_org_text: str = ""
    summary: str = ""
    body: str = ""
    risk: str | None = None
    status: str = "new"
    notes: str = ""
    flags: list[FlagDraft] = field(default_factory=list)
    reactions: list[str] = field(default_factory=list)
    disclosed: list[str] = field(default_factory=list)
    reports: list[ReportDraft] = field(default_factory=list)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    raw_eml: bytes | None = None


@dataclass(frozen=True)
class JournalQuery:
    """Filters of the list. Empty/None means "any". ``text`` is full-text (accents and case
    ignored; the last word and words of up to 4 letters match as beginnings, other words
    whole; a phone number matches however it is written, even partly typed); ``date_from``
    is inclusive and ``date_to`` exclusive (UTC datetimes or dates)."""

    text: str = ""
    channels: tuple[str, ...] = ()
    org: str | None = None
    date_from: datetime | date | None = None
    date_to: datetime | date | None = None
    risks: tuple[str, ...] = ()
    status: str | None = None
    reactions: tuple[str, ...] = ()
    tag: str | None = None


# ---- data out ----------------------------------------------------------------------------

@dataclass(frozen=True)
class EntryRow:
    """A light row for the list. ``repeat_count`` is the number of entries of the profile
    with the same first sender (1 when it was seen only this once, 0 with no sender), capped
    at ``REPEAT_CAP`` (show it as "100+"; ``sender_history`` gives the exact figure)."""

    id: int
    received_at: datetime
    channel: str
    summary: str
    claimed_org_id: str | None
    claimed_org_text: str
    risk: str | None
    status: str
    first_sender: str | None
    reactions: tuple[str, ...]
    repeat_count: int


@dataclass(frozen=True)
class StoredIdentifier:
    kind: str
    value: str
    display: str
    role: str


@dataclass(frozen=True)
class EntryDetail:
    """Everything about one entry. ``draft()`` gives an ``EntryDraft`` to edit and save back
    with ``Journal.update``."""

    id: int
    profile_id: int
    received_at: datetime
    channel: str
    identifiers: tuple[StoredIdentifier, ...]
    claimed_org_id: str | None
    claimed_org_text: str
    summary: str
    body: str
    risk: str | None
    status: str
    notes: str
    flags: tuple[FlagDraft, ...]
    reactions: tuple[str, ...]
    disclosed: tuple[str, ...]
    reports: tuple[ReportDraft, ...]
    attachments: tuple[AttachmentInfo, ...]
    tags: tuple[str, ...]
    has_raw_eml: bool
    masked_kinds: frozenset[str]
    created_at: datetime
    updated_at: datetime

    @property
    def senders(self) -> tuple[StoredIdentifier, ...]:
        return tuple(i for i in self.identifiers if i.role == "sender")

    def draft(self, raw_eml: bytes | None = None) -> EntryDraft:
        """Editable copy. The original bytes are kept by ``update`` unless a new value is
        given (pass ``raw_eml`` only to replace them)."""
        senders = _display_list(self.identifiers, "sender")
        return EntryDraft(
            received_at=self.received_at, channel=self.channel, senders=senders,
            mentioned=_display_list(self.identifiers, "content"),
            claimed_org_id=self.claimed_org_id, claimed_org_text=self.claimed_org_text,
            summary=self.summary, body=self.body, risk=self.risk, status=self.status,
            notes=self.notes, flags=list(self.flags), reactions=list(self.reactions),
            disclosed=list(self.disclosed), reports=list(self.reports),
            attachments=list(self.attachments), tags=list(self.tags), raw_eml=raw_eml)


def _display_list(identifiers: Iterable[StoredIdentifier], role: str) -> list[str]:
    # A domain derived from an address or a link is recomputed: keep what was written.
    out: list[str] = []
    for ident in identifiers:
        if ident.role != role:
            continue
        if ident.kind == "domain" and any(o.endswith(ident.display) for o in out):
            continue
        out.append(ident.display)
    return out


@dataclass(frozen=True)
class SenderSeen:
    """A sender already in the journal: "seen 3 times since 2 October"."""

    kind: str
    value: str
    count: int
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class DeletedBatch:
    """What ``delete`` removed, to give to ``undo_delete``."""

    ids: tuple[int, ...]
    token: str


class JournalError(CodedError, ValueError):
    """Invalid input for the journal; ``str()`` is a sentence (in English, for logs and CLI),
    ``code`` names the case for the window."""

    code = "journal_invalid"


# ---- helpers -----------------------------------------------------------------------------

def to_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def fmt_ts(moment: datetime) -> str:
    return to_utc(moment).strftime(_TS)


def parse_ts(text: str) -> datetime:
    return datetime.strptime(text[:19], _TS).replace(tzinfo=UTC)


def _bound(value: datetime | date) -> str:
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    return fmt_ts(value)


SEQ_BITS = 12  # up to 4,096 entries received in the same second


def time_key_base(received_at: datetime) -> int:
    seconds = max(0, int(to_utc(received_at).timestamp()))
    return seconds << SEQ_BITS


@lru_cache(maxsize=1)
def _org_names() -> dict[str, str]:
    try:
        from vigilance_app.analysis.organizations import all_organizations

        return {org.id: " ".join(org.names) for org in all_organizations()}
    except Exception:  # a broken resource file must not stop the journal
        return {}


PREFIX_MAX = 4  # FTS5 keeps prefix indexes for 2 to 4 characters (revision 0003)


def _fts_query(text: str) -> str | None:
    """The person's words as an FTS5 query, all required. The last word (being typed) and
    short words match as beginnings ("secu" finds "Sécurité"); longer earlier words match
    whole, which keeps every query on an index with 100,000 entries. Quotes are doubled so
    no word can be read as FTS syntax (a criminal's text may be pasted here)."""
    text = compact_phone_query((text or "")[:MAX_QUERY])
    words = re.findall(r"\w+", text)[:12]
    if not words:
        return None
    terms = []
    for i, w in enumerate(words):
        quoted = '"' + w.replace('"', '""') + '"'
        prefix = i == len(words) - 1 or len(w) <= PREFIX_MAX
        terms.append(quoted + "*" if prefix else quoted)
    return " AND ".join(terms)


@dataclass
class _Prepared:
    entry: dict[str, Any]
    identifiers: list[Identifier]
    flags: list[FlagDraft]
    reactions: list[str]
    disclosed: list[str]
    reports: list[ReportDraft]
    attachments: list[AttachmentInfo]
    tags: list[str]
    masked: set[str]


def _check(value: str | None, allowed: Sequence[str], what: str) -> None:
    if value not in allowed:
        raise JournalError(f"Unknown {what}: {str(value)[:40]!r}.", code="journal_invalid")


def clean_tag(tag: str) -> str:
    """A tag as stored: one line, sensitive numbers masked, then cut to ``MAX_TAG``."""
    one_line = re.sub(r"\s+", " ", (tag or "").replace("\x00", "")).strip()
    return mask_clipped(one_line, MAX_TAG).text.strip()


def prepare(draft: EntryDraft) -> _Prepared:
    """Validate, cap and mask a draft (no database access)."""
    _check(draft.channel, CHANNELS, "channel")
    if draft.risk is not None:
        _check(draft.risk, RISK_LEVELS, "risk level")
    _check(draft.status, STATUSES, "status")
    masked: set[str] = set()

    def guard(text: str | None, limit: int) -> str:
        m = mask_clipped((text or "")[:limit + REACH].replace("\x00", ""), limit)
        masked.update(m.kinds)
        return m.text

    for code in draft.reactions:
        _check(code, REACTIONS, "reaction")
    for cat in draft.disclosed:
        _check(cat, DISCLOSED_CATEGORIES, "disclosed category")
    flags: list[FlagDraft] = []
    seen_flags: set[tuple[str, str]] = set()
    for f in draft.flags[:MAX_FLAGS]:
        _check(f.origin, FLAG_ORIGINS, "flag origin")
        code = guard(f.code, 32)
        if not code or (code, f.origin) in seen_flags:
            continue
        seen_flags.add((code, f.origin))
        flags.append(FlagDraft(code, f.origin, bool(f.removed), guard(f.evidence, MAX_EVIDENCE)))
    reports: list[ReportDraft] = []
    for r in draft.reports[:MAX_REPORTS]:
        _check(r.where, REPORT_PLACES, "report place")
        reports.append(ReportDraft(r.where, r.reported_on, guard(r.note, MAX_NOTES)))
    attachments = [
        AttachmentInfo(guard(a.name, 300), guard(a.declared_type, 200),
                       guard(a.sniffed_type, 200) if a.sniffed_type else None,
                       max(0, int(a.size)), bool(a.dangerous),
                       tuple(guard(x, 40) for x in a.reasons[:10]))
        for a in draft.attachments[:MAX_ATTACHMENTS]
    ]
    tags: list[str] = []
    for tag in draft.tags:
        cleaned = guard(clean_tag(tag), MAX_TAG)
        if cleaned and cleaned not in tags:
            tags.append(cleaned)
        if len(tags) >= MAX_TAGS:
            break
    senders = [guard(s, 300) for s in draft.senders[:MAX_IDENTIFIERS]]
    mentioned = [guard(s, 300) for s in draft.mentioned[:MAX_IDENTIFIERS]]
    identifiers = classify_all(senders, "sender")
    known = {(i.kind, i.value) for i in identifiers}
    identifiers += [i for i in classify_all(mentioned, "content") if (i.kind, i.value)
                    not in known]
    raw = draft.raw_eml
    if raw is not None and len(raw) > MAX_RAW_EML:
        raise JournalError("The original message is too large to be kept (limit 25 MB).",
                               code="original_too_large", params={"megabytes": 25})
    entry = {
        "received_at": fmt_ts(draft.received_at),
        "channel": draft.channel,
        "claimed_org_id": guard(draft.claimed_org_id, 64) or None,
        "claimed_org_text": guard(draft.claimed_org_text, MAX_ORG_TEXT),
        "summary": guard(draft.summary, MAX_SUMMARY),
        "body": guard(draft.body, MAX_BODY),
        "raw_eml": raw,
        "risk": draft.risk,
        "status": draft.status,
        "notes": guard(draft.notes, MAX_NOTES),
    }
    return _Prepared(entry, identifiers[:MAX_IDENTIFIERS * 2], flags,
                     list(dict.fromkeys(draft.reactions)), list(dict.fromkeys(draft.disclosed)),
                     reports, attachments, tags, masked)


def masked_kinds_of(draft: EntryDraft) -> frozenset[str]:
    """What saving this draft would mask (for the window to warn before or after saving)."""
    return frozenset(prepare(draft).masked)


# ---- the repository ----------------------------------------------------------------------

class Journal:
    """The journal of one store. See the module docstring for threads and connections."""

    def __init__(self, store: Store, reader: sqlcipher3.Connection | None = None) -> None:
        self._store = store
        self._reader = reader

    @property
    def store(self) -> Store:
        """The store this journal reads and writes (read-only)."""
        return self._store

    @property
    def reader(self) -> sqlcipher3.Connection:
        return self._reader if self._reader is not None else self._store.reader

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.reader.execute(sql, tuple(params)).fetchall()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Any]:
        """One write transaction. A full disk raises DiskFullError (the transaction is rolled
        back: nothing changed); a COMMIT that failed may already have ended the transaction,
        so a failing ROLLBACK never hides the first error."""
        from vigilance_app.store import commit_counter
        from vigilance_app.store.diskspace import WRITE_NEEDS, disk_full_as_error

        with disk_full_as_error(self._store.path.parent, WRITE_NEEDS):
            raw = self._store.engine.raw_connection()
            try:
                conn = raw.driver_connection
                conn.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    count = commit_counter.bump(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        with contextlib.suppress(Exception):
                            conn.execute("ROLLBACK")
                    raise
                self._store.record_commit(count)
            finally:
                raw.close()

    # ---- writing ---------------------------------------------------------------------

    def add(self, profile_id: int, draft: EntryDraft, now: datetime) -> int:
        """Store a new entry for ``profile_id``; returns its id. Raises JournalError."""
        return self.add_many(profile_id, [draft], now)[0]

    def add_many(self, profile_id: int, drafts: Iterable[EntryDraft], now: datetime
                 ) -> list[int]:
        """Several entries in one transaction (imports, demo, benchmark)."""
        prepared = [prepare(d) for d in drafts]
        with self._writing() as conn:
            return self.insert_prepared(conn, profile_id, prepared, now)

    @classmethod
    def insert_prepared(cls, conn: Any, profile_id: int, prepared: Sequence[_Prepared],
                        now: datetime) -> list[int]:
        """Insert drafts already passed through ``prepare`` on ``conn`` (a sqlcipher3
        connection inside a transaction the caller owns: a handover import adds a whole
        journal in the same transaction as the rest of a person's data)."""
        stamp = fmt_ts(now)
        ids: list[int] = []
        if not conn.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchall():
            raise JournalError("This profile does not exist.", code="person_not_found")
        for p in prepared:
            entry_id = cls._new_id(conn, parse_ts(p.entry["received_at"]))
            e = p.entry
            conn.execute(
                "INSERT INTO journal_entries (id, profile_id, received_at, channel, "
                "claimed_org_id, claimed_org_text, summary, risk, status, masked_kinds, "
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (entry_id, profile_id, e["received_at"], e["channel"], e["claimed_org_id"],
                 e["claimed_org_text"], e["summary"], e["risk"], e["status"],
                 _kinds_text(p.masked), stamp, stamp))
            conn.execute("INSERT INTO journal_texts (entry_id, body, notes, raw_eml) "
                         "VALUES (?,?,?,?)", (entry_id, e["body"], e["notes"], e["raw_eml"]))
            cls._write_children(conn, entry_id, p)
            cls._fts_write(conn, entry_id, p, new=True)
            ids.append(entry_id)
        return ids

    def update(self, entry_id: int, draft: EntryDraft, now: datetime) -> None:
        """Replace an entry's content with ``draft``. ``raw_eml`` None keeps the stored bytes.
        The id does not change, even if ``received_at`` does."""
        p = prepare(draft)
        with self._writing() as conn:
            rows = conn.execute("SELECT masked_kinds FROM journal_entries WHERE id = ? "
                                "AND deleted_at IS NULL", (entry_id,)).fetchall()
            if not rows:
                raise JournalError("This entry no longer exists.", code="entry_gone")
            masked = set(filter(None, rows[0][0].split(","))) | p.masked
            e = p.entry
            conn.execute(
                "UPDATE journal_entries SET received_at=?, channel=?, claimed_org_id=?, "
                "claimed_org_text=?, summary=?, risk=?, status=?, "
                "masked_kinds=?, updated_at=? WHERE id=?",
                (e["received_at"], e["channel"], e["claimed_org_id"], e["claimed_org_text"],
                 e["summary"], e["risk"], e["status"],
                 _kinds_text(masked), fmt_ts(now), entry_id))
            conn.execute("UPDATE journal_texts SET body=?, notes=? WHERE entry_id=?",
                         (e["body"], e["notes"], entry_id))
            if e["raw_eml"] is not None:
                conn.execute("UPDATE journal_texts SET raw_eml=? WHERE entry_id=?",
                             (e["raw_eml"], entry_id))
            for table in _CHILD_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE entry_id = ?", (entry_id,))
            self._write_children(conn, entry_id, p)
            self._fts_write(conn, entry_id, p, new=False)

    def delete(self, ids: Iterable[int], now: datetime | None = None) -> DeletedBatch:
        """Hide entries at once (undo with ``undo_delete``); ``purge_deleted`` erases them."""
        id_list = tuple(dict.fromkeys(int(i) for i in ids))
        moment = now or datetime.now(UTC)
        token = f"{fmt_ts(moment)}#{id_list[0] if id_list else 0}-{len(id_list)}"
        with self._writing() as conn:
            for chunk in _chunks(id_list):
                conn.execute(f"UPDATE journal_entries SET deleted_at = ? WHERE deleted_at IS "
                             f"NULL AND id IN ({_marks(chunk)})", (token, *chunk))
        return DeletedBatch(id_list, token)

    def undo_delete(self, batch: DeletedBatch) -> None:
        with self._writing() as conn:
            for chunk in _chunks(batch.ids):
                conn.execute(f"UPDATE journal_entries SET deleted_at = NULL WHERE deleted_at = ?"
                             f" AND id IN ({_marks(chunk)})", (batch.token, *chunk))

    def purge_deleted(self) -> int:
        """Erase for good every entry hidden by ``delete`` (when undo is no longer offered:
        the window calls it when the undo bar closes or at the next start)."""
        with self._writing() as conn:
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM journal_entries WHERE deleted_at IS NOT NULL").fetchall()]
            for chunk in _chunks(ids):
                conn.execute(f"DELETE FROM journal_fts WHERE rowid IN ({_marks(chunk)})", chunk)
                conn.execute(f"DELETE FROM journal_entries WHERE id IN ({_marks(chunk)})", chunk)
        return len(ids)

    def mark_handled(self, ids: Iterable[int], handled: bool = True,
                     now: datetime | None = None) -> None:
        stamp = fmt_ts(now or datetime.now(UTC))
        status = "handled" if handled else "new"
        with self._writing() as conn:
            for chunk in _chunks(tuple(ids)):
                conn.execute(f"UPDATE journal_entries SET status = ?, updated_at = ? "
                             f"WHERE id IN ({_marks(chunk)})", (status, stamp, *chunk))

    def add_tag(self, ids: Iterable[int], tag: str, now: datetime | None = None) -> str:
        """Tag several entries; returns the tag as stored (cleaned and masked)."""
        stored = clean_tag(tag)
        if not stored:
            raise JournalError("A tag cannot be empty.", code="tag_empty")
        stamp = fmt_ts(now or datetime.now(UTC))
        with self._writing() as conn:
            for entry_id in dict.fromkeys(ids):
                if not conn.execute("SELECT 1 FROM journal_entries WHERE id = ?",
                                    (entry_id,)).fetchall():
                    continue
                conn.execute("INSERT OR IGNORE INTO journal_tags (entry_id, tag) VALUES (?, ?)",
                             (entry_id, stored))
                conn.execute("UPDATE journal_entries SET updated_at = ? WHERE id = ?",
                             (stamp, entry_id))
                self._fts_rewrite(conn, entry_id)
        return stored

    def rebuild_search_index(self) -> int:
        """Index every entry again (after a salvage copied the rows); the count indexed."""
        with self._writing() as conn:
            conn.execute("INSERT INTO journal_fts (journal_fts) VALUES ('delete-all')")
            ids = [i for (i,) in conn.execute("SELECT id FROM journal_entries").fetchall()]
            for entry_id in ids:
                self._fts_rewrite(conn, entry_id)
        return len(ids)

    def remove_tag(self, ids: Iterable[int], tag: str) -> None:
        with self._writing() as conn:
            for entry_id in dict.fromkeys(ids):
                conn.execute("DELETE FROM journal_tags WHERE entry_id = ? AND tag = ?",
                             (entry_id, tag))
                self._fts_rewrite(conn, entry_id)

    # ---- writing helpers -------------------------------------------------------------

    @staticmethod
    def _new_id(conn: Any, received_at: datetime) -> int:
        base = time_key_base(received_at)
        top = conn.execute("SELECT max(id) FROM journal_entries WHERE id >= ? AND id < ?",
                           (base, base + (1 << SEQ_BITS))).fetchall()[0][0]
        if top is None:
            return base
        if top + 1 < base + (1 << SEQ_BITS):
            return top + 1
        # More than 4,096 entries in one second (a script): take the next free id after it.
        while conn.execute("SELECT 1 FROM journal_entries WHERE id = ?", (top + 1,)).fetchall():
            top += 1
        return top + 1

    @staticmethod
    def _write_children(conn: Any, entry_id: int, p: _Prepared) -> None:
        conn.executemany(
            "INSERT INTO journal_identifiers (entry_id, role, kind, value, display) "
            "VALUES (?,?,?,?,?)",
            [(entry_id, i.role, i.kind, i.value, i.display) for i in p.identifiers])
        conn.executemany(
            "INSERT INTO journal_flags (entry_id, code, origin, removed, evidence) "
            "VALUES (?,?,?,?,?)",
            [(entry_id, f.code, f.origin, int(f.removed), f.evidence) for f in p.flags])
        conn.executemany("INSERT INTO journal_reactions (entry_id, code) VALUES (?,?)",
                         [(entry_id, c) for c in p.reactions])
        conn.executemany("INSERT INTO journal_disclosed (entry_id, category) VALUES (?,?)",
                         [(entry_id, c) for c in p.disclosed])
        conn.executemany(
            "INSERT INTO journal_reports (entry_id, where_to, reported_on, note) VALUES (?,?,?,?)",
            [(entry_id, r.where, r.reported_on.isoformat() if r.reported_on else None, r.note)
             for r in p.reports])
        conn.executemany(
            "INSERT INTO journal_attachments (entry_id, name, declared_type, sniffed_type, "
            "size, dangerous, reasons) VALUES (?,?,?,?,?,?,?)",
            [(entry_id, a.name, a.declared_type, a.sniffed_type, a.size, int(a.dangerous),
              ",".join(a.reasons)) for a in p.attachments])
        conn.executemany("INSERT INTO journal_tags (entry_id, tag) VALUES (?,?)",
                         [(entry_id, t) for t in p.tags])

    @staticmethod
    def _fts_values(entry: dict[str, Any], identifiers: list[Identifier], tags: list[str]
                    ) -> tuple[str, ...]:
        org_id = entry.get("claimed_org_id")
        org = " ".join(filter(None, (entry.get("claimed_org_text", ""),
                                     _org_names().get(org_id or "", ""))))
        return (entry.get("summary", ""), entry.get("body", ""),
                identifiers_search_text(identifiers), entry.get("notes", ""),
                " ".join(tags), org)

    @staticmethod
    def _fts_write(conn: Any, entry_id: int, p: _Prepared, new: bool) -> None:
        if not new:
            conn.execute("DELETE FROM journal_fts WHERE rowid = ?", (entry_id,))
        conn.execute("INSERT INTO journal_fts (rowid, summary, body, senders, notes, tags, org)"
                     " VALUES (?,?,?,?,?,?,?)",
                     (entry_id, *Journal._fts_values(p.entry, p.identifiers, p.tags)))

    def _fts_rewrite(self, conn: Any, entry_id: int) -> None:
        rows = conn.execute(
            "SELECT e.summary, t.body, t.notes, e.claimed_org_text, e.claimed_org_id "
            "FROM journal_entries e JOIN journal_texts t ON t.entry_id = e.id WHERE e.id = ?",
            (entry_id,)).fetchall()
        if not rows:
            return
        summary, body, notes, org_text, org_id = rows[0]
        idents = [Identifier(k, v, d, r) for k, v, d, r in conn.execute(
            "SELECT kind, value, display, role FROM journal_identifiers WHERE entry_id = ? "
            "ORDER BY id", (entry_id,)).fetchall()]
        tags = [t for (t,) in conn.execute(
            "SELECT tag FROM journal_tags WHERE entry_id = ? ORDER BY tag", (entry_id,))]
        entry = {"summary": summary, "body": body, "notes": notes,
                 "claimed_org_text": org_text, "claimed_org_id": org_id}
        conn.execute("DELETE FROM journal_fts WHERE rowid = ?", (entry_id,))
        conn.execute("INSERT INTO journal_fts (rowid, summary, body, senders, notes, tags, org)"
                     " VALUES (?,?,?,?,?,?,?)",
                     (entry_id, *self._fts_values(entry, idents, tags)))

    # ---- reading ---------------------------------------------------------------------

    def get(self, entry_id: int) -> EntryDetail | None:
        """One entry with everything, or None if it does not exist or was deleted."""
        rows = self._read(
            "SELECT e.id, e.profile_id, e.received_at, e.channel, e.claimed_org_id, "
            "e.claimed_org_text, e.summary, t.body, e.risk, e.status, t.notes, e.masked_kinds, "
            "e.created_at, e.updated_at, t.raw_eml IS NOT NULL FROM journal_entries e "
            "JOIN journal_texts t ON t.entry_id = e.id WHERE e.id = ? AND e.deleted_at IS NULL",
            (entry_id,))
        if not rows:
            return None
        r = rows[0]
        idents = tuple(StoredIdentifier(*x) for x in self._read(
            "SELECT kind, value, display, role FROM journal_identifiers WHERE entry_id = ? "
            "ORDER BY id", (entry_id,)))
        flags = tuple(FlagDraft(c, o, bool(rm), ev) for c, o, rm, ev in self._read(
            "SELECT code, origin, removed, evidence FROM journal_flags WHERE entry_id = ? "
            "ORDER BY id", (entry_id,)))
        reactions = tuple(c for (c,) in self._read(
            "SELECT code FROM journal_reactions WHERE entry_id = ?", (entry_id,)))
        disclosed = tuple(c for (c,) in self._read(
            "SELECT category FROM journal_disclosed WHERE entry_id = ?", (entry_id,)))
        reports = tuple(ReportDraft(w, date.fromisoformat(d) if d else None, n)
                        for w, d, n in self._read(
                            "SELECT where_to, reported_on, note FROM journal_reports "
                            "WHERE entry_id = ? ORDER BY id", (entry_id,)))
        attachments = tuple(
            AttachmentInfo(n, dt, st, s, bool(dg), tuple(filter(None, rs.split(","))))
            for n, dt, st, s, dg, rs in self._read(
                "SELECT name, declared_type, sniffed_type, size, dangerous, reasons "
                "FROM journal_attachments WHERE entry_id = ? ORDER BY id", (entry_id,)))
        tags = tuple(t for (t,) in self._read(
            "SELECT tag FROM journal_tags WHERE entry_id = ? ORDER BY tag", (entry_id,)))
        order = {code: i for i, code in enumerate(REACTIONS)}
        return EntryDetail(
            id=r[0], profile_id=r[1], received_at=parse_ts(r[2]), channel=r[3],
            identifiers=idents, claimed_org_id=r[4], claimed_org_text=r[5], summary=r[6],
            body=r[7], risk=r[8], status=r[9], notes=r[10], flags=flags,
            reactions=tuple(sorted(reactions, key=lambda c: order.get(c, 99))),
            disclosed=disclosed, reports=reports, attachments=attachments, tags=tags,
            has_raw_eml=bool(r[14]),
            masked_kinds=frozenset(k for k in r[11].split(",") if k in MASK_KINDS),
            created_at=parse_ts(r[12]), updated_at=parse_ts(r[13]))

    def raw_eml(self, entry_id: int) -> bytes | None:
        """The original message bytes (for an export the person asks for; never a file)."""
        rows = self._read("SELECT raw_eml FROM journal_texts WHERE entry_id = ?", (entry_id,))
        return bytes(rows[0][0]) if rows and rows[0][0] is not None else None

    def _where(self, profile_id: int, query: JournalQuery) -> tuple[str, list[Any], str | None]:
        clauses = ["e.profile_id = ?", "e.deleted_at IS NULL"]
        params: list[Any] = [profile_id]
        if query.channels:
            clauses.append(f"e.channel IN ({_marks(query.channels)})")
            params.extend(query.channels)
        if query.org:
            clauses.append("e.claimed_org_id = ?")
            params.append(query.org)
        if query.date_from is not None:
            clauses.append("e.received_at >= ?")
            params.append(_bound(query.date_from))
        if query.date_to is not None:
            clauses.append("e.received_at < ?")
            params.append(_bound(query.date_to))
        if query.risks:
            clauses.append(f"e.risk IN ({_marks(query.risks)})")
            params.extend(query.risks)
        if query.status:
            clauses.append("e.status = ?")
            params.append(query.status)
        if query.reactions:
            clauses.append("EXISTS (SELECT 1 FROM journal_reactions r WHERE r.entry_id = e.id "
                           f"AND r.code IN ({_marks(query.reactions)}))")
            params.extend(query.reactions)
        if query.tag:
            clauses.append("EXISTS (SELECT 1 FROM journal_tags t WHERE t.entry_id = e.id "
                           "AND t.tag = ?)")
            params.append(query.tag)
        return " AND ".join(clauses), params, _fts_query(query.text)

    def rows(self, profile_id: int, query: JournalQuery | None = None, offset: int = 0,
             limit: int = 50, sort: str = "newest",
             descending: bool | None = None) -> list[EntryRow]:
        """One page of the list. ``sort`` is one of SORTS ("newest" is the fast one).
        ``descending`` sets the direction of the sorted column (None: the sort's usual one:
        newest first, oldest first, highest risk first, A to Z); ties stay newest first."""
        query = query or JournalQuery()
        if sort not in SORTS:
            raise JournalError(f"Unknown sort: {sort[:20]!r}.")
        limit = max(0, min(int(limit), MAX_PAGE))
        offset = max(0, int(offset))
        where, params, fts = self._where(profile_id, query)
        cols = ("e.id, e.received_at, e.channel, e.summary, e.claimed_org_id, "
                "e.claimed_org_text, e.risk, e.status")
        terms, usual = _ORDER[sort]
        down = usual if descending is None else bool(descending)
        if fts is not None and sort in ("newest", "oldest"):
            terms = ("f.rowid",)  # ids follow time: FTS5 serves rowid order without sorting
        way = " DESC" if down else " ASC"
        order = ", ".join(term + way for term in terms)
        if sort not in ("newest", "oldest"):
            order += ", e.received_at DESC, e.id DESC"
        if fts is not None:
            sql = (f"SELECT {cols} FROM journal_fts f JOIN journal_entries e "
                   f"ON e.id = f.rowid WHERE journal_fts MATCH ? AND {where} "
                   f"ORDER BY {order} LIMIT ? OFFSET ?")
            params = [fts, *params]
        else:
            sql = f"SELECT {cols} FROM journal_entries e WHERE {where} ORDER BY {order} " \
                  "LIMIT ? OFFSET ?"
        raw = self._read(sql, [*params, limit, offset])
        return self._decorate(profile_id, raw)

    def count(self, profile_id: int, query: JournalQuery | None = None) -> int:
        """How many entries match (not needed to show the first page: avoid at start-up)."""
        query = query or JournalQuery()
        where, params, fts = self._where(profile_id, query)
        if fts is not None:
            sql = (f"SELECT count(*) FROM journal_fts f JOIN journal_entries e ON e.id = f.rowid"
                   f" WHERE journal_fts MATCH ? AND {where}")
            params = [fts, *params]
        else:
            sql = f"SELECT count(*) FROM journal_entries e WHERE {where}"
        return int(self._read(sql, params)[0][0])

    def _decorate(self, profile_id: int, raw: list[tuple[Any, ...]]) -> list[EntryRow]:
        if not raw:
            return []
        ids = [r[0] for r in raw]
        first: dict[int, tuple[str, str, str]] = {}
        reactions: dict[int, list[str]] = {}
        for chunk in _chunks(ids):
            for entry_id, kind, value, display in self._read(
                    "SELECT entry_id, kind, value, display FROM journal_identifiers "
                    f"WHERE role = 'sender' AND entry_id IN ({_marks(chunk)}) ORDER BY id",
                    chunk):
                first.setdefault(entry_id, (kind, value, display))
            for entry_id, code in self._read(
                    "SELECT entry_id, code FROM journal_reactions "
                    f"WHERE entry_id IN ({_marks(chunk)})", chunk):
                reactions.setdefault(entry_id, []).append(code)
        counts = {key: self._sender_count(profile_id, *key)
                  for key in {(k, v) for k, v, _ in first.values()}}
        order = {code: i for i, code in enumerate(REACTIONS)}
        out = []
        for r in raw:
            sender = first.get(r[0])
            out.append(EntryRow(
                id=r[0], received_at=parse_ts(r[1]), channel=r[2], summary=r[3],
                claimed_org_id=r[4], claimed_org_text=r[5], risk=r[6], status=r[7],
                first_sender=sender[2] if sender else None,
                reactions=tuple(sorted(reactions.get(r[0], ()), key=lambda c: order.get(c, 99))),
                repeat_count=counts[(sender[0], sender[1])] if sender else 0))
        return out

    def _sender_count(self, profile_id: int, kind: str, value: str) -> int:
        # Capped: the list says "seen 100+ times" rather than count a sender's every entry
        # for each row shown (one identifier is stored once per entry).
        return int(self._read(
            "SELECT count(*) FROM (SELECT 1 FROM journal_identifiers i "
            "JOIN journal_entries e ON e.id = i.entry_id WHERE i.kind = ? AND i.value = ? "
            "AND e.profile_id = ? AND e.deleted_at IS NULL LIMIT ?)",
            (kind, value, profile_id, REPEAT_CAP))[0][0])

    # ---- repeat senders --------------------------------------------------------------

    def sender_history(self, profile_id: int, identifiers: Iterable[str | Identifier],
                       exclude_entry: int | None = None) -> list[SenderSeen]:
        """Which of these senders (as written, or already normalised) the journal has seen,
        how often and since when. Senders never seen are left out."""
        wanted: list[Identifier] = []
        for item in identifiers:
            wanted.extend(classify_all([item]) if isinstance(item, str) else [item])
        out: list[SenderSeen] = []
        for key in dict.fromkeys((i.kind, i.value) for i in wanted):
            rows = self._read(
                "SELECT count(DISTINCT e.id), min(e.received_at), max(e.received_at) "
                "FROM journal_identifiers i JOIN journal_entries e ON e.id = i.entry_id "
                "WHERE i.kind = ? AND i.value = ? AND e.profile_id = ? "
                "AND e.deleted_at IS NULL AND e.id != ?",
                (*key, profile_id, -1 if exclude_entry is None else exclude_entry))
            count, first, last = rows[0]
            if count:
                out.append(SenderSeen(key[0], key[1], count, parse_ts(first), parse_ts(last)))
        return out

    def entries_from_sender(self, profile_id: int, kind: str, value: str,
                            limit: int = 500) -> list[EntryRow]:
        """Every entry (newest first) with this normalised identifier (``SenderSeen`` or
        ``StoredIdentifier`` kind and value)."""
        raw = self._read(
            "SELECT e.id, e.received_at, e.channel, e.summary, e.claimed_org_id, "
            "e.claimed_org_text, e.risk, e.status FROM journal_entries e WHERE e.id IN "
            "(SELECT entry_id FROM journal_identifiers WHERE kind = ? AND value = ?) "
            "AND e.profile_id = ? AND e.deleted_at IS NULL "
            "ORDER BY e.received_at DESC, e.id DESC LIMIT ?",
            (kind, value, profile_id, max(0, min(limit, MAX_PAGE))))
        return self._decorate(profile_id, raw)


_CHILD_TABLES = ("journal_identifiers", "journal_flags", "journal_reactions",
                 "journal_disclosed", "journal_reports", "journal_attachments", "journal_tags")
_RISK_RANK = "CASE e.risk WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END"
# sort name -> (terms of the sorted column, descending by default)
_ORDER: dict[str, tuple[tuple[str, ...], bool]] = {
    "newest": (("e.received_at", "e.id"), True),
    "oldest": (("e.received_at", "e.id"), False),
    "risk": ((_RISK_RANK,), True),
    "channel": (("e.channel",), False),
    "summary": (("e.summary COLLATE NOCASE",), False),
    "org": (("e.claimed_org_id", "e.claimed_org_text COLLATE NOCASE"), False),
    "status": (("e.status",), False),
}


def _kinds_text(kinds: Iterable[str]) -> str:
    return ",".join(k for k in MASK_KINDS if k in set(kinds))


def _marks(items: Sequence[Any]) -> str:
    return ",".join("?" * len(items))


def _chunks(items: Sequence[int], size: int = 500) -> Iterator[tuple[int, ...]]:
    items = tuple(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]
