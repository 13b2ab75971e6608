"""Add or change an account: kind, name, institution, official web address, rhythm.

The web address is the one the person typed (an https address, checked by the reviews core);
the dialog never fills one in. What prevents saving is said twice: under the field concerned
(which gets the focus and is scrolled into view) and beside the Save button, so a click on Save
never seems to do nothing. At 200 % text the dialog fits the screen: the fields scroll, the
buttons stay visible.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.accessible import ComboBox
from vigilance_app.ui.kit.common import VerticalScrollArea, plain_label
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.screen_fit import fit_to_screen
from vigilance_app.ui.kit.theme import heading
from vigilance_app.ui.reviews import api as api
from vigilance_app.ui.reviews.texts import KINDS, UNITS, kind_name, table_tr


def default_rhythm_for(kind: str) -> Any:
    """The kind's default rhythm from the reviews resources (a month when unknown)."""
    return api.default_rhythm(kind)


class AccountDialog(Retranslatable, QDialog):
    """``save(values) -> None`` stores the values (raises ValueError with a sentence)."""

    def __init__(self, save: Callable[[dict[str, Any]], object],
                 account: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewsAccountDialog")
        self._save = save
        self.account = account
        self._rhythm_touched = account is not None

        self.title = heading(plain_label(), level=2)
        self.kind_label = plain_label()
        self.kind_combo = ComboBox()
        for code in KINDS:
            self.kind_combo.addItem("", code)
        self.kind_label.setBuddy(self.kind_combo)
        self.name_label = plain_label()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.name_label.setBuddy(self.name_edit)
        self.institution_label = plain_label()
        self.institution_edit = QLineEdit()
        self.institution_edit.setMaxLength(120)
        self.institution_label.setBuddy(self.institution_edit)
        self.url_label = plain_label()
        self.url_edit = QLineEdit()
        self.url_edit.setMaxLength(500)
        self.url_edit.setPlaceholderText("https://")
        self.url_label.setBuddy(self.url_edit)
        self.url_hint = plain_label()
        self.rhythm_label = plain_label()
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 366)
        self.unit_combo = ComboBox()
        for code in UNITS:
            self.unit_combo.addItem("", code)
        self.rhythm_label.setBuddy(self.count_spin)
        self.name_error = plain_label()
        self.name_error.setObjectName("reviewsAccountNameError")
        self.name_error.hide()
        self.url_error = plain_label()
        self.url_error.setObjectName("reviewsAccountUrlError")
        self.url_error.hide()
        self.error_label = plain_label()  # beside the buttons: always in view
        self.error_label.setObjectName("reviewsAccountError")
        self.error_label.hide()
        self._fitted = False
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self._lay_out()
        self.name_edit.textEdited.connect(lambda _text: self._clear_error(self.name_edit))
        self.url_edit.textEdited.connect(lambda _text: self._clear_error(self.url_edit))

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.count_spin.valueChanged.connect(self._rhythm_edited)
        self.unit_combo.currentIndexChanged.connect(self._rhythm_edited)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)

        if account is not None:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(account.kind)))
            self.name_edit.setText(account.name)
            self.institution_edit.setText(account.institution)
            self.url_edit.setText(account.official_url or "")
            self._set_rhythm(account.rhythm)
        else:
            self._set_rhythm(default_rhythm_for(self.kind()))
        self._rhythm_touched = account is not None
        self.retranslate()
        self.kind_combo.setFocus()

    def _lay_out(self) -> None:
        """The fields scroll (long labels at 200 %); the error line and the buttons stay in
        view below them."""
        rhythm_row = QHBoxLayout()
        rhythm_row.addWidget(self.count_spin)
        rhythm_row.addWidget(self.unit_combo)
        rhythm_row.addStretch(1)
        form = QWidget()
        fields = QVBoxLayout(form)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self.title)
        for widget in (self.kind_label, self.kind_combo, self.name_label, self.name_edit,
                       self.name_error, self.institution_label, self.institution_edit,
                       self.url_label, self.url_edit, self.url_error, self.url_hint,
                       self.rhythm_label):
            fields.addWidget(widget)
        fields.addLayout(rhythm_row)
        fields.addStretch(1)
        layout = QVBoxLayout(self)
        self.scroll = VerticalScrollArea(form)
        layout.addWidget(self.scroll, 1)  # long labels at 200 %: it scrolls
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    # ---- values ------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind(),
            "name": self.name_edit.text(),
            "institution": self.institution_edit.text(),
            "official_url": self.url_edit.text().strip() or None,
            "rhythm": api.rhythm(self.count_spin.value(), str(self.unit_combo.currentData())),
        }

    def _set_rhythm(self, rhythm: Any) -> None:
        self.unit_combo.blockSignals(True)
        self.count_spin.blockSignals(True)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(rhythm.unit)))
        self._unit_changed()
        self.count_spin.setValue(rhythm.count)
        self.unit_combo.blockSignals(False)
        self.count_spin.blockSignals(False)

    def _kind_changed(self) -> None:
        if not self._rhythm_touched:  # follow the kind's default until the person chooses
            self._set_rhythm(default_rhythm_for(self.kind()))

    def _rhythm_edited(self) -> None:
        self._rhythm_touched = True

    def _unit_changed(self) -> None:
        self.count_spin.setMaximum(api.rhythm_limit(str(self.unit_combo.currentData())))

    def problem(self) -> str:
        """What prevents saving, in the interface language ("" when nothing)."""
        return self._problem()[0]

    def _problem(self) -> tuple[str, QLineEdit | None]:
        """(what prevents saving, the field concerned)."""
        try:
            api.validate_name(self.name_edit.text())
        except ValueError:
            return self.tr("Give the account a name, for example \"Compte courant\"."), \
                self.name_edit
        try:
            api.validate_official_url(self.url_edit.text())
        except ValueError:
            return self.tr("This web address cannot be saved. Type the official address, "
                           "starting with https:// (for example https://www.ameli.fr), or "
                           "leave it empty."), self.url_edit
        return "", None

    def _field_error(self, field: QLineEdit | None) -> Any:
        return {self.name_edit: self.name_error, self.url_edit: self.url_error}.get(field)

    def _clear_error(self, field: QLineEdit) -> None:
        label = self._field_error(field)
        if label is not None and not label.isHidden():
            label.hide()
            field.setAccessibleDescription("")
            self.error_label.hide()

    def submit(self) -> None:
        for field in (self.name_edit, self.url_edit):
            self._field_error(field).hide()
            field.setAccessibleDescription("")
        problem, field = self._problem()
        if not problem:
            try:
                self._save(self.values())
            except (ValueError, LookupError):
                problem = self.tr("These details cannot be saved. Check them and try again.")
        if problem:
            self._say_problem(problem, field)
            return
        self.error_label.hide()
        self.accept()

    def _say_problem(self, problem: str, field: QLineEdit | None) -> None:
        """Under the field (focused and scrolled into view) and beside the buttons."""
        label = self._field_error(field)
        if label is not None and field is not None:
            label.setText(problem)
            label.show()
            field.setAccessibleDescription(problem)  # read when the focus lands on it
            self.error_label.setText(self.tr("Not saved yet: {problem}").format(
                problem=problem))
        else:
            self.error_label.setText(problem)
        self.error_label.setAccessibleName(self.error_label.text())
        self.error_label.show()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.layout().activate()
            self.scroll.widget().layout().activate()
            self.scroll.ensureWidgetVisible(field)
            self.scroll.ensureWidgetVisible(label)
        else:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # every sentence whole at 200 %, within the screen
            self._fitted = True
            fit_to_screen(self)

    # ---- texts -------------------------------------------------------------------

    def retranslate(self) -> None:
        editing = self.account is not None
        self.setWindowTitle(self.tr("Change an account") if editing else self.tr("Add an account"))
        self.title.setText(self.windowTitle())
        self.kind_label.setText(self.tr("&Kind of account:"))
        for index, code in enumerate(KINDS):
            self.kind_combo.setItemText(index, kind_name(code))
        self.kind_combo.setAccessibleName(self.tr("Kind of account"))
        self.name_label.setText(self.tr("&Name you give it (for example \"Compte courant\"):"))
        self.name_edit.setAccessibleName(self.tr("Name of the account"))
        self.institution_label.setText(self.tr("&Institution (for example \"Crédit Agricole\"):"))
        self.institution_edit.setAccessibleName(self.tr("Institution"))
        self.url_label.setText(self.tr("Official &web address (optional):"))
        self.url_edit.setAccessibleName(self.tr("Official web address"))
        self.url_hint.setText(self.tr(
            "Type it yourself from a letter or card of the organisation, never from a "
            "message you received. Only this address is ever opened."))
        self.rhythm_label.setText(self.tr("Check it &every:"))
        self.count_spin.setAccessibleName(self.tr("Number of days, weeks or months"))
        self.unit_combo.setAccessibleName(self.tr("Days, weeks or months"))
        for index, code in enumerate(UNITS):
            self.unit_combo.setItemText(index, table_tr(UNITS[code]))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))

