""""Is this a scam?": paste a message or drop an email file, and read why it looks suspicious.

Everything that comes from the message is hostile: it is shown as plain text only, links are
shown defanged and never clickable, attachments are listed and never written or opened.
Parsing and analysis run off the UI thread (``BackgroundRunner``); a file is refused by its
size before it is read. Several files chosen or dropped at once: the first is analysed and the
others are named, to be checked one at a time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.analysis.limits import MAX_INPUT_BYTES, AnalysisError, InputTooLarge
from vigilance_app.ui.common import plain_label
from vigilance_app.ui.i18n import current_language
from vigilance_app.ui.theme import heading

CONTEXT = "CheckPage"
TEXT_SUFFIXES = (".txt", ".text")

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

LEVELS = {
    "high": QT_TRANSLATE_NOOP("CheckPage", "Risk level: high"),
    "medium": QT_TRANSLATE_NOOP("CheckPage", "Risk level: medium"),
    "low": QT_TRANSLATE_NOOP("CheckPage", "Risk level: low"),
}

VERDICTS = {
    "high": QT_TRANSLATE_NOOP("CheckPage", "Very likely a scam. Do not reply, do not click."),
    "medium": QT_TRANSLATE_NOOP(
        "CheckPage", "Some signs of a scam. Be careful: check with the organisation through "
                     "its usual contact details before doing anything."),
    "low": QT_TRANSLATE_NOOP("CheckPage", "No clear sign of a scam found. Stay careful."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _explain_lang() -> str:
    app = QCoreApplication.instance()
    return current_language(app) if app is not None else "fr"


def _read_limited(path: Path) -> bytes:
    """The bytes of ``path``, refused (before reading) when over the size limit."""
    size = path.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise InputTooLarge(size)
    with path.open("rb") as handle:
        data = handle.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:  # grew since the size was read
        raise InputTooLarge(len(data))
    return data


def analyse_file(path: Path, channel: str, sender: str | None) -> Any:
    """Read, parse and analyse one file (runs off the UI thread)."""
    from vigilance_app.analysis.analyze import analyze
    from vigilance_app.analysis.eml import parse_eml
    from vigilance_app.analysis.pasted import parse_bytes_as_text

    data = _read_limited(path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return analyze(parse_bytes_as_text(data, channel, sender))
    return analyze(parse_eml(data))


def analyse_text(text: str, channel: str, sender: str | None) -> Any:
    """Parse and analyse pasted text (runs off the UI thread)."""
    from vigilance_app.analysis.analyze import analyze
    from vigilance_app.analysis.pasted import parse_text

    return analyze(parse_text(text, channel, sender))


class CheckPage(QWidget):
    """Paste or drop a message; the verdict comes first, then each reason with its evidence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from vigilance_app.ui.background import BackgroundRunner

        self.setObjectName("checkPage")
        self.setAcceptDrops(True)
        self._analysis: Any = None
        self._others: list[str] = []  # files chosen with the analysed one, not analysed
        self._error: tuple[str, dict[str, str]] | None = None  # source text and its values
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
        self.busy_label.hide()

        fields = QVBoxLayout()  # one above the other: room for long labels at 200 %
        fields.addWidget(self.channel_label)
        fields.addWidget(self.channel_combo, 0, Qt.AlignmentFlag.AlignLeft)
        fields.addWidget(self.sender_label)
        fields.addWidget(self.sender_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.analyse_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)

        # ---- result ----
        self.result_box = QFrame()
        self.result_box.setObjectName("checkResult")
        self.result_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.level_label = heading(plain_label(), level=2)
        self.level_label.setObjectName("riskLevel")
        self.verdict_label = heading(plain_label(), level=1)
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details = QVBoxLayout()
        self.details.setSpacing(8)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.level_label)
        result_layout.addWidget(self.verdict_label)
        result_layout.addLayout(self.details)
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
        for widget in (self.drop_hint, self.busy_label, self.busy_bar, self.error_label,
                       self.result_box):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        # The scroll range grows only once the new result is laid out, which may come after
        # the next event-loop turn: keep scrolling to the verdict until the range allows it.
        self._scroll_pending = False
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
        self.retranslate()
        self._no_links()

    # ---- starting an analysis ------------------------------------------------------

    def channel(self) -> str:
        return str(self.channel_combo.currentData())

    def sender(self) -> str | None:
        return self.sender_edit.text().strip() or None

    def analyse(self) -> None:
        """Analyse the pasted text (the primary button, Ctrl+Enter)."""
        text = self.text_edit.toPlainText()
        if not text.strip():
            self._show_error(QT_TRANSLATE_NOOP(
                "CheckPage", "Paste the message in the box first, or choose an email file."))
            return
        channel, sender = self.channel(), self.sender()
        self._start(lambda: analyse_text(text, channel, sender), [])

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose an email file"), "",
            self.tr("Email files (*.eml);;Text files (*.txt);;All files (*)"))
        if names:
            self.analyse_paths([Path(name) for name in names])

    def analyse_paths(self, paths: list[Path]) -> None:
        """Analyse the first file; the others are named so the person can check them next."""
        if not paths:
            return
        first = paths[0]
        others = [path.name for path in paths[1:]]
        try:
            if not first.is_file():
                self._show_error(QT_TRANSLATE_NOOP(
                    "CheckPage", "This file does not exist or is not a file."))
                return
            size = first.stat().st_size
        except OSError:
            self._show_error(QT_TRANSLATE_NOOP("CheckPage", "This file cannot be read."))
            return
        if size > MAX_INPUT_BYTES:  # refused before reading a single byte
            self._show_too_large()
            return
        channel, sender = self.channel(), self.sender()
        self._start(lambda: analyse_file(first, channel, sender), others)

    def _start(self, job: Any, others: list[str]) -> None:
        if self.runner.busy:
            return
        self._others = others
        self.runner.run(job, self._done, self._failed)

    def _busy_changed(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.analyse_button.setEnabled(not busy)
        self.file_button.setEnabled(not busy)
        if busy:  # no earlier result stays on screen next to the new message
            self.error_label.hide()
            self.result_box.hide()

    # ---- results -------------------------------------------------------------------

    def _done(self, analysis: Any) -> None:
        self._analysis = analysis
        self._error = None
        self.error_label.hide()
        self._render()
        self.result_box.show()
        self.verdict_label.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll_pending = True
        QTimer.singleShot(0, self._scroll_to_result)  # once the new layout has its geometry

    def _scroll_to_result(self) -> None:
        """The verdict at the top of the view: it is what the person came for."""
        if not self._scroll_pending or not self.result_box.isVisible():
            return
        bar = self.scroll.verticalScrollBar()
        target = self.result_box.y()
        bar.setValue(min(target, bar.maximum()))
        if bar.maximum() >= target:
            self._scroll_pending = False  # reached: later scrolling is the person's own

    def _range_changed(self, _minimum: int, _maximum: int) -> None:
        self._scroll_to_result()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, InputTooLarge):
            self._show_too_large()
        elif isinstance(exc, AnalysisError):
            self._show_error(QT_TRANSLATE_NOOP(
                "CheckPage", "This message could not be analysed: it is damaged or built in an "
                             "unusual way. Treat it with caution."))
        elif isinstance(exc, OSError):
            self._show_error(QT_TRANSLATE_NOOP("CheckPage", "This file cannot be read."))
        else:
            self._show_error(QT_TRANSLATE_NOOP(
                "CheckPage", "This message could not be analysed because of an internal "
                             "error. Treat it with caution."))

    def _show_too_large(self) -> None:
        self._show_error(QT_TRANSLATE_NOOP(
            "CheckPage", "This file is too large to be analysed safely (the limit is %1 MB). "
                         "It was not opened."), {"%1": str(MAX_INPUT_BYTES // (1024 * 1024))})

    def _show_error(self, source: str, values: dict[str, str] | None = None) -> None:
        self._analysis = None
        self._error = (source, values or {})
        self.result_box.hide()
        self._render_error()
        self.error_label.show()
        self.error_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render_error(self) -> None:
        if self._error is None:
            return
        source, values = self._error
        text = _tr(source)
        for key, value in values.items():
            text = text.replace(key, value)
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)

    def _clear_details(self) -> None:
        while self.details.count():
            item = self.details.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _add(self, widget: QWidget) -> QWidget:
        self.details.addWidget(widget)
        return widget

    def _section(self, title: str) -> None:
        self._add(heading(plain_label(title), level=2))

    def _message_label(self, text: str) -> QLabel:
        """Text from the message: plain, selectable with the mouse at most, never a link."""
        label = plain_label(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setOpenExternalLinks(False)
        self.details.addWidget(label)
        return label

    def _no_links(self) -> None:
        """No label of this page ever offers a link, whatever its text."""
        links = (Qt.TextInteractionFlag.LinksAccessibleByMouse
                 | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        for label in self.findChildren(QLabel):
            label.setOpenExternalLinks(False)
            label.setTextInteractionFlags(label.textInteractionFlags() & ~links)

    def _render(self) -> None:
        analysis = self._analysis
        if analysis is None:
            return
        lang = _explain_lang()
        level = analysis.risk.level
        self.level_label.setText(_tr(LEVELS.get(level, LEVELS["medium"])))
        verdict = _tr(VERDICTS.get(level, VERDICTS["medium"]))
        self.verdict_label.setText(verdict)
        self.verdict_label.setAccessibleName(f"{self.level_label.text()}. {verdict}")
        self._clear_details()

        if self._others:
            self._add(plain_label(self.tr(
                "Only the first file was analysed. Check the others one at a time: %1"
            ).replace("%1", ", ".join(self._others))))

        from vigilance_app.analysis.flags import explain

        if analysis.flags:
            self._section(self.tr("Why"))
        for flag in analysis.flags:
            title, explanation, what_to_do = explain(flag.code, lang)
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            box.setObjectName("flag_" + flag.code)
            inner = QVBoxLayout(box)
            name = heading(plain_label(title), level=3)
            inner.addWidget(name)
            inner.addWidget(plain_label(explanation))
            inner.addWidget(plain_label(self.tr("What to do: %1").replace("%1", what_to_do)))
            if flag.evidence:
                evidence = plain_label(self.tr("Found in the message: %1").replace(
                    "%1", ", ".join(flag.evidence)))
                evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                evidence.setObjectName("evidence")
                inner.addWidget(evidence)
            self._add(box)

        if analysis.links:
            self._section(self.tr("Links in the message (made harmless, not clickable)"))
            shown = dict.fromkeys(link.defanged for link in analysis.links)  # never the live one
            for defanged in list(shown)[:50]:
                label = self._message_label(defanged)
                label.setObjectName("link")
            if len(shown) > 50:
                self._add(plain_label(self.tr("%1 more links are not shown.").replace(
                    "%1", str(len(shown) - 50))))

        if analysis.attachments:
            self._section(self.tr("Attachments (not opened)"))
            for attachment in analysis.attachments[:50]:
                name = attachment.filename or self.tr("(no name)")
                if attachment.dangerous:
                    line = self.tr("%1: dangerous, do not open it").replace("%1", name)
                else:
                    line = self.tr("%1: not flagged").replace("%1", name)
                self._message_label(line).setObjectName("attachment")
        self._no_links()

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
        if self._local_paths(event) and not self.runner.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event)
        if not paths:
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
            self.channel_combo.setItemText(row, _tr(title))
        self.sender_label.setText(self.tr("&Sender, if known (number, name or address):"))
        self.sender_edit.setAccessibleName(self.tr("Sender, if known"))
        self.analyse_button.setText(self.tr("&Analyse"))
        self.analyse_button.setAccessibleName(self.tr("Analyse"))
        self.analyse_button.setToolTip(self.tr("Analyse the pasted message (Ctrl+Enter)"))
        self.file_button.setText(self.tr("Choose an &email file…"))
        self.file_button.setAccessibleName(self.tr("Choose an email file"))
        self.drop_hint.setText(self.tr(
            "You can also drop an email file (.eml) on this page. It is read, never opened."))
        self.busy_label.setText(self.tr("Analysing… the window stays usable."))
        self.busy_bar.setAccessibleName(self.tr("Analysis in progress"))
        self.result_box.setAccessibleName(self.tr("Result"))
        self._render()
        self._render_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: Any) -> None:
        if self.runner.busy:
            self.runner.wait()
        super().closeEvent(event)

