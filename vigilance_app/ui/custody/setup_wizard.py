"""First start: a short wizard that creates the encrypted journal.

Pages: display (language, text size, contrast; applied at once) → whose journal → how it
opens every day (system keyring or app password) → the recovery key (shown once, printable)
→ "You are ready". The store is created off the UI thread when leaving the third page (a
commit page: no going back once the journal exists). ``SetupWizard.created`` holds the
``CreatedStore`` as soon as the journal exists, even if the person then closes the window:
the caller opens the app whenever it is set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vigilance_app.preferences import LANGUAGES, TEXT_SCALES, Preferences
from vigilance_app.services import AppServices
from vigilance_app.setup_store import CreatedStore, create_new_store
from vigilance_app.store.vocabulary import Relationship
from vigilance_app.ui.custody.recovery_sheet import RecoveryKeyPanel
from vigilance_app.ui.kit.background import BackgroundRunner
from vigilance_app.ui.kit.common import BulletList, PasswordPair, VerticalScrollArea, plain_label
from vigilance_app.ui.kit.i18n import Retranslatable, install_language
from vigilance_app.ui.kit.theme import apply_theme, heading
from vigilance_app.vault import CustodyMode, StoreAlreadyExists, VaultError
from vigilance_app.vault.keyring_access import KeyringUnavailable

LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))  # each in its own language


class _Page(Retranslatable, QWizardPage):
    """A wizard page whose texts follow the language at once."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setup = wizard
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        content = QWidget()
        content.setLayout(self.body)
        scroll = VerticalScrollArea(content)  # at 200 % a page may be taller than the screen
        self.footer = QVBoxLayout()  # always visible, below the scrolling part
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(self.footer)

    def retranslate(self) -> None:
        raise NotImplementedError

    def initializePage(self) -> None:
        self.retranslate()  # the texts depend on the choices made on the pages before


