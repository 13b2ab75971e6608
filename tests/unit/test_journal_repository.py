"""The journal repository on a real SQLCipher store: capture, masking, search, filters, repeat
senders, bulk actions and undo of a delete."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from vigilance_app.journal.repository import (
    AttachmentInfo,
    EntryDraft,
    FlagDraft,
    Journal,
    JournalError,
    JournalQuery,
    ReportDraft,
    masked_kinds_of,
)
from vigilance_app.paths import DataPaths
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import Store, create_store

KEY = bytes(range(32))
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
CARD = "4970101234567893"  # Luhn-valid


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = create_store(DataPaths(tmp_path / "data"), KEY)
    s.add_profile("Moi", Relationship.SELF)
    s.add_profile("Maman", Relationship.RELATIVE)
    yield s
    s.close()


@pytest.fixture
def journal(store: Store) -> Journal:
    return Journal(store)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def draft(days: float = 0, channel: str = "sms", **kw: object) -> EntryDraft:
    return EntryDraft(received_at=ago(days), channel=channel, **kw)  # type: ignore[arg-type]


def ids(rows: list) -> list[int]:
    return [r.id for r in rows]


def test_round_trip_of_every_field(journal: Journal) -> None:
    entry = journal.add(1, EntryDraft(
        received_at=datetime(2026, 10, 2, 8, 15, tzinfo=UTC), channel="email",
        senders=["Service Ameli <remboursement@ameli-secu.xyz>"],
        mentioned=["https://ameli-secu.xyz/login", "01 23 45 67 89"],
        claimed_org_id="assurance_maladie", claimed_org_text="CPAM de Paris",
        summary="Remboursement en attente", body="Cliquez ici", risk="high",
        notes="Reçu sur la boîte de Maman",
        flags=[FlagDraft("urgency", "analysis", False, "sous 24 h"),
               FlagDraft("non_official_domain", "analysis", True, "ameli-secu.xyz"),
               FlagDraft("asks_card_details", "user")],
        reactions=["clicked_link", "ignored"], disclosed=["card", "email"],
        reports=[ReportDraft("signal_spam", date(2026, 10, 3), "transféré")],
        attachments=[AttachmentInfo("facture.pdf.exe", "application/pdf",
                                    "application/x-msdownload", 12000, True,
                                    ("double_extension", "executable"))],
        tags=["ameli", "Maman", "ameli"], raw_eml=b"From: x\r\n\r\nbody"), NOW)
    got = journal.get(entry)
    assert got is not None
    assert got.received_at == datetime(2026, 10, 2, 8, 15, tzinfo=UTC)
    assert (got.channel, got.claimed_org_id, got.claimed_org_text, got.risk, got.status) == (
        "email", "assurance_maladie", "CPAM de Paris", "high", "new")
    kinds = {(i.kind, i.value, i.role) for i in got.identifiers}
    assert ("email", "remboursement@ameli-secu.xyz", "sender") in kinds
    assert ("domain", "ameli-secu.xyz", "sender") in kinds
    assert ("url", "https://ameli-secu.xyz/login", "content") in kinds
    assert ("phone", "+33123456789", "content") in kinds
    assert [(f.code, f.origin, f.removed) for f in got.flags] == [
        ("urgency", "analysis", False), ("non_official_domain", "analysis", True),
        ("asks_card_details", "user", False)]
    assert got.reactions == ("ignored", "clicked_link")  # vocabulary order
    assert set(got.disclosed) == {"card", "email"}
    assert got.reports == (ReportDraft("signal_spam", date(2026, 10, 3), "transféré"),)
    assert got.attachments[0].reasons == ("double_extension", "executable")
    assert got.attachments[0].dangerous
    assert got.tags == ("Maman", "ameli")
    assert got.has_raw_eml and journal.raw_eml(entry) == b"From: x\r\n\r\nbody"
    assert got.masked_kinds == frozenset()
    # Editing through draft() keeps the original bytes and the id.
    edit = got.draft()
    edit.summary = "Faux remboursement Ameli"
    edit.status = "handled"
    journal.update(entry, edit, NOW + timedelta(hours=1))
    again = journal.get(entry)
    assert again is not None and again.summary == "Faux remboursement Ameli"
    assert again.status == "handled" and again.updated_at == NOW + timedelta(hours=1)
    assert journal.raw_eml(entry) == b"From: x\r\n\r\nbody"
    assert {(i.kind, i.value) for i in again.identifiers} == {(k, v) for k, v, _ in kinds}


def test_every_free_text_field_is_masked_before_storage(journal: Journal, store: Store
                                                       ) -> None:
    spaced = "4970 1012 3456 7893"
    d = draft(summary=f"carte {spaced}", body=f"body {CARD}", notes=f"notes {CARD}",
              claimed_org_text=f"org {CARD}", tags=[f"t{CARD}"],
              reports=[ReportDraft("bank", None, f"note {CARD}")],
              flags=[FlagDraft("asks_card_details", "analysis", False, f"ev {CARD}")])
    assert masked_kinds_of(d) == {"card"}
    entry = journal.add(1, d, NOW)
    got = journal.get(entry)
    assert got is not None and got.masked_kinds == {"card"}
    assert got.summary == "carte •••• •••• •••• 7893"
    # Not one table holds the full number, and the search index cannot find it.
    for (table,) in store.reader.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'journal_%' "
            "AND name NOT LIKE 'journal_fts%'").fetchall():
        for row in store.reader.execute(f"SELECT * FROM {table}").fetchall():
            assert all(CARD not in str(v) and "3456 7893" not in str(v) for v in row), table
    assert journal.rows(1, JournalQuery(text=CARD)) == []
    assert journal.rows(1, JournalQuery(text="1012")) == []
    assert ids(journal.rows(1, JournalQuery(text="7893"))) == [entry]


def test_invalid_codes_are_refused(journal: Journal) -> None:
    with pytest.raises(JournalError):
        journal.add(1, draft(channel="pigeon"), NOW)
    with pytest.raises(JournalError):
        journal.add(1, draft(reactions=["panicked"]), NOW)
    with pytest.raises(JournalError):
        journal.add(1, draft(disclosed=["card_number_1234"]), NOW)
    with pytest.raises(JournalError):
        journal.add(1, draft(risk="extreme"), NOW)
    with pytest.raises(JournalError):
        journal.add(99, draft(), NOW)
    assert journal.count(1) == 0


def test_ids_follow_time_and_newest_come_first(journal: Journal) -> None:
    added = [journal.add(1, draft(days=d, summary=f"n{d}"), NOW) for d in (5, 1, 9, 1, 3)]
    rows = journal.rows(1)
    assert [r.summary for r in rows] == ["n1", "n1", "n3", "n5", "n9"]
    assert ids(rows) == sorted(added, reverse=True)  # same second: the later one first
    assert [r.summary for r in journal.rows(1, sort="oldest")] == ["n9", "n5", "n3", "n1",
                                                                   "n1"]
    assert len(journal.rows(1, offset=2, limit=2)) == 2
    assert ids(journal.rows(1, offset=2, limit=2)) == ids(rows)[2:4]


def test_search_ignores_accents_and_case_and_matches_prefixes(journal: Journal) -> None:
    a = journal.add(1, draft(summary="Alerte Sécurité de votre compte"), NOW)
    b = journal.add(1, draft(days=1, body="Votre COLIS est bloqué à l'entrepôt"), NOW)
    c = journal.add(1, draft(days=2, notes="Appel d'un faux conseiller bancaire"), NOW)
    d = journal.add(1, draft(days=3, tags=["Impôts"], claimed_org_text="Trésor public"), NOW)
    journal.add(2, draft(summary="Sécurité"), NOW)  # another profile: never listed
    q = lambda t: ids(journal.rows(1, JournalQuery(text=t)))  # noqa: E731
    assert q("securite") == [a]
    assert q("SÉCURITÉ") == [a]
    assert q("secu") == [a]
    assert q("bloque colis") == [b]
    assert q("entre") == [b]
    assert q("conseiller banc") == [c]
    assert q("cons banc") == [c]  # short words are beginnings too
    assert q("conseil bancaire") == []  # a longer earlier word is matched whole
    assert q("impots") == [d] and q("tresor") == [d]
    assert q("securite colis") == []
    assert q('colis" OR "securite') == []  # words, never FTS syntax: both are required
    assert q('" * ( ^ :') == [a, b, c, d]  # no word at all: no text filter, no error
    assert q('AND') == [] and q('NEAR') == []  # FTS keywords are plain words, no error
    assert q("") == [a, b, c, d]
    assert journal.count(1, JournalQuery(text="secu")) == 1
    assert journal.count(2, JournalQuery(text="secu")) == 1


def test_claimed_organisation_names_are_searchable(journal: Journal) -> None:
    entry = journal.add(1, draft(claimed_org_id="assurance_maladie", summary="Remboursement"),
                        NOW)
    assert ids(journal.rows(1, JournalQuery(text="ameli"))) == [entry]
    assert ids(journal.rows(1, JournalQuery(text="assurance maladie"))) == [entry]


@pytest.mark.parametrize("written", [
    "06 12 34 56 78", "0612345678", "+33612345678", "+33 6 12 34 56 78", "0033 6 12 34 56 78",
    "06.12.34.56.78", "06-12-34-56-78"])
def test_a_phone_number_matches_however_it_is_written(journal: Journal, written: str) -> None:
    entry = journal.add(1, draft(senders=["+33 6 12 34 56 78"], summary="SMS colis"), NOW)
    other = journal.add(1, draft(senders=["07 98 76 54 32"], summary="SMS colis"), NOW)
    assert ids(journal.rows(1, JournalQuery(text=written))) == [entry]
    assert ids(journal.rows(1, JournalQuery(text=written[:8]))) == [entry]  # as you type
    seen = journal.sender_history(1, [written])
    assert [(s.kind, s.value, s.count) for s in seen] == [("phone", "+33612345678", 1)]
    assert other not in ids(journal.entries_from_sender(1, "phone", "+33612345678"))


def test_repeat_senders_are_counted_across_formats(journal: Journal) -> None:
    first = journal.add(1, draft(days=40, senders=["06 12 34 56 78"]), NOW)
    journal.add(1, draft(days=20, senders=["+33612345678"]), NOW)
    last = journal.add(1, draft(days=2, senders=["0033 6 12 34 56 78"]), NOW)
    journal.add(1, draft(days=1, channel="email", senders=["faux@arnaque-colis.com"]), NOW)
    journal.add(1, draft(days=1, channel="email", senders=["autre@arnaque-colis.com"]), NOW)
    journal.add(1, draft(days=1, channel="email", senders=["ami@gmail.com"]), NOW)
    journal.add(1, draft(days=1, channel="email", senders=["voisin@gmail.com"]), NOW)
    journal.add(2, draft(days=1, senders=["06 12 34 56 78"]), NOW)  # other profile
    seen = journal.sender_history(1, ["06.12.34.56.78"])
    assert len(seen) == 1
    assert (seen[0].count, seen[0].first_seen, seen[0].last_seen) == (3, ago(40), ago(2))
    assert journal.sender_history(1, ["06 12 34 56 78"], exclude_entry=last)[0].count == 2
    assert journal.sender_history(1, ["01 99 99 99 99"]) == []
    # The same registrable domain behind two addresses, but not a shared webmail domain.
    by_kind = {s.kind: s.count for s in journal.sender_history(1, ["x@www.arnaque-colis.com"])}
    assert by_kind == {"domain": 2}
    assert {s.kind for s in journal.sender_history(1, ["x@gmail.com"])} == set()
    rows = journal.rows(1)
    counts = {r.id: r.repeat_count for r in rows}
    assert counts[first] == 3 and counts[last] == 3
    assert ids(journal.entries_from_sender(1, "phone", "+33612345678"))[-1] == first
    assert len(journal.entries_from_sender(1, "phone", "+33612345678")) == 3


def test_filters(journal: Journal) -> None:
    sms = journal.add(1, draft(days=1, channel="sms", risk="high",
                               reactions=["clicked_link"], claimed_org_id="antai"), NOW)
    call = journal.add(1, draft(days=10, channel="phone_call", risk=None,
                                reactions=["gave_card_details"]), NOW)
    mail = journal.add(1, draft(days=30, channel="email", risk="low", status="handled",
                                tags=["colis"]), NOW)
    f = lambda **kw: set(ids(journal.rows(1, JournalQuery(**kw))))  # noqa: E731
    assert f(channels=("sms", "email")) == {sms, mail}
    assert f(org="antai") == {sms}
    assert f(date_from=ago(15)) == {sms, call}
    assert f(date_from=ago(15).date(), date_to=ago(5)) == {call}
    assert f(risks=("high", "low")) == {sms, mail}
    assert f(status="handled") == {mail} and f(status="new") == {sms, call}
    assert f(reactions=("gave_card_details", "paid")) == {call}
    assert f(tag="colis") == {mail}
    assert journal.count(1, JournalQuery(channels=("sms",), risks=("high",))) == 1
    assert [r.risk for r in journal.rows(1, sort="risk")] == ["high", "low", None]
    row = next(r for r in journal.rows(1) if r.id == call)
    assert row.reactions == ("gave_card_details",)


def test_delete_and_undo(journal: Journal) -> None:
    keep = journal.add(1, draft(days=1, summary="garder"), NOW)
    gone = [journal.add(1, draft(days=d, summary="effacer", senders=["0612345678"]), NOW)
            for d in (2, 3)]
    batch = journal.delete(gone, now=NOW)
    assert ids(journal.rows(1)) == [keep]
    assert journal.rows(1, JournalQuery(text="effacer")) == []
    assert journal.get(gone[0]) is None
    assert journal.sender_history(1, ["0612345678"]) == []
    journal.undo_delete(batch)
    assert set(ids(journal.rows(1, JournalQuery(text="effacer")))) == set(gone)
    assert journal.get(gone[0]) is not None
    # Deleted again, then purged: nothing is left, not even in the search index.
    journal.delete(gone, now=NOW)
    assert journal.purge_deleted() == 2
    rows = journal.reader.execute(
        "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'effacer'").fetchall()
    assert rows == [(0,)]
    assert journal.count(1) == 1


def test_mark_handled_and_tag_several(journal: Journal) -> None:
    a, b, c = (journal.add(1, draft(days=d), NOW) for d in (1, 2, 3))
    journal.mark_handled([a, b], now=NOW)
    assert {r.id: r.status for r in journal.rows(1)} == {a: "handled", b: "handled", c: "new"}
    journal.mark_handled([b], handled=False, now=NOW)
    assert journal.count(1, JournalQuery(status="handled")) == 1
    stored = journal.add_tag([a, c], f"  Banque {CARD} ", now=NOW)
    assert stored == "Banque ••••••••••••7893"
    assert set(ids(journal.rows(1, JournalQuery(text="banque")))) == {a, c}
    assert set(ids(journal.rows(1, JournalQuery(tag=stored)))) == {a, c}
    journal.remove_tag([a], stored)
    assert ids(journal.rows(1, JournalQuery(text="banque"))) == [c]
    with pytest.raises(JournalError):
        journal.add_tag([a], "   ")


def test_hostile_text_is_bounded(journal: Journal) -> None:
    huge = "A" * 3_000_000
    entry = journal.add(1, draft(summary=huge, body=huge, notes=huge, tags=["x" * 500] * 100,
                                 senders=["\x00" + "9" * 5000]), NOW)
    got = journal.get(entry)
    assert got is not None
    assert len(got.summary) == 500 and len(got.body) == 1_000_000 and len(got.notes) == 20_000
    assert len(got.tags) == 1 and len(got.tags[0]) == 60
    with pytest.raises(JournalError):
        journal.add(1, draft(raw_eml=b"x" * (25 * 1024 * 1024 + 1)), NOW)


def test_every_sort_goes_both_ways_page_by_page_with_ties_newest_first(
        journal: Journal) -> None:
    """``descending`` turns the sorted column round (None keeps the sort's usual way);
    entries alike on that column stay newest first, and LIMIT/OFFSET pages join up."""
    journal.add_many(1, [
        draft(5, "email", summary="b", risk="low", claimed_org_text="Zeta", status="handled"),
        draft(4, "sms", summary="a", risk="high", claimed_org_text="alpha"),
        draft(3, "email", summary="C", risk=None, claimed_org_text="Mid"),
        draft(2, "sms", summary="a", risk="medium", claimed_org_text="alpha",
              status="handled"),
    ], NOW)
    every = journal.rows(1, sort="newest")
    newest = {r.id: i for i, r in enumerate(every)}

    def column(sort: str, descending: bool | None) -> list:
        rows = journal.rows(1, sort=sort, descending=descending)
        # the same order read two rows at a time
        paged = [r for off in (0, 2) for r in journal.rows(1, offset=off, limit=2, sort=sort,
                                                          descending=descending)]
        assert ids(paged) == ids(rows)
        return rows

    assert [r.risk for r in column("risk", None)] == ["high", "medium", "low", None]
    assert [r.risk for r in column("risk", True)] == ["high", "medium", "low", None]
    assert [r.risk for r in column("risk", False)] == [None, "low", "medium", "high"]
    assert [r.summary for r in column("summary", False)] == ["a", "a", "b", "C"]
    assert [r.summary for r in column("summary", True)] == ["C", "b", "a", "a"]
    for way in (False, True):  # ties ("a" twice, "sms" twice...) newest first either way
        for sort in ("summary", "channel", "status", "org"):
            rows = column(sort, way)
            for first, second in itertools.pairwise(rows):
                key = {"summary": lambda r: r.summary.lower(), "channel": lambda r: r.channel,
                       "status": lambda r: r.status,
                       "org": lambda r: r.claimed_org_text.lower()}[sort]
                if key(first) == key(second):
                    assert newest[first.id] < newest[second.id]
    assert [r.channel for r in column("channel", True)] == ["sms", "sms", "email", "email"]
    assert [r.status for r in column("status", True)] == ["new", "new", "handled", "handled"]
    assert ids(column("newest", False)) == ids(column("oldest", None))
    assert ids(column("oldest", True)) == ids(every)
    # With search words (FTS5 rowid order for the dates), both ways too.
    found = journal.rows(1, JournalQuery(text="a"), sort="newest", descending=False)
    assert ids(found) == [r.id for r in reversed(every) if r.summary == "a"]
