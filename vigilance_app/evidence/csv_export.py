"""The evidence file as CSV: one row per contact, headings in the file's language.

Every cell is neutralised against CSV (formula) injection as OWASP describes: a cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or their full-width forms,
which some spreadsheets also read as formulas) gets a leading apostrophe, so a spreadsheet
shows it as text instead of running it; every cell is quoted. A phone number written
``+33 6…`` therefore shows as ``'+33 6…``: the price of never running a formula.

UTF-8 with a byte-order mark (so spreadsheets read the accents); the separator is ``;`` in
French (what French spreadsheets expect) and ``,`` in English.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from vigilance_app.evidence import labels
from vigilance_app.evidence.model import Contact, EvidenceDocument

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# The heading of each column (keys of ``labels``), in order.
COLUMNS: tuple[str, ...] = ("entry_id", "date", "channel", "claimed", "senders", "mentioned",
                            "summary", "asked", "reactions", "disclosed", "signs", "risk",
                            "reports", "notes")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text, never evaluate."""
    return "'" + cell if cell.startswith(DANGEROUS_STARTS) else cell


def _joined(items: Iterable[str]) -> str:
    return " | ".join(items)


def _reports(contact: Contact, lang: str) -> str:
    parts = []
    for report in contact.reports:
        when = (" " + labels.text("reported_on", lang).format(date=report.reported_on.isoformat())
                if report.reported_on else "")
        note = f" ({report.note})" if report.note else ""
        parts.append(f"{report.label}{when}{note}")
    return _joined(parts)


def contact_row(contact: Contact, lang: str) -> list[str]:
    return [
        str(contact.reference),
        contact.received_local.isoformat(timespec="minutes"),
        contact.channel_label,
        contact.claimed_to_be,
        _joined(contact.senders),
        _joined(contact.mentioned),
        contact.summary,
        _joined(contact.asked),
        _joined(contact.reaction_labels),
        _joined(contact.disclosed_labels),
        _joined(contact.warning_sign_labels),
        labels.code_label("risk", contact.risk, lang) if contact.risk else "",
        _reports(contact, lang),
        contact.notes,
    ]


def to_csv_bytes(doc: EvidenceDocument) -> bytes:
    lang = doc.language
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if lang == "fr" else ",",
                        quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([labels.text(column, lang) for column in COLUMNS])
    for contact in doc.contacts:
        writer.writerow([neutralise(cell) for cell in contact_row(contact, lang)])
    return buffer.getvalue().encode("utf-8-sig")
