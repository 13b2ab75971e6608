"""Several files checked at once on the "Is this a scam?" page: analysed one after the other
(progress "2 of 5", a Cancel button), then listed with their verdicts; selecting one in the
list (click, keyboard or an assistive tool) shows its full result below the list.

``BatchAnalysis`` is a part of ``CheckPage`` (a mixin): it uses the page's runner, its
``items`` and ``_show``. Its texts keep the page's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QSize, Qt, QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle

from vigilance_app.analysis.inputs import shown_name
from vigilance_app.ui.check.items import INTERNAL, STOPPED, CheckItem, words
from vigilance_app.ui.check.result import fill, incomplete, level_of
from vigilance_app.ui.kit.i18n import translate

MAX_FILES = 100  # files checked in one go; the others are named as not checked

# What each file of a batch says in the list: words first (the icon only repeats them).
SHORT_VERDICTS = {
    "high": QT_TRANSLATE_NOOP("CheckPage", "very likely a scam"),
    "medium": QT_TRANSLATE_NOOP("CheckPage", "some signs of a scam"),
    "low": QT_TRANSLATE_NOOP("CheckPage", "no clear sign of a scam"),
}
_ICONS = {
    "high": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "medium": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "low": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "failed": QStyle.StandardPixmap.SP_MessageBoxQuestion,
}


class FittingList(QListWidget):
    """A list as tall as its rows (wrapped at any text size): the page scrolls, not the list,
    so no file name or verdict is ever cut."""

    def fit(self) -> None:
        height = 2 * self.frameWidth()
        if self.count():
            self.doItemsLayout()
            last = self.visualItemRect(self.item(self.count() - 1))
            height += last.bottom() + 1 + self.verticalOffset() + self.spacing()
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit)  # the rows wrap again at the new width


class BatchAnalysis:
    """The analysis of several files, one after the other, for ``CheckPage``."""

    def _analyse_job(self, path: Path, channel: str, sender: str | None) -> Callable[[], Any]:
        raise NotImplementedError  # the page's: the work of analysing one file

    def _start_batch(self, paths: list[Path]) -> None:
        self._reset(batch=True)
        self.skipped = max(0, len(paths) - MAX_FILES)
        self.items = [CheckItem(shown_name(path.name), path) for path in paths[:MAX_FILES]]
        for _item in self.items:
            self.results_list.addItem(QListWidgetItem())
        self._update_list_title()
        self._update_list()
        self._batch_running = True
        self._batch_input = (self.channel(), self.sender())  # as chosen when it started
        self._run_next()

    def _run_next(self) -> None:
        if self._stop_requested:
            for item in self.items[self._next:]:
                item.state, item.error = "stopped", (STOPPED, {})
            self._next = len(self.items)
        if self._next >= len(self.items):
            self._batch_finished()
            return
        item = self.items[self._next]
        self._next += 1
        item.state = "running"
        path, (channel, sender) = item.path, self._batch_input
        assert path is not None
        self._update_progress()
        self._update_list()
        self.runner.run(self._analyse_job(path, channel, sender),
                        lambda checked: self._batch_done(item, checked),
                        lambda exc: self._batch_failed(item, exc))

    def _batch_done(self, item: CheckItem, checked: Any) -> None:
        item.checked, item.state = checked, "done"
        self._after_batch_item(item)

    def _batch_failed(self, item: CheckItem, exc: BaseException) -> None:
        self._failed_item(item, exc)
        self._after_batch_item(item)

    def _after_batch_item(self, item: CheckItem) -> None:
        self._update_list()
        if item is self._current:
            self._show(item, focus=False)
        # the next file starts from the event loop, after the runner has settled
        QTimer.singleShot(0, self, self._run_next)  # not once the page is gone

    def _batch_finished(self) -> None:
        self._batch_running = False
        self._busy_changed(False)
        self._update_progress()
        self._update_list()
        self.cancel_button.hide()
        if self.results_list.currentRow() < 0 and self.items:
            self.results_list.setCurrentRow(0)
        elif self._current is not None:
            self._show(self._current, focus=False)
        focused = self.focusWidget()
        # Typing: the focus is in a field the person has filled (the empty message box where
        # the focus lands when the page opens is not typing).
        typing = (focused is self.text_edit and bool(self.text_edit.toPlainText().strip())) \
            or focused in (self.sender_edit, self.channel_combo)
        if not typing:  # the list, for the arrow keys; not while the person types
            self.results_list.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll_to(self.list_label)

    def cancel(self) -> None:
        """Stop after the file being analysed (it cannot be interrupted safely)."""
        if not self.working or not self.batch:
            return
        self._stop_requested = True
        self.cancel_button.setEnabled(False)
        self._update_progress()

    def _update_progress(self) -> None:
        total = len(self.items)
        running = self.runner.busy or self._next < total
        if self.batch and running:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(max(0, self._next - 1))
            if self._stop_requested:
                text = translate("CheckPage", "Stopping after the current file…")
            else:
                text = fill(translate("CheckPage",
                                      "Analysing file %1 of %2… the window stays usable."),
                            str(self._next), str(total))
            self.busy_label.setText(text)
            self.busy_bar.setAccessibleName(text)
        else:
            self.busy_bar.setRange(0, 0)
            self.busy_label.setText(translate("CheckPage",
                                              "Analysing… the window stays usable."))
            self.busy_bar.setAccessibleName(translate("CheckPage", "Analysis in progress"))

    def _update_list_title(self) -> None:
        if self.skipped:
            self.list_label.setText(fill(translate(
                "CheckPage",
                "Files chec&ked (the first %1; %2 more were not checked)"),
                str(MAX_FILES), str(self.skipped)))
        else:
            self.list_label.setText(translate("CheckPage", "Files chec&ked"))

    def _item_text(self, item: CheckItem) -> str:
        name = item.name or ""
        if item.state == "done" and item.checked is not None:
            verdict = translate("CheckPage", SHORT_VERDICTS[level_of(item.checked)])
            if incomplete(item.checked):
                return fill(translate("CheckPage", "%1: %2 (part of it could not be read)"),
                            name, verdict)
            return fill(translate("CheckPage", "%1: %2"), name, verdict)
        if item.state == "running":
            return translate("CheckPage", "%1: being analysed…").replace("%1", name)
        if item.state == "waiting":
            return translate("CheckPage", "%1: waiting").replace("%1", name)
        if item.state == "stopped":
            return translate("CheckPage", "%1: not analysed (stopped)").replace("%1", name)
        reason = words(item.error) if item.error else translate("CheckPage", INTERNAL)
        return fill(translate("CheckPage", "%1: not analysed. %2"), name, reason)

    def _update_list(self) -> None:
        style = self.style()
        size = self.fontMetrics().height()
        self.results_list.setIconSize(QSize(size, size))
        for row, item in enumerate(self.items):
            list_item = self.results_list.item(row)
            if list_item is None:
                continue
            text = self._item_text(item)
            list_item.setText(text)
            list_item.setToolTip(text)
            list_item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            key = (level_of(item.checked) if item.state == "done" and item.checked
                   else "failed" if item.state in ("failed", "stopped") else None)
            if key is None:
                list_item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            else:
                list_item.setIcon(style.standardIcon(_ICONS.get(key, _ICONS["failed"])))
        self.results_list.fit()

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self._show(self.items[row], focus=False)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        """Assistive tools select an item without a click or a current-row change."""
        rows = [index.row() for index in selected.indexes()]
        if rows and rows[0] != self.results_list.currentRow():
            self.results_list.setCurrentRow(rows[0])
        elif rows and 0 <= rows[0] < len(self.items):
            self._show(self.items[rows[0]], focus=False)
