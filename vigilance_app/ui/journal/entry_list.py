"""The journal page's list: the lazy table of entries, the selection (one or several), the
buttons that act on the selection, and the line shown when nothing is listed.

The table's model reads pages of rows through a fetcher (``set_fetcher``); the list never
holds the whole journal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.journal.model import COLUMNS, SORTABLE, JournalTableModel
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.flow_layout import FlowLayout
from vigilance_app.ui.kit.i18n import Retranslatable, translate
from vigilance_app.ui.kit.person_words import PersonWords

# Widths in average characters: a column of words is at most this wide, the summary wider;
# when the window is too narrow they give room back in this order, down to these minimums
# (and never below their header).
MAX_COLUMN_CHARS = 28
MAX_SUMMARY_CHARS = 60
SHRINK_ORDER = ("summary", "organization", "sender", "status", "channel", "risk")
MIN_SHRUNK_CHARS = {"summary": 16, "organization": 10, "sender": 12}


class EntryList(Retranslatable, QWidget):
    """``selection_changed`` when the selected entries or the current one change."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = JournalTableModel()
        self.table = QTableView()
        self.table.setObjectName("journalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator)
        # Columns fit their header (never cut mid-word), their rows and the window; the
        # summary takes what is left. Once the person drags a column edge, the widths are
        # theirs until the text size changes.
        self._fitting = False
        self._user_sized = False
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(1)
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.selection_changed.emit())
        self.count_label = plain_label()
        self.count_label.setObjectName("selectionCount")
        self.handled_button = self._bulk_button("bulkHandled")
        self.tag_button = self._bulk_button("bulkTag")
        self.delete_button = self._bulk_button("bulkDelete")
        self.bulk_buttons = QWidget()
        bulk = FlowLayout(self.bulk_buttons)
        for button in (self.handled_button, self.tag_button, self.delete_button):
            bulk.add(button)
        self.empty_label = plain_label()
        self.empty_label.setObjectName("journalEmpty")
        self.empty_label.hide()
        self._filtered = False
        self.words = PersonWords()  # whose journal: "Your journal is empty" or "Jeanne's…"

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty_label)
        column.addWidget(self.count_label)
        column.addWidget(self.bulk_buttons)
        self.retranslate()

    @staticmethod
    def _bulk_button(name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        return button

    # ---- rows ----------------------------------------------------------------------

    def show_rows(self, fetch: Callable[[int, int, str, bool], Any] | None,
                  filtered: bool = False) -> None:
        """List what ``fetch`` reads (None: nothing), keeping the selected entries selected;
        ``filtered`` says whether a search or a filter narrows the list."""
        selected = self.selected_ids()
        self.model.set_fetcher(fetch)
        if fetch is None:
            return
        self._filtered = filtered
        self.fit_columns()
        self.table.horizontalScrollBar().setValue(0)  # "When" stays in view
        self.reselect(selected)
        self._update_empty()
        self._update_bulk()

    def _sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A column the journal cannot sort by (the sender): put the arrow back."""
        if 0 <= column < len(COLUMNS) and COLUMNS[column][0] not in SORTABLE:
            current = next(i for i, (key, _t) in enumerate(COLUMNS) if key == self.model.sort_key)
            order = (Qt.SortOrder.DescendingOrder if self.model.descending
                     else Qt.SortOrder.AscendingOrder)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, order)
            header.blockSignals(False)

    def column_widths(self, available: int) -> list[int]:
        """The width of each column for ``available`` pixels: each as wide as its header
        (whole words, sort arrow included) and its rows need, within reason; what is left
        goes to the summary; when there is not enough room, the summary, then the other
        columns of words, give some back, never below their header."""
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        keys = [key for key, _title in COLUMNS]
        heads: list[int] = []
        natural: list[int] = []
        for column, key in enumerate(keys):
            head = header.sectionSizeHint(column) + char  # a little air around the title
            rows = self.table.sizeHintForColumn(column) if self.model.rowCount() else 0
            cap = char * (MAX_SUMMARY_CHARS if key == "summary" else MAX_COLUMN_CHARS)
            heads.append(head)
            natural.append(max(head, min(rows, cap)))
        widths = list(natural)
        summary = keys.index("summary")
        extra = available - sum(widths)
        if extra > 0:
            widths[summary] += extra
            return widths
        for key in SHRINK_ORDER:
            column = keys.index(key)
            floor = max(heads[column], char * MIN_SHRUNK_CHARS.get(key, 0))
            give = min(-extra, max(0, widths[column] - floor))
            widths[column] -= give
            extra += give
            if extra >= 0:
                break
        return widths

    def fit_columns(self) -> None:
        if self._user_sized:
            return
        available = self.table.viewport().width()
        if available <= 0:
            return
        self._fitting = True
        try:
            for column, width in enumerate(self.column_widths(available)):
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting and self.table.isVisible() and (
                self.table.horizontalHeader().underMouse()):
            self._user_sized = True  # dragged by hand: the person's widths now

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()  # the window, or the vertical scroll bar that came or went
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._user_sized = False
            QTimer.singleShot(0, self, self.fit_columns)  # once the header has the new font
        super().changeEvent(event)

    # ---- selection -----------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [eid for eid in (self.model.entry_id(row) for row in rows) if eid is not None]

    def current_id(self) -> int | None:
        """The entry to show in the detail: the current row if selected, else the first
        selected one."""
        ids = self.selected_ids()
        current = self.table.selectionModel().currentIndex()
        entry_id = self.model.entry_id(current.row()) if current.isValid() else None
        if entry_id is None or (ids and entry_id not in ids):
            entry_id = ids[0] if ids else None
        return entry_id

    def reselect(self, ids: list[int]) -> None:
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

    def select_entry(self, entry_id: int) -> None:
        """Select and show one entry's row, and only it (none selected when it is not
        listed)."""
        row = self.model.row_of(entry_id)
        model = self.table.selectionModel()
        if row >= 0:  # the whole selection, whatever was selected before
            flags = (model.SelectionFlag.ClearAndSelect | model.SelectionFlag.Rows
                     | model.SelectionFlag.Current)
            model.setCurrentIndex(self.model.index(row, 0), flags)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()

    def _selection_changed(self, *_args: object) -> None:
        self._update_bulk()
        self.selection_changed.emit()

    # ---- texts ---------------------------------------------------------------------

    def _update_empty(self) -> None:
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if self._filtered:
            self.empty_label.setText(translate(
                "JournalPage", "Nothing matches. Try fewer words or filters."))
        else:
            self.empty_label.setText(self.words.pick(
                translate("JournalPage", "Your journal is empty. When something suspicious "
                                         "happens, use the buttons above: it takes less than "
                                         "a minute."),
                translate("JournalPage", "{name}'s journal is empty. When something suspicious "
                                         "happens, use the buttons above: it takes less than "
                                         "a minute.")))

    def _update_bulk(self) -> None:
        count = len(self.selected_ids())
        for button in (self.handled_button, self.tag_button, self.delete_button):
            button.setEnabled(count > 0)
        if count > 1:
            self.count_label.setText(translate("JournalPage", "%1 entries selected").replace(
                "%1", str(count)))
        elif count == 1:
            self.count_label.setText(translate("JournalPage", "1 entry selected"))
        else:
            self.count_label.setText(translate(
                "JournalPage", "Select one or several entries (Ctrl or Shift + click, or "
                               "Shift + arrows)."))

    def retranslate(self) -> None:
        self.table.setAccessibleName(translate("JournalPage", "Journal entries"))
        self.handled_button.setText(translate("JournalPage", "Mark as &handled"))
        self.handled_button.setAccessibleName(translate(
            "JournalPage", "Mark the selected entries as handled"))
        self.tag_button.setText(translate("JournalPage", "Add a ta&g…"))
        self.tag_button.setAccessibleName(translate(
            "JournalPage", "Add a tag to the selected entries"))
        self.delete_button.setText(translate("JournalPage", "&Delete"))
        self.delete_button.setAccessibleName(translate(
            "JournalPage", "Delete the selected entries"))
        self.delete_button.setToolTip(translate(
            "JournalPage", "Delete (Del key); you can undo with Ctrl+Z"))
        self._update_bulk()
        self._update_empty()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self.fit_columns()  # the titles of the other language
