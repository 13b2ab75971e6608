"""From a checked message or files on disk to journal entries.

``draft_from_checked`` pre-fills the capture form from an analysis. ``import_files`` analyses
and stores many ``.eml`` / ``.txt`` files, one result per file, and is meant to run off the
UI thread::

    # in a worker thread (e.g. ui.kit.background.BackgroundRunner), never on the UI thread:
    for result in import_files(store, profile_id, paths, now=now,
                               cancel=lambda: flag.is_set(),
                               progress=lambda done, total: signal.emit(done, total)):
        results.append(result)  # ImportResult: ok + entry_id, or error (a sentence)

It writes through connections checked out of ``store.engine``'s pool (one per transaction,
so the worker never touches the UI thread's ``store.reader``) and reads nothing else. Files
are read into memory only: nothing is written to disk besides the encrypted store. ``cancel``
is checked before each file; ``progress(done, total)`` is called after each file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from vigilance_app.analysis.inputs import (  # noqa: F401  (check_text: the CLI's stdin)
    NotAFile,
    check_bytes,
    check_text,
    read_limited,
)
from vigilance_app.journal.repository import (
    AttachmentInfo,
    EntryDraft,
    FlagDraft,
    Journal,
    JournalError,
)

if TYPE_CHECKING:
    from vigilance_app.analysis.checked import CheckedMessage
    from vigilance_app.analysis.message import ParsedMessage
    from vigilance_app.store.store import Store

SUMMARY_WORDS = 16
MAX_MENTIONED_DOMAINS = 20
MAX_MENTIONED_PHONES = 10


@dataclass(frozen=True)
class ImportResult:
    """One input of an import: ``ok`` with ``entry_id``, or ``error`` (an English sentence
    for the CLI; ``error_code`` is stable for the window to translate)."""

    file: str
    ok: bool
    entry_id: int | None = None
    error: str | None = None
    # "not_found", "too_large", "unreadable", "invalid", "disk_full", "internal"
    error_code: str | None = None


def summary_of(subject: str, text: str) -> str:
    """The subject, or the first words of the text."""
    subject = re.sub(r"\s+", " ", subject or "").strip()
    if subject:
        return subject[:200]
    words = re.sub(r"\s+", " ", text or "").strip().split(" ")
    first = " ".join(words[:SUMMARY_WORDS])[:200]
    return first + ("…" if len(words) > SUMMARY_WORDS else "")


def _received_at(parsed: ParsedMessage, now: datetime) -> datetime:
    when = parsed.date
    if when is None:
        return now
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    # A criminal's Date header can say anything: keep it only when plausible.
    if when > now + timedelta(days=1) or when.year < 1990:
        return now
    return when


def draft_from_checked(checked: CheckedMessage, channel: str | None = None,
                       now: datetime | None = None, keep_original: bool = False) -> EntryDraft:
    """An entry pre-filled from an analysis: senders (address or number, reply-to, or the SMS
    name when there is no address), claimed organisation, summary (subject or first words),
    text, domains of the links and numbers in the text as identifiers, the analysis' flags,
    attachments and risk. ``now`` (pass the app clock) is the date used when the message
    carries none.

    The original bytes are kept only with ``keep_original`` (the person asked to keep the
    email as evidence): they are stored exactly as received, so a card number, NIR or IBAN
    in them stays readable inside the encrypted store. Every field taken from them is masked
    when stored; without ``keep_original`` nothing else of the message is kept."""
    parsed, analysis = checked.parsed, checked.analysis
    moment = now or datetime.now(UTC)
    senders: list[str] = []
    if parsed.sender_address:
        senders.append(parsed.sender_address)
    elif parsed.sender_name:
        senders.append(parsed.sender_name)
    senders.extend(a for a in parsed.reply_to[:5] if a and a not in senders)
    domains = list(dict.fromkeys(
        link.registrable_domain for link in analysis.links if link.registrable_domain))
    phones = list(dict.fromkeys(p.e164 for p in analysis.phones))
    flags = [FlagDraft(f.code, "analysis", False, "; ".join(f.evidence[:5]))
             for f in analysis.flags]
    attachments = [AttachmentInfo(a.filename or "", a.declared_type, a.sniffed_type, a.size,
                                  a.dangerous, tuple(a.reasons)) for a in analysis.attachments]
    return EntryDraft(
        received_at=_received_at(parsed, moment),
        channel=channel or analysis.channel or parsed.channel,
        senders=senders,
        mentioned=domains[:MAX_MENTIONED_DOMAINS] + phones[:MAX_MENTIONED_PHONES],
        claimed_org_id=analysis.organizations[0] if analysis.organizations else None,
        summary=summary_of(parsed.subject, parsed.text),
        body=parsed.text,
        risk=analysis.risk.level,
        flags=flags,
        attachments=attachments,
        raw_eml=checked.raw if keep_original else None,
    )


# Room an import needs beyond its message (journal pages, search index, write-ahead log).
ROOM_PER_IMPORT = 2 * 1024 * 1024


def import_one(journal: Journal, profile_id: int, name: str, now: datetime,
               channel: str | None = None, sender: str | None = None,
               data: bytes | None = None, keep_original: bool = False) -> ImportResult:
    """Read (unless ``data`` is given), analyse and store one input; never raises.
    ``keep_original``: see ``draft_from_checked``."""
    from vigilance_app.analysis.limits import AnalysisError, InputTooLarge
    from vigilance_app.store.errors import DiskFullError

    try:
        if data is None:
            try:
                data = read_limited(Path(name))  # too large: refused before reading it
            except NotAFile:
                return ImportResult(name, False, error="This file does not exist or is not a "
                                    "file.", error_code="not_found")
        checked = check_bytes(data, name, channel, sender)
        draft = draft_from_checked(checked, channel, now, keep_original)
        if sender and not draft.senders:
            draft.senders = [sender]
        return ImportResult(name, True, entry_id=journal.add(profile_id, draft, now))
    except InputTooLarge as exc:
        return ImportResult(name, False, error=str(exc), error_code="too_large")
    except AnalysisError as exc:
        return ImportResult(name, False, error=str(exc), error_code="invalid")
    except JournalError as exc:
        return ImportResult(name, False, error=str(exc), error_code="invalid")
    except DiskFullError as exc:
        return ImportResult(name, False, error=str(exc), error_code="disk_full")
    except OSError as exc:
        return ImportResult(name, False, error="This file cannot be read "
                            f"({exc.strerror or 'input/output error'}).",
                            error_code="unreadable")
    except Exception as exc:  # a bug of ours must not stop the other files
        from vigilance_app.store.diskspace import disk_full_error, is_disk_full

        folder = Path(journal.store.path).parent
        if is_disk_full(exc, folder):  # raised below the store's own disk-full handling
            full = disk_full_error(folder, ROOM_PER_IMPORT + 4 * len(data or b""))
            return ImportResult(name, False, error=str(full), error_code="disk_full")
        return ImportResult(name, False, error="This input could not be imported because of "
                            "an internal error.", error_code="internal")


def import_files(store: Store, profile_id: int, paths: Sequence[str | Path], now: datetime,
                 channel: str | None = None, sender: str | None = None,
                 cancel: Callable[[], bool] | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 keep_original: bool = False) -> Iterator[ImportResult]:
    """Analyse and store each file, yielding one ``ImportResult`` per file in order. Stops
    quietly (yielding no more) once ``cancel()`` returns True. See the module docstring;
    ``keep_original``: see ``draft_from_checked``."""
    journal = Journal(store)
    total = len(paths)
    for done, path in enumerate(paths, start=1):
        if cancel is not None and cancel():
            return
        yield import_one(journal, profile_id, str(path), now, channel, sender,
                         keep_original=keep_original)
        if progress is not None:
            progress(done, total)
