"""The journal page: quick capture by keyboard, search as you type, undo of a delete,
several entries at once, the lazy list, the plan offered after a risky reaction, and email files
imported in the background. Real SQLCipher stores with the real migrations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.corpus import CORPUS, needs_corpus
from tests.fakes import MemoryKeyring, fast_kdf
from vigilance_app.journal.repository import EntryDraft, Journal
from vigilance_app.paths import DataPaths
from vigilance_app.preferences import Preferences
from vigilance_app.services import AppServices, build_services
from vigilance_app.setup_store import create_new_store
from vigilance_app.store.models import Relationship
from vigilance_app.ui.journal.page import JournalPage
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.kit.theme import apply_theme
from vigilance_app.vault import CustodyMode, KeyringAccess, Vault

NOW = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)


class Clock:
    def __init__(self, start: datetime = NOW) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def english(qapp: QApplication):
    install_language(qapp, "en")
    apply_theme(qapp, Preferences())
    yield
    remove_language(qapp)


@pytest.fixture
def services(tmp_path: Path) -> AppServices:
    keyring = KeyringAccess(MemoryKeyring())
    paths = DataPaths(tmp_path / "data")
    vault = Vault(paths, keyring=keyring, kdf_params=fast_kdf)
    created = create_new_store(paths, vault, CustodyMode.KEYRING, "Maman (Jeannine)",
                               Relationship.RELATIVE)
    services = build_services(paths.root, keyring=keyring, kdf_params=fast_kdf)
    services.attach_store(created.store, created.vault.data_key)
    yield services
    services.lock()


def profile_id(services: AppServices) -> int:
    return services.store.active_profile().id


def add(services: AppServices, n: int = 1, **fields) -> list[int]:
    journal = Journal(services.store)
    drafts = []
    for i in range(n):
        values = {"received_at": NOW - timedelta(hours=i + 1), "channel": "sms",
                  "summary": f"Message {i}"}
        values.update(fields)
        drafts.append(EntryDraft(**values))
    return journal.add_many(profile_id(services), drafts, NOW)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def page(qtbot, services: AppServices, clock: Clock) -> JournalPage:
    widget = JournalPage(services, now=clock)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    yield widget
    widget.wait()


def entry_ids(page: JournalPage) -> list[int]:
    return [page.model.entry_id(row) for row in range(page.model.rowCount())]


def select_rows(page: JournalPage, rows: list[int]) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    selection = QItemSelection()
    for row in rows:
        selection.select(page.model.index(row, 0),
                         page.model.index(row, page.model.columnCount() - 1))
    page.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


# ---- quick capture -------------------------------------------------------------------------

def test_quick_capture_of_a_call_by_keyboard_only(qtbot, services, page, clock) -> None:
    clock.now = NOW
    button = page.capture_buttons["phone_call"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    form = page.form
    assert page.stack.currentWidget() is page.form_scroll
    focused = QApplication.focusWidget()
    assert focused is form.org_combo.lineEdit() or focused is form.org_combo
    qtbot.keyClicks(focused, "Ma banque, service fraude")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.sender_edit
    qtbot.keyClicks(form.sender_edit, "06 12 34 56 78")
    qtbot.keyClick(form.sender_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.summary_edit  # the hidden button is skipped
    qtbot.keyClicks(form.summary_edit, "Le code recu par SMS pour annuler un virement")
    qtbot.keyClick(form.summary_edit, Qt.Key.Key_Tab)
    # The reactions, in order: Tab to "I gave my card details" and tick it with Space.
    for code in ("ignored", "replied", "clicked_link", "called_back", "gave_personal_info",
                 "gave_credentials"):
        assert QApplication.focusWidget() is form.reaction_boxes[code], code
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.reaction_boxes["gave_card_details"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)

    assert page.stack.currentIndex() == 0  # back to the list
    journal = Journal(services.store)
    rows = journal.rows(profile_id(services))
    assert len(rows) == 1
    detail = journal.get(rows[0].id)
    assert detail.channel == "phone_call"
    assert detail.claimed_org_id is None
    assert detail.claimed_org_text == "Ma banque, service fraude"
    assert [(i.kind, i.value) for i in detail.senders] == [("phone", "+33612345678")]
    assert detail.summary == "Le code recu par SMS pour annuler un virement"
    assert detail.reactions == ("gave_card_details",)
    assert detail.received_at == NOW.replace(tzinfo=None) or detail.received_at == NOW
    # The saved entry is selected and shown.
    assert page.detail.detail is not None and page.detail.detail["id"] == rows[0].id


def test_enter_in_the_last_field_saves_and_an_organisation_of_the_list_is_recognised(
        qtbot, services, page) -> None:
    page.start_capture("letter")
    form = page.form
    qtbot.keyClicks(form.org_combo.lineEdit(), "assurance maladie")
    form.when_edit.setFocus()
    qtbot.keyClick(form.when_edit, Qt.Key.Key_Return)
    detail = Journal(services.store).get(entry_ids(page)[0])
    assert detail.channel == "letter"
    assert detail.claimed_org_id == "assurance_maladie"


def test_an_empty_form_is_not_saved(qtbot, services, page) -> None:
    page.start_capture("sms")
    qtbot.keyClick(page.form.paste_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentIndex() == 1
    assert page.form.error_line.isVisible()
    assert Journal(services.store).rows(profile_id(services)) == []


def test_a_risky_reaction_offers_the_plan_with_one_button(qtbot, services, page) -> None:
    page.start_capture("sms")
    page.form.sender_edit.setText("+33 7 00 00 00 01")
    page.form.reaction_boxes["clicked_link"].setChecked(True)
    page.form.reaction_boxes["gave_card_details"].setChecked(True)
    assert page.form.risky_line.isVisible()  # said before saving, calmly
    entry_id = page.save_form()
    assert entry_id is not None
    assert page.plan_bar.isVisible()
    assert QApplication.focusWidget() is page.plan_button
    with qtbot.waitSignal(page.plan_requested, timeout=1000) as signal:
        qtbot.keyClick(page.plan_button, Qt.Key.Key_Space)
    assert signal.args == ["gave_card_details", entry_id]  # the most urgent situation
    assert not page.plan_bar.isVisible()


def test_a_harmless_reaction_offers_no_plan(qtbot, services, page) -> None:
    page.start_capture("phone_call")
    page.form.summary_edit.setText("Un faux conseiller")
    page.form.reaction_boxes["ignored"].setChecked(True)
    assert not page.form.risky_line.isVisible()
    assert page.save_form() is not None
    assert not page.plan_bar.isVisible()


def test_the_page_factory_connects_the_plan_to_the_window(qtbot, services) -> None:
    from vigilance_app.ui.journal.page import make_page

    class FakeWindow:
        def __init__(self) -> None:
            self.services = services
            self.plans: list[tuple[str, int | None]] = []

        def show_plan(self, situation: str, entry_id: int | None = None) -> None:
            self.plans.append((situation, entry_id))

    window = FakeWindow()
    page = make_page(window)
    qtbot.addWidget(page)
    page.offer_plan("clicked_link", 42)
    page.plan_button.click()
    assert window.plans == [("clicked_link", 42)]


def test_a_card_number_typed_is_explained_and_masked(qtbot, services, page) -> None:
    page.start_capture("phone_call")
    page.form.summary_edit.setText("Il m'a demandé 4111 1111 1111 1111 pour me rembourser")
    assert page.form.masked_line.isVisible()
    assert "last 4" in page.form.masked_line.text()
    entry_id = page.save_form()
    detail = Journal(services.store).get(entry_id)
    assert "4111" not in detail.summary and detail.summary.count("1111") == 1
    assert "last 4" in page.notice_bar.text.text()


def test_capture_points_out_a_repeat_sender(qtbot, services, page) -> None:
    add(services, 3, senders=["+33612345678"])
    page.start_capture("sms")
    page.form.sender_edit.setText("06 12 34 56 78")  # written differently
    qtbot.waitUntil(lambda: page.form.repeat_line.isVisible(), timeout=2000)
    assert "3 times" in page.form.repeat_line.text()
    page.form.repeat_button.click()
    assert page.stack.currentIndex() == 0
    assert page.model.rowCount() == 3
    assert page.sender_bar.isVisible()
    page.sender_all.click()
    assert not page.sender_bar.isVisible()


# ---- search and filters ---------------------------------------------------------------------

def test_search_as_you_type_ignores_accents_and_case(qtbot, services, page) -> None:
    add(services, 1, summary="Alerte Sécurité de votre compte")
    add(services, 1, summary="Votre colis est en attente", channel="email")
    page.refresh()
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search_edit, "securite")
    assert page.search_timer.isActive()  # debounced: one query when typing pauses
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert "Sécurité" in page.model.row_at(0).summary
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)


def test_filters_narrow_the_list(qtbot, services, page) -> None:
    add(services, 2, channel="sms")
    add(services, 1, channel="email", risk="high")
    page.refresh()
    combo = page.channel_filter.combo
    combo.setCurrentIndex(combo.findData("email"))
    assert page.model.rowCount() == 1
    combo.setCurrentIndex(0)
    page.risk_filter.combo.setCurrentIndex(page.risk_filter.combo.findData("high"))
    assert page.model.rowCount() == 1
    page.risk_filter.combo.setCurrentIndex(0)
    page.status_filter.combo.setCurrentIndex(page.status_filter.combo.findData("handled"))
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()


# ---- the lazy list --------------------------------------------------------------------------

def test_the_list_loads_pages_of_rows_not_the_whole_journal(qtbot, services, page) -> None:
    add(services, 480)
    page.refresh()
    model = page.model
    assert model.rowCount() == model.first_page == 50  # a screenful, at once
    assert model.canFetchMore()
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 50 + model.page_size == 200
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 350
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 480  # a short page: the end is reached, nothing counted
    assert not model.canFetchMore()
    assert model.pages_fetched == 4
    ids = entry_ids(page)
    assert len(set(ids)) == 480 and ids == sorted(ids, reverse=True)  # newest first


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, services, page) -> None:
    add(services, 450)
    page.refresh()
    assert page.model.rowCount() == 50
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 50, timeout=3000)


def _click_header(qtbot, page, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + QPoint(x, 5))


def test_sorting_by_a_column_reads_again_from_the_top(qtbot, services, page) -> None:
    add(services, 1, summary="zzz", risk="low")
    add(services, 1, summary="aaa", risk="high")
    page.refresh()
    _click_header(qtbot, page, 5)  # risk: a first click shows the riskiest first
    assert page.model.descending is True
    assert page.model.row_at(0).risk == "high"
    _click_header(qtbot, page, 5)
    assert page.model.row_at(0).risk == "low"
    _click_header(qtbot, page, 4)  # text: A to Z first
    assert page.model.descending is False
    assert page.model.row_at(0).summary == "aaa"


@pytest.mark.parametrize(("column", "key", "ascending"), [
    (0, "received_at", ["Old", "Middle", "New"]),
    (1, "channel", ["email", "phone_call", "sms"]),
    (3, "organization", ["Alpha", "Beta", "Gamma"]),
    (4, "summary", ["Middle", "New", "Old"]),
    (5, "risk", ["low", "medium", "high"]),
    (6, "status", ["handled", "new", "new"]),
])
def test_every_sortable_column_sorts_both_ways_by_its_header(qtbot, services, page, column,
                                                             key, ascending) -> None:
    """Clicking a header sorts one way, clicking it again the other way; each time the
    repository reads the first page again in that direction (real store)."""
    journal = Journal(services.store)
    pid = profile_id(services)
    for hours, summary, channel, org, risk, status in (
            (3, "Old", "email", "Gamma", "medium", "new"),
            (2, "Middle", "phone_call", "Alpha", "low", "handled"),
            (1, "New", "sms", "Beta", "high", "new")):
        journal.add(pid, EntryDraft(received_at=NOW - timedelta(hours=hours), channel=channel,
                                    summary=summary, claimed_org_text=org, risk=risk,
                                    status=status), NOW)
    page.refresh()

    def shown() -> list[str]:
        rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
        return [{"received_at": r.summary, "channel": r.channel, "organization":
                 r.claimed_org_text, "summary": r.summary, "risk": r.risk,
                 "status": r.status}[key] for r in rows]

    header = page.table.horizontalHeader()
    header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    assert (page.model.sort_key, page.model.descending) == (key, False)
    assert shown() == ascending
    # A click on the same header turns the order round.
    _click_header(qtbot, page, column)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.descending is True
    assert shown() == list(reversed(ascending))
    assert page.model.pages_fetched == 1  # read again from the top, one page


# ---- delete, undo, several at once ----------------------------------------------------------

def test_delete_then_undo_with_ctrl_z(qtbot, services, page) -> None:
    ids = add(services, 3)
    page.refresh()
    page.table.setFocus()
    page.table.selectRow(0)
    target = page.model.entry_id(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert target not in entry_ids(page)
    assert page.undo_bar.isVisible()
    assert Journal(services.store).get(target) is None
    qtbot.keyClick(page.undo_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(entry_ids(page)) == sorted(ids)
    assert not page.undo_bar.isVisible()
    assert Journal(services.store).get(target) is not None


def test_delete_from_the_detail_then_undo_with_the_button(qtbot, services, page) -> None:
    add(services, 2)
    page.refresh()
    page.table.selectRow(1)
    target = page.model.entry_id(1)
    assert page.detail.detail["id"] == target
    page.detail.delete_button.click()
    assert page.model.rowCount() == 1 and page.detail.detail is None
    page.undo_button.click()
    assert target in entry_ids(page)


def test_several_entries_marked_handled_at_once(qtbot, services, page) -> None:
    add(services, 4)
    page.refresh()
    select_rows(page, [0, 2, 3])
    chosen = page.selected_ids()
    assert len(chosen) == 3
    assert "3 entries selected" in page.count_label.text()
    page.handled_button.click()
    journal = Journal(services.store)
    statuses = {entry_id: journal.get(entry_id).status for entry_id in entry_ids(page)}
    assert sorted(i for i, s in statuses.items() if s == "handled") == sorted(chosen)
    assert list(statuses.values()).count("new") == 1


def test_several_entries_tagged_and_deleted_at_once(qtbot, services, page, monkeypatch) -> None:
    add(services, 3)
    page.refresh()
    select_rows(page, [0, 1])
    chosen = page.selected_ids()
    page.add_tag(chosen, "signalé à la banque")
    journal = Journal(services.store)
    assert all("signalé à la banque" in journal.get(i).tags for i in chosen)
    select_rows(page, [0, 1])
    monkeypatch.setattr(page, "confirm_delete", lambda count: count == 2)
    page.delete_button.click()
    assert page.model.rowCount() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 3


# ---- detail -------------------------------------------------------------------------------

def test_detail_shows_links_defanged_and_copy_asks_first(qtbot, services, page) -> None:
    from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

    add(services, 1, channel="email", senders=["alerte@ameli-secu.xyz"],
        mentioned=["https://ameli-secu.xyz/login"],
        body="Connectez-vous sur https://ameli-secu.xyz/login avant demain")
    page.refresh()
    page.table.selectRow(0)
    texts = "\n".join(label.text() for label in page.detail.findChildren(QLabel))
    assert "https://ameli-secu.xyz" not in texts
    body = page.detail.findChild(QPlainTextEdit, "detailText")
    assert body is not None and "hxxps://ameli-secu[.]xyz/login" in body.toPlainText()
    assert "https://" not in body.toPlainText()
    for label in page.detail.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not label.openExternalLinks()
    asked: list[str] = []
    page.detail.confirm_copy = lambda shown: asked.append(shown) or False
    QApplication.clipboard().setText("nothing")
    links = page.detail.detail["links"]
    assert links == ["https://ameli-secu.xyz/login"]
    copy = page.detail.findChild(QPushButton, "copyLinkButton")
    copy.click()  # asks first; the answer is no
    assert asked == ["hxxps://ameli-secu[.]xyz/login"]
    assert QApplication.clipboard().text() == "nothing"
    page.detail.confirm_copy = lambda shown: True
    copy.click()
    assert QApplication.clipboard().text() == "https://ameli-secu.xyz/login"


def test_show_entry_and_profile_switch(qtbot, services, page) -> None:
    ids = add(services, 2)
    page.show_entry(ids[1])
    assert page.detail.detail["id"] == ids[1]
    store = services.store
    other = store.add_profile("Moi", Relationship.SELF)
    store.set_active_profile(other.id)
    page.refresh()
    assert page.model.rowCount() == 0 and page.detail.detail is None
    store.set_active_profile(profile_id_of(store, "Maman (Jeannine)"))
    page.refresh()
    assert page.model.rowCount() == 2


def profile_id_of(store, name: str) -> int:
    return next(p.id for p in store.profiles() if p.display_name == name)


# ---- messages from the check page, and imports ----------------------------------------------

@needs_corpus
def test_capture_from_checked_prefills_the_email_form(qtbot, services, page) -> None:
    from vigilance_app.journal.capture import check_bytes

    data = (CORPUS / "phishing_eml" / "sample-4263.eml").read_bytes()
    checked = check_bytes(data, "sample-4263.eml")
    page.capture_from_checked(checked)
    form = page.form
    assert page.stack.currentIndex() == 1 and form.channel == "email"
    assert form.sender_edit.text()
    assert form.summary_edit.text()
    entry_id = page.save_form()
    detail = Journal(services.store).get(entry_id)
    # The original is kept only when the person asks to (not offered by this form).
    assert not detail.has_raw_eml and detail.channel == "email"
    assert detail.risk == checked.analysis.risk.level


@needs_corpus
def test_dropped_email_files_import_in_the_background(qtbot, services, page, tmp_path) -> None:
    from vigilance_app.analysis.limits import MAX_INPUT_BYTES

    good = [CORPUS / "phishing_eml" / name for name in
            ("sample-2713.eml", "sample-4263.eml", "sample-6636.eml")]
    broken = tmp_path / "broken.eml"
    with broken.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)  # too large: refused before it is read
    assert page.import_paths([good[0], broken, good[1], good[2]])
    assert page.import_panel.isVisible() and page.import_panel.cancel_button.isVisible()
    with qtbot.waitSignal(page.import_panel.finished, timeout=30_000) as signal:
        pass
    assert signal.args == [3]
    assert page.model.rowCount() == 3
    from vigilance_app.ui.journal.import_panel import failure_labels

    failures = failure_labels(page.import_panel)
    assert len(failures) == 1 and failures[0].startswith("broken.eml: too large")
    assert "3 entries added. 1 file could not be imported." in page.import_panel.status.text()


@needs_corpus
def test_an_import_can_be_cancelled(qtbot, services, page) -> None:
    files = sorted((CORPUS / "phishing_eml").glob("*.eml"))[:60]
    page.import_paths(files)
    page.import_panel.cancel()
    with qtbot.waitSignal(page.import_panel.finished, timeout=30_000):
        pass
    assert "stopped" in page.import_panel.status.text()
    assert page.model.rowCount() < 60


def test_edit_an_entry_keeps_its_id_and_what_the_form_does_not_show(qtbot, services,
                                                                    page) -> None:
    (entry_id,) = add(services, 1, channel="email", senders=["faux@ameli-secu.xyz"],
                      summary="Avant", body="Le texte du message", risk="high",
                      tags=["banque"])
    page.refresh()
    page.table.selectRow(0)
    page.detail.edit_button.click()
    form = page.form
    assert page.stack.currentIndex() == 1 and form.entry_id == entry_id
    assert form.summary_edit.text() == "Avant"
    assert form.sender_edit.text() == "faux@ameli-secu.xyz"
    form.summary_edit.setText("Après")
    form.reaction_boxes["replied"].setChecked(True)
    assert page.save_form() == entry_id
    detail = Journal(services.store).get(entry_id)
    assert detail.summary == "Après" and detail.reactions == ("replied",)
    assert detail.body == "Le texte du message" and detail.tags == ("banque",)
    assert detail.risk == "high"
    assert page.model.rowCount() == 1


def test_deleted_entries_are_erased_once_undo_is_no_longer_offered(qtbot, services,
                                                                   page) -> None:
    add(services, 2)
    page.refresh()
    page.table.selectRow(0)
    target = page.model.entry_id(0)
    page.delete_selected()
    count = "SELECT count(*) FROM journal_entries WHERE id = ?"
    assert services.store.reader.execute(count, (target,)).fetchone()[0] == 1  # hidden only
    page.undo_close.click()
    assert not page.undo_bar.isVisible()
    qtbot.waitUntil(lambda: not page.purge_runner.busy, timeout=5000)
    assert services.store.reader.execute(count, (target,)).fetchone()[0] == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1  # nothing left to undo


def test_the_sender_column_is_not_sortable(qtbot, services, page) -> None:
    add(services, 3)
    page.refresh()
    before = entry_ids(page)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # "From"
    assert entry_ids(page) == before
    assert page.table.horizontalHeader().sortIndicatorSection() == 0


@needs_corpus
def test_dropping_email_files_on_the_page_imports_them(qtbot, services, page) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CORPUS / "phishing_eml" / "sample-2713.eml"))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(page.import_panel.finished, timeout=30_000):
        page.dropEvent(drop)
    assert page.model.rowCount() == 1


def test_a_pasted_sms_is_analysed_off_the_ui_thread_and_fills_the_form(qtbot, services,
                                                                         page) -> None:
    page.start_capture("sms")
    form = page.form
    form.paste_edit.setPlainText(
        "Assurance Maladie : votre remboursement de 642 EUR est en attente. Validez vos "
        "coordonnees bancaires sur https://ameli-remboursement.fr/dossier avant 24h")
    form.sender_edit.setText("+33 6 44 18 27 93")
    form.analyse_button.click()
    qtbot.waitUntil(lambda: not form.runner.busy and form.analysis_line.isVisible(),
                    timeout=10_000)
    assert form.checked is not None
    assert form.org_combo.currentData() == "assurance_maladie"
    assert form.summary_edit.text()
    # The analysis' warning signs are shown ticked, the section unfolded.
    found = [code for code, box in form.flag_boxes.items() if box.isChecked()]
    assert found and form.signs_panel.isVisible()
    assert f"({len(found)})" in form.signs_button.text()
    entry_id = page.save_form()
    detail = Journal(services.store).get(entry_id)
    assert detail.claimed_org_id == "assurance_maladie" and detail.risk == "high"
    assert [(f.code, f.origin, f.removed) for f in detail.flags] == [
        (code, "analysis", False) for code in found]
    assert "ameli-remboursement" in detail.body
    assert [i.value for i in detail.senders if i.kind == "phone"] == ["+33644182793"]


def test_every_control_has_an_accessible_name(qtbot, services, page) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDateTimeEdit,
        QLineEdit,
        QPlainTextEdit,
        QTableView,
    )

    add(services, 1, mentioned=["https://exemple-frauduleux.fr/a"], body="Texte")
    page.refresh()
    page.table.selectRow(0)
    page.offer_plan("clicked_link", page.model.entry_id(0))
    page.start_capture("email")
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView, QDateTimeEdit)
    unnamed = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(
                widget.parent(), (QComboBox, QDateTimeEdit, QLineEdit, QTableView)):
            continue  # Qt's own parts (a combo's line edit, a clear button): named by the owner
        if not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == [], "\n".join(unnamed)


def test_a_web_address_as_sender_is_shown_defanged_everywhere(qtbot, services, page) -> None:
    from PySide6.QtWidgets import QLabel

    add(services, 2, channel="website", senders=["https://ameli-secu.xyz/login"])
    page.refresh()
    shown = page.model.data(page.model.index(0, 2))
    assert shown.startswith("hxxps://ameli-secu[.]xyz/login") and "https" not in shown
    page.table.selectRow(0)
    page.show_sender("https://ameli-secu.xyz/login")
    assert page.model.rowCount() == 2
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert any("hxxps://ameli-secu[.]xyz" in text for text in texts)
    assert not any("https://ameli-secu.xyz" in text for text in texts)


def test_notes_are_saved_and_reports_and_disclosures_are_shown(qtbot, services, page) -> None:
    from datetime import date

    from PySide6.QtWidgets import QLabel

    from vigilance_app.journal.repository import ReportDraft

    page.start_capture("phone_call")
    page.form.summary_edit.setText("Faux conseiller")
    page.form.notes_edit.setPlainText("Appelé ma banque le lendemain")
    entry_id = page.save_form()
    assert Journal(services.store).get(entry_id).notes == "Appelé ma banque le lendemain"
    (other,) = add(services, 1, disclosed=["card"],
                   reports=[ReportDraft("33700", date(2026, 11, 3), "transféré")])
    page.refresh()
    page.show_entry(other)
    texts = "\n".join(label.text() for label in page.detail.findChildren(QLabel))
    assert "Reported to 33700 (SMS and calls), on 3 November 2026 (transféré)" in texts
    assert "What was given: card details" in texts


def test_escape_on_a_filled_form_asks_before_throwing_it_away(qtbot, services, page,
                                                             monkeypatch) -> None:
    answers: list[bool] = [False, True]
    monkeypatch.setattr(page, "confirm_discard", lambda: answers.pop(0))
    page.start_capture("phone_call")
    qtbot.keyClicks(page.form.summary_edit, "Un faux conseiller")
    qtbot.keyClick(page.form.summary_edit, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 1 and page.form.summary_edit.text()  # kept
    qtbot.keyClick(page.form.summary_edit, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0 and answers == []
    page.start_capture("sms")
    qtbot.keyClick(page.form.paste_edit, Qt.Key.Key_Escape)  # empty: leaves at once
    assert page.stack.currentIndex() == 0


@needs_corpus
def test_locking_during_an_import_stops_the_worker_before_the_page_goes(qtbot, services,
                                                                        page) -> None:
    files = sorted((CORPUS / "phishing_eml").glob("*.eml"))[:80]
    page.import_paths(files)
    assert page.import_panel.busy
    services.lock()  # what the lock does first: the store closes
    page.hide()  # then the window hides and drops its pages
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().activeThreadCount() == 0  # the import has stopped


def test_a_report_is_recorded_with_the_entry(qtbot, services, page, clock) -> None:
    from datetime import date

    from vigilance_app.ui.journal.report import ReportDialog

    (entry_id,) = add(services, 1, summary="Faux SMS", body="corps")
    dialog = ReportDialog(date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.where_combo.setCurrentIndex(dialog.where_combo.findData("signal_spam"))
    dialog.note_edit.setText("dossier 42")
    assert dialog.values() == ("signal_spam", date(2026, 11, 20), "dossier 42")
    page.refresh()
    page.table.selectRow(0)
    page.record_report(entry_id, *dialog.values())
    detail = Journal(services.store).get(entry_id)
    assert [(r.where, r.reported_on, r.note) for r in detail.reports] == [
        ("signal_spam", date(2026, 11, 20), "dossier 42")]
    assert detail.body == "corps" and detail.summary == "Faux SMS"
    from PySide6.QtWidgets import QLabel

    assert any("Signal Spam" in label.text() for label in page.detail.findChildren(QLabel))



# ---- warning signs and what was given --------------------------------------------------------

def _choose_flag(qtbot, form, code: str) -> None:
    """In "Add a warning sign…", go down by keyboard to ``code`` and press Enter."""
    combo = form.add_flag_combo
    combo.setFocus()
    assert QApplication.focusWidget() is combo
    for _ in range(combo.count()):
        if combo.currentData() == code:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == code
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def test_warning_signs_and_what_was_given_in_a_new_entry_by_keyboard(qtbot, services,
                                                                     page) -> None:
    page.start_capture("phone_call")
    form = page.form
    # Folded while empty: the quick form stays short.
    assert not form.signs_panel.isVisible() and not form.signs_button.isChecked()
    assert not form.disclosed_box.isVisible()
    qtbot.keyClicks(QApplication.focusWidget(), "Ma banque")
    box = form.reaction_boxes["gave_card_details"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    # A risky reaction shows "What did you give?" with the matching kind ticked.
    assert form.disclosed_box.isVisible()
    assert form.disclosed() == ["card"]
    # Tab from the last reaction reaches the categories, then the warning signs button.
    form.reaction_boxes["installed_remote_access"].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.disclosed_boxes["card"]
    for _ in range(3):  # card, bank, credentials -> nir
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.disclosed_boxes["nir"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    for _ in range(len(form.disclosed_boxes) - 3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.signs_button
    qtbot.keyClick(form.signs_button, Qt.Key.Key_Space)
    assert form.signs_panel.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.add_flag_combo
    _choose_flag(qtbot, form, "urgency")
    _choose_flag(qtbot, form, "asks_card_details")
    _choose_flag(qtbot, form, "threat")
    assert set(form.flag_boxes) == {"urgency", "asks_card_details", "threat"}
    assert form.add_flag_combo.findData("urgency") == -1  # a ticked sign is not offered again
    # Changed my mind about the threat: untick it (Tab order: button, signs, then the list).
    form.signs_button.setFocus()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.flag_boxes["threat"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)

    assert page.stack.currentIndex() == 0
    journal = Journal(services.store)
    detail = journal.get(journal.rows(profile_id(services))[0].id)
    assert [(f.code, f.origin, f.removed) for f in detail.flags] == [
        ("urgency", "user", False), ("asks_card_details", "user", False)]
    assert detail.disclosed == ("card", "nir")
    assert detail.reactions == ("gave_card_details",)


def test_editing_an_entry_unticks_an_analysis_flag_and_adds_one(qtbot, services,
                                                                page) -> None:
    from vigilance_app.journal.repository import FlagDraft

    journal = Journal(services.store)
    entry = journal.add(profile_id(services), EntryDraft(
        received_at=NOW - timedelta(hours=1), channel="sms", summary="Colis en attente",
        flags=[FlagDraft("url_shortener", "analysis", evidence="bit.ly/x"),
               FlagDraft("urgency", "analysis")],
        reactions=["clicked_link"]), NOW)
    page.refresh()
    page.edit_entry(entry)
    form = page.form
    # The analysis' flags are shown ticked, the section unfolded.
    assert form.signs_panel.isVisible()
    assert [code for code, box in form.flag_boxes.items() if box.isChecked()] == [
        "url_shortener", "urgency"]
    assert form.disclosed_box.isVisible()  # clicked_link is risky
    form.signs_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.flag_boxes["url_shortener"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # not a shortener after all
    _choose_flag(qtbot, form, "payment_request")
    form.disclosed_boxes["bank"].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)

    assert page.stack.currentIndex() == 0
    detail = journal.get(entry)
    assert [(f.code, f.origin, f.removed, f.evidence) for f in detail.flags] == [
        ("url_shortener", "analysis", True, "bit.ly/x"), ("urgency", "analysis", False, ""),
        ("payment_request", "user", False, "")]
    assert detail.disclosed == ("bank",)
    # The detail pane lists the signs still ticked; editing again shows the removed one unticked.
    assert page.detail.detail["flags"] == ["urgency", "payment_request"]
    page.edit_entry(entry)
    assert not form.flag_boxes["url_shortener"].isChecked()
    assert form.flag_boxes["payment_request"].isChecked()
    assert form.disclosed() == ["bank"]


def test_import_counts_are_spelt_in_french(qtbot, qapp) -> None:
    from vigilance_app.ui.journal.import_panel import ImportPanel
    from vigilance_app.ui.kit.i18n import install_language, remove_language

    install_language(qapp, "fr")
    try:
        panel = ImportPanel()
        qtbot.addWidget(panel)
        panel._state = ("done", 1, 0)
        panel._render()
        assert panel.status.text() == "Import terminé : 1 entrée ajoutée."
        panel._state = ("done", 3, 2)
        panel._render()
        assert panel.status.text() == ("Import terminé : 3 entrées ajoutées. 2 fichiers n’ont "
                                       "pas pu être importés.")
    finally:
        remove_language(qapp)
