"""The "What to do?" page: the question, a plan by keyboard alone, Copy, official sites only,
the breach form, language and profile changes, and the Home panel."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import english, make_services, make_store
from vigilance_app.guidance.breach import breach_notices
from vigilance_app.guidance.progress import (
    content_for,
    ordered_steps,
    run_state,
    runs_in_progress,
    start_run,
    tick,
)
from vigilance_app.services import AppServices
from vigilance_app.ui.guidance.home_panel import GuidanceHomePanel
from vigilance_app.ui.guidance.page import GuidancePage
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.shell.main_window import MainWindow

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
CARD = "gave_card_details"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def services(qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring) -> AppServices:
    english(qapp)
    make_store(data_dir, memory_keyring, profiles=("Maman (Jeannine)", "Moi"))
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    yield services
    remove_language(qapp)
    services.lock()


@pytest.fixture
def page(qtbot, services: AppServices) -> GuidancePage:
    page = GuidancePage(services, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(900, 700)
    return page


def profile_id(services: AppServices) -> int:
    return services.store.active_profile().id


def card_steps(lang: str = "en") -> list:
    return ordered_steps(content_for(lang).plans[CARD])


def test_the_question_lists_plans_in_everyday_words(page: GuidancePage) -> None:
    content = content_for("en")
    view = page.question_view
    assert page.stack.currentWidget() is view
    shown = [code for code, button in view.buttons.items() if not button.isHidden()]
    assert shown == [code for code in view.buttons if code in content.plans]
    # the active person is a relative: the plans' questions are told of them
    assert view.buttons[CARD].text_shown() == "Maman (Jeannine) gave their bank card number"
    assert view.buttons[CARD].accessibleName() == view.buttons[CARD].text_shown()
    assert view.breach_button.accessibleName()
    assert view.resume_heading.isHidden()


def test_from_the_question_to_a_ticked_step_by_keyboard_only(
        qtbot, page: GuidancePage, services: AppServices) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    target = page.question_view.buttons[CARD]
    for _ in range(12):
        if QApplication.focusWidget() is target:
            break
        QTest.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, "Tab reaches the first situation"
    QTest.keyClick(target, Qt.Key.Key_Space)

    assert page.stack.currentWidget() is page.plan_view
    steps = card_steps()
    current = page.plan_view.current_card()
    assert current is not None and current.step.id == steps[0].id
    note = QApplication.focusWidget()
    assert note is current.note_edit, "focus lands on the current step"
    QTest.keyClicks(note, "Opposition 58213")
    QTest.keyClick(note, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is current.done_button
    QTest.keyClick(current.done_button, Qt.Key.Key_Tab)  # the date, then back
    assert QApplication.focusWidget() is current.date_edit
    QTest.keyClick(current.date_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is current.done_button
    QTest.keyClick(current.done_button, Qt.Key.Key_Space)

    state = run_state(services.store, page.run_id)
    assert set(state.ticks) == {steps[0].id}
    assert state.ticks[steps[0].id].note == "Opposition 58213"
    assert state.ticks[steps[0].id].done_at == NOW
    # The next step is now first; Enter in its note marks it done too.
    current = page.plan_view.current_card()
    assert current.step.id == steps[1].id
    assert QApplication.focusWidget() is current.note_edit
    QTest.keyClick(current.note_edit, Qt.Key.Key_Return)
    assert set(run_state(services.store, page.run_id).ticks) == {steps[0].id, steps[1].id}
    assert page.plan_view.progress.value() == 2
    assert page.plan_view.progress.maximum() == len(steps)


def test_finished_steps_fold_away(page: GuidancePage, services: AppServices) -> None:
    page.show()
    page.open_plan(CARD)
    view = page.plan_view
    assert view.finished_toggle.isHidden()
    first = card_steps()[0]
    view.current_card().date_edit.setDate(QDate(2026, 11, 18))
    view.current_card().done_button.click()
    tick_ = run_state(services.store, page.run_id).ticks[first.id]
    assert tick_.done_at.astimezone().date().isoformat() == "2026-11-18"
    assert not view.finished_toggle.isHidden()
    assert "(1)" in view.finished_toggle.text()
    assert view.finished_box.isHidden()
    view.finished_toggle.click()
    assert not view.finished_box.isHidden()
    done_card = next(card for card in view.cards if card.step.id == first.id)
    assert "18" in done_card.done_line.text()
    done_card.undo_button.click()
    assert run_state(services.store, page.run_id).ticks == {}
    assert view.current_card().step.id == first.id


def test_a_masked_note_is_explained(page: GuidancePage, services: AppServices) -> None:
    page.open_plan(CARD)
    card = page.plan_view.current_card()
    card.note_edit.setText("4111 1111 1111 1111")
    card.done_button.click()
    note = run_state(services.store, page.run_id).ticks[card.step.id].note
    assert "4111 1111 1111 1111" not in note
    assert "last four digits" in page.plan_view.message.text()


def test_copy_puts_the_number_in_the_clipboard(page: GuidancePage) -> None:
    page.open_plan(CARD)
    rows = [row for card in page.plan_view.cards for row in card.copy_rows]
    phones = [c.phone for s in card_steps() for c in s.contacts if c.phone]
    assert phones, "the card plan lists phone numbers"
    row = next(row for row in rows if row.value == phones[0])
    assert phones[0] in row.label.text()
    assert phones[0] in row.copy_button.accessibleName()
    QGuiApplication.clipboard().clear()
    row.copy_button.click()
    assert QGuiApplication.clipboard().text() == phones[0]


def test_only_official_addresses_can_be_opened(page: GuidancePage, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toString()) or True))
    page.open_plan(CARD)
    official = content_for("en").official_urls()
    rows = [row for card in page.plan_view.cards for row in card.copy_rows]
    buttons = [row.open_button for row in rows if row.open_button is not None]
    assert buttons, "the card plan has at least one official site"
    for row in rows:
        if row.open_button is not None:
            assert row.value in official
            row.open_button.click()
    assert opened and set(opened) <= official
    # Source addresses are text only: no button opens them.
    source_urls = {s.url for step in card_steps() for s in step.sources} - official
    labels = page.plan_view.findChildren(QPushButton)
    assert not any(url in b.accessibleName() for b in labels for url in source_urls
                   if "official site" in b.accessibleName())
    from vigilance_app.ui.guidance.plan import open_official

    assert open_official("https://ameli-secu.example/login", official) is False
    assert "https://ameli-secu.example/login" not in opened


def test_sources_and_content_version_are_shown(page: GuidancePage) -> None:
    page.open_plan(CARD)
    content = content_for("en")
    card = page.plan_view.current_card()
    source = card.step.sources[0]
    text = card.sources[0].accessibleName()
    assert card.sources[0].text().replace("\u200b", "") == text
    assert source.publisher in text and source.title in text and source.url in text
    assert "2026" in text
    assert content.version in page.plan_view.version_line.text()


def test_a_plan_per_journal_entry(page: GuidancePage, services: AppServices) -> None:
    first = page.open_plan(CARD, journal_entry_id=5)
    assert page.open_plan(CARD, journal_entry_id=5) == first
    second = page.open_plan(CARD, journal_entry_id=6)
    assert second != first
    assert run_state(services.store, second).run.journal_entry_id == 6
    assert page.open_plan("not_a_plan") is None
    assert not page.error_line.isHidden()


def test_the_breach_form_records_the_notice_and_starts_the_checklist(
        page: GuidancePage, services: AppServices) -> None:
    page.show()
    page.question_view.breach_button.click()
    form = page.breach_form
    assert page.stack.currentWidget() is form
    form.start_button.click()  # nothing typed: a sentence, nothing recorded
    assert not form.error.isHidden()
    assert breach_notices(services.store, profile_id(services)) == []
    form.org_edit.setText("Ma mutuelle")
    form.date_edit.setDate(QDate(2026, 11, 12))
    form.exposed_checks["nir"].setChecked(True)
    form.exposed_checks["insurer"].setChecked(True)
    QTest.keyClick(form.org_edit, Qt.Key.Key_Return)
    (notice,) = breach_notices(services.store, profile_id(services))
    assert notice.organisation == "Ma mutuelle"
    assert notice.received_on.isoformat() == "2026-11-12"
    assert notice.exposed == ("nir", "insurer")
    assert notice.breach == "Viamedis/Almerys, February 2024"  # English UI in this test
    (run,) = runs_in_progress(services.store, profile_id(services))
    assert run.situation == "breach_notice"
    if "breach_notice" in content_for("en").plans:
        assert page.stack.currentWidget() is page.plan_view
        assert "eight weeks" in page.plan_view.message.text()


def test_the_directory_says_what_each_service_is_for(page: GuidancePage) -> None:
    content = content_for("en")
    page.question_view.directory_button.click()
    view = page.directory_view
    assert page.stack.currentWidget() is view
    if not content.directory:
        pytest.skip("no report channels in the content yet")
    texts = " ".join(label.text() for label in view.findChildren(type(view.title)))
    texts = texts.replace("\u200b", "")
    for channel in content.directory:
        assert channel.name in texts and channel.for_ in texts
    QGuiApplication.clipboard().clear()
    view.copy_rows[0].copy_button.click()
    assert QGuiApplication.clipboard().text() == content.directory[0].instructions


def test_the_page_follows_the_language(qtbot, qapp: QApplication, page: GuidancePage) -> None:
    store = page.services.store
    store.set_active_profile(next(p.id for p in store.profiles() if p.is_self))
    page.refresh()  # the user's own plan: titled as in the content
    page.open_plan(CARD)
    assert page.plan_view.title.text() == content_for("en").plans[CARD].title
    install_language(qapp, "fr")
    qtbot.waitUntil(lambda: page.plan_view.title.text() == content_for("fr").plans[CARD].title)
    assert page.plan_view.current_card().title.text() == card_steps("fr")[0].title
    english(qapp)
    qtbot.waitUntil(lambda: page.plan_view.title.text() == content_for("en").plans[CARD].title)


def test_the_page_follows_the_active_profile(page: GuidancePage,
                                             services: AppServices) -> None:
    page.open_plan(CARD)
    other = next(p for p in services.store.profiles() if p.id != profile_id(services))
    services.store.set_active_profile(other.id)
    page.refresh()
    assert page.stack.currentWidget() is page.question_view
    assert page.run_id is None
    assert page.question_view.resume_buttons == []


def test_resume_a_plan_in_progress(page: GuidancePage, services: AppServices) -> None:
    run = start_run(services.store, profile_id(services), CARD, NOW)
    page.refresh()
    ((run_id, button),) = page.question_view.resume_buttons
    assert run_id == run
    assert card_steps()[0].title in button.accessibleName()
    button.click()
    assert page.run_id == run


def test_home_shows_the_next_step_and_opens_the_plan(qtbot, services: AppServices) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    panel = home.findChild(GuidanceHomePanel)
    assert panel is not None and panel.isHidden(), "nothing in progress: no panel"

    run = start_run(services.store, profile_id(services), CARD, NOW)
    tick(services.store, run, card_steps()[0].id, NOW)
    window.show_page("check")
    window.show_page("home")
    assert not panel.isHidden()
    assert [item[0] for item in panel.items] == [run]
    assert card_steps()[1].title in panel.findChildren(type(panel.intro))[-1].text()
    continue_button = panel.findChildren(QPushButton)[-1]
    assert "Continue" in continue_button.accessibleName()
    continue_button.click()
    assert window.current_page_key() == "guidance"
    guidance = window.page("guidance")
    assert guidance.run_id == run
    assert guidance.plan_view.current_card().step.id == card_steps()[1].id


def test_the_home_panel_stays_light() -> None:
    """Home is built at start-up: its guidance panel must not pull in SQLAlchemy."""
    code = ("import sys; import vigilance_app.ui.shell.main_window; "
            "import vigilance_app.ui.guidance.home_panel; "
            "heavy = [m for m in ('sqlalchemy', 'sqlalchemy.orm', 'vigilance_app.analysis', "
            "'vigilance_app.guidance.progress', 'PySide6.QtPrintSupport') if m in sys.modules]; "
            "print(heavy); sys.exit(1 if heavy else 0)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_accessible_names_everywhere(page: GuidancePage) -> None:
    page.open_plan(CARD)
    for widget in page.findChildren(QPushButton) + page.findChildren(QLineEdit):
        if widget.isVisibleTo(page):
            assert widget.accessibleName() or widget.text(), widget


def test_damaged_advice_is_said_in_words(qtbot, services: AppServices, monkeypatch) -> None:
    from vigilance_app.guidance import progress
    from vigilance_app.guidance.content import ContentError

    def broken(lang: str) -> None:
        raise ContentError("fr.toml: not valid TOML")

    monkeypatch.setattr(progress, "content_for", broken)
    page = GuidancePage(services, now=lambda: NOW)
    qtbot.addWidget(page)
    assert not page.error_line.isHidden()
    assert "Reinstall" in page.error_line.text()
    assert page.open_plan(CARD) is None


def test_home_reads_the_advice_after_the_first_frame(qtbot, services: AppServices) -> None:
    run = start_run(services.store, profile_id(services), CARD, NOW)
    window = MainWindow(services)
    qtbot.addWidget(window)
    panel = window.page("home").findChild(GuidanceHomePanel)
    assert panel.items == [] and panel.isHidden(), "nothing read before the first paint"
    window.show()
    qtbot.waitUntil(lambda: bool(panel.items))
    assert [item[0] for item in panel.items] == [run]
    assert not panel.isHidden()


def test_a_plan_opens_at_its_title_even_at_200_percent(qtbot, qapp, services) -> None:
    from vigilance_app.preferences import Preferences
    from vigilance_app.ui.kit.theme import apply_theme

    apply_theme(qapp, Preferences(text_scale=200))
    try:
        page = GuidancePage(services, now=lambda: NOW)
        qtbot.addWidget(page)
        page.resize(1000, 640)
        page.show()
        page.open_plan("gave_card_details")
        view = page.plan_view
        qtbot.waitUntil(lambda: view.scroll.verticalScrollBar().maximum() > 0, timeout=5000)
        # The plan's title is in view (the focused button of the step may be lower down).
        qtbot.waitUntil(lambda: view.scroll.verticalScrollBar().value() == 0, timeout=2000)
        focused = page.focusWidget()  # where setFocus went (the window may be inactive)
        assert focused is not None and view.isAncestorOf(focused)  # keyboard on the step
    finally:
        apply_theme(qapp, Preferences())
