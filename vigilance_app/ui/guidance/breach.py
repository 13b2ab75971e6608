""""I got a letter saying my data leaked": a short form to record the notice, then the checklist.

Which organisation wrote, when the notice arrived, which breach it is about, and what was
exposed (categories, never values). The page records it (``submitted``) and opens the
breach checklist.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.guidance.words import EXPOSED, tr
from vigilance_app.ui.kit.common import VerticalScrollArea, plain_label
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.person_words import PersonWords
from vigilance_app.ui.kit.theme import heading

MAX_TEXT = 120


class BreachForm(Retranslatable, QWidget):
    """``submitted(organisation, received_on, breach, exposed codes)``; ``back_requested``."""

    submitted = Signal(str, QDate, str, list)
    back_requested = Signal()

    def __init__(self, today: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = PersonWords()  # who received the letter (set_words)
        self.setObjectName("guidanceBreachForm")
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.title = heading(plain_label(), level=1)
        self.intro = plain_label()
        self.org_label = plain_label()
        self.org_edit = QLineEdit()
        self.org_edit.setMaxLength(MAX_TEXT)
        self.org_label.setBuddy(self.org_edit)
        self.date_label = plain_label()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.set_today(today or QDate.currentDate())
        self.date_label.setBuddy(self.date_edit)
        self.breach_label = plain_label()
        self.breach_edit = QLineEdit(self.default_breach())
        self.breach_edit.setMaxLength(MAX_TEXT)
        self.breach_label.setBuddy(self.breach_edit)
        self.exposed_box = QGroupBox()
        exposed_layout = QVBoxLayout(self.exposed_box)
        self.exposed_checks: dict[str, QCheckBox] = {}
        for code in EXPOSED:
            check = QCheckBox()
            self.exposed_checks[code] = check
            exposed_layout.addWidget(check)
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self._submit)
        self.org_edit.returnPressed.connect(self._submit)
        self.breach_edit.returnPressed.connect(self._submit)

        form = QVBoxLayout()  # each question above its field: long questions wrap freely
        for label, field in ((self.org_label, self.org_edit), (self.date_label, self.date_edit),
                             (self.breach_label, self.breach_edit)):
            form.addWidget(label)
            form.addWidget(field)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addWidget(self.exposed_box)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScrollArea(content))
        self.retranslate()

    def default_breach(self) -> str:
        """The breach most letters are about (the person can change it)."""
        return self.tr("Viamedis/Almerys, February 2024")

    def set_today(self, today: QDate) -> None:
        self.date_edit.setMaximumDate(today)
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setDate(today)

    def reset(self) -> None:
        self.org_edit.clear()
        self.breach_edit.setText(self.default_breach())
        for check in self.exposed_checks.values():
            check.setChecked(False)
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def exposed(self) -> list[str]:
        return [code for code, check in self.exposed_checks.items() if check.isChecked()]

    def _submit(self) -> None:
        organisation = " ".join(self.org_edit.text().split())
        if not organisation:
            self.show_error(self.tr("Please write who sent the notice (for example, the name "
                                    "of your health insurer)."))
            self.org_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.show_error("")
        self.submitted.emit(organisation, self.date_edit.date(),
                            " ".join(self.breach_edit.text().split()), self.exposed())

    def set_words(self, words: PersonWords) -> None:
        """Word the form for the person who received the letter."""
        if words != self.words:
            self.words = words
            self.retranslate()

    def retranslate(self) -> None:
        words = self.words
        self.back_button.setText(self.tr("< Back"))
        self.back_button.setAccessibleName(self.tr("Back to the question: what happened?"))
        self.title.setText(words.pick(self.tr("You received a letter about a data leak"),
                                      self.tr("{name} received a letter about a data leak")))
        self.intro.setText(words.pick(self.tr(
            "This is common and you are not at fault. Note what the letter says: Vigilance "
            "then gives you a short checklist and reminds you to check your accounts more "
            "often for the next eight weeks. Never write a card number or a social security "
            "number here."), self.tr(
            "This is common and nobody is at fault. Note what the letter says: Vigilance "
            "then gives you a short checklist and reminds you to check {name}'s accounts more "
            "often for the next eight weeks. Never write a card number or a social security "
            "number here.")))
        self.org_label.setText(self.tr("Who sent the letter or email?"))
        self.org_edit.setAccessibleName(self.tr("Organisation that sent the notice"))
        self.org_edit.setPlaceholderText(words.pick(
            self.tr("e.g. your health insurer (mutuelle)"),
            self.tr("e.g. {name}'s health insurer (mutuelle)")))
        self.date_label.setText(words.pick(self.tr("When did you receive it?"),
                                           self.tr("When did {name} receive it?")))
        self.date_edit.setAccessibleName(self.tr("Date the notice was received"))
        self.breach_label.setText(self.tr("Which leak is it about?"))
        self.breach_edit.setAccessibleName(self.tr("Which data leak the notice is about"))
        self.exposed_box.setTitle(self.tr("What does the letter say was exposed?"))
        for code, check in self.exposed_checks.items():
            check.setText(tr(EXPOSED[code]))
            check.setAccessibleName(check.text())
        self.start_button.setText(self.tr("Start the checklist"))
        self.start_button.setAccessibleName(self.tr("Record the notice and start the checklist"))

