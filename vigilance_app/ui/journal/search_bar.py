"""The journal page's search bar: search as you type (debounced), and the filters, folded
behind a button while they are not needed.

``query_changed`` is emitted when the words (after a pause in typing) or a filter change;
``values`` gives the search and the filters as plain values (see ``api.make_query``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vigilance_app import vocabulary
from vigilance_app.ui.journal import labels as labels
from vigilance_app.ui.kit.accessible import ComboBox, name_clear_button
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.flow_layout import FlowLayout
from vigilance_app.ui.kit.i18n import Retranslatable, translate

CONTEXT = "JournalPage"  # the texts of the page, where they were first translated
SEARCH_DELAY_MS = 150

PERIODS: list[tuple[int, str]] = [
    (0, QT_TRANSLATE_NOOP("JournalPage", "Any time")),
    (7, QT_TRANSLATE_NOOP("JournalPage", "Last 7 days")),
    (30, QT_TRANSLATE_NOOP("JournalPage", "Last 30 days")),
    (92, QT_TRANSLATE_NOOP("JournalPage", "Last 3 months")),
    (365, QT_TRANSLATE_NOOP("JournalPage", "Last 12 months")),
]
ANY = QT_TRANSLATE_NOOP("JournalPage", "All")
RISKS = ("high", "medium", "low")
STATUSES = ("new", "handled")


class Filter(QWidget):
    """A label above a combo box, one per filter; the first choice is "All"."""

    def __init__(self, name: str, choices: list[Any]) -> None:
        super().__init__()
        self.label = plain_label()
        self.label.setWordWrap(False)
        self.combo = ComboBox()
        self.combo.setObjectName(name)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value in choices:
            self.combo.addItem("", value)
        self.label.setBuddy(self.combo)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.label)
        column.addWidget(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_texts(self, label: str, items: list[str]) -> None:
        self.label.setText(label)
        self.combo.setAccessibleName(label.rstrip(":").strip())
        for row, text in enumerate(items):
            self.combo.setItemText(row, text)


class SearchBar(Retranslatable, QWidget):
    """The search field, the filters button and the filters (hidden until asked for)."""

    query_changed = Signal()

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.search_delay_ms = SEARCH_DELAY_MS
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("journalSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(200)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.timeout.connect(self.query_changed)
        self.search_edit.textChanged.connect(
            lambda _text: self.search_timer.start(self.search_delay_ms))
        self.search_label = plain_label()
        self.search_label.setWordWrap(False)
        self.search_label.setBuddy(self.search_edit)

        self.channel_filter = Filter("channelFilter", [None, *vocabulary.CHANNELS])
        self.org_filter = Filter("organisationFilter", [None])
        for org_id, name in labels.organisation_choices():
            self.org_filter.combo.addItem(name, org_id)
        self.period_filter = Filter("periodFilter", [days for days, _text in PERIODS])
        self.risk_filter = Filter("riskFilter", [None, *RISKS])
        self.status_filter = Filter("statusFilter", [None, *STATUSES])
        self.reaction_filter = Filter("reactionFilter", [None, *vocabulary.REACTIONS])
        self.filters = [self.channel_filter, self.org_filter, self.period_filter,
                        self.risk_filter, self.status_filter, self.reaction_filter]
        self.filters_widget = QWidget()
        filter_flow = FlowLayout(self.filters_widget, spacing=10)
        for item in self.filters:
            item.combo.currentIndexChanged.connect(lambda _i: self.query_changed.emit())
            filter_flow.add(item)
        self.filters_widget.hide()  # a calm page: the filters open on demand
        self.filters_button = QPushButton()
        self.filters_button.setObjectName("filtersButton")
        self.filters_button.setCheckable(True)
        self.filters_button.toggled.connect(self._show_filters)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.filters_button)
        column.addLayout(search_row)
        column.addWidget(self.filters_widget)
        self.retranslate()

    def values(self) -> dict[str, Any]:
        """The words and the filters (the sender filter is the page's own)."""
        days = self.period_filter.value() or 0
        return {
            "text": self.search_edit.text().strip(),
            "channel": self.channel_filter.value(),
            "organization_id": self.org_filter.value(),
            "since": (self._now() - timedelta(days=days)) if days else None,
            "risk": self.risk_filter.value(),
            "status": self.status_filter.value(),
            "reaction": self.reaction_filter.value(),
        }

    def clear_filters(self) -> None:
        """No search words and no filter, without emitting ``query_changed`` (the caller
        reads the list again)."""
        self.search_timer.stop()
        for widget in (self.search_edit, *(item.combo for item in self.filters)):
            widget.blockSignals(True)
        self.search_edit.clear()
        for item in self.filters:
            item.combo.setCurrentIndex(0)
        for widget in (self.search_edit, *(item.combo for item in self.filters)):
            widget.blockSignals(False)
        self.render_filters_button()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_filters(self, shown: bool) -> None:
        self.filters_widget.setVisible(shown)
        if not shown:  # folded: the filters no longer apply
            for item in self.filters:
                item.combo.blockSignals(True)
                item.combo.setCurrentIndex(0)
                item.combo.blockSignals(False)
            self.query_changed.emit()
        else:
            self.channel_filter.combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self.render_filters_button()

    def render_filters_button(self) -> None:
        active = sum(1 for item in self.filters if item.combo.currentIndex() > 0)
        if self.filters_button.isChecked():
            text = translate("JournalPage", "Hide the &filters")
        elif active:
            text = translate("JournalPage", "&Filters (%1 active)").replace("%1", str(active))
        else:
            text = translate("JournalPage", "&Filters…")
        self.filters_button.setText(text)
        self.filters_button.setAccessibleName(text.replace("&", ""))

    def retranslate(self) -> None:
        self.search_label.setText(translate("JournalPage", "Sea&rch:"))
        self.search_edit.setAccessibleName(translate("JournalPage", "Search the journal"))
        name_clear_button(self.search_edit, translate("JournalPage", "Clear the search"))
        self.search_edit.setPlaceholderText(translate(
            "JournalPage", "A word, a number, an address… (accents and capitals do not matter)"))
        everything = translate(CONTEXT, ANY)
        self.channel_filter.set_texts(translate("JournalPage", "How:"), [
            everything, *(labels.channel_name(code) for code in vocabulary.CHANNELS)])
        self.org_filter.set_texts(translate("JournalPage", "Claimed to be:"), [everything])
        self.period_filter.set_texts(translate("JournalPage", "When:"), [
            translate(CONTEXT, text) for _days, text in PERIODS])
        self.risk_filter.set_texts(translate("JournalPage", "Risk:"), [
            everything, *(labels.risk_name(code) for code in RISKS)])
        self.status_filter.set_texts(translate("JournalPage", "Status:"), [
            everything, *(labels.status_name(code) for code in STATUSES)])
        self.reaction_filter.set_texts(translate("JournalPage", "What I did:"), [
            everything, *(labels.reaction_name(code, short=True)
                          for code in vocabulary.REACTIONS)])
        self.render_filters_button()