class DisplayPage(_Page):
    """Language, text size and contrast: applied to the wizard at once."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.intro = plain_label()

        self.language_box = QGroupBox()
        self.language_group = QButtonGroup(self)
        row = QHBoxLayout(self.language_box)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGE_NAMES:
            button = QRadioButton(name)
            button.setProperty("lang", code)
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)

        self.size_box = QGroupBox()
        self.size_group = QButtonGroup(self)
        size_row = QHBoxLayout(self.size_box)
        self.size_buttons: dict[int, QRadioButton] = {}
        for scale in TEXT_SCALES:
            button = QRadioButton()
            button.setProperty("scale", scale)
            self.size_group.addButton(button)
            self.size_buttons[scale] = button
            size_row.addWidget(button)
        size_row.addStretch(1)

        self.contrast = QCheckBox()
        self.preview = plain_label()
        self.later = plain_label()

        for widget in (self.intro, self.language_box, self.size_box,
                       self.contrast, self.preview, self.later):
            self.body.addWidget(widget)
        self.body.addStretch(1)

        prefs = wizard.prefs
        self.language_buttons.get(prefs.language, self.language_buttons["fr"]).setChecked(True)
        self.size_buttons.get(prefs.text_scale, self.size_buttons[100]).setChecked(True)
        self.contrast.setChecked(prefs.high_contrast)
        self.language_group.buttonToggled.connect(self._language_toggled)
        self.size_group.buttonToggled.connect(self._size_toggled)
        self.contrast.toggled.connect(self._contrast_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Vigilance"))
        self.setSubTitle(self.tr("Step 1 of 5: how Vigilance looks"))
        self.intro.setText(self.tr(
            "Vigilance helps you keep track of suspicious messages and calls, and tells you "
            "what to do, step by step. First, choose the language and the size of the text. "
            "You can change them later in Settings."
        ))
        self.language_box.setTitle(self.tr("Language"))
        self.size_box.setTitle(self.tr("Text size"))
        for scale, button in self.size_buttons.items():
            button.setText(self.tr("%1%").replace("%1", str(scale)))
            button.setAccessibleName(
                self.tr("Text size %1%").replace("%1", str(scale))
            )
        self.contrast.setText(self.tr("High contrast (black text on a white background)"))
        self.preview.setText(self.tr(
            "This is how the text of Vigilance will look. Choose the size that you can read "
            "comfortably."
        ))
        self.later.setText(self.tr("Press Continue when you are ready."))

    def set_language(self, lang: str) -> None:
        self.language_buttons[lang].setChecked(True)

    def set_text_scale(self, scale: int) -> None:
        self.size_buttons[scale].setChecked(True)

    def _language_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.setup.update_prefs(language=button.property("lang"))

    def _size_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.setup.update_prefs(text_scale=int(button.property("scale")))

    def _contrast_toggled(self, checked: bool) -> None:
        self.setup.update_prefs(high_contrast=checked)


class WhoPage(_Page):
    """For me, or for a relative (whose first name is then required)."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.question = heading(plain_label(), 2)
        self.me_radio = QRadioButton()
        self.relative_radio = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.addButton(self.me_radio)
        self.group.addButton(self.relative_radio)
        self.me_radio.setChecked(True)
        self.relative_hint = plain_label()
        self.relative_hint.setIndent(24)

        self.name_label = plain_label()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.name_label.setBuddy(self.name_edit)
        self.name_hint = plain_label()
        self.name_error = plain_label()

        for widget in (self.question, self.me_radio, self.relative_radio, self.relative_hint,
                       self.name_label, self.name_edit, self.name_hint, self.name_error):
            self.body.addWidget(widget)
        self.body.addStretch(1)

        self.group.buttonToggled.connect(lambda *_: self._changed())
        self.name_edit.textChanged.connect(lambda *_: self._changed())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Whose journal is it?"))
        self.setSubTitle(self.tr("Step 2 of 5: the person watched over"))
        self.question.setText(self.tr("Who will this journal be for?"))
        self.me_radio.setText(self.tr("For &me"))
        self.relative_radio.setText(self.tr("For a &relative I help (for example a parent)"))
        self.relative_hint.setText(self.tr(
            "You can keep the journal on this computer for someone else. You can add other "
            "people later."
        ))
        self.name_edit.setAccessibleName(self.tr("First name"))
        self._changed()

    @property
    def relationship(self) -> Relationship:
        return Relationship.RELATIVE if self.relative_radio.isChecked() else Relationship.SELF

    def profile_name(self) -> str:
        name = " ".join(self.name_edit.text().split())
        if not name and self.relationship is Relationship.SELF:
            return self.tr("Me")
        return name

    def isComplete(self) -> bool:
        return bool(self.profile_name())

    def _changed(self) -> None:
        if self.relationship is Relationship.RELATIVE:
            self.name_label.setText(self.tr("Their &first name (required):"))
            self.name_hint.setText(self.tr(
                "It is shown at the top of every screen, so that nobody writes in the wrong "
                "journal."
            ))
            self.name_edit.setPlaceholderText(self.tr("For example: Jeanne"))
            missing = not self.profile_name()
            self.name_error.setText(
                self.tr("Please type their first name to continue.") if missing else ""
            )
        else:
            self.name_label.setText(self.tr("Your &first name (optional):"))
            self.name_hint.setText(self.tr(
                "If you leave it empty, the journal is simply called “%1”."
            ).replace("%1", self.tr("Me")))
            self.name_edit.setPlaceholderText(self.tr("Me"))
            self.name_error.setText("")
        self.name_error.setVisible(bool(self.name_error.text()))
        self.completeChanged.emit()


