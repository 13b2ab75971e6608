""""I reported it": where a contact was reported (33700, Signal Spam, Phishing Initiative,
Perceval, police, bank, insurer), on which day, with an optional note. Kept with the entry as
evidence for a bank, the police or a relative."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.journal import labels as labels
from vigilance_app.ui.kit.accessible import ComboBox
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import Retranslatable

PLACES = tuple(labels.REPORT_NAMES)


class ReportDialog(Retranslatable, QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.intro = plain_label()
        self.where_label = plain_label()
        self.where_combo = ComboBox()
        self.where_combo.setObjectName("reportWhere")
        for code in PLACES:
            self.where_combo.addItem("", code)
        self.where_label.setBuddy(self.where_combo)
        self.day_label = plain_label()
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("reportDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.day_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day_label.setBuddy(self.day_edit)
        self.note_label = plain_label()
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("reportNote")
        self.note_edit.setMaxLength(500)
        self.note_label.setBuddy(self.note_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (self.intro, self.where_label, self.where_combo, self.day_label,
                       self.day_edit, self.note_label, self.note_edit, self.buttons):
            column.addWidget(widget)
        self.retranslate()

    def values(self) -> tuple[str, date, str]:
        day = self.day_edit.date()
        return (str(self.where_combo.currentData()), date(day.year(), day.month(), day.day()),
                self.note_edit.text().strip())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a report"))
        self.intro.setText(self.tr(
            "Note where you reported this contact: it is useful evidence later, for your bank "
            "or the police."))
        self.where_label.setText(self.tr("&Reported to:"))
        self.where_combo.setAccessibleName(self.tr("Reported to"))
        for row, code in enumerate(PLACES):
            self.where_combo.setItemText(row, labels.report_name(code))
        self.day_label.setText(self.tr("&On:"))
        self.day_edit.setAccessibleName(self.tr("Day of the report"))
        self.note_label.setText(self.tr("&Note (optional, for example a file number):"))
        self.note_edit.setAccessibleName(self.tr("Note"))


def ask_report(parent: QWidget, today: date) -> tuple[str, date, str] | None:
    dialog = ReportDialog(today, parent)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
