"""Handing a person's file over between two real data folders (SQLCipher stores made by the
setup helper): round trip, a second import without duplicates, and refusals (wrong passphrase,
a flipped byte, not a handover file, too large) that import nothing."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.fakes import MemoryKeyring, fast_kdf
from vigilance_app import handover, people
from vigilance_app.guidance.breach import record_breach_notice
from vigilance_app.guidance.progress import run_state, start_run, tick
from vigilance_app.handover import container
from vigilance_app.handover.passphrase import entropy_bits, normalise, word_list
from vigilance_app.journal.repository import (
    EntryDraft,
    FlagDraft,
    Journal,
    JournalQuery,
    ReportDraft,
)
from vigilance_app.paths import DataPaths
from vigilance_app.reviews import accounts as api
from vigilance_app.setup_store import create_new_store
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import Store
from vigilance_app.vault import CustodyMode, KeyringAccess, Vault

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
CARD = "4970 1012 3456 7893"
TABLES = ("profiles", "journal_entries", "journal_texts", "journal_identifiers",
          "journal_flags", "journal_reactions", "journal_reports", "journal_tags", "accounts",
          "account_reviews", "review_snoozes", "plan_runs", "plan_step_ticks",
          "breach_notices", "heightened_periods", "app_state")


def new_store(root: Path, name: str) -> Store:
    paths = DataPaths(root)
    vault = Vault(paths, keyring=KeyringAccess(MemoryKeyring()), kdf_params=fast_kdf)
    return create_new_store(paths, vault, CustodyMode.KEYRING, name, Relationship.SELF).store


@pytest.fixture
def sender(tmp_path: Path) -> Iterator[tuple[Store, people.Person]]:
    store = new_store(tmp_path / "sender", "Paul")
    jeanne = people.add_person(store, "Jeanne", relative=True)
    ids = Journal(store).add_many(jeanne.id, [EntryDraft(
        received_at=NOW - timedelta(days=i), channel=("sms", "email", "phone_call")[i % 3],
        senders=[f"06 12 34 56 7{i}"], mentioned=["https://ameli-secu.xyz/r"],
        summary=f"Remboursement {i} carte {CARD}", body=f"Texte {i}",
        flags=[FlagDraft("urgency"), FlagDraft("impersonation", removed=True)],
        reactions=["clicked_link"], disclosed=["card"],
        reports=[ReportDraft("33700", date(2026, 12, 1), "reçu")], tags=["colis"],
        raw_eml=b"From: x@y.fr\r\n\r\nbonjour\r\n" if i == 0 else None) for i in range(5)],
        NOW)
    account = api.add_account(store, jeanne.id, "bank", "Compte courant", now=NOW,
                              institution="Banque X", official_url="https://www.banque.fr")
    api.record_review(store, account.id, "unusual", "prélèvement inconnu", NOW,
                      journal_entry_id=ids[1])
    api.record_review(store, account.id, "normal", "", NOW - timedelta(days=7))
    api.start_heightened(store, jeanne.id, date(2026, 12, 1), date(2027, 1, 26), ["bank"])
    run = start_run(store, jeanne.id, "gave_card_details", NOW, journal_entry_id=ids[0])
    tick(store, run, run_state(store, run).step_ids[0], NOW, note="opposition n° 123")
    record_breach_notice(store, jeanne.id, "Mutuelle Y", date(2026, 11, 2), "Viamedis",
                         ["nir", "insurer"], NOW)
    api.add_account(store, 1, "bank", "Compte de Paul", now=NOW)  # Paul's, never sent
    yield store, jeanne
    store.close()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Store]:
    store = new_store(tmp_path / "receiver", "Sophie")
    yield store
    store.close()


def snapshot(store: Store) -> dict[str, list[tuple]]:
    return {t: sorted(map(repr, store.reader.execute(f"SELECT * FROM {t}").fetchall()))
            for t in TABLES}


def export(store: Store, person: people.Person, path: Path) -> handover.ExportResult:
    return handover.export_person(store, person.id, path, kdf_params=fast_kdf, now=NOW)


def test_round_trip_then_a_second_import_adds_nothing(sender, receiver, tmp_path) -> None:
    store, jeanne = sender
    result = export(store, jeanne, tmp_path / "Transmission Jeanne.vigilance")
    assert (result.path.stat().st_mode & 0o777) == 0o600
    assert result.entries == 5 and result.accounts == 1
    assert len(result.passphrase.split()) == 6
    raw = result.path.read_bytes()
    assert raw.startswith(container.MAGIC)
    assert b"Jeanne" not in raw and b"Remboursement" not in raw  # encrypted

    typed = "  " + result.passphrase.upper().replace(" ", " - ") + " "
    summary = handover.import_file(receiver, result.path, typed, now=NOW)
    assert summary.new_person and summary.person_name == "Jeanne"
    assert (summary.entries_added, summary.accounts_added, summary.reviews_added,
            summary.plans_added, summary.ticks_added, summary.notices_added,
            summary.periods_added) == (5, 1, 2, 2, 1, 1, 1)
    received = people.find_person(receiver, "Jeanne")
    assert received.relative
    journal = Journal(receiver)
    rows = journal.rows(received.id, limit=100)
    assert len(rows) == 5
    assert [r.summary for r in rows] == [r.summary for r in Journal(store).rows(jeanne.id)]
    assert all(CARD not in r.summary for r in rows)
    assert journal.rows(received.id, JournalQuery(text="06 12 34 56 72"))  # search indexed
    first = journal.get(rows[0].id)  # the newest, whose original was kept
    assert first is not None and first.has_raw_eml
    assert journal.raw_eml(first.id) == b"From: x@y.fr\r\n\r\nbonjour\r\n"
    assert [f.code for f in first.flags if f.removed] == ["impersonation"]
    (account,) = api.list_accounts(receiver, received.id)
    assert (account.name, account.institution, account.official_url) == \
        ("Compte courant", "Banque X", "https://www.banque.fr")
    reviews = api.history(receiver, account.id)
    unusual = next(r for r in reviews if r.result == "unusual")
    linked = journal.get(unusual.journal_entry_id)
    assert linked is not None and linked.summary.startswith("Remboursement 1")
    assert not api.list_accounts(receiver, 1)  # Sophie's own list untouched
    assert not [a for a in api.list_accounts(receiver, received.id) if "Paul" in a.name]

    before = snapshot(receiver)
    again = handover.import_file(receiver, result.path, result.passphrase, now=NOW)
    assert not again.new_person and again.person_id == received.id
    assert (again.entries_added, again.entries_already_there, again.accounts_added,
            again.reviews_added, again.plans_added, again.ticks_added, again.notices_added,
            again.periods_added) == (0, 5, 0, 0, 0, 0, 0, 0)
    assert snapshot(receiver) == before


def test_a_newer_file_brings_only_what_is_new(sender, receiver, tmp_path) -> None:
    store, jeanne = sender
    first = export(store, jeanne, tmp_path / "one.vigilance")
    handover.import_file(receiver, first.path, first.passphrase, now=NOW)
    Journal(store).add(jeanne.id, EntryDraft(received_at=NOW, channel="letter",
                                             summary="Courrier QR code"), NOW)
    second = export(store, jeanne, tmp_path / "two.vigilance")
    summary = handover.import_file(receiver, second.path, second.passphrase, now=NOW)
    assert (summary.entries_added, summary.entries_already_there) == (1, 5)
    assert len(people.list_people(receiver)) == 2
    # And back to the sender: the same person, nothing doubled.
    back = export(receiver, people.find_person(receiver, "Jeanne"), tmp_path / "b.vigilance")
    home = handover.import_file(store, back.path, back.passphrase, now=NOW)
    assert not home.new_person and home.person_id == jeanne.id and home.entries_added == 0


def test_a_name_already_used_by_someone_else_gets_a_number(sender, receiver, tmp_path) -> None:
    store, jeanne = sender
    people.add_person(receiver, "jeanne", relative=False)  # another Jeanne
    result = export(store, jeanne, tmp_path / "j.vigilance")
    summary = handover.import_file(receiver, result.path, result.passphrase, now=NOW)
    assert summary.new_person and summary.person_name == "Jeanne (2)"


def test_wrong_passphrase_and_flipped_bytes_import_nothing(sender, receiver, tmp_path) -> None:
    store, jeanne = sender
    result = export(store, jeanne, tmp_path / "j.vigilance")
    before = snapshot(receiver)
    with pytest.raises(handover.HandoverWrongPassphrase) as wrong:
        handover.import_file(receiver, result.path, "piano zebra orange canal motel radio")
    assert wrong.value.code == "handover_wrong_passphrase"
    assert "Nothing was imported" in str(wrong.value)
    data = result.path.read_bytes()
    header_end = len(container.MAGIC) + 6 + int.from_bytes(data[len(container.MAGIC) + 2:
                                                               len(container.MAGIC) + 6])
    for position in (len(data) - 1, len(data) // 2, header_end, header_end + 20):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        with pytest.raises(handover.HandoverDamaged) as broken:
            handover.import_bytes(receiver, bytes(damaged), result.passphrase)
        assert broken.value.code == "handover_damaged"
    with pytest.raises(handover.HandoverNotAFile):
        handover.import_bytes(receiver, b"x" + data[1:], result.passphrase)
    with pytest.raises(handover.HandoverDamaged):
        handover.import_bytes(receiver, data[:40], result.passphrase)
    with pytest.raises(handover.HandoverPassphraseMissing):
        handover.import_bytes(receiver, data, "  ")
    assert snapshot(receiver) == before


def test_a_content_error_late_in_the_file_rolls_everything_back(sender, receiver,
                                                               tmp_path) -> None:
    """All or nothing: an invalid last record leaves no entry of the first ones."""
    from vigilance_app.handover.payload import collect

    store, jeanne = sender
    payload = collect(store, jeanne.id, NOW)
    payload["heightened_periods"].append({"since": "2027-01-01", "until": "2026-01-01",
                                          "account_kinds": None, "note": ""})
    sealed = container.seal(json.dumps(payload).encode(), "one two three four five six",
                            fast_kdf)
    before = snapshot(receiver)
    with pytest.raises(handover.HandoverContentInvalid):
        handover.import_bytes(receiver, sealed, "one two three four five six")
    assert snapshot(receiver) == before


def test_size_caps_and_versions(monkeypatch, receiver, tmp_path) -> None:
    big = tmp_path / "big.vigilance"
    with big.open("wb") as handle:
        handle.truncate(container.MAX_FILE_BYTES + 1)
    with pytest.raises(handover.HandoverTooLarge) as too_large:
        handover.import_file(receiver, big, "x y z")
    assert too_large.value.params == {"limit_mb": 200}
    monkeypatch.setattr(container, "MAX_PAYLOAD_BYTES", 1000)
    bomb = container.seal(b" " * 5000, "one two three four five six", fast_kdf)
    assert len(bomb) < 1000
    with pytest.raises(handover.HandoverTooLarge):
        container.open_sealed(bomb, "one two three four five six")
    newer = bytearray(container.seal(b"{}", "a b c d e f", fast_kdf))
    newer[len(container.MAGIC) + 1] = 2
    with pytest.raises(handover.HandoverVersionUnsupported):
        container.open_sealed(bytes(newer), "a b c d e f")
    with pytest.raises(handover.HandoverFileUnreadable):
        handover.import_file(receiver, tmp_path / "absent.vigilance", "a b c")
    with pytest.raises(handover.HandoverPassphraseTooShort):
        handover.export_person(receiver, 1, tmp_path / "x", passphrase="short")


def test_kdf_settings_outside_the_app_bounds_are_refused_before_any_work(receiver) -> None:
    data = container.seal(b"{}", "a b c d e f", fast_kdf)
    start = len(container.MAGIC) + 6
    length = int.from_bytes(data[len(container.MAGIC) + 2:start])
    header = json.loads(data[start:start + length])
    header["kdf"]["memory_kib"] = 4 * 1024 * 1024  # 4 GiB
    text = json.dumps(header, sort_keys=True).encode()
    forged = (container.MAGIC + container._PREFIX.pack(1, len(text)) + text
              + data[start + length:])
    with pytest.raises(handover.HandoverDamaged):
        container.open_sealed(forged, "a b c d e f")


def test_the_proposed_passphrase() -> None:
    words = word_list()
    assert len(words) == len(set(words)) == 2048
    assert all(w.isascii() and w.isalpha() and w.islower() and 4 <= len(w) <= 7 for w in words)
    assert math.isclose(entropy_bits(), 66.0)
    phrases = {handover.new_passphrase() for _ in range(50)}
    assert len(phrases) == 50
    assert all(len(p.split()) == 6 and set(p.split()) <= set(words) for p in phrases)
    assert normalise("  Piano-ZÈBRE  orange\tcanal ") == "piano zebre orange canal"