class UnlockModePage(_Page):
    """System keyring (opens without a password) or an app password; creates the store."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setCommitPage(True)
        self.keyring_available = wizard.services.vault.keyring.available()

        self.intro = plain_label()
        self.keyring_radio = QRadioButton()
        self.keyring_hint = plain_label()
        self.keyring_hint.setIndent(24)
        self.password_radio = QRadioButton()
        self.password_hint = plain_label()
        self.password_hint.setIndent(24)
        self.group = QButtonGroup(self)
        self.group.addButton(self.keyring_radio)
        self.group.addButton(self.password_radio)

        self.passwords = PasswordPair()
        self.password_form = QWidget()
        form = QVBoxLayout(self.password_form)
        form.setContentsMargins(24, 0, 0, 0)
        form.addWidget(self.passwords)

        self.busy_label = plain_label()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # "working", no percentage
        self.busy_bar.setTextVisible(False)
        self.busy_label.hide()
        self.busy_bar.hide()
        self.error_label = plain_label()
        self.error_label.hide()
        # Why "Create the journal" is greyed out, next to the button (the password fields
        # may be scrolled out of view at 200 %).
        self.why_label = plain_label()
        self.why_label.setObjectName("whyCreateDisabled")
        self.why_label.hide()

        for widget in (self.intro, self.keyring_radio, self.keyring_hint, self.password_radio,
                       self.password_hint, self.password_form):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        for widget in (self.busy_label, self.busy_bar, self.error_label, self.why_label):
            self.footer.addWidget(widget)

        self.keyring_radio.setEnabled(self.keyring_available)
        (self.keyring_radio if self.keyring_available else self.password_radio).setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._changed())
        self.passwords.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("How should Vigilance open?"))
        self.setSubTitle(self.tr("Step 3 of 5: opening the journal every day"))
        self.intro.setText(self.tr(
            "The journal is always encrypted on this computer: nobody can read the file "
            "without its key. Choose how Vigilance opens it every day."
        ))
        self.keyring_radio.setText(self.tr("Open &automatically (recommended)"))
        if self.keyring_available:
            self.keyring_hint.setText(self.tr(
                "Vigilance opens without asking for a password to whoever is logged in to "
                "this computer's user account. The key is kept in the computer's protected "
                "storage (the system keyring)."
            ))
        else:
            self.keyring_hint.setText(self.tr(
                "Not available on this computer: it has no protected storage for keys (no "
                "system keyring). Please choose an app password below."
            ))
        self.password_radio.setText(self.tr("Ask for an app &password"))
        self.password_hint.setText(self.tr(
            "Choose this if other people use this computer's user account. Vigilance asks "
            "for the app password each time it opens, and can lock itself after a few "
            "minutes without use. If the password is forgotten, the recovery key (next "
            "step) still opens the journal."
        ))
        self.busy_label.setText(self.tr(
            "Creating the encrypted journal… This takes a few seconds."
        ))
        self.busy_bar.setAccessibleName(self.tr("Creating the journal"))
        self._changed()

    @property
    def mode(self) -> CustodyMode:
        return CustodyMode.KEYRING if self.keyring_radio.isChecked() else CustodyMode.PASSWORD

    def password(self) -> str | None:
        return self.passwords.password() if self.mode is CustodyMode.PASSWORD else None

    def isComplete(self) -> bool:
        if self.setup.runner.busy:
            return False
        return self.mode is not CustodyMode.PASSWORD or self.passwords.is_valid()

    def why_disabled(self) -> str:
        """Why "Create the journal" cannot be pressed now, in words ("" when it can)."""
        if self.setup.runner.busy or self.mode is not CustodyMode.PASSWORD:
            return ""
        problem = self.passwords.problem()
        if not problem:
            return ""
        return self.tr("To create the journal, first choose the app password above: %1"
                       ).replace("%1", problem)

    def _changed(self) -> None:
        password_mode = self.mode is CustodyMode.PASSWORD
        self.password_form.setEnabled(password_mode)
        self.password_form.setVisible(password_mode)
        self._update_why()
        self.completeChanged.emit()

    def _update_why(self) -> None:
        why = self.why_disabled()
        self.why_label.setText(why)
        self.why_label.setVisible(bool(why))
        button = self.setup.button(QWizard.WizardButton.CommitButton)
        if button is not None:
            button.setToolTip(why)
            button.setAccessibleDescription(why)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.keyring_radio, self.password_radio, self.password_form):
            widget.setEnabled(not busy)
        if not busy:
            self.keyring_radio.setEnabled(self.keyring_available)
            self.password_form.setEnabled(self.mode is CustodyMode.PASSWORD)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.error_label.hide()
        self._update_why()
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def keyring_failed(self) -> None:
        self.keyring_available = False
        self.keyring_radio.setEnabled(False)
        self.password_radio.setChecked(True)
        self.retranslate()

    def validatePage(self) -> bool:
        if self.setup.created is not None:
            return True
        self.setup.start_creation()
        return False


class RecoveryPage(_Page):
    """The recovery key, shown once, with the emergency sheet and a required confirmation."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.panel: RecoveryKeyPanel | None = None
        self.noted = QCheckBox()
        self.noted_hint = plain_label()
        self.registerField("keyNoted*", self.noted)
        self.body.addStretch(1)
        self.footer.addWidget(self.noted)  # always in view, even at 200 % on a small screen
        self.footer.addWidget(self.noted_hint)
        self.retranslate()

    def initializePage(self) -> None:
        created = self.setup.created
        if created is None or self.panel is not None:
            return
        self.panel = RecoveryKeyPanel(
            created.vault.recovery_key, self.setup.profile_name, date.today(), self,
            password_mode=self.setup.unlock_page.mode is CustodyMode.PASSWORD,
        )
        self.body.insertWidget(0, self.panel)
        self.retranslate()

    def validatePage(self) -> bool:
        return self.noted.isChecked()  # also when next() is called without the button

    def retranslate(self) -> None:
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(self.tr("Step 4 of 5: the spare key to the journal"))
        self.noted.setText(self.tr("I have &written down or printed the recovery key"))
        if self.setup.unlock_page.mode is CustodyMode.PASSWORD:
            self.noted_hint.setText(self.tr(
                "Tick this box to continue. The sheet can be shown again later in Settings, "
                "after typing the app password."
            ))
        else:
            self.noted_hint.setText(self.tr(
                "Tick this box to continue. The sheet can be shown again later in Settings."
            ))


