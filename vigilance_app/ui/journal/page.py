"""The journal page: big capture buttons, search as you type, filters, a lazy list, the detail
of the selected entry, undo of a delete, several entries at once, and email files imported in
the background.

The page puts its parts together (``search_bar``, ``entry_list``, ``detail``, ``bars``,
``capture``, ``import_panel``) and carries out what they ask. It talks to the journal core
only through ``api`` (one place that knows the repository's names). It never loads the whole
journal: the list model reads pages of rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.journal import api as api
from vigilance_app.ui.journal.bars import MessageBar, NoticeBar, PlanBar, UndoBar
from vigilance_app.ui.journal.capture import QuickCaptureForm
from vigilance_app.ui.journal.capture_flow import CaptureFlow
from vigilance_app.ui.journal.detail import EntryDetailView
from vigilance_app.ui.journal.entry_actions import EntryActions
from vigilance_app.ui.journal.entry_list import EntryList
from vigilance_app.ui.journal.import_panel import ImportPanel
from vigilance_app.ui.journal.keep_original import KeepOriginalBox
from vigilance_app.ui.journal.search_bar import SearchBar
from vigilance_app.ui.kit.accessible import container_scroll_area
from vigilance_app.ui.kit.common import VerticalScrollArea, plain_label
from vigilance_app.ui.kit.file_drop import FileDropTarget
from vigilance_app.ui.kit.flow_layout import FlowLayout
from vigilance_app.ui.kit.i18n import Retranslatable, translate
from vigilance_app.ui.kit.person_words import PersonWords, person_words, without_mnemonic
from vigilance_app.ui.kit.theme import heading

if TYPE_CHECKING:
    from vigilance_app.ui.kit.shell import Shell

CONTEXT = "JournalPage"
PAGE_TITLE = QT_TRANSLATE_NOOP("JournalPage", "Journal")
PURGE_DELAY_MS = 5_000
SHOW_ENTRY_PAGES = 20  # pages of the list read at most to select an entry shown from elsewhere

CAPTURE_BUTTONS: list[tuple[str, str]] = [
    ("phone_call", QT_TRANSLATE_NOOP("JournalPage", "I just had a suspicious &call")),
    ("sms", QT_TRANSLATE_NOOP("JournalPage", "A suspicious &SMS")),
    ("email", QT_TRANSLATE_NOOP("JournalPage", "A suspicious e&mail")),
    ("letter", QT_TRANSLATE_NOOP("JournalPage", "A suspicious le&tter")),
    ("website", QT_TRANSLATE_NOOP("JournalPage", "A suspicious &website")),
]
# The buttons that speak of the person, when the journal is a relative's.
CAPTURE_BUTTONS_RELATIVE: dict[str, str] = {
    "phone_call": QT_TRANSLATE_NOOP("JournalPage", "{name} just had a suspicious &call"),
}

# List column key -> the repository's sort name.
SORT_NAMES = {"received_at": "newest", "channel": "channel", "organization": "org",
              "summary": "summary", "risk": "risk", "status": "status"}


def make_fetcher(journal: Any, profile_id: int,
                 values: dict[str, Any]) -> Callable[[int, int, str, bool], Any]:
    """The list model's page reader: ``api.make_fetcher`` for a sender's entries, and for a
    search or filters one that passes the column's direction (ascending or descending) to
    the repository."""
    if values.get("sender"):
        return api.make_fetcher(journal, profile_id, values)
    query = api.make_query(values)

    def fetch(offset: int, limit: int, sort: str, descending: bool) -> Any:
        return journal.rows(profile_id, query, offset=offset, limit=limit,
                            sort=SORT_NAMES.get(sort, "newest"), descending=descending)

    return fetch


class JournalPage(Retranslatable, FileDropTarget, EntryActions, CaptureFlow, QWidget):
    """The journal page. ``plan_requested(situation, entry_id)`` asks the window to open a
    plan (connected to the shell's ``show_plan`` by ``make_page``); ``entry_saved(entry_id)``
    follows each save of the capture form. The actions on entries (``EntryActions``) and the
    quick capture (``CaptureFlow``) are written in their own modules."""

    plan_requested = Signal(str, "qlonglong")
    entry_saved = Signal("qlonglong")

    def __init__(self, services: Any, now: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalPage")
        self.setAcceptDrops(True)
        self.services = services
        self._now = now or (lambda: datetime.now(UTC))
        self._profile_id: int | None = None
        self._journal: Any = None
        self._sender_filter: str | None = None
        self.words = PersonWords()  # whose journal it is (follow_person)
        self.title = heading(plain_label(), level=1)
        self.title.setObjectName("journalTitle")
        self.toolbar = self._build_toolbar()
        self._build_bars()
        browse = self._build_browse()
        self._build_form()
        self.stack = QStackedWidget()
        self.stack.addWidget(browse)
        self.stack.addWidget(self.form_scroll)
        self._build_layout()
        self._add_shortcuts(browse)
        self.retranslate()
        # Entries deleted in an earlier session (undo is no longer offered) are erased a little
        # later, off the UI thread, so the first rows show without waiting for it.
        QTimer.singleShot(PURGE_DELAY_MS, self, self.undo_bar.purge)
        self.refresh()

    # ---- building ------------------------------------------------------------------

    def _build_toolbar(self) -> QWidget:
        """The big buttons: one per kind of contact, and the import of email files."""
        self.capture_buttons: dict[str, QPushButton] = {}
        toolbar_widget = QWidget()
        toolbar = FlowLayout(toolbar_widget)
        for channel, _text in CAPTURE_BUTTONS:
            button = QPushButton()
            button.setObjectName("capture_" + channel)
            button.setMinimumHeight(self.fontMetrics().height() * 2)
            button.clicked.connect(lambda _=False, c=channel: self.start_capture(c))
            toolbar.add(button)
            self.capture_buttons[channel] = button
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setMinimumHeight(self.fontMetrics().height() * 2)
        self.import_button.clicked.connect(self.choose_files)
        toolbar.add(self.import_button)
        self.evidence_button = QPushButton()
        self.evidence_button.setObjectName("evidenceButton")
        self.evidence_button.setMinimumHeight(self.fontMetrics().height() * 2)
        self.evidence_button.clicked.connect(self.open_evidence)
        toolbar.add(self.evidence_button)
        self.evidence_dialog: QDialog | None = None
        # For the email files imported (button or drop): keep each original, or not.
        self.keep_original_box = KeepOriginalBox("importKeepOriginal")
        return toolbar_widget

    def _build_bars(self) -> None:
        self.plan_bar = PlanBar()
        self.plan_bar.plan_requested.connect(self.plan_requested)
        self.plan_button = self.plan_bar.plan_button
        self.undo_bar = UndoBar(self._purge_job)
        self.undo_bar.undo_requested.connect(self.undo_delete)
        self.undo_button, self.undo_close = self.undo_bar.undo_button, self.undo_bar.close_button
        self.purge_runner = self.undo_bar.purge_runner
        self.notice_bar = NoticeBar()
        self.import_panel = ImportPanel()
        self.import_panel.finished.connect(lambda _imported: self.apply_query())

    def _build_browse(self) -> QWidget:
        """The search bar, the list and the detail of the selected entry."""
        self.search = SearchBar(self._now)
        self.search.query_changed.connect(self.apply_query)
        self.search_edit, self.search_timer = self.search.search_edit, self.search.search_timer
        self.channel_filter, self.risk_filter, self.status_filter = (
            self.search.channel_filter, self.search.risk_filter, self.search.status_filter)
        self.sender_bar = MessageBar("senderBar")
        self.sender_all = self.sender_bar.button("senderAllButton")
        self.sender_all.clicked.connect(lambda: self.show_sender(None))
        self.entries = EntryList()
        self.entries.selection_changed.connect(self._show_current)
        self.entries.handled_button.clicked.connect(self.mark_selected_handled)
        self.entries.tag_button.clicked.connect(self.tag_selected)
        self.entries.delete_button.clicked.connect(self.delete_selected)
        self.model, self.table = self.entries.model, self.entries.table
        self.count_label, self.empty_label = self.entries.count_label, self.entries.empty_label
        self.handled_button, self.tag_button, self.delete_button = (
            self.entries.handled_button, self.entries.tag_button, self.entries.delete_button)
        self.detail = EntryDetailView()
        self.detail.edit_requested.connect(self.edit_entry)
        self.detail.delete_requested.connect(lambda entry_id: self.delete_entries([entry_id]))
        self.detail.handled_requested.connect(lambda entry_id: self.mark_handled([entry_id]))
        self.detail.plan_requested.connect(self.plan_requested)
        self.detail.report_requested.connect(self.ask_report)
        self.detail.sender_requested.connect(self.show_sender)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.entries)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        browse = QWidget()
        browse_column = QVBoxLayout(browse)
        browse_column.setContentsMargins(0, 0, 0, 0)
        browse_column.addWidget(self.search)
        browse_column.addWidget(self.sender_bar)
        browse_column.addWidget(self.splitter, 1)
        return browse

    def _build_form(self) -> None:
        self.form = QuickCaptureForm(now=self._now)
        self.form.save_requested.connect(self.save_form)
        self.form.cancelled.connect(self.cancel_form)
        self.form.sender_changed.connect(self._form_sender_changed)
        self.form.show_sender_requested.connect(self.show_sender)
        # A plain scroll area: its preferred height stays small, so the page does not grow to
        # the whole form's height (the form scrolls inside).
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        container_scroll_area(self.form_scroll)  # no invisible Tab stop

    def _build_layout(self) -> None:
        # Everything in one vertical scroll area: with large text the buttons and bars take
        # room, and the list keeps a usable height (the page scrolls instead of squeezing it).
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addWidget(self.toolbar)
        column.addWidget(self.keep_original_box)
        for bar in (self.plan_bar, self.undo_bar, self.notice_bar, self.import_panel):
            column.addWidget(bar)
        column.addWidget(self.stack, 1)
        self.scroll = VerticalScrollArea(content)
        self.scroll.setObjectName("journalScroll")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._fit_to_text()

    def _add_shortcuts(self, browse: QWidget) -> None:
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_delete)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        find = QShortcut(QKeySequence.StandardKey.Find, browse)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search.focus_search)
        self.shortcuts: list[QShortcut] = [undo, delete, find]

    # ---- the store -----------------------------------------------------------------

    @property
    def store(self) -> Any:
        return self.services.store

    def journal(self) -> Any:
        if self._journal is None or api.journal_store(self._journal) is not self.store:
            self._journal = api.open_journal(self.store) if self.store is not None else None
        return self._journal

    def refresh(self) -> None:
        """The page is shown, or the person watched over changed: read the list again."""
        store = self.store
        if store is None:
            self.model.set_fetcher(None)
            return
        profile = store.active_profile()
        profile_id = profile.id if profile is not None else None
        self.follow_person()
        if profile_id != self._profile_id:
            self._profile_id = profile_id
            self.forget_undo()
            self.plan_bar.hide()
            self._sender_filter = None
            self.detail.show_detail(None)
            self.close_form()
        self.apply_query()

    def _purge_job(self) -> Callable[[], Any] | None:
        journal = self.journal()
        return None if journal is None else (lambda: api.purge_deleted(journal))

    # ---- layout --------------------------------------------------------------------

    def _show_form(self, shown: bool) -> None:
        """One task per screen: the capture form replaces the list and the big buttons."""
        self.stack.setCurrentIndex(1 if shown else 0)
        self.toolbar.setVisible(not shown)
        self.keep_original_box.setVisible(not shown)

    def _fit_to_text(self) -> None:
        lines = self.fontMetrics().height()
        self.splitter.setMinimumHeight(lines * 16)
        self.form_scroll.setMinimumHeight(lines * 16)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._orient()

    def _orient(self) -> None:
        """List beside the detail when there is room, above it otherwise (narrow window or
        large text)."""
        wide = self.width() >= self.fontMetrics().averageCharWidth() * 130
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            total = max(2, sum(self.splitter.sizes()))
            first = total * (3 if wide else 1) // (5 if wide else 2)
            self.splitter.setSizes([first, total - first])

    # ---- query and selection -------------------------------------------------------

    def query_values(self) -> dict[str, Any]:
        return {**self.search.values(), "sender": self._sender_filter}

    def apply_query(self) -> None:
        self.search_timer.stop()
        journal = self.journal()
        if journal is None or self._profile_id is None:
            self.entries.show_rows(None)
            return
        values = self.query_values()
        self.entries.show_rows(make_fetcher(journal, self._profile_id, values),
                               filtered=any(values.values()))
        self.search.render_filters_button()
        self._show_current()  # the detail follows what is still selected (a reset is silent)

    def show_sender(self, identifier: str | None) -> None:
        """Only the entries from this sender (None: all of them again)."""
        self._sender_filter = identifier or None
        self._show_form(False)
        self._render_sender_bar()
        self.apply_query()

    def _render_sender_bar(self) -> None:
        self.sender_bar.setVisible(self._sender_filter is not None)
        if self._sender_filter is not None:
            self.sender_bar.text.setText(self.tr("Showing only the entries from %1.").replace(
                "%1", api.shown_identifier(self._sender_filter)))
        self.sender_all.setText(self.tr("Show &all entries"))
        self.sender_all.setAccessibleName(self.tr("Show all entries"))

    def selected_ids(self) -> list[int]:
        return self.entries.selected_ids()

    def _show_current(self) -> None:
        """The detail shows the selected entry, and nothing when none is selected: never an
        entry that a search or a filter hides (its Delete button would act on it unseen)."""
        entry_id = self.entries.current_id()
        if entry_id is not None:
            if not self._shown_in([entry_id]):
                self._show_detail(entry_id)
        elif self.detail.detail is not None:
            self.detail.show_detail(None)

    def _show_detail(self, entry_id: int) -> None:
        journal = self.journal()
        if journal is None:
            return
        detail = api.detail_values(journal, entry_id)
        if detail is None:
            self.detail.show_detail(None)
            return
        history = {sender: api.sender_seen(journal, self._profile_id, sender)
                   for sender in [*(detail.get("senders") or ()),
                                  *(detail.get("reply_to") or ())]}
        self.detail.show_detail(detail, history)

    def show_entry(self, entry_id: int) -> None:
        """Show one entry (from Home, a plan, a search elsewhere, or just saved): it becomes
        the whole selection. A search or a filter that hides it is cleared first, so the entry
        shown is always one of the list."""
        self._show_form(False)
        if self.model.row_of(entry_id) < 0 and (self._sender_filter or any(
                self.search.values().values())):
            self._sender_filter = None
            self._render_sender_bar()
            self.search.clear_filters()
            self.apply_query()
        for _page in range(SHOW_ENTRY_PAGES):  # an older entry: read the next pages up to it
            if self.model.row_of(entry_id) >= 0 or not self.model.canFetchMore():
                break
            self.model.fetchMore()
        self.entries.select_entry(entry_id)
        if self.entries.current_id() is None:  # older still: shown, though not yet listed
            self._show_detail(entry_id)
        else:
            self._show_current()

    def _shown_in(self, ids: list[int]) -> bool:
        """The detail shows one of ``ids``."""
        return self.detail.detail is not None and int(self.detail.detail["id"]) in ids

    # ---- import --------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose email files to import"), "",
            self.tr("Email files (*.eml);;All files (*)"))
        if names:
            self.import_paths([Path(name) for name in names])

    def import_paths(self, paths: list[Path]) -> bool:
        if self.store is None or self._profile_id is None:
            return False
        keep = self.keep_original_box.isChecked()
        job = api.import_job(self.services, self._profile_id, self._now, keep_original=keep)
        return self.import_panel.start(job, paths, kept_originals=keep)

    def accepts_drop(self) -> bool:
        return not self.import_panel.busy

    def files_dropped(self, paths: list[Path]) -> None:
        self.import_paths(paths)

    # ---- evidence file ---------------------------------------------------------------

    def open_evidence(self) -> QDialog | None:
        """"Prepare a file…" for the bank or the police: the dialog opens on the entries
        selected in the list (or on a period when none is)."""
        if self.store is None:
            return None
        from vigilance_app.ui.journal.evidence_dialog import EvidenceDialog

        if self.evidence_dialog is not None:
            self.evidence_dialog.close()
            self.evidence_dialog.deleteLater()
        dialog = EvidenceDialog(self.services, self.selected_ids(), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.evidence_dialog = dialog
        dialog.open()
        return dialog

    # ---- texts and events ----------------------------------------------------------

    def follow_person(self) -> None:
        """Word the page for the active person ("your journal", "Jeanne's journal"): the
        title, the buttons, the empty list, the capture form and the entry shown."""
        words = person_words(self.store)
        if words == self.words:
            return
        self.words = words
        self.entries.words = words
        self.detail.words = words
        self.plan_bar.words = words
        self.form.set_words(words)
        self.retranslate()
        self.entries.retranslate()
        self.plan_bar.retranslate()
        self.detail.retranslate()

    def retranslate(self) -> None:
        words = self.words
        self.title.setText(words.pick(self.tr("Your journal of suspicious contacts"),
                                      self.tr("{name}'s journal of suspicious contacts")))
        own = dict(CAPTURE_BUTTONS)
        for channel, _text in CAPTURE_BUTTONS:
            button = self.capture_buttons[channel]
            button.setText(words.pick_from(own, CAPTURE_BUTTONS_RELATIVE, channel,
                                           lambda text: translate(CONTEXT, text),
                                           mnemonic=True))
            button.setAccessibleName(without_mnemonic(button.text()))
        self.import_button.setText(self.tr("&Import email files…"))
        self.import_button.setAccessibleName(self.tr("Import email files"))
        self.import_button.setToolTip(self.tr(
            "You can also drop .eml files on this page. They are read, never opened."))
        self.evidence_button.setText(self.tr("&Prepare a file for the bank or the police…"))
        self.evidence_button.setAccessibleName(self.tr(
            "Prepare a file for the bank or the police"))
        self.evidence_button.setToolTip(self.tr(
            "A file (PDF, CSV or JSON) with the selected entries, or those of a period"))
        self._render_sender_bar()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_to_text()
            self._orient()
        super().changeEvent(event)

    def wait(self) -> None:
        """Let background work (import, analysis, purge) finish (closing, tests)."""
        self.import_panel.wait()
        for runner in (self.form.runner, self.purge_runner):
            if runner.busy:
                runner.wait()

    def hideEvent(self, event: Any) -> None:
        """Locked (the store is closed, the page is about to go): stop background work now, so
        no thread outlives the page."""
        if self.services.store is None:
            self.import_panel.cancel()
            self.wait()
        super().hideEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.wait()
        super().closeEvent(event)


def make_page(shell: Shell) -> JournalPage:
    """The journal page of the window; its plan offers open the plan."""
    page = JournalPage(shell.services)
    page.plan_requested.connect(shell.show_plan)
    return page
