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

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.analysis.inputs import NotAFile, check_file, check_text, shown_name
from vigilance_app.analysis.limits import MAX_INPUT_BYTES, InputTooLarge
from vigilance_app.ui.check.batch import BatchAnalysis, FittingList
from vigilance_app.ui.check.items import (
    ANALYSING,
    INTERNAL,
    WAITING,
    CheckItem,
    Message,
    error_for,
    words,
)
from vigilance_app.ui.check.result import ResultView, fill, no_links
from vigilance_app.ui.kit.accessible import ComboBox, container_scroll_area
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.file_drop import FileDropTarget
from vigilance_app.ui.kit.i18n import Retranslatable, translate
from vigilance_app.ui.kit.theme import heading

CONTEXT = "CheckPage"

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


OUTDATED = (QT_TRANSLATE_NOOP(
    "CheckPage", "The message changed since it was checked, so its result was taken away: "
                 "press Analyse to check the message as it is now."), {})


def analyse_file(path: Path, channel: str, sender: str | None) -> Any:
    """Read, parse and analyse one file (runs off the UI thread): a ``CheckedMessage``.
    An ``.eml`` keeps its original bytes (for the journal); a ``.txt`` file is text."""
    return check_file(path, channel, sender)


def analyse_text(text: str, channel: str, sender: str | None) -> Any:
    """Parse and analyse pasted text (runs off the UI thread): a ``CheckedMessage``."""
    return check_text(text, channel, sender)



class TargetScrollArea(QScrollArea):
    """The page's scroll area, which brings the verdict (or the list) to the top of the view:
    it is what the person came for."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        container_scroll_area(self)  # no invisible Tab stop
        # The scroll range grows only once the new result is laid out, which may come after
        # the next event-loop turn: keep scrolling to the target until the range allows it.
        self._target: QWidget | None = None
        self.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._scroll())

    def scroll_to(self, widget: QWidget) -> None:
        self._target = widget
        QTimer.singleShot(0, self, self._scroll)  # once the new layout has its geometry

    def _scroll(self) -> None:
        widget = self._target
        if widget is None or not widget.isVisible():
            return
        bar = self.verticalScrollBar()
        target = widget.y()
        bar.setValue(min(target, bar.maximum()))
        if bar.maximum() >= target:
            self._target = None  # reached: later scrolling is the person's own


class CheckPage(Retranslatable, FileDropTarget, BatchAnalysis, QWidget):
    """Paste or drop messages; the verdict comes first, then each reason with its evidence.
    Several files are analysed in turn by ``BatchAnalysis`` (``batch.py``)."""

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

        self._build_input()
        self._build_list()
        self._build_result()
        self._build_layout()
        self._add_shortcuts()
        self._set_tab_order()
        self.retranslate()
        no_links(self)

    # ---- building ------------------------------------------------------------------

    def _build_input(self) -> None:
        """The pasted text, how it came, the sender, and the buttons that start an analysis."""
        self.title = heading(plain_label(), level=1)
        self.intro = plain_label()
        self.text_label = plain_label()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("messageText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().height() * 6)
        self.text_edit.textChanged.connect(self._input_changed)
        self.text_label.setBuddy(self.text_edit)
        self.channel_label = plain_label()
        self.channel_combo = ComboBox()
        self.channel_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, _title in CHANNELS:
            self.channel_combo.addItem("", code)
        self.channel_label.setBuddy(self.channel_combo)
        self.channel_combo.currentIndexChanged.connect(lambda _i: self._input_changed())
        self.sender_label = plain_label()
        self.sender_edit = QLineEdit()
        self.sender_label.setBuddy(self.sender_edit)
        self.sender_edit.textChanged.connect(lambda _t: self._input_changed())
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

    def _build_list(self) -> None:
        """Several files: one line each."""
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

    def _build_result(self) -> None:
        self.result_box = ResultView()
        self.result_box.journal_button.clicked.connect(self._add_to_journal)
        self.result_box.plan_button.clicked.connect(self._what_to_do)
        self.result_box.another_button.clicked.connect(self.check_another)
        self.level_label = self.result_box.level_label
        self.verdict_label = self.result_box.verdict_label
        self.journal_button = self.result_box.journal_button
        self.plan_button = self.result_box.plan_button
        self.another_button = self.result_box.another_button
        self.result_box.hide()
        self.error_label = plain_label()
        self.error_label.setObjectName("checkError")
        self.error_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.error_label.hide()

    def _build_layout(self) -> None:
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
        self.scroll = TargetScrollArea()
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def _add_shortcuts(self) -> None:
        self.shortcuts = []
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.analyse)
            self.shortcuts.append(shortcut)

    def _set_tab_order(self) -> None:
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
        self.setTabOrder(self.plan_button, self.another_button)

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
        self._start_single(CheckItem(None, pasted=True),
                           lambda: analyse_text(text, channel, sender))

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

    def _analyse_job(self, path: Path, channel: str, sender: str | None) -> Callable[[], Any]:
        return lambda: analyse_file(path, channel, sender)

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
            text = words(self._error)
        elif item is not None and item.checked is None:
            message = item.error or ((WAITING, {}) if item.state == "waiting"
                                     else (ANALYSING, {}) if item.state == "running"
                                     else (INTERNAL, {}))
            text = words(message)
            if self.batch and item.name:
                text = fill(self.tr("%1: %2"), item.name, text)
        else:
            return
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)

    def _scroll_to(self, widget: QWidget) -> None:
        self.scroll.scroll_to(widget)

    # ---- a result that no longer matches the input ----------------------------------

    def _input_changed(self) -> None:
        """The pasted message, its sender or its channel changed after a verdict: the verdict
        was about what was there before, so it is taken away (never left as if it were
        current) and a line says how to get a new one. The result of a file, or of a message
        checked elsewhere, is not about these fields: it stays."""
        item = self._current
        if self.working or self.batch or item is None or not item.pasted:
            return
        self._reset(batch=False)
        self.result_box.hide()
        self._error = OUTDATED
        self._render_error()
        self.error_label.show()

    def check_another(self) -> None:
        """"Check another message": an empty box, no result, the focus in the box."""
        if self.working:
            return
        self.text_edit.blockSignals(True)
        self.sender_edit.blockSignals(True)
        self.text_edit.clear()
        self.sender_edit.clear()
        self.text_edit.blockSignals(False)
        self.sender_edit.blockSignals(False)
        self._reset(batch=False)
        self.result_box.hide()
        self.error_label.hide()
        self.scroll.verticalScrollBar().setValue(0)
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def accepts_drop(self) -> bool:
        return not self.working

    def files_dropped(self, paths: list[Path]) -> None:
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
