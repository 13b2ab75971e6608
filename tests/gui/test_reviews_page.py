"""Account checks in the window: the page, the review flow (normal, unusual, snooze), adding an
account by keyboard, the Home panel, and the background reminders with fake clocks.

Real SQLCipher stores with the real migrations; the clock is injected (no sleep).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import FakeClock, StubShell, english, make_services, make_store
from vigilance_app.reviews import accounts as acc
from vigilance_app.reviews.schedule import Rhythm
from vigilance_app.services import AppServices
from vigilance_app.ui.reviews.account_dialog import AccountDialog
from vigilance_app.ui.reviews.flow import ReviewFlowDialog
from vigilance_app.ui.reviews.home_panel import ReviewsHomePanel
from vigilance_app.ui.reviews.page import ReviewsPage
from vigilance_app.ui.reviews.tray import ReviewsBackground, due_keys_of

TZ = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


class Wall:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def services(qapp: QApplication, data_dir: Path,
             memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    english(qapp)
    make_store(data_dir, memory_keyring, profiles=("Moi", "Maman (Jeannine)"))
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    yield services
    services.lock()


def profile_id(services: AppServices) -> int:
    return services.store.active_profile().id


@pytest.fixture
def accounts(services: AppServices) -> dict[str, acc.AccountInfo]:
    """A bank overdue, an ameli account due soon under heightened vigilance, an email due."""
    store, pid = services.store, profile_id(services)
    bank = acc.add_account(store, pid, "bank", "Compte courant", now=NOW - timedelta(days=60),
                           institution="Crédit Agricole",
                           official_url="https://www.credit-agricole.fr",
                           rhythm=Rhythm(1, "month"))
    ameli = acc.add_account(store, pid, "ameli", "Mon ameli", now=NOW - timedelta(days=20),
                            institution="Assurance Maladie", rhythm=Rhythm(1, "month"))
    acc.record_review(store, ameli.id, "normal", "", NOW - timedelta(days=3))
    email = acc.add_account(store, pid, "email", "Messagerie", now=NOW - timedelta(days=14),
                            rhythm=Rhythm(2, "week"))
    acc.start_heightened(store, pid, date(2026, 11, 20), date(2027, 1, 15), kinds=["ameli"],
                         note="Viamedis/Almerys")
    return {"bank": bank, "ameli": ameli, "email": email}


def make_page(qtbot, services: AppServices, **kwargs) -> ReviewsPage:
    opened: list[str] = []
    page = ReviewsPage(services, now=kwargs.pop("now", lambda: NOW), tz=TZ,
                       open_url=lambda url: opened.append(url) or True, **kwargs)
    page.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.show()
    return page


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_page_shows_states_in_words_and_why_reviews_are_more_frequent(
        qtbot, services: AppServices, accounts) -> None:
    page = make_page(qtbot, services)
    assert page.verdict.text() == "2 checks to do now. 1 of them overdue."
    texts = [page.accounts_list.item(i).text() for i in range(page.accounts_list.count())]
    bank = next(t for t in texts if t.startswith("Compte courant"))
    assert "⚠ Overdue since" in bank  # a sign and words, never a colour alone
    ameli = next(t for t in texts if t.startswith("Mon ameli"))
    assert "✓ Next check:" in ameli
    assert "More often until 14 January 2027: your own choice (Viamedis/Almerys)" in ameli
    assert page.start_button.isVisible()
    # Every interactive widget has an accessible name.
    for widget in page.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page) and \
                isinstance(widget, QAbstractButton):
            assert widget.accessibleName(), widget.text()


def test_normal_review_is_kept_and_the_next_account_follows(
        qtbot, services: AppServices, accounts) -> None:
    page = make_page(qtbot, services)
    flow = page.start_checks()
    assert isinstance(flow, ReviewFlowDialog)
    # Overdue first: the bank, with what to look at from the resources.
    assert flow.account().id == accounts["bank"].id
    assert flow.look_list.items and flow.look_list.items[0].text()
    click(qtbot, flow.open_button)
    assert page.opened == ["https://www.credit-agricole.fr"]
    click(qtbot, flow.normal_button)
    assert flow.account().id == accounts["email"].id
    assert "everything looked normal" in flow.status_label.text()
    assert not flow.open_button.isVisible()  # no address typed for this one: nothing to open
    history = acc.history(services.store, accounts["bank"].id)
    assert [(r.result, r.reviewed_at) for r in history] == [("normal", NOW)]
    assert not flow.heightened_label.isVisible()
    click(qtbot, flow.normal_button)
    assert flow.current_step() == "done"
    click(qtbot, flow.close_done_button)
    assert page.verdict.text().startswith("✓ Nothing to check now.")


def test_unusual_review_records_calls_the_journal_hook_and_offers_the_plan(
        qtbot, services: AppServices, accounts) -> None:
    calls: list[tuple[int, str]] = []

    def record_unusual(account, description: str) -> int:
        calls.append((account.id, description))
        return 42

    page = make_page(qtbot, services, record_unusual=record_unusual)
    plans: list[tuple[str, int]] = []
    page.plan_requested.connect(lambda situation, entry: plans.append((situation, entry)))
    flow = page.start_checks()
    click(qtbot, flow.unusual_button)
    assert flow.current_step() == "unusual"
    click(qtbot, flow.save_unusual_button)  # nothing written yet: asked for a few words
    assert flow.unusual_error.isVisible() and not calls
    # Typed text must be Latin-1 for QTest; the euro sign goes in as pasted text.
    qtbot.keyClicks(flow.note_edit, "Prelevement inconnu de 49,90 ")
    flow.note_edit.insertPlainText("€ le 27/11")
    assert flow.situation_combo.currentData() == "unknown_transaction"
    click(qtbot, flow.save_unusual_button)
    assert calls == [(accounts["bank"].id, "Prelevement inconnu de 49,90 € le 27/11")]
    assert flow.current_step() == "plan"
    click(qtbot, flow.plan_button)
    assert plans == [("unknown_transaction", 42)]
    # Kept, linked to the journal entry, and shown in the account's history.
    [review] = acc.history(services.store, accounts["bank"].id)
    assert (review.result, review.journal_entry_id) == ("unusual", 42)
    page.accounts_list.setCurrentRow(
        next(i for i, info in enumerate(page.infos) if info.account.id == accounts["bank"].id))
    lines = [page.history_list.item(i).text() for i in range(page.history_list.count())]
    assert any(line.startswith("⚠") and "Prelevement inconnu" in line for line in lines), lines


def test_unusual_with_another_situation_and_no_journal_yet(
        qtbot, services: AppServices, accounts) -> None:
    page = make_page(qtbot, services)  # record_unusual not wired: None
    plans: list[tuple[str, int]] = []
    page.plan_requested.connect(lambda situation, entry: plans.append((situation, entry)))
    flow = page.start_checks()
    click(qtbot, flow.unusual_button)
    qtbot.keyClicks(flow.note_edit, "Mot de passe change sans moi")
    flow.situation_combo.setCurrentIndex(flow.situation_combo.findData("gave_credentials"))
    click(qtbot, flow.save_unusual_button)
    click(qtbot, flow.plan_button)
    assert plans == [("gave_credentials", 0)]


def test_plan_request_reaches_the_window(qtbot, services: AppServices, accounts) -> None:
    from vigilance_app.ui.reviews.page import make_reviews_page

    class Window:
        def __init__(self) -> None:
            self.services = services
            self.plans: list[tuple[str, int | None]] = []

        def show_plan(self, situation: str, entry: int | None = None) -> None:
            self.plans.append((situation, entry))

    window = Window()
    page = make_reviews_page(window, record_unusual=lambda account, text: 7)
    qtbot.addWidget(page)
    page.plan_requested.emit("unknown_transaction", 7)
    page.plan_requested.emit("unknown_transaction", 0)
    assert window.plans == [("unknown_transaction", 7), ("unknown_transaction", None)]


def test_unusual_review_goes_into_the_real_journal(qtbot, services: AppServices,
                                                  accounts) -> None:
    """Wired as in the window: the anomaly becomes a journal entry of the account's profile,
    masked, tagged, linked to the review, and the plan is requested for that entry."""
    from vigilance_app.journal.repository import Journal
    from vigilance_app.ui.reviews.page import make_reviews_page

    class Window:
        def __init__(self) -> None:
            self.services = services
            self.plans: list[tuple[str, int | None]] = []

        def show_plan(self, situation: str, entry: int | None = None) -> None:
            self.plans.append((situation, entry))

    window = Window()
    page = make_reviews_page(window)
    qtbot.addWidget(page)
    flow = page.start_checks()
    click(qtbot, flow.unusual_button)
    flow.note_edit.insertPlainText("Débit inconnu, carte 4970 1012 3456 7893")
    click(qtbot, flow.save_unusual_button)
    click(qtbot, flow.plan_button)
    [review] = acc.history(services.store, accounts["bank"].id)
    entry_id = review.journal_entry_id
    assert entry_id is not None and window.plans == [("unknown_transaction", entry_id)]
    detail = Journal(services.store).get(entry_id)
    assert detail.profile_id == accounts["bank"].profile_id
    assert "account-review" in detail.tags and accounts["bank"].name in detail.summary
    assert "4970 1012 3456 7893" not in detail.body and "7893" in detail.body


def test_snooze_quiets_the_reminder_without_moving_the_schedule(
        qtbot, services: AppServices, accounts) -> None:
    page = make_page(qtbot, services)
    flow = page.start_checks()
    click(qtbot, flow.snooze_buttons["three_days"])
    assert "Put off" in flow.status_label.text()
    flow.reject()
    info = acc.due_info(services.store, accounts["bank"].id, NOW.astimezone(TZ).date(), TZ)
    assert info.snoozed_until == date(2026, 12, 2)
    assert info.state == "overdue" and not info.needs_reminder
    assert acc.history(services.store, accounts["bank"].id) == []
    assert page.verdict.text() == "1 check to do now."
    # The snooze ends: due again, caught up rather than lost.
    later = make_page(qtbot, services, now=lambda: NOW + timedelta(days=3))
    assert any(i.account.id == accounts["bank"].id for i in later.to_do())


def test_add_an_account_with_the_keyboard_only(qtbot, services: AppServices) -> None:
    page = make_page(qtbot, services)
    assert page.verdict.text().startswith("No account yet.")
    dialog = page.account_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert isinstance(dialog, AccountDialog)
    assert dialog.kind_combo.hasFocus() or dialog.focusWidget() is dialog.kind_combo
    # Kind: bank is first; its default rhythm comes from the resources.
    assert dialog.kind() == "bank"
    default = (dialog.count_spin.value(), dialog.unit_combo.currentData())
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.name_edit
    qtbot.keyClicks(dialog.name_edit, "Livret A")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.institution_edit, "La Banque Postale")
    qtbot.keyClick(dialog.institution_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.url_edit, "http://labanquepostale.fr")  # not https: refused
    qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "https" in dialog.error_label.text()
    dialog.url_edit.setFocus()
    dialog.url_edit.selectAll()
    qtbot.keyClicks(dialog.url_edit, "https://www.labanquepostale.fr")
    qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [info] = page.infos
    assert (info.account.name, info.account.institution, info.account.official_url) == (
        "Livret A", "La Banque Postale", "https://www.labanquepostale.fr")
    assert (info.account.rhythm.count, info.account.rhythm.unit) == default


def test_edit_and_archive_an_account(qtbot, services: AppServices, accounts) -> None:
    page = make_page(qtbot, services)
    row = next(i for i, info in enumerate(page.infos) if info.account.id == accounts["email"].id)
    page.accounts_list.setCurrentRow(row)
    dialog = page.account_dialog(page.selected().account)
    qtbot.addWidget(dialog)
    dialog.count_spin.setValue(3)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("month"))
    dialog.submit()
    assert acc.get_account(services.store, accounts["email"].id).rhythm == Rhythm(3, "month")
    page.accounts_list.setCurrentRow(
        next(i for i, info in enumerate(page.infos) if info.account.id == accounts["email"].id))
    page.archive_selected(confirm=False)
    assert accounts["email"].id not in [info.account.id for info in page.infos]
    assert "Its history is kept" in page.message_label.text()
    click(qtbot, page.undo_button)  # an undo right after
    assert accounts["email"].id in [info.account.id for info in page.infos]
    assert not page.undo_button.isVisible()


def test_be_more_careful_switch_tightens_and_can_be_undone(qtbot, services: AppServices) -> None:
    store, pid = services.store, profile_id(services)
    acc.add_account(store, pid, "insurer", "Mutuelle", now=NOW - timedelta(days=1),
                    rhythm=Rhythm(3, "month"))
    page = make_page(qtbot, services)
    assert not page.careful_box.isChecked()
    assert page.infos[0].heightened_until is None
    page.careful_box.click()
    assert page.careful_box.isChecked()
    info = page.infos[0]
    assert info.heightened_until == date(2026, 11, 29) + timedelta(weeks=8)
    assert "your own choice" in page.detail_heightened.text()
    assert "Weekly checks until" in page.careful_line.text()
    page.careful_box.click()
    assert not page.careful_box.isChecked()
    assert page.infos[0].heightened_until is None


def test_calendar_export_writes_an_ics_file(qtbot, services: AppServices, accounts,
                                           tmp_path: Path) -> None:
    page = make_page(qtbot, services)
    written = page.export_calendar(tmp_path / "agenda")
    assert written == tmp_path / "agenda.ics"
    data = written.read_text("utf-8")
    assert "BEGIN:VCALENDAR" in data and "RRULE" in data and "BEGIN:VALARM" in data
    assert "credit-agricole" not in data.lower()  # only the names the person chose
    assert "agenda.ics" in page.message_label.text()


def test_autostart_checkbox_drives_the_given_module(qtbot, services: AppServices) -> None:
    class FakeAutostart:
        enabled = False

        def enable(self) -> None:
            self.enabled = True

        def disable(self) -> None:
            self.enabled = False

        def is_enabled(self) -> bool:
            return self.enabled

    module = FakeAutostart()
    page = make_page(qtbot, services, autostart=module)
    assert page.autostart_box.isVisible() and not page.autostart_box.isChecked()
    page.autostart_box.click()
    assert module.enabled and page.autostart_box.isChecked()
    page.autostart_box.click()
    assert not module.enabled


def test_home_panel_counts_and_starts_the_checks(qtbot, services: AppServices,
                                                  accounts) -> None:
    panel = ReviewsHomePanel(services, now=lambda: NOW, tz=TZ)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.line.text() == "⚠ 2 account checks to do now (1 overdue)."
    assert "Next check:" in panel.next_line.text()
    started: list[bool] = []
    panel.start_requested.connect(lambda: started.append(True))
    click(qtbot, panel.start_button)
    assert started == [True]
    for info in acc.list_due(services.store, profile_id(services), date(2026, 11, 29), TZ):
        if info.needs_reminder:
            acc.record_review(services.store, info.account.id, "normal", "", NOW)
    panel.refresh()
    assert panel.line.text() == "✓ Nothing to check now."
    assert not panel.start_button.isVisible()


def test_home_panel_without_accounts_invites_to_add_them(qtbot,
                                                        services: AppServices) -> None:
    panel = ReviewsHomePanel(services, now=lambda: NOW, tz=TZ)
    qtbot.addWidget(panel)
    panel.show()
    # "Moi" is the relative whose journal is shown (make_store's first person)
    assert panel.line.text().startswith("Add the accounts Moi uses")
    assert not panel.start_button.isVisible()


def test_home_panel_start_opens_the_flow_in_the_window(qtbot, services: AppServices,
                                                      accounts) -> None:
    from vigilance_app.ui.shell.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    [panel] = home.findChildren(ReviewsHomePanel)
    assert "reviews" in window.page_keys()
    panel.start_requested.emit()
    assert window.current_page_key() == "reviews"
    page = window.page("reviews")
    assert page.flow is not None and page.flow.isVisible()
    page.flow.reject()


def test_background_check_notifies_once_per_due_occurrence(qtbot, services: AppServices,
                                                           accounts) -> None:
    wall, mono = Wall(NOW), FakeClock()
    sent: list[str] = []

    def dbus(summary: str, body: str, *, replaces_id: int = 0) -> int:
        sent.append(summary)
        return len(sent)

    window = StubShell(services)
    qtbot.addWidget(window)
    background = ReviewsBackground(services, window, use_tray=False, wall=wall, monotonic=mono,
                                   due_keys=lambda store, now: due_keys_of(store, now, TZ),
                                   dbus_send=dbus)
    background.start()
    assert background.count == 2
    assert sent == ["2 account reviews are due"]
    for _ in range(15):  # an hour of beats, a check every 15 minutes: no second notification
        wall.now += timedelta(minutes=1)
        mono.advance(60)
        background.scheduler.beat()
    assert sent == ["2 account reviews are due"]
    # The computer slept three days (monotonic stood still): re-checked at once on wake-up;
    # the ameli account became due meanwhile, so one notification for the new occurrence.
    wall.now += timedelta(days=4)
    mono.advance(60)
    assert background.scheduler.beat() == "clock_jump"
    assert background.count == 3
    assert sent == ["2 account reviews are due", "3 account reviews are due"]
    background.dispose()


def test_background_is_silent_while_locked_and_counts_again_after(
        qtbot, services: AppServices, accounts) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    from vigilance_app.ui.reviews.tray import ReviewsTray

    wall, mono = Wall(NOW), FakeClock()
    sent: list[str] = []
    window = StubShell(services)
    qtbot.addWidget(window)
    tray = ReviewsTray()
    background = ReviewsBackground(services, window, tray=tray, wall=wall, monotonic=mono,
                                   due_keys=lambda store, now: due_keys_of(store, now, TZ),
                                   dbus_send=lambda s, b, replaces_id=0: sent.append(s) or 1)
    background.start()
    assert tray.icon.toolTip() == "Vigilance — 2 account reviews are due"
    key = services.data_key
    background.on_locked()
    services.lock()
    assert tray.icon.toolTip() == "Vigilance — Locked. Open it to see your account checks."
    assert not tray.start_action.isVisible()
    wall.now += timedelta(days=4)
    mono.advance(3600)
    assert background.scheduler.beat() is None  # nothing read while locked
    assert len(sent) == 1
    services.open_with_key(key)
    background.on_unlocked()
    assert tray.icon.toolTip() == "Vigilance — 3 account reviews are due"
    assert len(sent) == 2
    assert isinstance(tray.icon, QSystemTrayIcon)
    background.dispose()


def test_minimized_start_without_a_tray_shows_a_minimised_window(
        qtbot, qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    from tests.gui.test_app_support import start
    from vigilance_app.cli import build_parser

    assert build_parser().parse_args(["--minimized"]).minimized is True
    english(qapp)
    make_store(data_dir, memory_keyring)
    launcher = start(qapp, make_services(data_dir, memory_keyring), minimized=True)
    try:
        assert launcher.window is not None and launcher.window.isMinimized()
        assert launcher.reviews is not None and not launcher.reviews.has_tray  # offscreen
        assert launcher.reviews.count == 0
    finally:
        launcher.close()


def test_normal_start_counts_reviews_after_the_first_frame(
        qtbot, qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    from tests.gui.test_app_support import start

    english(qapp)
    make_store(data_dir, memory_keyring)
    launcher = start(qapp, make_services(data_dir, memory_keyring))
    try:
        assert launcher.reviews is None  # nothing more than the window before it paints
        qtbot.waitUntil(lambda: launcher.reviews is not None, timeout=5000)
        assert launcher.reviews.scheduler.timer.isActive()
    finally:
        launcher.close()
    assert launcher.reviews is None


def test_selection_without_a_click_shows_that_account(qtbot, services: AppServices,
                                                      accounts) -> None:
    from PySide6.QtCore import QItemSelectionModel

    page = make_page(qtbot, services)
    row = next(i for i, info in enumerate(page.infos) if info.account.id == accounts["ameli"].id)
    model = page.accounts_list.selectionModel()
    model.select(page.accounts_list.model().index(row, 0),
                 QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert page.detail_title.text() == "Mon ameli"
    assert page.detail_heightened.isVisible()


def test_home_panel_follows_the_profile_chosen_in_the_window(qtbot, services: AppServices,
                                                            accounts) -> None:
    from vigilance_app.ui.shell.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    [panel] = window.page("home").findChildren(ReviewsHomePanel)
    panel.now = lambda: NOW
    panel.refresh()
    assert panel.line.text().startswith("⚠ 2 account checks")
    other = window.profile_combo.findText("Maman (Jeannine)")
    window.profile_combo.setCurrentIndex(other)
    window.profile_combo.activated.emit(other)
    assert panel.line.text().startswith("Add the accounts you use")


def test_only_the_typed_https_address_is_ever_opened(qtbot) -> None:
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    from vigilance_app.ui.reviews.flow import open_official_url

    class Catcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[str] = []

        @Slot(QUrl)
        def handle(self, url: QUrl) -> None:
            self.urls.append(url.toString())

    catcher = Catcher()
    for scheme in ("https", "http", "file", "javascript"):
        QDesktopServices.setUrlHandler(scheme, catcher, "handle")
    try:
        for hostile in ("http://www.ameli.fr", "file:///etc/passwd", "javascript:alert(1)",
                        "https://user:pw@ameli.fr", "https://ameli.fr:8443/", "",
                        "https://ameli-secu.xyz/login\u202e", "https://ameli .fr"):
            assert open_official_url(hostile) is False, hostile
        assert catcher.urls == []
        assert open_official_url("https://www.AMELI.fr/assure") is True
        assert catcher.urls == ["https://www.ameli.fr/assure"]
    finally:
        for scheme in ("https", "http", "file", "javascript"):
            QDesktopServices.unsetUrlHandler(scheme)


def test_announced_reviews_are_remembered_across_a_restart(qtbot, services: AppServices,
                                                           accounts) -> None:
    from vigilance_app.ui.reviews.tray import load_notified

    def background(sent: list[str]) -> ReviewsBackground:
        window = StubShell(services)
        qtbot.addWidget(window)
        return ReviewsBackground(
            services, window, use_tray=False, wall=Wall(NOW), monotonic=FakeClock(),
            due_keys=lambda store, now: due_keys_of(store, now, TZ),
            dbus_send=lambda summary, body, replaces_id=0: sent.append(summary) or 1)

    first: list[str] = []
    run = background(first)
    run.start()
    run.dispose()
    assert first == ["2 account reviews are due"]
    assert len(load_notified(services.store)) == 2  # kept in the encrypted store
    second: list[str] = []
    again = background(second)  # the app starts again (at login, say): nothing new to say
    again.start()
    again.dispose()
    assert second == []


def test_the_end_of_a_snooze_reminds_again(qtbot, services: AppServices, accounts) -> None:
    wall, mono = Wall(NOW), FakeClock()
    sent: list[str] = []
    window = StubShell(services)
    qtbot.addWidget(window)
    run = ReviewsBackground(services, window, use_tray=False, wall=wall, monotonic=mono,
                            due_keys=lambda store, now: due_keys_of(store, now, TZ),
                            dbus_send=lambda summary, body, replaces_id=0: sent.append(summary)
                            or 1)
    run.start()
    assert sent == ["2 account reviews are due"]
    acc.snooze(services.store, accounts["bank"].id, "tomorrow", date(2026, 11, 29))
    run.scheduler.check_now()
    assert run.count == 1 and len(sent) == 1  # put off: counted out, nothing announced
    wall.now += timedelta(days=1)
    mono.advance(86400)
    run.scheduler.beat()
    assert run.count == 2
    assert sent[-1] == "2 account reviews are due" and len(sent) == 2
    run.dispose()


def test_home_panel_without_accounts_opens_the_form_to_add_one(qtbot,
                                                               services: AppServices) -> None:
    from vigilance_app.ui.reviews.account_dialog import AccountDialog
    from vigilance_app.ui.shell.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    [panel] = window.page("home").findChildren(ReviewsHomePanel)
    click(qtbot, panel.open_button)
    assert window.current_page_key() == "reviews"
    dialogs = [d for d in window.page("reviews").findChildren(AccountDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_the_account_list_shows_every_account_without_its_own_scrolling(
        qtbot, services: AppServices, accounts) -> None:
    page = make_page(qtbot, services)
    page.resize(420, 900)  # narrow: the heightened line wraps
    qtbot.waitUntil(lambda: page.accounts_list.verticalScrollBar().maximum() == 0, timeout=3000)
    page.resize(900, 900)
    qtbot.waitUntil(lambda: page.accounts_list.verticalScrollBar().maximum() == 0, timeout=3000)


def test_the_page_buttons_work_when_clicked(qtbot, services: AppServices, accounts,
                                            tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    import vigilance_app.ui.reviews.reminders as reminders

    page = make_page(qtbot, services)
    click(qtbot, page.start_button)  # clicked(bool) must not reach start_checks(accounts)
    assert page.flow is not None and page.flow.isVisible()
    page.flow.reject()

    target = tmp_path / "comptes.ics"
    monkeypatch.setattr(reminders.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    click(qtbot, page.calendar_button)
    assert target.exists() and b"BEGIN:VCALENDAR" in target.read_bytes()

    answers: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        answers.append(box.text())
        box.button(button).click()

    row = next(i for i, info in enumerate(page.infos) if info.account.id == accounts["email"].id)
    page.accounts_list.setCurrentRow(row)
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    click(qtbot, page.archive_button)  # asks first: "No" keeps the account
    assert answers and "Messagerie" in answers[0]
    assert accounts["email"].id in [info.account.id for info in page.infos]
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    click(qtbot, page.archive_button)
    assert accounts["email"].id not in [info.account.id for info in page.infos]


def test_a_review_done_on_the_page_updates_the_tray_at_once(qtbot, services: AppServices,
                                                           accounts) -> None:
    from vigilance_app.ui.reviews.tray import ReviewsTray
    from vigilance_app.ui.shell.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    tray = ReviewsTray()
    background = ReviewsBackground(services, window, tray=tray, wall=Wall(NOW),
                                   monotonic=FakeClock(),
                                   due_keys=lambda store, now: due_keys_of(store, now, TZ),
                                   dbus_send=lambda summary, body, replaces_id=0: 1)
    background.start()
    assert tray.icon.toolTip() == "Vigilance — 2 account reviews are due"
    window.show_page("reviews")
    page = window.page("reviews")
    page.now, page.tz = (lambda: NOW), TZ
    page.refresh()
    flow = page.start_checks()
    click(qtbot, flow.normal_button)
    assert tray.icon.toolTip() == "Vigilance — 1 account review is due"
    background.dispose()


def test_a_card_number_in_the_description_is_masked_before_the_journal_sees_it(
        qtbot, services: AppServices, accounts) -> None:
    seen: list[str] = []
    page = make_page(qtbot, services, record_unusual=lambda account, text: seen.append(text))
    flow = page.start_checks()
    click(qtbot, flow.unusual_button)
    qtbot.keyClicks(flow.note_edit, "Paiement inconnu avec la carte 4970 1012 3456 7893")
    click(qtbot, flow.save_unusual_button)
    assert seen and "4970 1012" not in seen[0] and "7893" in seen[0]
    [review] = acc.history(services.store, accounts["bank"].id)
    assert "4970 1012" not in review.note
    assert "last 4 characters" in flow.plan_text.text()


def test_the_page_and_the_flow_follow_a_change_of_language(qtbot, qapp: QApplication,
                                                          services: AppServices,
                                                          accounts) -> None:
    from vigilance_app.ui.kit.i18n import install_language

    page = make_page(qtbot, services)
    flow = page.start_checks()
    try:
        install_language(qapp, "fr")
        qapp.processEvents()  # LanguageChange reaches the widgets through the event queue
        # "Moi" is the relative whose accounts are shown (make_store's first person)
        assert page.title.text() == "Vérifier les comptes de Moi"
        assert page.verdict.text() == "2 vérifications à faire maintenant. Dont 1 en retard."
        assert flow.normal_button.text() == "Tout est &normal"
        assert "En retard depuis" in page.detail_state.text() or \
            "À faire" in page.detail_state.text()
        assert "octobre" in page.accounts_list.item(0).text()  # dates in French too
    finally:
        english(qapp)
        qapp.processEvents()
    assert page.title.text() == "Checking Moi's accounts"
    flow.reject()


def mnemonics(root: QWidget) -> list[str]:
    """The Alt+letter keys of the visible buttons, check boxes and labels of ``root``."""
    import re

    from PySide6.QtWidgets import QLabel

    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue  # hidden, or in another window (a dialog opened from this screen)
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and
                                                    widget.buddy() is not None):
            match = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if match:
                found.append(match.group(1).lower())
    return found


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_two_keyboard_shortcuts_share_a_letter_on_one_screen(
        qtbot, qapp: QApplication, services: AppServices, accounts, lang: str) -> None:
    from vigilance_app.ui.kit.i18n import install_language

    install_language(qapp, lang)
    try:
        page = make_page(qtbot, services)
        screens: list[tuple[str, QWidget]] = [("page", page)]
        panel = ReviewsHomePanel(services, now=lambda: NOW, tz=TZ)
        qtbot.addWidget(panel)
        panel.show()
        screens.append(("home panel", panel))
        dialog = page.account_dialog()
        qtbot.addWidget(dialog)
        dialog.show()
        screens.append(("account dialog", dialog))
        for name, screen in screens:
            keys = mnemonics(screen)
            assert len(keys) == len(set(keys)), (lang, name, sorted(keys))
        dialog.reject()
        flow = page.start_checks()
        for step in ("look", "unusual", "plan"):
            if step == "unusual":
                flow.show_unusual()
            if step == "plan":
                flow.note_edit.setPlainText("x")
                flow.save_unusual()
            assert flow.current_step() == step
            keys = mnemonics(flow)
            assert len(keys) == len(set(keys)), (lang, step, sorted(keys))
        flow.reject()
    finally:
        english(qapp)


def test_the_flow_says_why_an_account_is_checked_more_often(qtbot, services: AppServices,
                                                            accounts) -> None:
    page = make_page(qtbot, services)
    ameli = next(info for info in page.infos if info.account.id == accounts["ameli"].id)
    flow = page.start_checks([ameli.account])
    assert flow.heightened_label.isVisible()
    assert flow.heightened_label.text() == (
        "More often until 14 January 2027: your own choice (Viamedis/Almerys)")
    flow.reject()


def test_closing_the_window_keeps_vigilance_in_the_tray_until_quit(
        qtbot, qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.gui.test_app_support import start

    monkeypatch.setattr("vigilance_app.ui.reviews.page.system_tray_available", lambda: True)

    english(qapp)
    make_store(data_dir, memory_keyring)
    services = make_services(data_dir, memory_keyring)
    launcher = start(qapp, services, use_tray=True)
    ended: list[int] = []
    launcher.exit = ended.append  # type: ignore[method-assign]
    try:
        qtbot.waitUntil(lambda: launcher.reviews is not None, timeout=5000)
        reviews, window = launcher.reviews, launcher.window
        assert reviews.has_tray and not qapp.quitOnLastWindowClosed()
        said: list[str] = []
        reviews.tray.icon.showMessage = lambda _title, text, *_args: said.append(text)
        window.close()
        assert not window.isVisible() and launcher.window is window and not ended
        assert services.store is not None  # still open: reminders go on
        assert len(said) == 1 and "menu" in said[0]
        reviews.open_window()
        assert window.isVisible()
        window.close()
        assert len(said) == 1  # said once per run
        reviews.tray.quit_action.trigger()
        assert ended == [0]

        # Unticked on the accounts page: closing the window ends Vigilance.
        reviews.open_window()
        window.show_page("reviews")
        page = window.page("reviews")
        assert page.keep_box.isVisible() and page.keep_box.isChecked()
        click(qtbot, page.keep_box)
        assert services.preferences.keep_in_tray is False
        from vigilance_app.preferences import load_preferences

        assert load_preferences(services.paths.preferences).keep_in_tray is False
        window.close()
        assert ended == [0, 0]
    finally:
        launcher.close()
    assert qapp.quitOnLastWindowClosed()


def test_without_a_tray_the_keep_choice_is_not_offered(qtbot, services: AppServices) -> None:
    page = make_page(qtbot, services, tray_available=lambda: False)
    assert not page.keep_box.isVisible()
    page = make_page(qtbot, services, tray_available=lambda: True)
    assert page.keep_box.isVisible() and page.keep_box.isChecked()


def test_minimized_start_with_a_password_waits_locked_in_the_tray(
        qtbot, qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    """At login with an app password: no dialog pops up; the locked tray icon asks for the
    password when opened, cancelling goes back to the tray, the right password opens the
    window."""
    from tests.gui.test_app_support import PASSWORD, start

    english(qapp)
    make_store(data_dir, memory_keyring, password=PASSWORD)
    services = make_services(data_dir, memory_keyring)
    launcher = start(qapp, services, minimized=True, use_tray=True)
    ended: list[int] = []
    launcher.exit = ended.append  # type: ignore[method-assign]
    try:
        tray = launcher.waiting_tray
        assert tray is not None and launcher.dialog is None and launcher.window is None
        assert tray.icon.toolTip() == "Vigilance — Locked. Open it to see your account checks."
        assert not tray.start_action.isVisible()
        tray.open_action.trigger()
        dialog = launcher.dialog
        assert dialog is not None and dialog.isVisible()
        dialog.reject()
        assert launcher.dialog is None and launcher.waiting_tray is tray and not ended
        tray.open_action.trigger()
        dialog = launcher.dialog
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.panel.password_field.setText(PASSWORD)
            dialog.panel.open_button.click()
        assert launcher.waiting_tray is None
        assert launcher.window is not None and launcher.window.isVisible()
        assert services.unlocked
        qtbot.waitUntil(lambda: launcher.reviews is not None, timeout=5000)
        assert launcher.reviews.has_tray
        tray_quit = launcher.reviews.tray.quit_action
        tray_quit.trigger()
        assert ended == [0]
    finally:
        launcher.close()


def test_minimized_start_with_a_password_and_no_tray_asks_at_once(
        qtbot, qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    from tests.gui.test_app_support import PASSWORD, start

    english(qapp)
    make_store(data_dir, memory_keyring, password=PASSWORD)
    launcher = start(qapp, make_services(data_dir, memory_keyring), minimized=True,
                     use_tray=False)
    try:
        assert launcher.waiting_tray is None
        assert launcher.dialog is not None and launcher.dialog.isVisible()
    finally:
        launcher.close()


def test_rhythms_and_counts_read_as_english_and_french(qapp: QApplication) -> None:
    from vigilance_app.reviews.schedule import Rhythm
    from vigilance_app.ui.kit.i18n import install_language
    from vigilance_app.ui.reviews.texts import reviews_due_text, rhythm_text

    english(qapp)
    assert rhythm_text(Rhythm(1, "week")) == "every week"
    assert rhythm_text(Rhythm(3, "month")) == "every 3 months"
    assert reviews_due_text(1) == "1 account review is due"
    assert reviews_due_text(2) == "2 account reviews are due"
    install_language(qapp, "fr")
    try:
        assert rhythm_text(Rhythm(1, "week")) == "toutes les semaines"
        assert rhythm_text(Rhythm(2, "day")) == "tous les 2 jours"
    finally:
        english(qapp)
