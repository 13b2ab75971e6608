"""The evidence file's document model, JSON (validated against its JSON Schema) and CSV (every
formula-looking cell neutralised), built from a real store with hostile texts in it."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import jsonschema
import pytest

from vigilance_app import people
from vigilance_app.evidence import (
    EvidenceEmpty,
    EvidenceEntryNotFound,
    EvidencePdfUnavailable,
    EvidencePeriodInvalid,
    build_document,
    evidence_bytes,
    labels,
    suggested_name,
    write_evidence,
)
from vigilance_app.evidence.csv_export import neutralise, to_csv_bytes
from vigilance_app.evidence.json_export import load_schema, to_json_bytes
from vigilance_app.journal.repository import EntryDraft, FlagDraft, Journal, ReportDraft
from vigilance_app.paths import DataPaths
from vigilance_app.store.store import Store, create_store

KEY = bytes(range(32))
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
CARD = "4970 1012 3456 7893"  # Luhn-valid


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = create_store(DataPaths(tmp_path / "data"), KEY)
    yield s
    s.close()


@pytest.fixture
def jeanne(store: Store) -> people.Person:
    people.add_person(store, "Moi", relative=False)
    person = people.add_person(store, "Jeanne", relative=True)
    journal = Journal(store)
    journal.add_many(person.id, [
        EntryDraft(received_at=datetime(2026, 11, 3, 14, 5, tzinfo=UTC), channel="sms",
                   senders=["+33 6 12 34 56 78"], mentioned=["https://ameli-secu.xyz/login"],
                   claimed_org_text="=HYPERLINK(\"http://evil.example\")",
                   summary=f"Votre carte {CARD} est bloquée <b>urgent</b>",
                   flags=[FlagDraft("asks_card_details"), FlagDraft("urgency"),
                          FlagDraft("impersonation", removed=True)],
                   reactions=["clicked_link", "gave_card_details"], disclosed=["card"],
                   reports=[ReportDraft("33700", date(2026, 11, 4), "@SUM(1+1)")],
                   notes="-2+3"),
        EntryDraft(received_at=datetime(2026, 11, 20, 8, 0, tzinfo=UTC), channel="email",
                   senders=["service@ameli-remb.info"], summary="\tRemboursement 48,70 €",
                   flags=[FlagDraft("lookalike_domain")], notes="\rnote"),
        EntryDraft(received_at=datetime(2026, 10, 1, 10, 0, tzinfo=UTC), channel="phone_call",
                   senders=["01 23 45 67 89"], summary="+Faux conseiller bancaire"),
    ], NOW)
    Journal(store).add(1, EntryDraft(received_at=NOW - timedelta(days=1), channel="sms",
                                     summary="mine, not hers"), NOW)
    return person


def test_contacts_in_time_order_with_every_field(store: Store, jeanne: people.Person) -> None:
    doc = build_document(store, jeanne, lang="fr", tz=PARIS, now=NOW)
    assert doc.person == "Jeanne" and not doc.person_is_self
    assert [c.received_at.date() for c in doc.contacts] == [
        date(2026, 10, 1), date(2026, 11, 3), date(2026, 11, 20)]
    first = doc.contacts[1]
    assert first.received_local.isoformat() == "2026-11-03T15:05:00+01:00"
    assert first.channel_label == "SMS"
    assert first.senders == ("+33 6 12 34 56 78",)
    assert "hxxps://ameli-secu[.]xyz/login" in first.mentioned
    assert CARD not in first.summary and "•••• •••• •••• 7893" in first.summary
    assert first.masked_kinds == ("card",)
    assert first.warning_signs == ("asks_card_details", "urgency")  # removed one left out
    assert first.asked == (labels.flag_label("asks_card_details", "fr"),)
    assert first.reaction_labels == ("a cliqué sur un lien",
                                     "a donné les données de sa carte bancaire")
    assert [(r.where, r.reported_on) for r in first.reports] == [("33700", date(2026, 11, 4))]
    assert "mine, not hers" not in to_json_bytes(doc).decode()
    assert [o.name for o in doc.official][:2] == ["33700", "Signal Spam"]
    english = build_document(store, jeanne, lang="en", tz=PARIS, now=NOW)
    assert english.contacts[1].reaction_labels[0] == "clicked a link"


def test_period_and_chosen_entries(store: Store, jeanne: people.Person) -> None:
    november = build_document(store, jeanne, since=date(2026, 11, 1), until=date(2026, 11, 20),
                              tz=PARIS, now=NOW)
    assert len(november.contacts) == 2 and november.since == date(2026, 11, 1)
    october = build_document(store, jeanne, until=date(2026, 10, 31), tz=PARIS, now=NOW)
    assert [c.channel for c in october.contacts] == ["phone_call"]
    ids = [c.reference for c in november.contacts]
    chosen = build_document(store, jeanne, entry_ids=[ids[1], ids[0]], tz=PARIS, now=NOW)
    assert [c.reference for c in chosen.contacts] == ids and chosen.selected
    with pytest.raises(EvidenceEmpty) as empty:
        build_document(store, jeanne, since=date(2027, 1, 1), tz=PARIS, now=NOW)
    assert empty.value.code == "evidence_empty"
    with pytest.raises(EvidencePeriodInvalid):
        build_document(store, jeanne, since=date(2026, 12, 1), until=date(2026, 11, 1))
    mine = Journal(store).rows(1)[0].id
    with pytest.raises(EvidenceEntryNotFound) as other:
        build_document(store, jeanne, entry_ids=[mine], tz=PARIS, now=NOW)
    assert other.value.params == {"reference": mine}


def test_json_follows_its_schema(store: Store, jeanne: people.Person) -> None:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for lang in ("fr", "en"):
        data = json.loads(to_json_bytes(build_document(store, jeanne, lang=lang, tz=PARIS,
                                                       now=NOW)))
        jsonschema.validate(data, schema)
        assert data["schema_version"] == 1 and data["format"] == "vigilance-evidence"
        assert data["person"] == {"name": "Jeanne", "is_self": False}
        assert data["contacts"][1]["received_at"] == "2026-11-03T14:05:00Z"
    data["contacts"][0]["channel"] = "carrier_pigeon"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


@pytest.mark.parametrize("cell", ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx",
                                  "\uff1d1+1"])
def test_each_formula_start_is_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Jeanne", "33700", "", "'quoted", " =1"])
def test_ordinary_cells_are_kept(cell: str) -> None:
    assert neutralise(cell) == cell


def test_no_csv_cell_can_run_as_a_formula(store: Store, jeanne: people.Person) -> None:
    for lang, delimiter in (("fr", ";"), ("en", ",")):
        data = to_csv_bytes(build_document(store, jeanne, lang=lang, tz=PARIS, now=NOW))
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""),
                               delimiter=delimiter))
        assert len(rows) == 4 and len({len(r) for r in rows}) == 1
        assert rows[0][0] == labels.text("entry_id", lang)
        for row in rows[1:]:
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\uff1d")), cell
        cells = {cell for row in rows[1:] for cell in row}
        assert "'=HYPERLINK(\"hxxp://evil[.]example\")" in cells
        assert "'-2+3" in cells and "'+Faux conseiller bancaire" in cells
        assert "'+33 6 12 34 56 78" in cells
        assert not any(CARD in c for c in cells)


def test_written_0600_with_the_name_in_the_language(store: Store, jeanne: people.Person,
                                                   tmp_path: Path) -> None:
    doc = build_document(store, jeanne, lang="fr", tz=PARIS, now=NOW)
    assert suggested_name(doc, "pdf") == "Dossier Jeanne 2026-12-07.pdf"
    english = build_document(store, jeanne, lang="en", tz=PARIS, now=NOW)
    assert suggested_name(english, "json") == "Evidence Jeanne 2026-12-07.json"
    target = write_evidence(doc, "csv", tmp_path / suggested_name(doc, "csv"))
    assert target.exists() and (os.stat(target).st_mode & 0o777) == 0o600
    with pytest.raises(EvidencePdfUnavailable):
        evidence_bytes(doc, "pdf", None)
    assert evidence_bytes(doc, "pdf", lambda d: b"%PDF-" + d.person.encode()) == b"%PDF-Jeanne"


def test_unmasked_only_when_asked_and_only_from_a_kept_original(store: Store) -> None:
    person = people.add_person(store, "Paul", relative=False)
    raw = (f"From: Banque <x@banque-secu.info>\r\nSubject: Carte\r\n\r\n"
           f"Votre carte {CARD} expire.\r\n").encode()
    Journal(store).add(person.id, EntryDraft(received_at=NOW, channel="email",
                                             summary=f"carte {CARD}", raw_eml=raw), NOW)
    masked = build_document(store, person, now=NOW, tz=PARIS)
    assert not masked.unmasked and masked.contacts[0].original is None
    assert CARD not in to_json_bytes(masked).decode()
    clear = build_document(store, person, now=NOW, tz=PARIS, unmasked=True)
    assert clear.unmasked and CARD in (clear.contacts[0].original or "")
    assert CARD not in clear.contacts[0].summary  # only the original is in clear
    jsonschema.validate(json.loads(to_json_bytes(clear)), load_schema())


def test_both_languages_have_every_label() -> None:
    keys = labels.label_keys()
    assert keys["fr"] == keys["en"]
    for kind, table in labels.code_tables().items():
        assert set(table["fr"]) == set(table["en"]), kind
    from vigilance_app.journal.repository import DISCLOSED_CATEGORIES, REPORT_PLACES
    from vigilance_app.vocabulary import CHANNELS, REACTIONS

    tables = labels.code_tables()
    assert set(tables["channel"]["fr"]) == set(CHANNELS)
    assert set(tables["reaction"]["fr"]) == set(REACTIONS)
    assert set(tables["disclosed"]["fr"]) == set(DISCLOSED_CATEGORIES)
    assert set(tables["report"]["fr"]) == set(REPORT_PLACES)
