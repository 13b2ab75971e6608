"""The demo journal: believable, spread over months, repeat senders, one risky reaction."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from vigilance_app.journal.demo import add_demo_journal
from vigilance_app.journal.heightened_source import risky_reaction_reasons
from vigilance_app.journal.repository import Journal, JournalQuery
from vigilance_app.paths import DataPaths
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import create_store
from vigilance_app.vocabulary import RISKY_REACTIONS, situation_for

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def test_demo_journal(tmp_path: Path) -> None:
    store = create_store(DataPaths(tmp_path / "data"), bytes(range(32)))
    store.add_profile("Moi", Relationship.SELF)
    store.add_profile("Maman (Jeannine)", Relationship.RELATIVE)
    demo = add_demo_journal(store, NOW)
    journal = Journal(store)
    mine, theirs = journal.rows(demo.self_profile_id), journal.rows(demo.relative_profile_id)
    assert len(mine) >= 4 and len(theirs) >= 8
    rows = mine + theirs
    assert len({r.channel for r in rows}) >= 6
    assert {r.status for r in rows} == {"new", "handled"}
    assert min(r.received_at for r in rows) < NOW - timedelta(days=90)
    assert max(r.received_at for r in rows) <= NOW
    # The same number written three ways is one repeat sender in the relative's journal.
    seen = journal.sender_history(demo.relative_profile_id, ["06 44 18 27 93"])
    assert [(s.value, s.count) for s in seen] == [("+33644182793", 3)]
    assert max(r.repeat_count for r in theirs) == 3
    # One risky reaction, recent, whose plan is offered and whose accounts get reviewed.
    risky = journal.get(demo.risky_entry_id)
    assert risky is not None and set(risky.reactions) & RISKY_REACTIONS
    assert situation_for(risky.reactions, risky.channel) == "gave_card_details"
    reasons = risky_reaction_reasons(store, demo.relative_profile_id, date(2026, 11, 20))
    assert f"journal_entry:{demo.risky_entry_id}" in [r.source_ref for r in reasons]
    assert journal.rows(demo.relative_profile_id, JournalQuery(text="carte vitale"))
    assert all(journal.get(i).masked_kinds == frozenset() for i in demo.entry_ids)
    store.close()
