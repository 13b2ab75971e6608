"""A step set aside ("Does not apply to me") keeps its meaning when the
person's journal is handed over to another computer (it never turns into a step done)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.fakes import fast_kdf
from tests.unit.test_handover import new_store
from vigilance_app import handover, people
from vigilance_app.guidance.progress import mark_not_applicable, run_state, start_run, tick

NOW = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)


def test_a_step_set_aside_is_handed_over_as_set_aside(tmp_path: Path) -> None:
    sender = new_store(tmp_path / "sender", "Paul")
    receiver = new_store(tmp_path / "receiver", "Sophie")
    try:
        jeanne = people.add_person(sender, "Jeanne", relative=True)
        run = start_run(sender, jeanne.id, "gave_bank_details", NOW)
        mark_not_applicable(sender, run, "if_card_too", NOW)
        tick(sender, run, "tell_bank", NOW, note="appelé")
        result = handover.export_person(sender, jeanne.id, tmp_path / "Jeanne.vigilance",
                                        kdf_params=fast_kdf, now=NOW)
        handover.import_file(receiver, result.path, result.passphrase, now=NOW)
        received = people.find_person(receiver, "Jeanne")
        (row,) = receiver.reader.execute("SELECT id FROM plan_runs WHERE profile_id = ?",
                                         (received.id,)).fetchall()
        state = run_state(receiver, row[0])
        assert not state.ticks["if_card_too"].applies
        assert state.ticks["tell_bank"].applies and state.ticks["tell_bank"].note == "appelé"
        assert state.not_applicable == 1 and state.done == 2
    finally:
        sender.close()
        receiver.close()
