"""Every valid card number (Luhn), NIR (key) and IBAN (mod 97), however it is spelled, is
masked to its last 4 characters in every field that is stored or exported: the masking itself,
the journal's fields in a real SQLCipher store, account names and institutions, and the .ics
calendar. Numbers are generated here with their own check arithmetic, not with the code under
test."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from vigilance_app.journal.repository import (
    MAX_TAG,
    AttachmentInfo,
    EntryDraft,
    FlagDraft,
    Journal,
    ReportDraft,
)
from vigilance_app.paths import DataPaths
from vigilance_app.reviews import accounts as api
from vigilance_app.reviews.calendar_export import CalendarEntry, build_calendar, export_ics
from vigilance_app.reviews.content import load_content
from vigilance_app.reviews.schedule import Rhythm
from vigilance_app.sensitive import MASK, mask_clipped, mask_sensitive
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import Store, create_store

KEY = bytes(range(32))
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")

# How people write a gap between two groups: none, one or two spaces, no-break and thin
# spaces, dashes, slashes, dots, with spaces around.
GAPS = ["", " ", "  ", "-", " - ", "/", " / ", ".", "\u00a0", "\u2009", "\u202f",
        "\u00a0\u00a0", " \u2009", "\u2009/\u2009"]


# ---- numbers, computed independently --------------------------------------------------------

def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (1 if i % 2 else 2)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def nir_key(first13: str) -> str:
    body = first13.replace("2A", "19").replace("2B", "18")
    return f"{97 - int(body) % 97:02d}"


def iban_key(country: str, bban: str) -> str:
    moved = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(moved) % 97:02d}"


@st.composite
def cards(draw: st.DrawFn) -> str:
    length = draw(st.sampled_from([13, 15, 16, 16, 16, 17, 18, 19]))
    start = {13: "4", 15: draw(st.sampled_from(["34", "37"]))}.get(
        length, draw(st.sampled_from("23456")))
    middle = draw(st.text("0123456789", min_size=length - 1 - len(start),
                          max_size=length - 1 - len(start)))
    body = start + middle
    return body + luhn_digit(body)


@st.composite
def nirs(draw: st.DrawFn) -> str:
    first = draw(st.sampled_from("12478"))
    year = draw(st.text("0123456789", min_size=2, max_size=2))
    month = f"{draw(st.integers(1, 12)):02d}"
    dept = draw(st.sampled_from(["75", "13", "2A", "2B", "99", "01"]))
    rest = draw(st.text("0123456789", min_size=6, max_size=6))
    first13 = first + year + month + dept + rest
    return first13 + nir_key(first13)


ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# country: (BBAN length, letters allowed where) — the formats people in France meet.
IBAN_FORMATS = {
    "FR": lambda d: d(st.text("0123456789", min_size=10, max_size=10))
    + d(st.text(ALNUM, min_size=11, max_size=11)) + d(st.text("0123456789", min_size=2,
                                                               max_size=2)),
    "DE": lambda d: d(st.text("0123456789", min_size=18, max_size=18)),
    "BE": lambda d: d(st.text("0123456789", min_size=12, max_size=12)),
    "ES": lambda d: d(st.text("0123456789", min_size=20, max_size=20)),
    "GB": lambda d: d(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=4, max_size=4))
    + d(st.text("0123456789", min_size=14, max_size=14)),
    "NL": lambda d: d(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=4, max_size=4))
    + d(st.text("0123456789", min_size=10, max_size=10)),
}


@st.composite
def ibans(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(sorted(IBAN_FORMATS)))
    bban = IBAN_FORMATS[country](draw)
    number = country + iban_key(country, bban) + bban
    return number if draw(st.booleans()) else number.lower()


@st.composite
def spelled(draw: st.DrawFn) -> tuple[str, str]:
    """(the number as written: groups of random sizes, a random gap between each, the
    compact number). An IBAN's country code is never split ("F R76" is no spelling)."""
    compact = draw(st.one_of(cards(), nirs(), ibans()))
    groups: list[str] = []
    i = 0
    while i < len(compact):
        size = draw(st.integers(2 if i == 0 and compact[0].isalpha() else 1, 6))
        groups.append(compact[i:i + size])
        i += size
    written = groups[0]
    for group in groups[1:]:
        written += draw(st.sampled_from(GAPS)) + group
    return written, compact.upper()


# Text around the number: words (with accents), punctuation, spaces of any kind; no ASCII
# letter or digit touches the number (that would make it part of a longer word).
CONTEXT = ["Bonjour", "carte", "numéro", "IBAN", "sécu", "merci", "Banque", "compte",
           "Compte", "agence", ".pdf"]
WORDS = st.lists(st.sampled_from([*CONTEXT[:8], "(", ")", ",", "«", "»", ":", "\u00a0"]),
                 max_size=6).map(" ".join)


