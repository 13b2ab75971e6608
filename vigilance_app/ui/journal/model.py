"""The journal list as a Qt table model that loads its rows lazily, a page at a time.

The model never loads the whole journal: it asks the repository for the first page, then for
the next one each time the view scrolls near the end (``canFetchMore``/``fetchMore``). It
never counts the whole table either (a count over 100,000 rows is a pause): it knows it has
reached the end when a page comes back short. Sorting by a column re-reads from the top.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from vigilance_app.ui.journal import labels as labels
from vigilance_app.ui.kit.i18n import translate

# The first page fills a screen quickly (each row carries its sender's repeat count, one
# indexed query per distinct sender); the next pages are larger.
FIRST_PAGE = 50
PAGE_SIZE = 150
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RISKY_ROLE = Qt.ItemDataRole.UserRole + 2

# (key, title): the key is what the repository sorts by.
COLUMNS: list[tuple[str, str]] = [
    ("received_at", QT_TRANSLATE_NOOP("JournalModel", "When")),
    ("channel", QT_TRANSLATE_NOOP("JournalModel", "How")),
    ("sender", QT_TRANSLATE_NOOP("JournalModel", "From")),
    ("organization", QT_TRANSLATE_NOOP("JournalModel", "Claimed to be")),
    ("summary", QT_TRANSLATE_NOOP("JournalModel", "What they asked")),
    ("risk", QT_TRANSLATE_NOOP("JournalModel", "Risk")),
    ("status", QT_TRANSLATE_NOOP("JournalModel", "Status")),
]

# Columns the repository sorts by (the sender is not one: it lives in another table).
SORTABLE = frozenset({"received_at", "channel", "organization", "summary", "risk", "status"})
# A first click on these headers shows the newest or the riskiest first; a second click
# turns the order round (every sortable column sorts both ways).
FIRST_DESCENDING = frozenset({"received_at", "risk"})

Fetcher = Callable[[int, int, str, bool], Sequence[Any]]
"""(offset, limit, sort column key, descending) -> rows (EntryRow-like objects)."""

_Index = QModelIndex | QPersistentModelIndex


class JournalTableModel(QAbstractTableModel):
    def __init__(self, fetch: Fetcher | None = None, page_size: int = PAGE_SIZE,
                 first_page: int = FIRST_PAGE, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self.first_page = first_page
        self._rows: list[Any] = []
        self._complete = True
        self.sort_key = "received_at"
        self.descending = True
        self.pages_fetched = 0

    # ---- loading -------------------------------------------------------------------

    def set_fetcher(self, fetch: Fetcher | None) -> None:
        """A new query (search, filters, profile): start again from the first page."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._complete = self._fetch is None
        self.pages_fetched = 0
        self.endResetModel()
        if self._fetch is not None:
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete or self._fetch is None:
            return
        wanted = self.page_size if self._rows else self.first_page
        page = list(self._fetch(len(self._rows), wanted, self.sort_key, self.descending))
        self.pages_fetched += 1
        if len(page) < wanted:
            self._complete = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    @property
    def complete(self) -> bool:
        return self._complete

    # ---- reading -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def entry_id(self, row: int) -> int | None:
        entry = self.row_at(row)
        return int(entry.id) if entry is not None else None

    def row_of(self, entry_id: int) -> int:
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return -1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS)
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)):
            return translate("JournalModel", COLUMNS[section][1])
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS)
                and role == Qt.ItemDataRole.InitialSortOrderRole):
            return (Qt.SortOrder.DescendingOrder if COLUMNS[section][0] in FIRST_DESCENDING
                    else Qt.SortOrder.AscendingOrder)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.row_at(index.row())
        if entry is None:
            return None
        if role == ENTRY_ID_ROLE:
            return int(entry.id)
        if role == RISKY_ROLE:
            from vigilance_app.ui.journal import api as api

            return api.row_risky(entry)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(entry, COLUMNS[index.column()][0])
        return None

    @staticmethod
    def cell_text(entry: Any, key: str) -> str:
        from vigilance_app.ui.journal import api as api

        if key == "received_at":
            return labels.format_short(entry.received_at)
        if key == "channel":
            return labels.channel_name(entry.channel)
        if key == "sender":
            text = api.row_sender(entry)
            seen = api.row_seen_count(entry)
            if seen > 1:
                cap = api.repeat_cap()
                times = f"{cap}+" if seen >= cap else str(seen)
                text = QCoreApplication.translate("JournalModel", "%1 (seen %2 times)").replace(
                    "%1", text).replace("%2", times)
            return text
        if key == "organization":
            return api.row_organization(entry)
        if key == "summary":
            return _one_line(entry.summary)
        if key == "risk":
            return labels.risk_name(entry.risk)
        if key == "status":
            return labels.status_name(entry.status)
        return ""

    # ---- sorting -------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        if key not in SORTABLE:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self._rows:
            return
        self.sort_key, self.descending = key, descending
        self.reload()


def _one_line(text: str | None, limit: int = 160) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
