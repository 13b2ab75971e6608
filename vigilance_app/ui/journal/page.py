"""The journal page: big capture buttons, search as you type, filters, a lazy list, the detail
of the selected entry, undo of a delete, several entries at once, and email files imported in
the background.

The page talks to the journal core only through ``journal_api`` (one place that knows the
repository's names). It never loads the whole journal: the list model reads pages of rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vigilance_app import vocabulary
from vigilance_app.ui.journal import api as api
from vigilance_app.ui.journal import labels as labels
from vigilance_app.ui.journal.capture import (
    QuickCaptureForm,
    masking_explanation,
    save_with_signs,
    signs_of_draft,
)
from vigilance_app.ui.journal.detail import EntryDetailView
from vigilance_app.ui.journal.import_panel import ImportPanel
from vigilance_app.ui.journal.model import JournalTableModel
from vigilance_app.ui.kit.common import VerticalScrollArea, plain_label
from vigilance_app.ui.kit.flow_layout import FlowLayout
from vigilance_app.ui.kit.i18n import Retranslatable, translate
from vigilance_app.ui.kit.theme import heading

if TYPE_CHECKING:
    from vigilance_app.ui.kit.shell import Shell

CONTEXT = "JournalPage"
PAGE_TITLE = QT_TRANSLATE_NOOP("JournalPage", "Journal")
SEARCH_DELAY_MS = 150
PURGE_DELAY_MS = 5_000

CAPTURE_BUTTONS: list[tuple[str, str]] = [
    ("phone_call", QT_TRANSLATE_NOOP("JournalPage", "I just had a suspicious &call")),
    ("sms", QT_TRANSLATE_NOOP("JournalPage", "A suspicious &SMS")),
    ("email", QT_TRANSLATE_NOOP("JournalPage", "A suspicious e&mail")),
    ("letter", QT_TRANSLATE_NOOP("JournalPage", "A suspicious le&tter")),
    ("website", QT_TRANSLATE_NOOP("JournalPage", "A suspicious &website")),
]

PERIODS: list[tuple[int, str]] = [
    (0, QT_TRANSLATE_NOOP("JournalPage", "Any time")),
    (7, QT_TRANSLATE_NOOP("JournalPage", "Last 7 days")),
    (30, QT_TRANSLATE_NOOP("JournalPage", "Last 30 days")),
    (92, QT_TRANSLATE_NOOP("JournalPage", "Last 3 months")),
    (365, QT_TRANSLATE_NOOP("JournalPage", "Last 12 months")),
]
ANY = QT_TRANSLATE_NOOP("JournalPage", "All")


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


class _Filter(QWidget):
    """A label above a combo box, one per filter."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.label = plain_label()
        self.label.setWordWrap(False)
        self.combo = QComboBox()
        self.combo.setObjectName(name)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.combo)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.label)
        column.addWidget(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()


class _Bar(QFrame):
    """A calm message with its buttons (undo, plan offer)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = plain_label()
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.text, 1)
        self.hide()

    def button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        self.row.addWidget(button)
        return button


class JournalPage(Retranslatable, QWidget):
    """``plan_requested(situation, entry_id)`` asks the window to open a plan (connected to
    ``MainWindow.show_plan`` by the page factory)."""

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
        self._undo: tuple[Any, int] | None = None  # (undo token, how many entries)
        self._plan: tuple[str, int] | None = None  # (situation, entry id) offered
        self._sender_filter: str | None = None
        self.search_delay_ms = SEARCH_DELAY_MS
        from vigilance_app.ui.kit.background import BackgroundRunner

        self.purge_runner = BackgroundRunner(self)
        self._purge_again = False

        self.title = heading(plain_label(), level=1)
        self.title.setObjectName("journalTitle")

        # ---- capture buttons ----
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
        self.toolbar = toolbar_widget

        # ---- message bars ----
        self.plan_bar = _Bar("planBar")
        self.plan_button = self.plan_bar.button("planOfferButton")
        self.plan_button.clicked.connect(self._open_plan)
        self.plan_later = self.plan_bar.button("planLaterButton")
        self.plan_later.clicked.connect(self.plan_bar.hide)
        self.undo_bar = _Bar("undoBar")
        self.undo_button = self.undo_bar.button("undoButton")
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_close = self.undo_bar.button("undoCloseButton")
        self.undo_close.clicked.connect(self.forget_undo)
        self.notice_bar = _Bar("noticeBar")
        self.notice_close = self.notice_bar.button("noticeClose")
        self.notice_close.clicked.connect(self.notice_bar.hide)
        self.import_panel = ImportPanel()
        self.import_panel.finished.connect(self._import_finished)

        # ---- search and filters ----
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("journalSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(200)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.timeout.connect(self.apply_query)
        self.search_edit.textChanged.connect(self._search_typed)
        self.search_label = plain_label()
        self.search_label.setWordWrap(False)
        self.search_label.setBuddy(self.search_edit)

        self.channel_filter = _Filter("channelFilter")
        self.org_filter = _Filter("organisationFilter")
        self.period_filter = _Filter("periodFilter")
        self.risk_filter = _Filter("riskFilter")
        self.status_filter = _Filter("statusFilter")
        self.reaction_filter = _Filter("reactionFilter")
        self.filters = [self.channel_filter, self.org_filter, self.period_filter,
                        self.risk_filter, self.status_filter, self.reaction_filter]
        for code in [None, *vocabulary.CHANNELS]:
            self.channel_filter.combo.addItem("", code)
        self.org_filter.combo.addItem("", None)
        from vigilance_app.ui.journal.capture import organisation_choices

        for org_id, name in organisation_choices():
            self.org_filter.combo.addItem(name, org_id)
        for days, _text in PERIODS:
            self.period_filter.combo.addItem("", days)
        for code in [None, "high", "medium", "low"]:
            self.risk_filter.combo.addItem("", code)
        for code in [None, "new", "handled"]:
            self.status_filter.combo.addItem("", code)
        for code in [None, *vocabulary.REACTIONS]:
            self.reaction_filter.combo.addItem("", code)
        filters_widget = QWidget()
        filter_flow = FlowLayout(filters_widget, spacing=10)
        for item in self.filters:
            item.combo.currentIndexChanged.connect(lambda _i: self.apply_query())
            filter_flow.add(item)
        self.filters_widget = filters_widget
        self.filters_widget.hide()  # a calm page: the filters open on demand
        self.filters_button = QPushButton()
        self.filters_button.setObjectName("filtersButton")
        self.filters_button.setCheckable(True)
        self.filters_button.toggled.connect(self._show_filters)

        self.sender_bar = _Bar("senderBar")
        self.sender_all = self.sender_bar.button("senderAllButton")
        self.sender_all.clicked.connect(lambda: self.show_sender(None))

        # ---- list and detail ----
        self.model = JournalTableModel()
        self.table = QTableView()
        self.table.setObjectName("journalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator)
        self._sized_columns = False
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_current())
        self.count_label = plain_label()
        self.count_label.setObjectName("selectionCount")
        self.handled_button = QPushButton()
        self.handled_button.setObjectName("bulkHandled")
        self.handled_button.clicked.connect(self.mark_selected_handled)
        self.tag_button = QPushButton()
        self.tag_button.setObjectName("bulkTag")
        self.tag_button.clicked.connect(self.tag_selected)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("bulkDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.bulk_buttons = QWidget()
        bulk = FlowLayout(self.bulk_buttons)
        for button in (self.handled_button, self.tag_button, self.delete_button):
            bulk.add(button)
        self.empty_label = plain_label()
        self.empty_label.setObjectName("journalEmpty")
        self.empty_label.hide()

        list_side = QWidget()
        list_column = QVBoxLayout(list_side)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.addWidget(self.table, 1)
        list_column.addWidget(self.empty_label)
        list_column.addWidget(self.count_label)
        list_column.addWidget(self.bulk_buttons)
        self.detail = EntryDetailView()
        self.detail.edit_requested.connect(self.edit_entry)
        self.detail.delete_requested.connect(lambda entry_id: self.delete_entries([entry_id]))
        self.detail.handled_requested.connect(lambda entry_id: self.mark_handled([entry_id]))
        self.detail.plan_requested.connect(self.plan_requested)
        self.detail.report_requested.connect(self.ask_report)
        self.detail.sender_requested.connect(self.show_sender)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        browse = QWidget()
        browse_column = QVBoxLayout(browse)
        browse_column.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.filters_button)
        browse_column.addLayout(search_row)
        browse_column.addWidget(self.filters_widget)
        browse_column.addWidget(self.sender_bar)
        browse_column.addWidget(self.splitter, 1)

        # ---- capture form ----
        self.form = QuickCaptureForm(now=self._now)
        self.form.save_requested.connect(self.save_form)
        self.form.cancelled.connect(self.cancel_form)
        self.form.sender_changed.connect(self._form_sender_changed)
        self.form.show_sender_requested.connect(self._form_show_sender)
        # A plain scroll area: its preferred height stays small, so the page does not grow to
        # the whole form's height (the form scrolls inside).
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.stack = QStackedWidget()
        self.stack.addWidget(browse)
        self.stack.addWidget(self.form_scroll)

        # Everything in one vertical scroll area: with large text the buttons and bars take
        # room, and the list keeps a usable height (the page scrolls instead of squeezing it).
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addWidget(self.toolbar)
        for bar in (self.plan_bar, self.undo_bar, self.notice_bar, self.import_panel):
            column.addWidget(bar)
        column.addWidget(self.stack, 1)
        self.scroll = VerticalScrollArea(content)
        self.scroll.setObjectName("journalScroll")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._fit_to_text()

        self.shortcuts: list[QShortcut] = []
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_delete)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        find = QShortcut(QKeySequence.StandardKey.Find, browse)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: self.search_edit.setFocus(
            Qt.FocusReason.ShortcutFocusReason))
        self.shortcuts += [undo, delete, find]

        self.retranslate()
        # Entries deleted in an earlier session (undo is no longer offered) are erased a little
        # later, off the UI thread, so the first rows show without waiting for it.
        QTimer.singleShot(PURGE_DELAY_MS, self, self._purge)
        self.refresh()

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
        if profile_id != self._profile_id:
            self._profile_id = profile_id
            self.forget_undo()
            self.plan_bar.hide()
            self._sender_filter = None
            self.detail.show_detail(None)
            self.close_form()
        self.apply_query()

    # ---- layout --------------------------------------------------------------------

    def _show_form(self, shown: bool) -> None:
        """One task per screen: the capture form replaces the list and the big buttons."""
        self.stack.setCurrentIndex(1 if shown else 0)
        self.toolbar.setVisible(not shown)

    def _show_filters(self, shown: bool) -> None:
        self.filters_widget.setVisible(shown)
        if not shown:
            for item in self.filters:
                item.combo.blockSignals(True)
                item.combo.setCurrentIndex(0)
                item.combo.blockSignals(False)
            self.apply_query()
        else:
            self.channel_filter.combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self._render_filters_button()

    def _render_filters_button(self) -> None:
        active = sum(1 for item in self.filters if item.combo.currentIndex() > 0)
        if self.filters_button.isChecked():
            text = self.tr("Hide the &filters")
        elif active:
            text = self.tr("&Filters (%1 active)").replace("%1", str(active))
        else:
            text = self.tr("&Filters…")
        self.filters_button.setText(text)
        self.filters_button.setAccessibleName(text.replace("&", ""))

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

    # ---- query ---------------------------------------------------------------------

    def _search_typed(self, _text: str) -> None:
        self.search_timer.start(self.search_delay_ms)

    def query_values(self) -> dict[str, Any]:
        days = self.period_filter.value() or 0
        return {
            "text": self.search_edit.text().strip(),
            "channel": self.channel_filter.value(),
            "organization_id": self.org_filter.value(),
            "since": (self._now() - timedelta(days=days)) if days else None,
            "risk": self.risk_filter.value(),
            "status": self.status_filter.value(),
            "reaction": self.reaction_filter.value(),
            "sender": self._sender_filter,
        }

    def apply_query(self) -> None:
        self.search_timer.stop()
        journal = self.journal()
        if journal is None or self._profile_id is None:
            self.model.set_fetcher(None)
            return
        selected = self.selected_ids()
        fetch = make_fetcher(journal, self._profile_id, self.query_values())
        self.model.set_fetcher(fetch)
        if not self._sized_columns and self.model.rowCount():
            self._size_columns()
        self._reselect(selected)
        self._update_empty()
        self._update_bulk()
        self._render_filters_button()

    def _sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A column the journal cannot sort by (the sender): put the arrow back."""
        from vigilance_app.ui.journal.model import COLUMNS, SORTABLE

        if 0 <= column < len(COLUMNS) and COLUMNS[column][0] not in SORTABLE:
            current = next(i for i, (key, _t) in enumerate(COLUMNS) if key == self.model.sort_key)
            order = (Qt.SortOrder.DescendingOrder if self.model.descending
                     else Qt.SortOrder.AscendingOrder)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, order)
            header.blockSignals(False)

    def _size_columns(self) -> None:
        """Columns as wide as their first rows need, within reason (the text size may be
        200 %): the summary column takes what is left."""
        self._sized_columns = True
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.resizeColumnsToContents()
        widest = self.fontMetrics().averageCharWidth() * 28
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def _reselect(self, ids: list[int]) -> None:
        selection = QItemSelection()
        for entry_id in ids:
            row = self.model.row_of(entry_id)
            if row >= 0:
                selection.select(self.model.index(row, 0),
                                 self.model.index(row, self.model.columnCount() - 1))
        model = self.table.selectionModel()
        model.select(selection, model.SelectionFlag.ClearAndSelect)
        if ids and not selection.isEmpty():
            model.setCurrentIndex(self.model.index(self.model.row_of(ids[0]), 0),
                                  model.SelectionFlag.NoUpdate)

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        filtered = any(value for key, value in self.query_values().items() if key != "since") \
            or bool(self.period_filter.value())
        if filtered:
            self.empty_label.setText(self.tr("Nothing matches. Try fewer words or filters."))
        else:
            self.empty_label.setText(self.tr(
                "Your journal is empty. When something suspicious happens, use the buttons "
                "above: it takes less than a minute."))

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

    # ---- selection and detail ------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [eid for eid in (self.model.entry_id(row) for row in rows) if eid is not None]

    def _selection_changed(self, *_args: object) -> None:
        self._update_bulk()
        self._show_current()

    def _show_current(self) -> None:
        ids = self.selected_ids()
        current = self.table.selectionModel().currentIndex()
        entry_id = self.model.entry_id(current.row()) if current.isValid() else None
        if entry_id is None or (ids and entry_id not in ids):
            entry_id = ids[0] if ids else None
        if entry_id is not None:
            self._show_detail(entry_id)
        elif self.detail.detail is not None and self.model.row_of(
                int(self.detail.detail["id"])) >= 0:
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
                   for sender in detail.get("senders") or ()}
        self.detail.show_detail(detail, history)

    def show_entry(self, entry_id: int) -> None:
        """Show one entry (from Home, a plan, or a search elsewhere)."""
        self._show_form(False)
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
        self._show_detail(entry_id)

    def _update_bulk(self) -> None:
        count = len(self.selected_ids())
        for button in (self.handled_button, self.tag_button, self.delete_button):
            button.setEnabled(count > 0)
        if count > 1:
            self.count_label.setText(self.tr("%1 entries selected").replace("%1", str(count)))
        elif count == 1:
            self.count_label.setText(self.tr("1 entry selected"))
        else:
            self.count_label.setText(self.tr("Select one or several entries (Ctrl or Shift "
                                             "+ click, or Shift + arrows)."))

    # ---- several at once -----------------------------------------------------------

    def mark_selected_handled(self) -> None:
        self.mark_handled(self.selected_ids())

    def mark_handled(self, ids: list[int]) -> None:
        journal = self.journal()
        if not ids or journal is None:
            return
        api.mark_handled(journal, ids, self._now())
        self.apply_query()
        self._say(self.tr("%1 entries marked as handled.").replace("%1", str(len(ids)))
                  if len(ids) > 1 else self.tr("The entry is marked as handled."))
        if self.detail.detail is not None and int(self.detail.detail["id"]) in ids:
            self._show_detail(int(self.detail.detail["id"]))

    def ask_report(self, entry_id: int) -> None:
        from vigilance_app.ui.journal.report import ask_report

        answer = ask_report(self, self._now().astimezone().date())
        if answer is not None:
            self.record_report(entry_id, *answer)

    def record_report(self, entry_id: int, where: str, day: Any, note: str = "") -> None:
        journal = self.journal()
        if journal is None:
            return
        try:
            api.add_report(journal, entry_id, where, day, note, self._now())
        except ValueError:
            self._say(self.tr("This entry no longer exists."))
            return
        self._show_detail(entry_id)
        self._say(self.tr("The report is recorded with the entry."))

    def tag_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        tag, ok = QInputDialog.getText(self, self.tr("Add a tag"), self.tr(
            "Tag to add to the %1 selected entries (for example: bank, reported):").replace(
            "%1", str(len(ids))))
        if ok and tag.strip():
            self.add_tag(ids, tag)

    def add_tag(self, ids: list[int], tag: str) -> None:
        journal = self.journal()
        tag = " ".join(tag.split())[:60]
        if not ids or journal is None or not tag:
            return
        api.add_tag(journal, ids, tag, self._now())
        self.apply_query()
        self._say(self.tr("Tag “%1” added.").replace("%1", tag))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) > 1 and not self.confirm_delete(len(ids)):
            return
        self.delete_entries(ids)

    def confirm_delete(self, count: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete entries?"), self.tr(
            "Delete the %1 selected entries? You can undo this right after.").replace(
            "%1", str(count)), QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def delete_entries(self, ids: list[int]) -> None:
        journal = self.journal()
        if not ids or journal is None:
            return
        self.forget_undo()  # one level of undo: the previous deletion becomes final
        token = api.delete(journal, ids, self._now())
        self._undo = (token, len(ids))
        if self.detail.detail is not None and int(self.detail.detail["id"]) in ids:
            self.detail.show_detail(None)
        self.apply_query()
        self._render_undo()
        self.undo_bar.show()
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_delete(self) -> None:
        if self._undo is None:
            return
        journal = self.journal()
        token, _count = self._undo
        self._undo = None
        self.undo_bar.hide()
        if journal is None:
            return
        restored = api.undo_delete(journal, token)
        self.apply_query()
        if restored:
            self._reselect(restored)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget_undo(self) -> None:
        """Undo is no longer offered: the deleted entries are erased for good."""
        had = self._undo is not None
        self._undo = None
        self.undo_bar.hide()
        if had:
            self._purge()

    def _purge(self) -> None:
        """Erase the hidden entries off the UI thread (the repository writes through its own
        pooled connection; at 100,000 entries this is a scan of about a second)."""
        journal = self.journal()
        if journal is None:
            return
        if self.purge_runner.busy:
            self._purge_again = True
            return
        self._purge_again = False
        self.purge_runner.run(lambda: api.purge_deleted(journal), self._purged,
                              lambda _exc: None)  # kept hidden; erased next time

    def _purged(self, _count: object) -> None:
        if self._purge_again:
            self._purge()

    def _render_undo(self) -> None:
        count = self._undo[1] if self._undo else 0
        self.undo_bar.text.setText(self.tr("%1 entries deleted.").replace("%1", str(count))
                                   if count > 1 else self.tr("The entry was deleted."))
        self.undo_bar.text.setAccessibleName(self.undo_bar.text.text())
        self.undo_button.setText(self.tr("&Undo (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo the deletion"))
        self.undo_close.setText(self.tr("OK"))
        self.undo_close.setAccessibleName(self.tr("Keep the deletion"))

    def _say(self, text: str) -> None:
        self.notice_bar.text.setText(text)
        self.notice_bar.text.setAccessibleName(text)
        self.notice_bar.show()

    # ---- quick capture -------------------------------------------------------------

    def start_capture(self, channel: str) -> None:
        self.form.start(channel)
        self._show_form(True)
        self.form.focus_first()

    def capture_from_checked(self, checked: Any) -> None:
        """Open the email/SMS form pre-filled from a message checked on "Is this a scam?"."""
        channel = getattr(checked.analysis, "channel", "sms")
        self.form.start(channel if channel in ("email", "sms", "phone_call", "letter",
                                               "website") else "sms")
        if checked.raw is None and checked.parsed.text:
            self.form.paste_edit.setPlainText(checked.parsed.text[:200_000])
        self._show_form(True)
        self.form._analysed(checked)

    def edit_entry(self, entry_id: int) -> None:
        journal = self.journal()
        if journal is None:
            return
        values = api.form_values_for(journal, entry_id)
        detail = journal.get(entry_id)
        if values is None or detail is None:
            return
        values.update(signs_of_draft(detail.draft()))
        self.form.start(values.get("channel") or "phone_call")
        self.form.entry_id = entry_id
        self.form.fill(values)
        self.form.title.setText(self.tr("Edit the entry"))
        self._show_form(True)
        self.form.focus_first()

    def cancel_form(self) -> None:
        """Cancel (or Escape): what was written is not thrown away without asking."""
        if self.stack.currentIndex() == 1 and not self.form.is_empty() \
                and not self.confirm_discard():
            self.form.focus_first()
            return
        self.close_form()

    def confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Leave the form?"), self.tr(
            "What you wrote in the form will not be saved. Leave the form anyway?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def close_form(self) -> None:
        if self.form.runner.busy:
            self.form.runner.wait()
        self._show_form(False)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_form(self) -> int | None:
        journal = self.journal()
        if journal is None or self.stack.currentIndex() != 1:
            return None
        values = self.form.values()
        if self.form.is_empty():
            self.form.show_error(self.tr(
                "The form is empty: write at least who contacted you or what they asked."))
            return None
        try:
            entry_id, masked = save_with_signs(journal, self._profile_id, values,
                                               self.form.checked, self.form.entry_id,
                                               self._now())
        except ValueError as exc:  # the core refused a value: say which, in words
            self.form.show_error(self.tr("This entry could not be saved: %1").replace(
                "%1", str(exc)))
            return None
        self.form.show_error("")
        self._show_form(False)
        self.apply_query()
        self.show_entry(entry_id)
        notes = [self.tr("Saved in the journal.")]
        if masked:
            notes.append(masking_explanation(list(masked)))
        self._say(" ".join(notes))
        reactions = values.get("reactions") or []
        situation = vocabulary.situation_for(reactions, values.get("channel"))
        if situation and any(code in vocabulary.RISKY_REACTIONS for code in reactions):
            self.offer_plan(situation, entry_id)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.entry_saved.emit(entry_id)
        return entry_id

    def offer_plan(self, situation: str, entry_id: int) -> None:
        self._plan = (situation, entry_id)
        self._render_plan()
        self.plan_bar.show()
        self.plan_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render_plan(self) -> None:
        self.plan_bar.text.setText(self.tr(
            "What you did can be put right: there are simple steps to follow now, one at a "
            "time."))
        self.plan_bar.text.setAccessibleName(self.plan_bar.text.text())
        self.plan_button.setText(self.tr("&See what to do now"))
        self.plan_button.setAccessibleName(self.tr("See what to do now"))
        self.plan_later.setText(self.tr("Later"))
        self.plan_later.setAccessibleName(self.tr("Hide this message"))

    def _open_plan(self) -> None:
        if self._plan is not None:
            situation, entry_id = self._plan
            self.plan_bar.hide()
            self.plan_requested.emit(situation, entry_id)

    def _form_sender_changed(self, sender: str) -> None:
        journal = self.journal()
        if journal is None or not sender:
            self.form.show_repeat(0, None, sender)
            return
        count, since = api.sender_seen(journal, self._profile_id, sender,
                                       exclude=self.form.entry_id)
        self.form.show_repeat(count, since, sender)

    def _form_show_sender(self, sender: str) -> None:
        self.show_sender(sender)

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
        job = api.import_job(self.services, self._profile_id, self._now)
        return self.import_panel.start(job, paths)

    def _import_finished(self, imported: int) -> None:
        self.apply_query()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if (mime is not None and mime.hasUrls() and all(u.isLocalFile() for u in mime.urls())
                and not self.import_panel.busy):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    # ---- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Journal of suspicious contacts"))
        for channel, text in CAPTURE_BUTTONS:
            button = self.capture_buttons[channel]
            button.setText(translate(CONTEXT, text))
            button.setAccessibleName(translate(CONTEXT, text).replace("&", ""))
        self.import_button.setText(self.tr("&Import email files…"))
        self.import_button.setAccessibleName(self.tr("Import email files"))
        self.import_button.setToolTip(self.tr(
            "You can also drop .eml files on this page. They are read, never opened."))
        self.search_label.setText(self.tr("Sea&rch:"))
        self.search_edit.setAccessibleName(self.tr("Search the journal"))
        self.search_edit.setPlaceholderText(self.tr(
            "A word, a number, an address… (accents and capitals do not matter)"))
        self.channel_filter.label.setText(self.tr("How:"))
        self.org_filter.label.setText(self.tr("Claimed to be:"))
        self.period_filter.label.setText(self.tr("When:"))
        self.risk_filter.label.setText(self.tr("Risk:"))
        self.status_filter.label.setText(self.tr("Status:"))
        self.reaction_filter.label.setText(self.tr("What I did:"))
        for item in self.filters:
            item.combo.setAccessibleName(item.label.text().rstrip(":").strip())
        self.channel_filter.combo.setItemText(0, translate(CONTEXT, ANY))
        for row, code in enumerate(vocabulary.CHANNELS, start=1):
            self.channel_filter.combo.setItemText(row, labels.channel_name(code))
        self.org_filter.combo.setItemText(0, translate(CONTEXT, ANY))
        for row, (_days, text) in enumerate(PERIODS):
            self.period_filter.combo.setItemText(row, translate(CONTEXT, text))
        self.risk_filter.combo.setItemText(0, translate(CONTEXT, ANY))
        for row, code in enumerate(("high", "medium", "low"), start=1):
            self.risk_filter.combo.setItemText(row, labels.risk_name(code))
        self.status_filter.combo.setItemText(0, translate(CONTEXT, ANY))
        for row, code in enumerate(("new", "handled"), start=1):
            self.status_filter.combo.setItemText(row, labels.status_name(code))
        self.reaction_filter.combo.setItemText(0, translate(CONTEXT, ANY))
        for row, code in enumerate(vocabulary.REACTIONS, start=1):
            self.reaction_filter.combo.setItemText(row, labels.reaction_name(code, short=True))
        self.table.setAccessibleName(self.tr("Journal entries"))
        self.handled_button.setText(self.tr("Mark as &handled"))
        self.handled_button.setAccessibleName(self.tr("Mark the selected entries as handled"))
        self.tag_button.setText(self.tr("Add a ta&g…"))
        self.tag_button.setAccessibleName(self.tr("Add a tag to the selected entries"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entries"))
        self.delete_button.setToolTip(self.tr("Delete (Del key); you can undo with Ctrl+Z"))
        self._render_filters_button()
        self.notice_close.setText(self.tr("OK"))
        self.notice_close.setAccessibleName(self.tr("Hide this message"))
        self._render_undo()
        self._render_plan()
        self._render_sender_bar()
        self._update_bulk()
        self._update_empty()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)

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