def alnum_upper(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def assert_hidden(out: str, compact: str, complete: bool = True) -> None:
    """No 5 characters in a row of the number's masked part can be read in ``out`` (words of
    the context have no digits, so they cannot match), and, when the whole number fits in
    ``out``, at least that many characters are masks."""
    head = compact[:-4]
    # The context's letters must not join the visible last 4 (identifiers are lower-cased).
    out = re.sub("|".join(map(re.escape, CONTEXT)), " ", out, flags=re.IGNORECASE)
    readable = alnum_upper(out)
    for i in range(len(head) - 4):
        assert head[i:i + 5] not in readable, (out, compact)
    if complete:
        assert out.count(MASK) >= len(head), (out, compact)


# ---- the masking itself ----------------------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(spelled(), WORDS, WORDS)
def test_every_spelling_is_masked_to_its_last_four(number: tuple[str, str], before: str,
                                                   after: str) -> None:
    written, compact = number
    text = f"{before} {written} {after}"
    masked = mask_sensitive(text)
    assert masked.kinds
    start = len(before) + 1
    shown = masked.text[start:start + len(written)]
    # Layout kept; every letter or digit of the number but the last 4 is a mask.
    assert len(masked.text) == len(text)
    alnum = [ch for ch in shown if ch == MASK or (ch.isascii() and ch.isalnum())]
    assert all(ch == MASK for ch in alnum[:-4]), (text, masked.text)
    # ...and the last 4 are the number's own (or masked too), however wide the gaps are.
    tail = "".join(alnum[-4:])
    assert tail.upper() == compact[-4:] or MASK in tail, (text, masked.text)
    assert mask_sensitive(masked.text).text == masked.text


def test_the_spellings_named_in_reports_are_masked() -> None:
    card = "4970101234567893"
    iban = "FR7630006000011234567890189"
    for written in ["4970  1012  3456  7893", "4970/1012/3456/7893",
                    "4970\u20091012\u20093456\u20097893", "4970\u00a01012\u00a03456\u00a07893",
                    "4970\u202f1012\u202f3456\u202f7893", "4970 - 1012 - 3456 - 7893"]:
        masked = mask_sensitive(f"carte {written} fin")
        assert card[:12] not in alnum_upper(masked.text) and masked.text.endswith("7893 fin")
    for written in ["FR 76 3000 6000 0112 3456 7890 189", "FR76  3000  6000  0112  3456  7890  189",
                    "fr76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189"]:
        masked = mask_sensitive(f"IBAN : {written}.")
        assert masked.kinds == {"iban"}, written
        assert iban[4:20] not in alnum_upper(masked.text)


def test_hostile_inputs_leave_no_number_in_clear_and_stay_fast() -> None:
    spaced = "4970 1012 3456 7893"
    for text in ["1 " * 20_000 + spaced,           # 40 kB of padding, then a card
                 (spaced + " ") * 50_000,          # 50,000 cards
                 "4 " * 500_000 + spaced,          # 1 MB where every digit could start one
                 "ab 12 " * 100_000 + spaced]:     # 600 kB of IBAN-like starts
        began = time.perf_counter()
        masked = mask_sensitive(text)
        assert time.perf_counter() - began < 5
        assert spaced not in masked.text and "4970101234567893" not in masked.text
        assert masked.changed


def test_a_number_across_a_cut_is_masked_not_left_partial() -> None:
    text = "x" * 50 + " 4970 1012 3456 7893"
    clipped = mask_clipped(text, 60)  # cuts inside the card
    assert len(clipped.text) == 60 and clipped.kinds == {"card"}
    assert "4970" not in clipped.text and "1012" not in clipped.text


# ---- stored: the journal, in a real store ---------------------------------------------------

@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    created = create_store(DataPaths(tmp_path_factory.mktemp("masking") / "data"), KEY)
    created.add_profile("Moi", Relationship.SELF)
    yield created
    created.close()


def store_text(store: Store) -> str:
    """Every value of every table the store holds, as text (blobs as hex)."""
    reader = store.reader
    names = [n for (n,) in reader.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    values: list[str] = []
    for name in names:
        for row in reader.execute(f'SELECT * FROM "{name}"'):
            values.extend(v.hex() if isinstance(v, bytes) else str(v) for v in row)
    return "\n".join(values)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=spelled(), words=WORDS)
def test_every_journal_field_is_masked_in_the_store(store: Store, number: tuple[str, str],
                                                    words: str) -> None:
    written, compact = number
    text = f"{words} {written} {words}".strip()
    journal = Journal(store)
    entry = journal.add(store.profiles()[0].id, EntryDraft(
        received_at=NOW, channel="email", senders=[f"Banque {written}"],
        mentioned=[written], claimed_org_text=text[:200], summary=text, body=text,
        notes=text, tags=[written], flags=[FlagDraft("urgency", "analysis", False, text)],
        reports=[ReportDraft("bank", date(2026, 3, 2), text)],
        attachments=[AttachmentInfo(f"{written}.pdf", "application/pdf")]), NOW)
    got = journal.get(entry)
    assert got is not None and got.masked_kinds
    fields = [got.summary, got.body, got.notes, *got.tags, got.flags[0].evidence,
              got.reports[0].note, got.attachments[0].name,
              *(i.display for i in got.identifiers), *(i.value for i in got.identifiers)]
    complete = [got.summary, got.body, got.notes, got.flags[0].evidence, got.reports[0].note]
    for value in fields:
        assert_hidden(value, compact, complete=value in complete and len(text) <= 200)
    # Nowhere in any table (full-text index included), however spaced.
    spelled_head = "[^0-9A-Za-z]{0,3}".join(map(re.escape, compact[:-4]))
    assert not re.search(spelled_head, store_text(store), re.IGNORECASE)


def test_a_tag_cut_to_its_limit_keeps_no_partial_number(store: Store) -> None:
    journal = Journal(store)
    tag = "x" * (MAX_TAG - 10) + " 4970 1012 3456 7893"
    entry = journal.add(store.profiles()[0].id, EntryDraft(
        received_at=NOW, channel="sms", tags=[tag]), NOW)
    got = journal.get(entry)
    assert got is not None and len(got.tags[0]) <= MAX_TAG
    assert "4970" not in got.tags[0] and "101" not in got.tags[0]


# ---- stored and exported: accounts and the calendar ----------------------------------------

@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=spelled())
def test_account_names_and_institutions_are_masked_stored_and_in_the_calendar(
        store: Store, number: tuple[str, str]) -> None:
    written, compact = number
    profile = store.profiles()[0].id
    account = api.add_account(store, profile, "bank", f"Banque {written}", now=NOW,
                              institution=f"{written} agence")
    rows = store.reader.execute("SELECT name, institution FROM accounts WHERE id = ?",
                                (account.id,)).fetchall()
    for value in (*rows[0], account.name, account.institution):
        assert_hidden(value, compact, complete=False)
    ics = export_ics(store, profile, date(2026, 3, 2), NOW, PARIS)
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(ics).walk("VEVENT")]
    assert any(MASK in s for s in summaries)
    for summary in summaries:
        assert_hidden(summary, compact, complete=False)
    api.update_account(store, account.id, name=f"Compte {written}", institution=written)
    renamed = api.get_account(store, account.id)
    assert_hidden(renamed.name, compact, complete=False)
    assert_hidden(renamed.institution, compact, complete=False)
    api.delete_account(store, account.id)


