"""Settings → People: whose journals Vigilance keeps. Add, rename, show, remove.

Each person has their own journal, accounts, plan progress and heightened vigilance (all kept
per profile in the store). Removing someone says first, with the counts, what will be erased;
the erasing itself overwrites the deleted rows (the store runs with ``secure_delete``).
Names are someone's own label for a relative: always shown as plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.errors import CodedError
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.errors import error_sentence
from vigilance_app.ui.kit.flow_layout import FlowLayout
from vigilance_app.ui.kit.i18n import Retranslatable, plural
from vigilance_app.ui.settings.handover import Handover

if TYPE_CHECKING:
    from vigilance_app.people.api import Person
    from vigilance_app.people.removal import RemovalSummary
    from vigilance_app.services import AppServices

MAX_NAME_CHARS = 60


class PersonDialog(Retranslatable, QDialog):
    """The name of a person and who they are to the user (themself or a relative)."""

    def __init__(self, name: str = "", relative: bool = True, *, renaming: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renaming = renaming
        self.intro = plain_label()
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(MAX_NAME_CHARS)
        self.name_edit.setObjectName("personName")
        self.self_choice = QRadioButton()
        self.relative_choice = QRadioButton()
        (self.relative_choice if relative else self.self_choice).setChecked(True)
        self.error_line = plain_label()
        self.error_line.setObjectName("personError")
        self.error_line.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_label = plain_label()
        self.name_label.setBuddy(self.name_edit)
        form.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.self_choice)
        layout.addWidget(self.relative_choice)
        layout.addWidget(self.error_line)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self.retranslate()
        self._update_ok()

    @property
    def name(self) -> str:
        return self.name_edit.text().strip()

    @property
    def relative(self) -> bool:
        return self.relative_choice.isChecked()

    def show_error(self, text: str) -> None:
        self.error_line.setText(text)
        self.error_line.setVisible(bool(text))
        self.name_edit.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rename") if self.renaming else self.tr("Add a person"))
        self.intro.setText(self.tr(
            "Each person has their own journal, accounts and plans. A first name or a "
            "nickname is enough."))
        self.name_label.setText(self.tr("&First name:"))
        self.name_edit.setAccessibleName(self.tr("First name"))
        self.self_choice.setText(self.tr("It is me"))
        self.relative_choice.setText(self.tr("A relative I help"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if self.renaming else self.tr("Add"))


class PeopleSection(Retranslatable, QGroupBox):
    """``people_changed`` is emitted after any change, for the window's header to follow."""

    people_changed = Signal()

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.people: list[Person] = []
        self.active_id: int | None = None
        self.dialog: QDialog | None = None
        self.intro = plain_label()
        self.list = QListWidget()
        self.list.setObjectName("peopleList")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.show_selected())
        self.add_button = QPushButton()
        self.add_button.setObjectName("addPerson")
        self.rename_button = QPushButton()
        self.show_button = QPushButton()
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removePerson")
        self.handover_button = QPushButton()
        self.handover_button.setObjectName("handOver")
        self.open_file_button = QPushButton()
        self.open_file_button.setObjectName("openHandedOver")
        self.handover = Handover(services, self)
        self.handover.message.connect(self._say)
        self.handover.imported.connect(self._imported)
        self.handover.runner.busy_changed.connect(self._update_buttons)
        self.feedback = plain_label()
        self.feedback.setObjectName("peopleFeedback")
        self.feedback.hide()
        self.actions = QWidget()
        flow = FlowLayout(self.actions)
        for button in (self.add_button, self.rename_button, self.show_button,
                       self.remove_button, self.handover_button, self.open_file_button):
            flow.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(self.actions)
        layout.addWidget(self.feedback)
        self.add_button.clicked.connect(self.start_add)
        self.rename_button.clicked.connect(self.start_rename)
        self.show_button.clicked.connect(self.show_selected)
        self.remove_button.clicked.connect(self.start_remove)
        self.handover_button.clicked.connect(self.start_handover)
        self.open_file_button.clicked.connect(self.handover.start_import)
        self.refresh()
        self.retranslate()  # the titles and names now, not only when the language changes

    # ---- reading -------------------------------------------------------------------

    def refresh(self) -> None:
        from vigilance_app.people.api import active_person, list_people

        store = self.services.store
        selected = self.selected()
        self.people = list_people(store) if store is not None else []
        active = active_person(store) if store is not None else None
        self.active_id = active.id if active is not None else None
        self.list.clear()
        for person in self.people:
            item = QListWidgetItem(self._line(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        keep = selected.id if selected is not None else self.active_id
        rows = [i for i, p in enumerate(self.people) if p.id == keep]
        self.list.setCurrentRow(rows[0] if rows else 0)
        lines = max(2, min(len(self.people), 6))
        self.list.setFixedHeight(lines * self.list.fontMetrics().height() * 2)
        self._update_buttons()

    def selected(self) -> Person | None:
        row = self.list.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _line(self, person: Person) -> str:
        who = self.tr("me") if person.is_self else self.tr("a relative I help")
        line = self.tr("{name} — {who}").format(name=person.name, who=who)
        if person.id == self.active_id:
            line += " " + self.tr("(shown now)")
        return line

    def _update_buttons(self, *_args: object) -> None:
        person = self.selected()
        busy = self.handover.busy
        self.handover_button.setEnabled(person is not None and not busy)
        self.open_file_button.setEnabled(not busy)
        self.handover_button.setText(self.tr("&Hand over {name}'s file…").format(
            name=person.name.replace("&", "&&")) if person is not None
            else self.tr("&Hand over a file…"))
        self.rename_button.setEnabled(person is not None)
        self.show_button.setEnabled(person is not None and person.id != self.active_id)
        self.remove_button.setEnabled(person is not None and len(self.people) > 1)
        self.remove_button.setToolTip("" if len(self.people) > 1 else self.tr(
            "The only person cannot be removed. To erase everything, see below."))

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    # ---- actions -------------------------------------------------------------------

    def start_add(self) -> PersonDialog:
        dialog = PersonDialog(parent=self)
        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(lambda: self._add(dialog))
        self._open(dialog)
        return dialog

    def _add(self, dialog: PersonDialog) -> None:
        from vigilance_app.people.api import add_person

        store = self.services.store
        if store is None:
            return
        try:
            person = add_person(store, dialog.name, relative=dialog.relative)
        except CodedError as exc:
            dialog.show_error(error_sentence(exc))
            return
        dialog.accept()
        self.refresh()
        self._select(person.id)
        self._say(self.tr("{name} was added. Choose them at the top of the window to see "
                          "their journal.").format(name=person.name))
        self.people_changed.emit()

    def start_rename(self) -> PersonDialog | None:
        person = self.selected()
        if person is None:
            return None
        dialog = PersonDialog(person.name, person.relative, renaming=True, parent=self)
        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(lambda: self._rename(dialog, person))
        self._open(dialog)
        return dialog

    def _rename(self, dialog: PersonDialog, person: Person) -> None:
        from vigilance_app.people.api import rename_person, set_relative

        store = self.services.store
        if store is None:
            return
        try:
            renamed = rename_person(store, person.id, dialog.name)
            if dialog.relative != person.relative:
                set_relative(store, person.id, dialog.relative)
        except CodedError as exc:
            dialog.show_error(error_sentence(exc))
            return
        dialog.accept()
        self.refresh()
        self._select(renamed.id)
        self._say("")
        self.people_changed.emit()

    def show_selected(self) -> None:
        from vigilance_app.people.api import switch_to

        person = self.selected()
        store = self.services.store
        if person is None or store is None or person.id == self.active_id:
            return
        try:
            switch_to(store, person.id)
        except CodedError as exc:
            self._say(error_sentence(exc))
            return
        self.refresh()
        self._say(self.tr("Vigilance now shows {name}'s journal.").format(name=person.name))
        self.people_changed.emit()

    def start_remove(self) -> QMessageBox | None:
        from vigilance_app.people.api import removal_preview

        person = self.selected()
        store = self.services.store
        if person is None or store is None or len(self.people) < 2:
            return None
        try:
            summary = removal_preview(store, person.id)
        except CodedError as exc:
            self._say(error_sentence(exc))
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove {name}").format(
            name=person.name), self.removal_text(person, summary),
            QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        remove = box.addButton(self.tr("Remove {name}").format(name=person.name),
                               QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemove")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        remove.clicked.connect(lambda: self._remove(person))
        self._open(box)
        return box

    def removal_text(self, person: Person, summary: RemovalSummary) -> str:
        counts = [
            plural(self.tr("%n journal entry(ies)", "", summary.entries), summary.entries),
            plural(self.tr("%n account(s) with their reviews", "", summary.accounts),
                   summary.accounts),
            plural(self.tr("%n plan(s) in progress or done", "", summary.plans),
                   summary.plans),
            plural(self.tr("%n breach notice(s)", "", summary.breach_notices),
                   summary.breach_notices),
        ]
        return (self.tr("Everything Vigilance keeps about {name} will be erased from this "
                        "computer:").format(name=person.name)
                + "\n• " + "\n• ".join(counts) + "\n\n"
                + self.tr("This cannot be undone. To give {name}'s file to another relative "
                          "first, use \"Hand over\".").format(name=person.name))

    def _remove(self, person: Person) -> None:
        from vigilance_app.people.api import remove_person

        store = self.services.store
        if store is None:
            return
        try:
            remove_person(store, person.id)
        except CodedError as exc:
            self._say(error_sentence(exc))
            return
        self.refresh()
        self._say(self.tr("{name} was removed, with everything Vigilance kept about them.")
                  .format(name=person.name))
        self.people_changed.emit()

    def start_handover(self) -> bool:
        person = self.selected()
        return person is not None and self.handover.start_export(person)

    def _imported(self, summary: object) -> None:
        self.refresh()
        self.people_changed.emit()

    # ---- helpers -------------------------------------------------------------------

    def _select(self, person_id: int) -> None:
        rows = [i for i, p in enumerate(self.people) if p.id == person_id]
        if rows:
            self.list.setCurrentRow(rows[0])

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def retranslate(self) -> None:
        self.setTitle(self.tr("People"))
        self.intro.setText(self.tr(
            "Vigilance can keep a journal for you and for relatives you help. Each person has "
            "their own journal, accounts and plans; choose whose you see at the top of the "
            "window."))
        self.list.setAccessibleName(self.tr("People kept in Vigilance"))
        self.add_button.setText(self.tr("&Add a person…"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.show_button.setText(self.tr("Show this person"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.open_file_button.setText(self.tr("&Open a handed-over file…"))
        if self.people:
            for row, person in enumerate(self.people):
                self.list.item(row).setText(self._line(person))
        self._update_buttons()
