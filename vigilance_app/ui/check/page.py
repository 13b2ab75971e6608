""""Is this a scam?": paste a message or drop email files, and read why they look suspicious.

Everything that comes from a message is hostile: it is shown as plain text (the evidence is
highlighted in rich text built from escaped pieces only, see ``check_result``), links are shown
defanged and never clickable, attachments are listed and never written or opened.
Parsing and analysis run off the UI thread (``BackgroundRunner``); a file is refused by its
size before it is read. Several files chosen or dropped at once are analysed one after the
other (progress "2 of 5", a Cancel button), then listed with their verdicts: selecting one in
the list (click, keyboard or an assistive tool) shows its full result below.

Under a verdict, "Add to the journal" emits ``add_to_journal_requested(CheckedMessage)`` and
"What to do now?" emits ``plan_requested(situation)``; the main window connects both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QSize,
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
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.analysis.inputs import NotAFile, check_file, check_text, shown_name
from vigilance_app.analysis.limits import MAX_INPUT_BYTES, AnalysisError, InputTooLarge
from vigilance_app.ui.check.result import ResultView, fill, incomplete, level_of, no_links
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import Retranslatable, translate
from vigilance_app.ui.kit.theme import heading

CONTEXT = "CheckPage"
MAX_FILES = 100  # files checked in one go; the others are named as not checked

CHANNELS: list[tuple[str, str]] = [
    ("sms", QT_TRANSLATE_NOOP("CheckPage", "SMS")),
    ("email", QT_TRANSLATE_NOOP("CheckPage", "Email")),
    ("phone_call", QT_TRANSLATE_NOOP("CheckPage", "Phone call")),
    ("voicemail", QT_TRANSLATE_NOOP("CheckPage", "Voicemail")),
    ("letter", QT_TRANSLATE_NOOP("CheckPage", "Letter")),
    ("website", QT_TRANSLATE_NOOP("CheckPage", "Website")),
    ("messaging", QT_TRANSLATE_NOOP("CheckPage", "Messaging app (WhatsApp, social network)")),
    ("in_person", QT_TRANSLATE_NOOP("CheckPage", "In person")),
]

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

NOT_A_FILE = QT_TRANSLATE_NOOP("CheckPage", "This file does not exist or is not a file.")
UNREADABLE = QT_TRANSLATE_NOOP("CheckPage", "This file cannot be read.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "CheckPage", "This file is too large to be analysed safely (the limit is %1 MB). "
                 "It was not opened.")
DAMAGED = QT_TRANSLATE_NOOP(
    "CheckPage", "This message could not be analysed: it is damaged or built in an unusual "
                 "way. Treat it with caution.")
INTERNAL = QT_TRANSLATE_NOOP(
    "CheckPage", "This message could not be analysed because of an internal error. Treat it "
                 "with caution.")
STOPPED = QT_TRANSLATE_NOOP("CheckPage", "This file was not analysed: the analysis was stopped.")
WAITING = QT_TRANSLATE_NOOP("CheckPage", "This file is waiting to be analysed.")
ANALYSING = QT_TRANSLATE_NOOP("CheckPage", "This file is being analysed.")

Message = tuple[str, dict[str, str]]  # an English source text and its %n values


def _words(message: Message) -> str:
    source, values = message
    text = translate(CONTEXT, source)
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def analyse_file(path: Path, channel: str, sender: str | None) -> Any:
    """Read, parse and analyse one file (runs off the UI thread): a ``CheckedMessage``.
    An ``.eml`` keeps its original bytes (for the journal); a ``.txt`` file is text."""
    return check_file(path, channel, sender)


def analyse_text(text: str, channel: str, sender: str | None) -> Any:
    """Parse and analyse pasted text (runs off the UI thread): a ``CheckedMessage``."""
    return check_text(text, channel, sender)


def error_for(exc: BaseException) -> Message:
    """Plain words for what went wrong (never the exception's own text)."""
    if isinstance(exc, InputTooLarge):
        return TOO_LARGE, {"%1": str(MAX_INPUT_BYTES // (1024 * 1024))}
    if isinstance(exc, AnalysisError):
        return DAMAGED, {}
    if isinstance(exc, NotAFile):
        return NOT_A_FILE, {}
    if isinstance(exc, OSError):
        return UNREADABLE, {}
    return INTERNAL, {}


@dataclass
class CheckItem:
    """One message checked (or to check): a file of a batch, one file, or pasted text."""

    name: str | None  # the file's name; None for pasted text
    path: Path | None = None
    checked: Any = None  # CheckedMessage once analysed
    error: Message | None = None  # why it could not be analysed
    state: str = "waiting"  # waiting | running | done | failed | stopped


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


class CheckPage(Retranslatable, QWidget):
    """Paste or drop messages; the verdict comes first, then each reason with its evidence."""

    add_to_journal_requested = Signal(object)  # a CheckedMessage
    plan_requested = Signal(str)  # a situation code (vocabulary.SITUATIONS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from vigilance_app.ui.kit.background import BackgroundRunner

        self.setObjectName("checkPage")
        self.setAcceptDrops(True)
        self.items: list[CheckItem] = []
        self.batch = False  # several files: the list is shown
        self._batch_running = False  # files of the batch still to analyse or being analysed
        self._batch_input: tuple[str, str | None] = ("email", None)  # channel, sender
        self.skipped = 0  # files over MAX_FILES, not checked
        self._next = 0  # index of the next item to analyse in a batch
        self._stop_requested = False
        self._current: CheckItem | None = None
        self._error: Message | None = None  # a message about the input itself
        self.runner = BackgroundRunner(self)
        self.runner.busy_changed.connect(self._busy_changed)

        # ---- input ----
        self.title = heading(plain_label(), level=1)
        self.intro = plain_label()
        self.text_label = plain_label()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("messageText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().height() * 6)
        self.text_label.setBuddy(self.text_edit)
        self.channel_label = plain_label()
        self.channel_combo = QComboBox()
        self.channel_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, _title in CHANNELS:
            self.channel_combo.addItem("", code)
        self.channel_label.setBuddy(self.channel_combo)
        self.sender_label = plain_label()
        self.sender_edit = QLineEdit()
        self.sender_label.setBuddy(self.sender_edit)
        self.analyse_button = QPushButton()
        self.analyse_button.setDefault(True)
        self.analyse_button.clicked.connect(self.analyse)
        self.file_button = QPushButton()
        self.file_button.clicked.connect(self.choose_files)
        self.drop_hint = plain_label()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(self.fontMetrics().height())
        self.busy_bar.hide()
        self.busy_label = plain_label()
        self.busy_label.setObjectName("progress")
        self.busy_label.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelBatch")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()

        fields = QVBoxLayout()  # one above the other: room for long labels at 200 %
        fields.addWidget(self.channel_label)
        fields.addWidget(self.channel_combo, 0, Qt.AlignmentFlag.AlignLeft)
        fields.addWidget(self.sender_label)
        fields.addWidget(self.sender_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.analyse_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        progress = QHBoxLayout()
        progress.addWidget(self.busy_bar, 1)
        progress.addWidget(self.cancel_button)

        # ---- several files: one line each ----
        self.list_label = heading(plain_label(), level=2)
        self.list_label.hide()
        self.results_list = FittingList()
        self.results_list.setObjectName("checkedFiles")
        self.results_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_list.setWordWrap(True)
        self.results_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results_list.currentRowChanged.connect(self._row_changed)
        self.results_list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list_label.setBuddy(self.results_list)
        self.results_list.hide()

        # ---- result ----
        self.result_box = ResultView()
        self.result_box.journal_button.clicked.connect(self._add_to_journal)
        self.result_box.plan_button.clicked.connect(self._what_to_do)
        self.level_label = self.result_box.level_label
        self.verdict_label = self.result_box.verdict_label
        self.journal_button = self.result_box.journal_button
        self.plan_button = self.result_box.plan_button
        self.result_box.hide()
        self.error_label = plain_label()
        self.error_label.setObjectName("checkError")
        self.error_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.error_label.hide()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(8)
        for widget in (self.title, self.intro, self.text_label, self.text_edit):
            column.addWidget(widget)
        column.addLayout(fields)
        column.addLayout(buttons)
        column.addWidget(self.drop_hint)
        column.addWidget(self.busy_label)
        column.addLayout(progress)
        for widget in (self.list_label, self.results_list, self.error_label, self.result_box):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        # The scroll range grows only once the new result is laid out, which may come after
        # the next event-loop turn: keep scrolling to the verdict until the range allows it.
        self._scroll_target: QWidget | None = None
        self.scroll.verticalScrollBar().rangeChanged.connect(self._range_changed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        self.shortcuts = []
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.analyse)
            self.shortcuts.append(shortcut)

        self.setTabOrder(self.text_edit, self.channel_combo)
        self.setTabOrder(self.channel_combo, self.sender_edit)
        self.setTabOrder(self.sender_edit, self.analyse_button)
        self.setTabOrder(self.analyse_button, self.file_button)
        self.setTabOrder(self.file_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.results_list)
        self.setTabOrder(self.results_list, self.error_label)
        self.setTabOrder(self.error_label, self.verdict_label)
        self.setTabOrder(self.verdict_label, self.journal_button)
        self.setTabOrder(self.journal_button, self.plan_button)
        self.retranslate()
        no_links(self)

    # ---- what is shown -------------------------------------------------------------

    @property
    def working(self) -> bool:
        """A file or a text is being analysed, or files of a batch are still waiting."""
        return self.runner.busy or self._batch_running

    @property
    def current(self) -> CheckItem | None:
        """The item whose result is shown below (the selected one in a batch)."""
        return self._current

    @property
    def _analysis(self) -> Any:
        item = self._current
        return item.checked.analysis if item is not None and item.checked is not None else None

    # ---- starting an analysis ------------------------------------------------------

    def channel(self) -> str:
        return str(self.channel_combo.currentData())

    def sender(self) -> str | None:
        return self.sender_edit.text().strip() or None

    def analyse(self) -> None:
        """Analyse the pasted text (the primary button, Ctrl+Enter)."""
        if self.working:
            return
        text = self.text_edit.toPlainText()
        if not text.strip():
            self._show_input_error((QT_TRANSLATE_NOOP(
                "CheckPage", "Paste the message in the box first, or choose an email file."),
                {}))
            return
        channel, sender = self.channel(), self.sender()
        self._start_single(CheckItem(None), lambda: analyse_text(text, channel, sender))

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose email files"), "",
            self.tr("Email and text files (*.eml *.txt);;Email files (*.eml);;"
                    "Text files (*.txt);;All files (*)"))
        if names:
            self.analyse_paths([Path(name) for name in names])

    def analyse_paths(self, paths: list[Path]) -> None:
        """One file: analysed and shown. Several: analysed in turn, then listed."""
        if not paths or self.working:
            return
        if len(paths) > 1:
            self._start_batch(paths)
            return
        path = paths[0]
        item = CheckItem(shown_name(path.name), path)
        try:  # refused on the spot, before reading a single byte
            if not path.is_file():
                raise NotAFile(str(path))
            if path.stat().st_size > MAX_INPUT_BYTES:
                raise InputTooLarge(path.stat().st_size)
        except (OSError, InputTooLarge) as exc:
            self._reset(batch=False)
            self._failed_item(item, exc)
            self._show(item, focus=True)
            return
        channel, sender = self.channel(), self.sender()
        self._start_single(item, lambda: analyse_file(path, channel, sender))

    def show_checked(self, checked: Any) -> None:
        """Show a message analysed elsewhere, as if it had just been analysed here."""
        if self.working:
            return
        self._reset(batch=False)
        item = CheckItem(checked.source_name, checked=checked, state="done")
        self.items = [item]
        self._show(item, focus=True)

    def _reset(self, batch: bool) -> None:
        self.items = []
        self.batch = batch
        self.skipped = 0
        self._next = 0
        self._batch_running = False
        self._stop_requested = False
        self._current = None
        self._error = None
        self.results_list.blockSignals(True)
        self.results_list.clear()
        self.results_list.blockSignals(False)
        self.results_list.setVisible(batch)
        self.list_label.setVisible(batch)
        self.result_box.clear()

    def _start_single(self, item: CheckItem, job: Any) -> None:
        self._reset(batch=False)
        self.items = [item]
        item.state = "running"
        self.runner.run(job, lambda checked: self._single_done(item, checked),
                        lambda exc: self._single_failed(item, exc))

    def _single_done(self, item: CheckItem, checked: Any) -> None:
        item.checked, item.state = checked, "done"
        self._show(item, focus=True)

    def _single_failed(self, item: CheckItem, exc: BaseException) -> None:
        self._failed_item(item, exc)
        self._show(item, focus=True)

    @staticmethod
    def _failed_item(item: CheckItem, exc: BaseException) -> None:
        item.error, item.state = error_for(exc), "failed"

    # ---- several files -------------------------------------------------------------

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
        self.runner.run(lambda: analyse_file(path, channel, sender),
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
        typing = self.focusWidget() in (self.text_edit, self.sender_edit, self.channel_combo)
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
                text = self.tr("Stopping after the current file…")
            else:
                text = fill(self.tr("Analysing file %1 of %2… the window stays usable."),
                            str(self._next), str(total))
            self.busy_label.setText(text)
            self.busy_bar.setAccessibleName(text)
        else:
            self.busy_bar.setRange(0, 0)
            self.busy_label.setText(self.tr("Analysing… the window stays usable."))
            self.busy_bar.setAccessibleName(self.tr("Analysis in progress"))

    def _update_list_title(self) -> None:
        if self.skipped:
            self.list_label.setText(fill(self.tr(
                "Files chec&ked (the first %1; %2 more were not checked)"),
                str(MAX_FILES), str(self.skipped)))
        else:
            self.list_label.setText(self.tr("Files chec&ked"))

    def _item_text(self, item: CheckItem) -> str:
        name = item.name or ""
        if item.state == "done" and item.checked is not None:
            words = translate(CONTEXT, SHORT_VERDICTS[level_of(item.checked)])
            if incomplete(item.checked):
                return fill(self.tr("%1: %2 (part of it could not be read)"), name, words)
            return fill(self.tr("%1: %2"), name, words)
        if item.state == "running":
            return self.tr("%1: being analysed…").replace("%1", name)
        if item.state == "waiting":
            return self.tr("%1: waiting").replace("%1", name)
        if item.state == "stopped":
            return self.tr("%1: not analysed (stopped)").replace("%1", name)
        reason = _words(item.error) if item.error else translate(CONTEXT, INTERNAL)
        return fill(self.tr("%1: not analysed. %2"), name, reason)

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

    # ---- busy state ----------------------------------------------------------------

    def _busy_changed(self, busy: bool) -> None:
        working = busy or self.working
        self.busy_bar.setVisible(working)
        self.busy_label.setVisible(working)
        self.analyse_button.setEnabled(not working)
        self.file_button.setEnabled(not working)
        self.cancel_button.setVisible(working and self.batch)
        if working and self.batch and not self._stop_requested:
            self.cancel_button.setEnabled(True)
        if busy:
            self._update_progress()
        if busy and not self.batch:  # no earlier result stays on screen next to the new one
            self.error_label.hide()
            self.result_box.hide()

    # ---- results -------------------------------------------------------------------

    def _show(self, item: CheckItem, focus: bool) -> None:
        """Show ``item``'s result (or why there is none) below the input or the list."""
        self._current = item
        self._error = None
        if item.checked is not None:
            self.error_label.hide()
            self.result_box.show_checked(item.checked, item.name if self.batch else None)
            self.result_box.show()
            target: QWidget = self.verdict_label
        else:
            self.result_box.hide()
            self.result_box.clear()
            self._render_error()
            self.error_label.show()
            target = self.error_label
        if focus:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll_to(self.result_box if item.checked is not None else self.error_label)

    def _show_input_error(self, message: Message) -> None:
        self._reset(batch=False)
        self._error = message
        self.result_box.hide()
        self._render_error()
        self.error_label.show()
        self.error_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render_error(self) -> None:
        item = self._current
        if self._error is not None:
            text = _words(self._error)
        elif item is not None and item.checked is None:
            message = item.error or ((WAITING, {}) if item.state == "waiting"
                                     else (ANALYSING, {}) if item.state == "running"
                                     else (INTERNAL, {}))
            text = _words(message)
            if self.batch and item.name:
                text = fill(self.tr("%1: %2"), item.name, text)
        else:
            return
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)

    def _scroll_to(self, widget: QWidget) -> None:
        self._scroll_target = widget
        QTimer.singleShot(0, self, self._scroll_to_target)  # once the new layout has its geometry

    def _scroll_to_target(self) -> None:
        """The verdict (or the list) at the top of the view: it is what the person came for."""
        widget = self._scroll_target
        if widget is None or not widget.isVisible():
            return
        bar = self.scroll.verticalScrollBar()
        target = widget.y()
        bar.setValue(min(target, bar.maximum()))
        if bar.maximum() >= target:
            self._scroll_target = None  # reached: later scrolling is the person's own

    def _range_changed(self, _minimum: int, _maximum: int) -> None:
        self._scroll_to_target()

    # ---- the two next steps --------------------------------------------------------

    def _add_to_journal(self) -> None:
        item = self._current
        if item is not None and item.checked is not None:
            self.add_to_journal_requested.emit(item.checked)

    def _what_to_do(self) -> None:
        situation = self.result_box.situation()
        if situation is not None:
            self.plan_requested.emit(situation)

    # ---- drag and drop -------------------------------------------------------------

    @staticmethod
    def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        urls = mime.urls()
        if not urls or not all(url.isLocalFile() for url in urls):
            return []
        return [Path(url.toLocalFile()) for url in urls]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_paths(event) and not self.working:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event)
        if not paths or self.working:
            event.ignore()
            return
        event.acceptProposedAction()
        self.analyse_paths(paths)

    # ---- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Is this a scam?"))
        self.intro.setText(self.tr(
            "Paste the message you received, or describe the call or the letter. Vigilance "
            "looks for the usual signs of a fraudulent message. Nothing is sent anywhere."))
        self.text_label.setText(self.tr("&Message (text only):"))
        self.text_edit.setAccessibleName(self.tr("Message to check"))
        self.text_edit.setPlaceholderText(self.tr("Paste the message here"))
        self.channel_label.setText(self.tr("&Received by:"))
        self.channel_combo.setAccessibleName(self.tr("Received by"))
        for row, (_code, title) in enumerate(CHANNELS):
            self.channel_combo.setItemText(row, translate(CONTEXT, title))
        self.sender_label.setText(self.tr("&Sender, if known (number, name or address):"))
        self.sender_edit.setAccessibleName(self.tr("Sender, if known"))
        self.analyse_button.setText(self.tr("&Analyse"))
        self.analyse_button.setAccessibleName(self.tr("Analyse"))
        self.analyse_button.setToolTip(self.tr("Analyse the pasted message (Ctrl+Enter)"))
        self.file_button.setText(self.tr("Choose &email files…"))
        self.file_button.setAccessibleName(self.tr("Choose email files"))
        self.drop_hint.setText(self.tr(
            "You can also drop one or more email files (.eml) on this page. They are read, "
            "never opened."))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the analysis of the files"))
        self.cancel_button.setToolTip(self.tr("Stop after the file being analysed"))
        self.results_list.setAccessibleName(self.tr("Files checked"))
        self.results_list.setAccessibleDescription(self.tr(
            "Choose a file to see its result below."))
        self._update_list_title()
        self._update_progress()
        self._update_list()
        self.result_box.render()
        self._render_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._update_list()  # icons follow the text size
        super().changeEvent(event)

    def closeEvent(self, event: Any) -> None:
        self._stop_requested = True
        if self.runner.busy:
            self.runner.wait()
        super().closeEvent(event)