def test_the_reported_account_name_is_masked_everywhere(store: Store) -> None:
    name = "Banque 4970 1012 3456 7893 FR76 3000 6000 0112 3456 7890 189"
    profile = store.profiles()[0].id
    account = api.add_account(store, profile, "bank", name, now=NOW)
    assert "4970" not in account.name and "3000" not in account.name
    ics = export_ics(store, profile, date(2026, 3, 2), NOW, PARIS).decode("utf-8")
    assert "4970 1012" not in ics and "3000 6000" not in ics and "7893" in ics
    api.delete_account(store, account.id)


def test_rows_stored_by_an_older_version_are_masked_when_read_and_exported(
        store: Store) -> None:
    profile = store.profiles()[0].id
    account = api.add_account(store, profile, "bank", "Compte", now=NOW)
    with store.engine.begin() as conn:  # as an older version stored it: in clear
        conn.exec_driver_sql("UPDATE accounts SET name = ?, institution = ? WHERE id = ?",
                             ("Carte 4970 1012 3456 7893", "FR7630006000011234567890189",
                              account.id))
    shown = api.get_account(store, account.id)
    assert "4970" not in shown.name and "30006000" not in shown.institution
    listed = next(a for a in api.list_accounts(store, profile) if a.id == account.id)
    assert "4970" not in listed.name
    ics = export_ics(store, profile, date(2026, 3, 2), NOW, PARIS).decode("utf-8")
    assert "4970 1012" not in ics
    api.delete_account(store, account.id)


def test_the_calendar_masks_a_name_given_directly() -> None:
    entry = CalendarEntry(1, "Carte 4970 1012 3456 7893", Rhythm(1, "month"), date(2026, 3, 2))
    ics = build_calendar([entry], "id", NOW, load_content("fr")).decode("utf-8")
    assert "4970 1012" not in ics and "7893" in ics


def test_store_text_dump_sees_the_journal(store: Store, tmp_path: Path) -> None:
    # The dump used above really contains what is stored (else it would prove nothing).
    Journal(store).add(store.profiles()[0].id, EntryDraft(
        received_at=NOW, channel="sms", summary="marqueur-unique-42"), NOW)
    assert "marqueur-unique-42" in store_text(store)
