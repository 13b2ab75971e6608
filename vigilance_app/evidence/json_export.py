"""The evidence file as JSON, following ``resources/evidence/schema.json`` (JSON Schema
2020-12), versioned with ``schema_version``: a change that breaks readers raises it."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vigilance_app.evidence.model import FORMAT_NAME, SCHEMA_VERSION, Contact, EvidenceDocument
from vigilance_app.paths import resources_dir


def schema_path() -> Path:
    return resources_dir() / "evidence" / "schema.json"


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _moment(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def contact_record(contact: Contact) -> dict[str, Any]:
    record: dict[str, Any] = {
        "reference": contact.reference,
        "received_at": _moment(contact.received_at).replace("+00:00", "Z"),
        "received_local": _moment(contact.received_local),
        "channel": contact.channel,
        "channel_label": contact.channel_label,
        "claimed_to_be": contact.claimed_to_be,
        "senders": list(contact.senders),
        "mentioned": list(contact.mentioned),
        "summary": contact.summary,
        "asked": list(contact.asked),
        "reactions": [{"code": c, "label": lab}
                      for c, lab in zip(contact.reactions, contact.reaction_labels, strict=True)],
        "disclosed": [{"code": c, "label": lab}
                      for c, lab in zip(contact.disclosed, contact.disclosed_labels,
                                        strict=True)],
        "warning_signs": [{"code": c, "label": lab}
                          for c, lab in zip(contact.warning_signs, contact.warning_sign_labels,
                                            strict=True)],
        "risk": contact.risk,
        "reports": [{"where": r.where, "label": r.label, "reported_on": _day(r.reported_on),
                     "note": r.note} for r in contact.reports],
        "notes": contact.notes,
        "masked_kinds": list(contact.masked_kinds),
    }
    if contact.original is not None:
        record["original"] = contact.original
    return record


def document_record(doc: EvidenceDocument) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "language": doc.language,
        "created_at": _moment(doc.created_at).replace("+00:00", "Z"),
        "person": {"name": doc.person, "is_self": doc.person_is_self},
        "period": {"since": _day(doc.since), "until": _day(doc.until),
                   "selected_entries": doc.selected},
        "unmasked": doc.unmasked,
        "contacts": [contact_record(c) for c in doc.contacts],
        "official_addresses": [{"name": o.name, "phone": o.phone, "url": o.url,
                                "for": o.for_} for o in doc.official],
    }


def to_json_bytes(doc: EvidenceDocument) -> bytes:
    return (json.dumps(document_record(doc), ensure_ascii=False, indent=2) + "\n").encode()


def load_schema() -> dict[str, Any]:
    data = json.loads(schema_path().read_text("utf-8"))
    assert isinstance(data, dict)
    return data
