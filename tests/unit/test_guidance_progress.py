"""Plan progress on a real SQLCipher store, migrated by Alembic: runs per occurrence, ticks
with dates and notes, finished runs, what Home shows next."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from vigilance_app.guidance import breach as breach_module
from vigilance_app.guidance import progress
from vigilance_app.guidance.progress import (
    GuidanceError,
    content_for,
    next_steps,
    ordered_steps,
    run_state,
    runs_in_progress,
    start_run,
    tick,
    untick,
)
from vigilance_app.paths import DataPaths
from vigilance_app.store import migrate
from vigilance_app.store.engine import make_engine
from vigilance_app.store.models import Base, Relationship
from vigilance_app.store.store import Store, create_store, open_store

KEY = bytes(range(32))
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
CARD = "gave_card_details"
GUIDANCE_TABLES = {"plan_runs", "plan_step_ticks", "breach_notices"}


@pytest.fixture
def store(paths: DataPaths) -> Store:
    store = create_store(paths, KEY)
    store.add_profile("Jeannine", Relationship.RELATIVE)
    store.add_profile("Moi", Relationship.SELF)
    yield store
    store.close()


def profile_ids(store: Store) -> tuple[int, int]:
    first, second = store.profiles()
    return first.id, second.id


def card_steps() -> list[str]:
    return [step.id for step in ordered_steps(content_for("fr").plans[CARD])]


def test_migration_creates_the_tables_the_models_describe(tmp_path: Path) -> None:
    old = DataPaths(tmp_path / "old")
    old.root.mkdir()
    engine = make_engine(old.database, KEY)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0003")
        conn.execute(text("INSERT INTO profiles (display_name, relationship, created_at) "
                          "VALUES ('Moi', 'self', '2026-01-01 00:00:00')"))
    engine.dispose()
    store = open_store(old, KEY)  # 0004 runs here
    try:
        with store.engine.connect() as conn:
            names = {row[0] for row in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))}
            assert names >= GUIDANCE_TABLES
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        ours = [d for d in diff if any(t in repr(d) for t in GUIDANCE_TABLES)]
        assert ours == []
        profile = store.profiles()[0].id
        run = start_run(store, profile, CARD, NOW)
        assert run_state(store, run).run.situation == CARD
    finally:
        store.close()


def test_ticks_survive_closing_and_reopening_the_store(paths: DataPaths, store: Store) -> None:
    jeannine, _ = profile_ids(store)
    run = start_run(store, jeannine, CARD, NOW, language="fr")
    first = card_steps()[0]
    tick(store, run, first, NOW + timedelta(minutes=5), "Opposition n° 58213")
    store.close()

    reopened = open_store(paths, KEY)
    try:
        state = run_state(reopened, run)
        assert set(state.ticks) == {first}
        assert state.ticks[first].done_at == NOW + timedelta(minutes=5)
        assert state.ticks[first].done_at.tzinfo is not None
        assert state.ticks[first].note == "Opposition n° 58213"
        assert state.done == 1 and state.total == len(card_steps())
        assert state.next_step_id == card_steps()[1]
        assert state.run.started_at == NOW
        assert not state.finished
    finally:
        reopened.close()


def test_each_journal_entry_gets_its_own_run(store: Store) -> None:
    jeannine, me = profile_ids(store)
    for_entry_1 = start_run(store, jeannine, CARD, NOW, journal_entry_id=1)
    for_entry_2 = start_run(store, jeannine, CARD, NOW, journal_entry_id=2)
    assert for_entry_1 != for_entry_2
    assert start_run(store, jeannine, CARD, NOW + timedelta(hours=1),
                     journal_entry_id=1) == for_entry_1
    # Without an entry: one open run, reused; another profile has its own.
    loose = start_run(store, jeannine, CARD, NOW)
    assert loose not in (for_entry_1, for_entry_2)
    assert start_run(store, jeannine, CARD, NOW) == loose
    assert start_run(store, me, CARD, NOW) != loose

    tick(store, for_entry_1, card_steps()[0], NOW)
    assert run_state(store, for_entry_1).done == 1
    assert run_state(store, for_entry_2).done == 0
    assert run_state(store, for_entry_1).run.journal_entry_id == 1


def test_a_run_is_finished_when_every_step_is_ticked(store: Store) -> None:
    jeannine, _ = profile_ids(store)
    linked = start_run(store, jeannine, CARD, NOW, journal_entry_id=7)
    loose = start_run(store, jeannine, CARD, NOW)
    for run in (linked, loose):
        for step_id in card_steps():
            tick(store, run, step_id, NOW)
    assert run_state(store, loose).finished
    assert runs_in_progress(store, jeannine) == []
    # The entry is the occurrence: its finished run comes back; a loose start is a new one.
    assert start_run(store, jeannine, CARD, NOW, journal_entry_id=7) == linked
    again = start_run(store, jeannine, CARD, NOW + timedelta(days=30))
    assert again != loose
    assert [run.id for run in runs_in_progress(store, jeannine)] == [again]

    untick(store, loose, card_steps()[-1])
    state = run_state(store, loose)
    assert not state.finished and state.next_step_id == card_steps()[-1]
    assert state.run.finished_at is None
    assert {run.id for run in runs_in_progress(store, jeannine)} == {again, loose}


def test_refusals(store: Store) -> None:
    jeannine, _ = profile_ids(store)
    with pytest.raises(GuidanceError):
        start_run(store, jeannine, "not_a_situation", NOW)
    run = start_run(store, jeannine, CARD, NOW)
    with pytest.raises(GuidanceError):
        tick(store, run, "no_such_step", NOW)
    with pytest.raises(GuidanceError):
        tick(store, run + 99, card_steps()[0], NOW)
    with pytest.raises(ValueError):
        start_run(store, jeannine, CARD, NOW.replace(tzinfo=None))


def test_card_numbers_never_reach_the_database(paths: DataPaths, store: Store) -> None:
    jeannine, _ = profile_ids(store)
    run = start_run(store, jeannine, CARD, NOW)
    masked = tick(store, run, card_steps()[0], NOW,
                  "Carte 4111 1111 1111 1111 bloquée, dossier 58213\x00")
    assert masked is True
    note = run_state(store, run).ticks[card_steps()[0]].note
    assert "4111 1111 1111 1111" not in note and "411111111111" not in note
    assert note.endswith("1111 bloquée, dossier 58213")
    assert "58213" in note
    assert "\x00" not in note
    # A short registration number is kept as it is.
    assert tick(store, run, card_steps()[1], NOW, "Enregistrement 2026-58213") is False
    long_note = "x" * 5000
    tick(store, run, card_steps()[1], NOW, long_note)
    assert len(run_state(store, run).ticks[card_steps()[1]].note) == progress.MAX_NOTE_CHARS


def test_next_steps_for_home_most_urgent_first(store: Store) -> None:
    jeannine, me = profile_ids(store)
    steps = ordered_steps(content_for("en").plans[CARD])
    now_steps = [s.id for s in steps if s.urgency == "now"]
    assert now_steps, "the card plan starts with steps to do now"
    older = start_run(store, jeannine, CARD, NOW - timedelta(days=2), journal_entry_id=1)
    for step_id in now_steps:
        tick(store, older, step_id, NOW - timedelta(days=2))
    newer = start_run(store, jeannine, CARD, NOW, journal_entry_id=2)
    start_run(store, me, CARD, NOW)  # another person: never shown for Jeannine

    items = next_steps(store, jeannine, "en")
    assert [item.run.id for item in items] == [newer, older]
    assert items[0].step.id == now_steps[0]
    assert items[0].step.urgency == "now"
    assert items[1].step.urgency != "now"
    assert items[0].plan.title == content_for("en").plans[CARD].title


def test_deleting_a_profile_removes_its_runs(store: Store) -> None:
    jeannine, me = profile_ids(store)
    run = start_run(store, jeannine, CARD, NOW)
    tick(store, run, card_steps()[0], NOW)
    breach_module.record_breach_notice(store, jeannine, "Mutuelle", NOW.date(), "", ["nir"], NOW)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM profiles WHERE id = :id"), {"id": jeannine})
        for table in GUIDANCE_TABLES:
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    assert runs_in_progress(store, me) == []


def test_demo_guidance_is_partly_done(store: Store) -> None:
    from vigilance_app.guidance.demo import BREACH, add_demo_guidance

    jeannine, _ = profile_ids(store)
    ids = add_demo_guidance(store, jeannine, NOW)
    (notice,) = breach_module.breach_notices(store, jeannine)
    assert notice.breach == BREACH
    assert (NOW.date() - notice.received_on).days < 30  # received recently
    (reason,) = breach_module.breach_heightened_reasons(store, jeannine, NOW.date())
    assert reason.active_on(NOW.date())
    for run_id in (ids["breach_run"], ids["card_run"]):
        state = run_state(store, run_id)
        assert 0 < state.done < state.total
    assert {run.id for run in runs_in_progress(store, jeannine)} == {ids["breach_run"],
                                                                    ids["card_run"]}
    card = run_state(store, ids["card_run"])
    assert any("58213" in tick_.note for tick_ in card.ticks.values())
