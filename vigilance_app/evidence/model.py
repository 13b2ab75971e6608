"""The evidence file as data: who it is about, the period, each contact in time order, and the
official places to report. Built by ``evidence.build``; written as JSON, CSV or a PDF.

Every text in it comes from the journal (so possibly from a criminal) and has already been
made safe to show: one line where a line is expected, no control or direction characters,
web addresses defanged, sensitive numbers masked (unless the person unmasked the originals
for this file). Writers still escape (HTML) or neutralise (CSV) what they write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

SCHEMA_VERSION = 1
FORMAT_NAME = "vigilance-evidence"


@dataclass(frozen=True)
class Report:
    """Where a contact was reported (a code of ``REPORT_PLACES``), when, and a note."""

    where: str
    label: str
    reported_on: date | None
    note: str = ""


@dataclass(frozen=True)
class Contact:
    """One suspicious contact, as a bank adviser or a police officer needs it."""

    reference: int  # the journal entry id, to find the entry again in the app
    received_at: datetime  # aware, UTC
    received_local: datetime  # the same moment in the person's time zone
    channel: str
    channel_label: str
    claimed_to_be: str  # the organisation or person the sender pretended to be
    senders: tuple[str, ...]  # numbers, addresses, names; defanged
    mentioned: tuple[str, ...]  # numbers and links in the content; defanged
    summary: str  # what was asked, in the journal's words
    asked: tuple[str, ...]  # labels of the requests found (card details, a payment...)
    reactions: tuple[str, ...]  # codes
    reaction_labels: tuple[str, ...]
    disclosed: tuple[str, ...]  # codes
    disclosed_labels: tuple[str, ...]
    warning_signs: tuple[str, ...]  # flag codes
    warning_sign_labels: tuple[str, ...]
    risk: str | None
    reports: tuple[Report, ...]
    notes: str
    masked_kinds: tuple[str, ...]  # what masking hid in this entry (nir, card, iban)
    original: str | None = None  # the kept original in clear, only when unmasked


@dataclass(frozen=True)
class OfficialAddress:
    name: str
    phone: str | None
    url: str | None
    for_: str


@dataclass(frozen=True)
class EvidenceDocument:
    person: str
    person_is_self: bool
    language: str
    created_at: datetime  # aware, UTC
    since: date | None  # inclusive
    until: date | None  # inclusive
    selected: bool  # chosen entries rather than a period
    unmasked: bool
    contacts: tuple[Contact, ...]
    official: tuple[OfficialAddress, ...] = field(default=())
