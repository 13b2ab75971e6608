"""A message pasted (or an ``.eml`` dropped) on the quick capture form, analysed off the UI
thread: the form is then pre-filled from the analysis.

``PastedMessage`` creates the widgets (shown for an SMS or an email only), runs the analysis
and says how it went; ``analysed(checked)`` hands the ``CheckedMessage`` to the form. Its
texts keep the form's translation context ("QuickCaptureForm").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QProgressBar, QPushButton, QWidget

from vigilance_app.ui.journal import labels as labels
from vigilance_app.ui.kit.background import BackgroundRunner
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import translate

MAX_PASTE_CHARS = 200_000  # longer pasted text is cut before analysis (hostile input)


def checked_from_text(text: str, channel: str, sender: str | None) -> Any:
    """Parse and analyse pasted text (runs off the UI thread): a CheckedMessage."""
    from vigilance_app.analysis.inputs import check_text

    return check_text(text[:MAX_PASTE_CHARS], channel, sender)


def checked_from_file(path: Path) -> Any:
    """Read (size-limited), parse and analyse one .eml file (runs off the UI thread)."""
    from vigilance_app.analysis.inputs import check_file

    return check_file(path)


class PastedMessage(QObject):
    """The pasted message, "Analyse and fill in the form", the busy bar and the line that
    says what the analysis found."""

    analysed = Signal(object)  # a CheckedMessage

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.checked: Any = None  # the analysed message, when one was pasted or dropped
        self.error = False  # the last analysis failed
        self.runner = BackgroundRunner(self)
        self.runner.busy_changed.connect(self._busy_changed)
        lines = parent.fontMetrics().height()
        self.paste_label = plain_label()
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setObjectName("pastedMessage")
        self.paste_edit.setTabChangesFocus(True)
        self.paste_edit.setMinimumHeight(lines * 4)
        self.paste_label.setBuddy(self.paste_edit)
        self.analyse_button = QPushButton()
        self.analyse_button.setObjectName("analyseButton")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(lines)
        self.busy_bar.hide()
        self.analysis_line = plain_label()
        self.analysis_line.setObjectName("analysisLine")
        self.analysis_line.hide()

    def text(self) -> str:
        return self.paste_edit.toPlainText()

    def set_shown(self, shown: bool) -> None:
        """Pasting is offered for an SMS or an email only."""
        for widget in (self.paste_label, self.paste_edit, self.analyse_button):
            widget.setVisible(shown)

    def clear(self) -> None:
        self.checked = None
        self.error = False
        self.paste_edit.clear()
        self.analysis_line.hide()

    def analyse(self, channel: str, sender: str | None) -> None:
        text = self.paste_edit.toPlainText()
        if not text.strip() or self.runner.busy:
            return
        self.runner.run(lambda: checked_from_text(text, channel, sender), self._done,
                        self._failed)

    def analyse_file(self, path: Path) -> None:
        if self.runner.busy:
            return
        self.runner.run(lambda: checked_from_file(path), self._done, self._failed)

    def _busy_changed(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.analyse_button.setEnabled(not busy)

    def _done(self, checked: Any) -> None:
        self.checked = checked
        self.error = False
        self.analysed.emit(checked)

    def _failed(self, _exc: BaseException) -> None:
        self.checked = None
        self.error = True
        self.render()

    def render(self) -> None:
        if self.error:
            self.analysis_line.setText(translate(
                "QuickCaptureForm", "This message could not be analysed. You can still fill "
                                    "in the form and save it."))
        elif self.checked is not None:
            level = self.checked.analysis.risk.level
            self.analysis_line.setText(translate(
                "QuickCaptureForm", "Analysed: %1. The form below was filled in from the "
                                    "message: check it and save.").replace(
                "%1", labels.risk_name(level).lower()))
        else:
            self.analysis_line.hide()
            return
        self.analysis_line.setAccessibleName(self.analysis_line.text())
        self.analysis_line.show()

    def retranslate(self, channel: str) -> None:
        if channel == "email":
            self.paste_label.setText(translate(
                "QuickCaptureForm",
                "&Paste the email here, or drop the email file (.eml) on this form:"))
        else:
            self.paste_label.setText(translate("QuickCaptureForm", "&Paste the message here:"))
        self.paste_edit.setAccessibleName(translate("QuickCaptureForm", "Pasted message"))
        self.analyse_button.setText(translate("QuickCaptureForm",
                                              "&Analyse and fill in the form"))
        self.analyse_button.setAccessibleName(translate("QuickCaptureForm",
                                                        "Analyse the pasted message"))
        self.busy_bar.setAccessibleName(translate("QuickCaptureForm", "Analysis in progress"))
        self.render()