class ReadyPage(_Page):
    """What Vigilance does, and what it does not do."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.does_title = heading(plain_label(), 2)
        self.does = BulletList()
        self.does_not_title = heading(plain_label(), 2)
        self.does_not = BulletList()
        self.closing = plain_label()
        for widget in (self.does_title, self.does, self.does_not_title, self.does_not,
                       self.closing):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Everything is ready"))
        self.setSubTitle(self.tr("Step 5 of 5: what Vigilance does for you"))
        self.does_title.setText(self.tr("What Vigilance does"))
        self.does.set_items([
            self.tr("It keeps a private journal of suspicious messages, calls and letters."),
            self.tr("It reminds you to check your bank and health insurance accounts."),
            self.tr("It explains what to do, step by step, with the official advice."),
        ])
        self.does_not_title.setText(self.tr("What Vigilance does not do"))
        self.does_not.set_items([
            self.tr("It sends nothing: everything stays on this computer. There is no account "
                    "to create and no advertising."),
            self.tr("It does not replace your bank, the police or the Assurance Maladie. If "
                    "you gave your bank card details, call your bank first."),
        ])
        if self.setup.for_relative:
            self.closing.setText(self.tr("Press Start to open the journal of %1.").replace(
                "%1", self.setup.who_page.profile_name()))
        else:
            self.closing.setText(self.tr("Press Start to open your journal."))


class SetupWizard(Retranslatable, QWizard):
    """Creates the store; ``created`` is the CreatedStore once the journal exists."""

    PAGE_DISPLAY, PAGE_WHO, PAGE_UNLOCK, PAGE_RECOVERY, PAGE_READY = range(5)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.created: CreatedStore | None = None
        self._closing = False
        self.profile_name = ""
        self.prefs: Preferences = services.preferences
        shown = QApplication.instance().property("vigilance_language")  # e.g. --lang en
        if shown in LANGUAGES and shown != self.prefs.language:
            self.prefs = replace(self.prefs, language=shown)  # the language on screen
        self.runner = BackgroundRunner(self)
        self.runner.busy_changed.connect(self._busy_changed)

        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)

        self.display_page = DisplayPage(self)
        self.who_page = WhoPage(self)
        self.unlock_page = UnlockModePage(self)
        self.recovery_page = RecoveryPage(self)
        self.ready_page = ReadyPage(self)
        for page_id, page in enumerate((self.display_page, self.who_page, self.unlock_page,
                                        self.recovery_page, self.ready_page)):
            self.setPage(page_id, page)
        self.setStartId(self.PAGE_DISPLAY)
        self._fitted_once = False
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self._grow_to_page))
        self.retranslate()

    @property
    def for_relative(self) -> bool:
        """Set up for a relative: the texts say "the journal", not "your journal"."""
        return self.who_page.relationship is Relationship.RELATIVE

    # ---- texts and looks --------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self._fit_to_content)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vigilance — first start"))
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Continue >"),
            QWizard.WizardButton.CommitButton: self.tr("&Create the journal"),
            QWizard.WizardButton.FinishButton: self.tr("&Start"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)

    def update_prefs(self, **changes: object) -> None:
        """Apply a display choice to the whole application at once (saved on creation)."""
        self.prefs = replace(self.prefs, **changes).validated()
        app = QApplication.instance()
        if "language" in changes:
            install_language(app, self.prefs.language)
        if "text_scale" in changes or "high_contrast" in changes:
            apply_theme(app, self.prefs)
            QTimer.singleShot(0, self._fit_to_content)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_once:  # a saved text size of 200 % on a small screen
            self._fitted_once = True
            QTimer.singleShot(0, self._fit_to_content)

    def _grow_to_page(self) -> None:
        """A taller page may use more of the screen (never more than the screen)."""
        wanted = self.size().expandedTo(self.sizeHint())
        screen = self.screen()
        if screen is not None:
            frame = self.frameGeometry().size() - self.size()
            wanted = wanted.boundedTo(screen.availableGeometry().size() - frame)
        if wanted != self.size():
            self.resize(wanted)

    def _fit_to_content(self) -> None:
        """The size the content asks for, within the screen (the pages scroll inside, the
        buttons stay in view): grows at 200 %, shrinks back at 100 %."""
        self.setMinimumSize(0, 0)  # QWizard keeps the minimum of the larger text otherwise
        wanted = self.sizeHint().expandedTo(self.minimumSizeHint())
        screen = self.screen()
        if screen is not None:
            frame = self.frameGeometry().size() - self.size()  # the title bar, when shown
            room = screen.availableGeometry().size() - frame
            wanted = wanted.boundedTo(room)
            self.setMaximumSize(room)
        self.resize(wanted)
        if screen is not None and not screen.availableGeometry().contains(
                self.frameGeometry()):
            self.move(screen.availableGeometry().topLeft())

    # ---- creating the store -----------------------------------------------------------

    def start_creation(self) -> None:
        if self.runner.busy or self.created is not None:
            return
        services = self.services
        mode = self.unlock_page.mode
        password = self.unlock_page.password()
        relationship = self.who_page.relationship
        self.profile_name = self.who_page.profile_name()
        name = self.profile_name

        def create() -> CreatedStore:
            return create_new_store(services.paths, services.vault, mode, name,
                                    relationship, password)

        self.runner.run(create, self._created, self._creation_failed)

    def _busy_changed(self, busy: bool) -> None:
        self.unlock_page.set_busy(busy)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _created(self, created: object) -> None:
        assert isinstance(created, CreatedStore)
        self.created = created
        self.services.attach_store(created.store, created.vault.data_key)
        self.services.save_preferences(self.prefs)
        # Clear the password fields: the text is no longer needed anywhere.
        self.unlock_page.passwords.clear()
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.next()

    def _creation_failed(self, exc: BaseException) -> None:
        page = self.unlock_page
        if isinstance(exc, KeyringUnavailable):
            page.keyring_failed()
            page.show_error(self.tr(
                "The system keyring could not be used on this computer. Please choose an app "
                "password, then press Create the journal again."
            ))
        elif isinstance(exc, StoreAlreadyExists):
            page.show_error(self.tr(
                "A Vigilance journal already exists on this computer; it was left untouched. "
                "Please close this window and open Vigilance again."
            ))
        elif isinstance(exc, (VaultError, OSError)):
            page.show_error(self.tr(
                "The journal could not be created: the folder may be full or protected. "
                "Nothing was changed. Please try again, or restart the computer first."
            ))
        else:
            page.show_error(self.tr(
                "Something went wrong while creating the journal. Nothing was changed. "
                "Please try again."
            ))

    # ---- closing ----------------------------------------------------------------------

    def accept(self) -> None:
        if self.created is not None:
            self.services.save_preferences(self.prefs)
        super().accept()

    def reject(self) -> None:
        if self.runner.busy:
            return  # the journal is being created; the buttons are disabled meanwhile
        if self.created is None:
            super().reject()
            return
        # The journal exists: closing now just opens it. Warn if the key was not noted yet.
        if (self.currentId() == self.PAGE_RECOVERY and not self.field("keyNoted")
                and not self.confirm_leave_without_key()):
            return
        self._closing = True
        try:
            self.services.save_preferences(self.prefs)
            # QDialog's own done: QWizard.done would validate the page (the box is unticked).
            QDialog.done(self, QDialog.DialogCode.Accepted)
        finally:
            self._closing = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:  # Qt closes the window from inside ``done``: do not ask again
            event.accept()
            return
        super().closeEvent(event)

    def confirm_leave_without_key(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Your recovery key"))
        box.setText(self.tr("Have you written down your recovery key?"))
        box.setInformativeText(self.tr(
            "Your journal is created. Without the recovery key you could lose access to it "
            "one day. You can also show it later in Settings."
        ))
        stay = box.addButton(self.tr("Go back to the key"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is not stay
