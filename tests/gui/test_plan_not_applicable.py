"""A conditional step of a plan ("If you also gave your card number…") can be
set aside with "Does not apply to me" and brought back; it is stored per plan run, counts as
settled in the plan's progress, and Home never shows it as the next step."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import english, make_services, make_store
from vigilance_app.guidance import progress
from vigilance_app.guidance.progress import content_for, ordered_steps, run_state, start_run
from vigilance_app.services import AppServices
from vigilance_app.ui.guidance.home_panel import GuidanceHomePanel
from vigilance_app.ui.guidance.page import GuidancePage
from vigilance_app.ui.guidance.pdf import plan_html
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.shell.main_window import MainWindow

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
RIB = "gave_bank_details"
CARD_TOO = "if_card_too"  # "Si vous avez aussi donné votre numéro de carte, faites opposition"


@pytest.fixture
def services(qapp: QApplication, data_dir: Path,
             memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    english(qapp)
    make_store(data_dir, memory_keyring, profiles=("Jeanne",))
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    yield services
    remove_language(qapp)
    services.lock()


def profile_id(services: AppServices) -> int:
    return services.store.active_profile().id


def test_the_conditional_steps_are_marked_in_both_languages() -> None:
    for lang in ("fr", "en"):
        plan = content_for(lang).plans[RIB]
        assert plan.step(CARD_TOO).conditional, lang
        assert not plan.step("tell_bank").conditional, lang
    fr, en = content_for("fr"), content_for("en")
    for situation, plan in fr.plans.items():
        assert [s.conditional for s in plan.steps] == [
            s.conditional for s in en.plans[situation].steps], situation


def test_the_core_keeps_a_step_set_aside_per_run(services: AppServices) -> None:
    store = services.store
    run = start_run(store, profile_id(services), RIB, NOW)
    other = start_run(store, profile_id(services), RIB, NOW, journal_entry_id=7)
    assert run_state(store, run).next_step_id == CARD_TOO

    progress.mark_not_applicable(store, run, CARD_TOO, NOW)
    state = run_state(store, run)
    assert not state.ticks[CARD_TOO].applies and state.ticks[CARD_TOO].note == ""
    assert state.next_step_id != CARD_TOO
    assert (state.done, state.not_applicable) == (1, 1)  # counted as settled
    assert run_state(store, other).next_step_id == CARD_TOO  # another run: not touched

    progress.untick(store, run, CARD_TOO)  # the way back
    assert run_state(store, run).next_step_id == CARD_TOO
    assert run_state(store, run).done == 0


def test_settling_every_step_finishes_the_run(services: AppServices) -> None:
    store = services.store
    run = start_run(store, profile_id(services), RIB, NOW)
    for step in ordered_steps(content_for("en").plans[RIB]):
        if step.id == CARD_TOO:
            progress.mark_not_applicable(store, run, step.id, NOW)
        else:
            progress.tick(store, run, step.id, NOW)
    assert run_state(store, run).finished
    assert progress.runs_in_progress(store, profile_id(services)) == []


def test_does_not_apply_to_me_and_back_in_the_window(qtbot, services: AppServices) -> None:
    page = GuidancePage(services, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.open_plan(RIB)
    view = page.plan_view
    card = view.current_card()
    assert card is not None and card.step.id == CARD_TOO
    assert card.not_applicable_button is not None
    assert card.not_applicable_button.text() == "Does not apply to Jeanne"  # a relative
    plain = next(c for c in view.cards if c.step.id == "tell_bank")
    assert plain.not_applicable_button is None  # only steps that may not apply

    card.not_applicable_button.click()
    state = run_state(services.store, page.run_id)
    assert not state.ticks[CARD_TOO].applies
    assert view.current_card().step.id != CARD_TOO
    assert view.progress.value() == 1
    assert "do not apply to Jeanne (1)" in view.progress_text.text()
    set_aside = next(c for c in view.cards if c.step.id == CARD_TOO)
    assert "Does not apply to Jeanne" in set_aside.done_line.text()
    assert set_aside.undo_button.text() == "It applies to Jeanne after all"
    # the printed plan speaks for the person it is printed for (their fridge): "me"
    assert "does not apply to me" in plan_html(view.plan, view.content, view.state)

    set_aside.undo_button.click()
    assert CARD_TOO not in run_state(services.store, page.run_id).ticks
    assert view.current_card().step.id == CARD_TOO


def test_home_never_shows_a_step_set_aside_as_the_next(qtbot, services: AppServices) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    panel = window.page("home").findChild(GuidanceHomePanel)
    assert panel is not None
    run = start_run(services.store, profile_id(services), RIB, NOW)
    window.show_page("check")
    window.show_page("home")
    assert panel.items[0][4].id == CARD_TOO

    progress.mark_not_applicable(services.store, run, CARD_TOO, NOW)
    window.show_page("check")
    window.show_page("home")
    assert [item[0] for item in panel.items] == [run]
    assert panel.items[0][4].id != CARD_TOO
    assert panel.items[0][4].id == run_state(services.store, run).next_step_id


def test_the_buttons_in_french(qtbot, qapp: QApplication, services: AppServices) -> None:
    install_language(qapp, "fr")
    page = GuidancePage(services, now=lambda: NOW)
    qtbot.addWidget(page)
    page.open_plan(RIB)
    card = page.plan_view.current_card()
    assert card.not_applicable_button.text() == "Ne concerne pas Jeanne"
    card.not_applicable_button.click()
    set_aside = next(c for c in page.plan_view.cards if c.step.id == CARD_TOO)
    assert set_aside.undo_button.text() == "Concerne finalement Jeanne"
