"""Risky reactions in the journal tighten account reviews for 8 weeks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from vigilance_app.heightened import RISKY_REACTION, HeightenedSource
from vigilance_app.journal.heightened_source import risky_reaction_reasons
from vigilance_app.journal.repository import EntryDraft, Journal
from vigilance_app.paths import DataPaths
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import Store, create_store

KEY = bytes(range(32))
TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = create_store(DataPaths(tmp_path / "data"), KEY)
    s.add_profile("Moi", Relationship.SELF)
    s.add_profile("Maman", Relationship.RELATIVE)
    yield s
    s.close()


def add(store: Store, days: int, reactions: list[str], profile: int = 1,
        org: str | None = None) -> int:
    when = datetime(2026, 11, 20, 10, tzinfo=UTC) - timedelta(days=days)
    return Journal(store).add(profile, EntryDraft(when, "sms", summary=f"il y a {days} j",
                                                  reactions=reactions, claimed_org_id=org), NOW)


def test_reasons_from_risky_reactions_of_the_last_eight_weeks(store: Store) -> None:
    card = add(store, 3, ["gave_card_details", "replied"])
    click = add(store, 20, ["clicked_link"], org="assurance_maladie")
    remote = add(store, 55, ["installed_remote_access"])
    add(store, 57, ["gave_card_details"])  # too old
    add(store, 1, ["ignored"])  # not risky
    add(store, 1, ["gave_bank_details"], profile=2)  # another person
    deleted = add(store, 2, ["paid"])
    Journal(store).delete([deleted], now=NOW)

    source: HeightenedSource = risky_reaction_reasons
    reasons = source(store, 1, TODAY)
    assert [r.source_ref for r in reasons] == [
        f"journal_entry:{remote}", f"journal_entry:{click}", f"journal_entry:{card}"]
    by_ref = {r.source_ref: r for r in reasons}
    r = by_ref[f"journal_entry:{card}"]
    assert r.reason == RISKY_REACTION
    assert (r.since, r.until) == (date(2026, 11, 17), date(2026, 11, 17) + timedelta(days=56))
    assert r.account_kinds == {"bank"} and r.detail == "il y a 3 j"
    assert r.active_on(TODAY) and r.concerns("bank") and not r.concerns("email")
    assert by_ref[f"journal_entry:{click}"].account_kinds == {"email", "online_shop", "ameli"}
    assert by_ref[f"journal_entry:{remote}"].account_kinds is None  # every account
    assert by_ref[f"journal_entry:{remote}"].active_on(TODAY)
    assert not by_ref[f"journal_entry:{remote}"].active_on(TODAY + timedelta(days=2))
    assert [r.account_kinds for r in risky_reaction_reasons(store, 2, TODAY)] == [{"bank"}]
    assert risky_reaction_reasons(store, 1, TODAY + timedelta(days=100)) == []
