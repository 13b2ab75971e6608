"""Home: where the data is, how it is protected, who is shown, and what the app does.

The page is a vertical column of panels; later features add theirs with ``add_panel``.
Anything that could come from data (a profile name) is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.services import AppServices
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.panel import Panel
from vigilance_app.vault import CustodyMode, KeyringStatus


class HomePage(Retranslatable, QWidget):
    """``open_settings_requested`` asks the window to show Settings (to choose a password)."""

    open_settings_requested = Signal()
    keyring_status_changed = Signal(object)

    def __init__(self, services: AppServices, parent: QWidget | None = None,
                 keyring_status: KeyringStatus | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._added_panels: list[QWidget] = []  # the capabilities' panels (add_panel)
        self._profile = None
        self._keyring_status = keyring_status

        # Your data and its protection
        self.data_panel = Panel()
        self.encrypted_line = plain_label()
        self.custody_line = plain_label()
        self.recovery_line = plain_label()
        self.trouble_line = plain_label()
        self.trouble_line.setObjectName("keyringTrouble")
        self.fix_button = QPushButton()
        self.fix_button.clicked.connect(self._fix_keyring)
        for widget in (self.encrypted_line, self.custody_line, self.recovery_line,
                       self.trouble_line):
            self.data_panel.body.addWidget(widget)
        self.data_panel.body.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignLeft)

        # The person shown
        self.profile_panel = Panel()
        self.profile_line = plain_label()
        self.profile_panel.body.addWidget(self.profile_line)

        # What the app does and does not do
        self.about_panel = Panel()
        self.about_line = plain_label()
        self.about_panel.body.addWidget(self.about_line)

        content = QWidget()
        self.panels = QVBoxLayout(content)
        self.panels.setSpacing(12)
        for panel in (self.data_panel, self.profile_panel, self.about_panel):
            self.panels.addWidget(panel)
        self.panels.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def add_panel(self, panel: QWidget, index: int | None = None) -> None:
        """The capabilities' panels (what to do next: plans, account checks, the journal) come
        right after "Your data" — which says at once when the key needs attention — and
        before the panels that only describe, in the order they are added."""
        at = 1 + len(self._added_panels) if index is None else index
        self.panels.insertWidget(at, panel)
        self._added_panels.append(panel)

    # ---- state ---------------------------------------------------------------------

    @property
    def keyring_status(self) -> KeyringStatus:
        if self._keyring_status is None:
            vault = self.services.vault
            if vault.mode is not CustodyMode.KEYRING:
                self._keyring_status = KeyringStatus.NOT_USED
            else:  # the vault's last answer, so the keyring is not asked twice
                self._keyring_status = (vault.last_keyring_status
                                        or vault.open_everyday().keyring_status)
        return self._keyring_status

    def set_keyring_status(self, status: KeyringStatus | None) -> None:
        self._keyring_status = status
        self.retranslate()

    def refresh(self) -> None:
        """Read the profile again (after a profile switch or an unlock)."""
        store = self.services.store
        before = self._profile
        self._profile = store.active_profile() if store is not None else None
        self.retranslate()
        if before is not None and self._profile != before:
            for panel in self._added_panels:  # what they show is per person
                refresh = getattr(panel, "refresh", None)
                if refresh is not None:
                    refresh()

    # ---- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        vault = self.services.vault
        password_mode = vault.mode is CustodyMode.PASSWORD
        status = self.keyring_status
        self.data_panel.heading.setText(self.tr("Your data"))
        self.encrypted_line.setText(self.tr("Your data is encrypted on this computer."))
        if password_mode:
            self.custody_line.setText(self.tr("It is protected by your app password."))
        else:
            self.custody_line.setText(
                self.tr("It opens without a password thanks to the system keyring."))
        self.recovery_line.setText(self.tr("Your recovery key can always get it back."))

        trouble = not password_mode and status is not KeyringStatus.AVAILABLE
        self.trouble_line.setVisible(trouble)
        self.fix_button.setVisible(trouble)
        if trouble:
            if status is KeyringStatus.NO_BACKEND:
                self.trouble_line.setText(self.tr(
                    "Attention: no system keyring is available, so Vigilance will ask for your "
                    "recovery key each time. Choosing an app password is simpler."))
                self.fix_button.setText(self.tr("Choose an app &password"))
            else:
                self.trouble_line.setText(self.tr(
                    "Attention: the system keyring does not hold the Vigilance key at the "
                    "moment, so next time Vigilance will ask for your recovery key."))
                self.fix_button.setText(self.tr("&Put the key back in the keyring"))
            self.fix_button.setAccessibleName(self.fix_button.text().replace("&", ""))

        self.profile_panel.heading.setText(self.tr("Person shown"))
        profile = self._profile
        if profile is None:
            self.profile_line.setText(self.tr("No profile yet."))
        elif not profile.is_self:
            self.profile_line.setText(self.tr(
                "You are looking at the journal of {name}, a relative you help.").format(
                    name=profile.display_name))
        else:
            self.profile_line.setText(self.tr(
                "You are looking at your own journal ({name}).").format(
                    name=profile.display_name))

        self.about_panel.heading.setText(self.tr("What Vigilance does"))
        self.about_line.setText(self.tr(
            "Vigilance keeps a private journal of suspicious messages and calls, and helps "
            "you know what to do. Everything stays on this computer: nothing is sent over the "
            "internet. It does not block messages or calls, and it does not look at your bank "
            "accounts for you."))


    # ---- the one fix ---------------------------------------------------------------

    def _fix_keyring(self) -> None:
        if self.keyring_status is KeyringStatus.NO_BACKEND:
            self.open_settings_requested.emit()
            return
        if not self.services.unlocked:
            return
        status = self.services.vault.restore_keyring(self.services.data_key)
        self.set_keyring_status(status)
        self.keyring_status_changed.emit(status)
