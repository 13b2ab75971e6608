"""Import of the whole shared phishing corpus into a real store, in a worker thread, with
progress and cancel, and nothing written to disk besides the encrypted store."""

from __future__ import annotations

import builtins
import os
import tempfile
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vigilance_app.analysis.analyze import analyze
from vigilance_app.analysis.checked import CheckedMessage
from vigilance_app.analysis.pasted import parse_text
from vigilance_app.journal.capture import draft_from_checked, import_files
from vigilance_app.journal.repository import Journal, JournalQuery
from vigilance_app.paths import DataPaths
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import Store, create_store

KEY = bytes(range(32))
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
EML_DIR = CORPUS / "phishing_eml"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = create_store(DataPaths(tmp_path / "data"), KEY)
    s.add_profile("Moi", Relationship.SELF)
    yield s
    s.close()


def corpus_files() -> list[Path]:
    if not EML_DIR.is_dir():
        pytest.skip(f"shared corpus not found at {EML_DIR}")
    return sorted(EML_DIR.glob("*.eml"))


def test_whole_corpus_is_stored_or_reported_in_a_worker_without_writing_files(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = corpus_files()
    assert len(files) >= 100
    # Plus hostile and broken inputs: missing, empty, oversized, a text file.
    missing = tmp_path / "inputs" / "absent.eml"
    missing.parent.mkdir()
    empty = missing.parent / "empty.eml"
    empty.write_bytes(b"")
    big = missing.parent / "big.eml"
    with big.open("wb") as f:
        f.truncate(26 * 1024 * 1024)
    sms = missing.parent / "sms.txt"
    sms.write_text("Ameli: votre remboursement de 48,70 EUR est en attente. "
                   "https://ameli-rembourse.info/fr", encoding="utf-8")
    inputs = [*files, missing, empty, big, sms]

    written: list[str] = []
    real_open, real_os_open = builtins.open, os.open
    data_dir = str(store.path.parent)

    def spy_open(file, mode="r", *args, **kwargs):
        if any(c in str(mode) for c in "wax+") and not str(file).startswith(data_dir):
            written.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def spy_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and \
                not str(path).startswith(data_dir):
            written.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    private_tmp = tmp_path / "tmp"  # other processes share /tmp: watch a private one
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    data_before = set(os.listdir(data_dir))
    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)

    results = []
    progress: list[tuple[int, int]] = []

    def work() -> None:
        results.extend(import_files(store, 1, inputs, NOW, sender=None,
                                    progress=lambda d, t: progress.append((d, t))))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=300)
    monkeypatch.undo()
    assert not worker.is_alive()

    assert [r.file for r in results] == [str(p) for p in inputs]
    assert progress[-1] == (len(inputs), len(inputs)) and len(progress) == len(inputs)
    for r in results:
        assert r.ok or (r.error and r.error.endswith(".")), r
        assert (r.entry_id is not None) == r.ok
    by_file = {Path(r.file).name: r for r in results}
    assert not by_file["absent.eml"].ok and by_file["absent.eml"].error_code == "not_found"
    assert not by_file["big.eml"].ok and by_file["big.eml"].error_code == "too_large"
    assert by_file["sms.txt"].ok
    stored = [r for r in results if r.ok]
    assert len(stored) >= len(files) * 0.95  # real mails: nearly all go in
    journal = Journal(store)
    assert journal.count(1) == len(stored)
    assert len({r.entry_id for r in stored}) == len(stored)

    # Original bytes are not kept unless asked for; nothing else was written anywhere.
    sample = next(r for r in stored if r.file.endswith(".eml") and Path(r.file).stat().st_size)
    assert journal.raw_eml(sample.entry_id) is None
    assert written == []
    assert list(private_tmp.iterdir()) == []
    assert set(os.listdir(data_dir)) - data_before <= {"vigilance.db-wal", "vigilance.db-shm",
                                                           "vigilance.db.commits"}

    # The imported mails are searchable and their senders counted.
    sms_entry = journal.get(by_file["sms.txt"].entry_id)
    assert sms_entry is not None and sms_entry.risk in ("medium", "high")
    assert ("domain", "ameli-rembourse.info") in {(i.kind, i.value)
                                                  for i in sms_entry.identifiers}
    assert by_file["sms.txt"].entry_id in [r.id for r in journal.rows(
        1, JournalQuery(text="remboursement ameli"))]


def test_cancel_stops_between_files(store: Store) -> None:
    files = corpus_files()[:10]
    seen: list[int] = []
    results = list(import_files(store, 1, files, NOW, cancel=lambda: len(seen) >= 3,
                                progress=lambda d, t: seen.append(d)))
    assert len(results) == 3
    assert Journal(store).count(1) == sum(r.ok for r in results)


def test_draft_from_a_checked_sms() -> None:
    parsed = parse_text("Votre colis est bloqué, réglez 1,99 EUR sur https://bit.ly/x12 "
                        "ou appelez le 0899 12 34 56", "sms", "06 12 34 56 78")
    draft = draft_from_checked(CheckedMessage(parsed, analyze(parsed)), now=NOW)
    assert draft.channel == "sms" and draft.received_at == NOW
    assert draft.senders == ["06 12 34 56 78"]
    assert "bit.ly" in draft.mentioned and "+33899123456" in draft.mentioned
    assert draft.summary.startswith("Votre colis est bloqué")
    assert draft.risk == analyze(parsed).risk.level
    assert {f.code for f in draft.flags} == set(analyze(parsed).codes)
    assert all(f.origin == "analysis" for f in draft.flags)
    assert draft.raw_eml is None


CARD_EML = (b"From: Service <support@banque-secu.example>\r\nTo: moi@example.org\r\n"
            b"Subject: Confirmation\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            b"Votre carte 4970 1012 3456 7893 sera bloquee. IBAN FR76 3000 6000 0112 3456 "
            b"7890 189.\r\n")


def test_the_original_email_is_kept_only_when_asked(store: Store, tmp_path: Path) -> None:
    from vigilance_app.journal.capture import check_bytes, import_one

    path = tmp_path / "carte.eml"
    path.write_bytes(CARD_EML)
    journal = Journal(store)
    plain = import_one(journal, 1, str(path), NOW)
    assert plain.ok and journal.raw_eml(plain.entry_id) is None
    detail = journal.get(plain.entry_id)
    assert detail is not None and not detail.has_raw_eml
    assert "4970 1012" not in detail.body and "3000 6000" not in detail.body
    assert {"card", "iban"} <= detail.masked_kinds
    assert draft_from_checked(check_bytes(CARD_EML, "carte.eml"), now=NOW).raw_eml is None

    kept = import_one(journal, 1, str(path), NOW, keep_original=True)
    assert kept.ok and journal.raw_eml(kept.entry_id) == CARD_EML  # evidence, as received
    assert "4970 1012" not in journal.get(kept.entry_id).body
    listed = list(import_files(store, 1, [path], NOW, keep_original=True))
    assert journal.raw_eml(listed[0].entry_id) == CARD_EML


def test_cli_import_keeps_the_original_only_with_its_option() -> None:
    from vigilance_app.cli import build_parser

    parser = build_parser()
    assert not parser.parse_args(["import", "a.eml"]).keep_original
    assert parser.parse_args(["import", "--keep-original", "a.eml"]).keep_original
