"""Journal → "Prepare a file for the bank or the police": which contacts, which format, and
where to save it.

The file is built by the core (``vigilance_app.evidence``) off the UI thread and written
readable by its owner only; sensitive numbers stay masked unless the person ticks the box
that shows them in full (only where the original message was kept on request).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.accessible import ComboBox
from vigilance_app.ui.kit.background import BackgroundRunner
from vigilance_app.ui.kit.common import VerticalScrollArea, WrappingCheckBox, plain_label
from vigilance_app.ui.kit.documents import documents_folder
from vigilance_app.ui.kit.errors import error_sentence
from vigilance_app.ui.kit.i18n import Retranslatable, ui_language
from vigilance_app.ui.kit.theme import heading

if TYPE_CHECKING:
    from vigilance_app.services import AppServices

FILTERS = {"pdf": "PDF (*.pdf)", "csv": "CSV (*.csv)", "json": "JSON (*.json)"}
DEFAULT_MONTHS_BACK = 3


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EvidenceDialog(Retranslatable, QDialog):
    """Builds and saves the evidence file of the person shown now."""

    def __init__(self, services: AppServices, selected_ids: Sequence[int] = (),
                 parent: QWidget | None = None, *, today: date | None = None,
                 choose_path: Callable[[QWidget, str, str, str], str] | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.selected_ids = list(selected_ids)
        self.today = today or date.today()
        self._choose_path = choose_path or _ask_path
        self.runner = BackgroundRunner(self)
        self.saved_to: Path | None = None
        self.title = heading(plain_label(), 2)
        self.intro = plain_label()

        self.which_box = QGroupBox()
        self.selected_choice = QRadioButton()
        self.period_choice = QRadioButton()
        self.all_choice = QRadioButton()
        self.since_edit = QDateEdit(_qdate(self.today - timedelta(days=31 * DEFAULT_MONTHS_BACK)))
        self.until_edit = QDateEdit(_qdate(self.today))
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setMaximumDate(_qdate(self.today))
        self.since_label = plain_label()
        self.since_label.setBuddy(self.since_edit)
        self.until_label = plain_label()
        self.until_label.setBuddy(self.until_edit)
        period = QFormLayout()
        period.addRow(self.since_label, self.since_edit)
        period.addRow(self.until_label, self.until_edit)
        which = QVBoxLayout(self.which_box)
        which.addWidget(self.selected_choice)
        which.addWidget(self.period_choice)
        which.addLayout(period)
        which.addWidget(self.all_choice)
        self.which = QButtonGroup(self)
        for button in (self.selected_choice, self.period_choice, self.all_choice):
            self.which.addButton(button)
        self.selected_choice.setVisible(bool(self.selected_ids))
        (self.selected_choice if self.selected_ids else self.period_choice).setChecked(True)

        self.format_box = QGroupBox()
        self.pdf_choice = QRadioButton()
        self.csv_choice = QRadioButton()
        self.json_choice = QRadioButton()
        self.pdf_choice.setChecked(True)
        formats = QVBoxLayout(self.format_box)
        for button in (self.pdf_choice, self.csv_choice, self.json_choice):
            formats.addWidget(button)
        self.language_label = plain_label()
        self.language_combo = ComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            ui_language())))
        self.language_label.setBuddy(self.language_combo)
        language = QFormLayout()
        language.addRow(self.language_label, self.language_combo)
        self.unmask = WrappingCheckBox()
        self.unmask.setObjectName("evidenceUnmask")
        self.feedback = plain_label()
        self.feedback.setObjectName("evidenceFeedback")
        self.feedback.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("saveEvidence")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.runner.busy_changed.connect(lambda busy: self.save_button.setEnabled(not busy))
        self.period_choice.toggled.connect(self._update)
        self._build_layout(language)
        self.retranslate()
        self._update()

    def _build_layout(self, language: QFormLayout) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        for widget in (self.title, self.intro, self.which_box, self.format_box):
            column.addWidget(widget)
        column.addLayout(language)
        column.addWidget(self.unmask)
        column.addWidget(self.feedback)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(VerticalScrollArea(content), 1)
        outer.addWidget(self.buttons)  # always visible, whatever the text size

    def _update(self) -> None:
        on = self.period_choice.isChecked()
        for widget in (self.since_edit, self.until_edit, self.since_label, self.until_label):
            widget.setEnabled(on)

    @property
    def fmt(self) -> str:
        if self.csv_choice.isChecked():
            return "csv"
        return "json" if self.json_choice.isChecked() else "pdf"

    @property
    def lang(self) -> str:
        return str(self.language_combo.currentData())

    def request(self) -> dict[str, Any]:
        """What ``build_document`` is asked for, from the choices on screen."""
        chosen: dict[str, Any] = {"lang": self.lang, "unmasked": self.unmask.isChecked()}
        if self.selected_choice.isChecked() and self.selected_ids:
            chosen["entry_ids"] = list(self.selected_ids)
        elif self.period_choice.isChecked():
            chosen["since"] = _day(self.since_edit.date())
            chosen["until"] = _day(self.until_edit.date())
        return chosen

    def save(self) -> bool:
        from vigilance_app.evidence import build_document, suggested_name, write_evidence
        from vigilance_app.people.api import active_person

        store = self.services.store
        person = active_person(store) if store is not None else None
        if store is None or person is None or self.runner.busy:
            return False
        request, fmt = self.request(), self.fmt
        try:
            document = build_document(store, person, **request)
        except Exception as exc:  # nothing in the period, dates reversed: said in words
            self._say(error_sentence(exc))
            return False
        default = documents_folder() / suggested_name(document, fmt)
        chosen = self._choose_path(self, self.tr("Save the file"), str(default), FILTERS[fmt])
        if not chosen:
            return False
        path = Path(chosen)
        drawn: bytes | None = None
        if fmt == "pdf":
            from vigilance_app.ui.journal.evidence_pdf import render_evidence_pdf

            # Qt draws text on the UI thread only: the PDF is drawn here, written off it.
            try:
                drawn = render_evidence_pdf(document)
            except Exception as exc:
                self._say(error_sentence(exc))
                return False

        def already_drawn(_document: object) -> bytes:
            assert drawn is not None
            return drawn

        def work() -> Path:
            return write_evidence(document, fmt, path,
                                  already_drawn if drawn is not None else None)

        self._say(self.tr("Saving…"))
        return self.runner.run(work, self._saved, lambda exc: self._say(error_sentence(exc)))

    def _saved(self, path: Path) -> None:
        self.saved_to = path
        self._say(self.tr("Saved, readable only by you on this computer: {path}").format(
            path=str(path)))

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Prepare a file"))
        self.title.setText(self.tr("A file for the bank, the police or a complaint"))
        self.intro.setText(self.tr(
            "One document with each contact in time order: when, how, who they claimed to be, "
            "what they asked, what was done, the warning signs and where it was reported. "
            "Addresses and links are written so that they cannot be clicked."))
        self.which_box.setTitle(self.tr("Which contacts"))
        self.selected_choice.setText(self.tr("The entries selected in the journal ({n})")
                                     .format(n=len(self.selected_ids)))
        self.period_choice.setText(self.tr("Those of a period"))
        self.since_label.setText(self.tr("&From:"))
        self.until_label.setText(self.tr("&To:"))
        self.all_choice.setText(self.tr("The whole journal"))
        self.format_box.setTitle(self.tr("Kind of file"))
        self.pdf_choice.setText(self.tr("PDF, to print or send to a bank adviser or the police"))
        self.csv_choice.setText(self.tr("CSV, for a spreadsheet"))
        self.json_choice.setText(self.tr("JSON, for a lawyer's or an association's tools"))
        self.language_label.setText(self.tr("&Language of the file:"))
        self.unmask.setText(self.tr(
            "Write card, bank account and social-security numbers in full where the original "
            "message was kept (only if the bank or the police asks for them)"))
        self.save_button.setText(self.tr("&Save…"))


def _ask_path(parent: QWidget, title: str, default: str, file_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, default, file_filter)
    return path
