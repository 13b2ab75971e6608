"""Home: the older person's actions first, then what needs doing, then how the data is
protected, who is shown, and what the app does.

The page is a vertical column: on top the two largest buttons ("Is this a scam?", "I received
a call / a message"), then the features' panels (added with ``add_panel``: the next step of a
plan, the account checks due, the latest journal entries), then the protection of the data.
Anything that could come from data (a profile name) is shown as plain text.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.services import AppServices
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.flow_layout import FlowLayout
from vigilance_app.ui.kit.i18n import Retranslatable, translate
from vigilance_app.ui.kit.panel import Panel
from vigilance_app.ui.kit.person_words import person_words
from vigilance_app.ui.kit.theme import set_font_role
from vigilance_app.vault import CustodyMode, KeyringStatus

# What "I received a call / a message" offers: the journal's quick capture for that channel.
CAPTURE_CHANNELS: tuple[tuple[str, str], ...] = (
    ("phone_call", QT_TRANSLATE_NOOP("HomePage", "A phone &call")),
    ("sms", QT_TRANSLATE_NOOP("HomePage", "An &SMS (text message)")),
    ("email", QT_TRANSLATE_NOOP("HomePage", "An &email")),
    ("letter", QT_TRANSLATE_NOOP("HomePage", "A &letter")),
    ("website", QT_TRANSLATE_NOOP("HomePage", "A &website")),
)


class BigButton(QPushButton):
    """One of the two main actions: larger bold text, with room around it, growing with the
    text size (the padding follows the font, never fixed pixels)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_font_role(self, scale=1.3, bold=True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        line = self.fontMetrics().height()
        return QSize(hint.width() + 2 * line, hint.height() + line)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class HomePage(Retranslatable, QWidget):
    """``open_settings_requested`` asks the window to show Settings (to choose a password);
    ``check_requested`` the check page; ``capture_requested(channel)`` the journal's quick
    capture."""

    open_settings_requested = Signal()
    keyring_status_changed = Signal(object)
    check_requested = Signal()
    capture_requested = Signal(str)

    def __init__(self, services: AppServices, parent: QWidget | None = None,
                 keyring_status: KeyringStatus | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._added_panels: list[QWidget] = []  # the capabilities' panels (add_panel)
        self._profile = None
        self._keyring_status = keyring_status
        self._data_urgent = False  # the data panel is shown first (the key needs attention)

        # The two main actions, largest, first
        self.actions_panel = Panel()
        self.actions_panel.setObjectName("homeActions")
        self.check_button = BigButton()
        self.check_button.setObjectName("homeCheck")
        self.check_button.clicked.connect(self.check_requested)
        self.received_button = BigButton()
        self.received_button.setObjectName("homeReceived")
        self.received_menu = QMenu(self.received_button)
        self.channel_actions: dict[str, QAction] = {}
        for channel, _title in CAPTURE_CHANNELS:
            action = self.received_menu.addAction("")
            action.triggered.connect(lambda _=False, c=channel: self.capture_requested.emit(c))
            self.channel_actions[channel] = action
        self.received_button.setMenu(self.received_menu)
        self.actions_hint = plain_label()
        self.actions_row = QWidget()
        flow = FlowLayout(self.actions_row, spacing=12)
        flow.add(self.check_button)
        flow.add(self.received_button)
        self.actions_panel.body.addWidget(self.actions_row)
        self.actions_panel.body.addWidget(self.actions_hint)

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
        for panel in (self.actions_panel, self.data_panel, self.profile_panel,
                      self.about_panel):
            self.panels.addWidget(panel)
        self.panels.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def add_panel(self, panel: QWidget, index: int | None = None) -> None:
        """The capabilities' panels (what to do next: plans, account checks, the journal) come
        right after the two main actions and before the protection of the data and the
        panels that only describe, in the order they are added."""
        at = 1 + len(self._added_panels) if index is None else index
        if index is None and self._data_urgent:
            at += 1  # the data panel is up top while the key needs attention
        self.panels.insertWidget(at, panel)
        self._added_panels.append(panel)
        self.order_tabs()

    def _place_data_panel(self, urgent: bool) -> None:
        """The protection of the data comes after what the person can act on, unless the
        key needs attention now: then right after the two main actions."""
        self._data_urgent = urgent
        at = 1 if urgent else 1 + len(self._added_panels)
        if self.panels.indexOf(self.data_panel) != at:
            self.panels.removeWidget(self.data_panel)
            self.panels.insertWidget(at, self.data_panel)
            self.order_tabs()

    def order_tabs(self) -> None:
        """Tab follows the visual order, top to bottom: the main actions first, then each
        panel in the order shown (a panel added later would otherwise come last)."""
        chain: list[QWidget] = []
        for row in range(self.panels.count()):
            panel = self.panels.itemAt(row).widget()
            if panel is None:
                continue
            chain += [child for child in panel.findChildren(QWidget)
                      if child.focusPolicy() & Qt.FocusPolicy.TabFocus]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        self.order_tabs()  # the panels may have rebuilt their rows since
        super().showEvent(event)

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
        self.actions_panel.heading.setText(self.tr("What can I do now?"))
        self.check_button.setText(self.tr("Is this a &scam?"))
        self.check_button.setAccessibleName(self.tr("Is this a scam? Check a message"))
        self.check_button.setToolTip(self.tr(
            "Paste or open a message: Vigilance tells you whether it looks like a scam."))
        words = person_words(self.services.store)
        self.received_button.setText(words.pick_button(
            self.tr("I &received a call / a message"),
            self.tr("{name} &received a call / a message")))
        self.received_button.setAccessibleName(words.pick(
            self.tr("I received a call or a message: write it down in the journal"),
            self.tr("{name} received a call or a message: write it down in {name}'s journal")))
        self.received_button.setToolTip(words.pick(
            self.tr("Write down a suspicious call, SMS, email or letter in your journal."),
            self.tr("Write down a suspicious call, SMS, email or letter in {name}'s journal.")))
        self.received_menu.setAccessibleName(words.pick(
            self.tr("What did you receive?"), self.tr("What did {name} receive?")))
        for channel, title in CAPTURE_CHANNELS:
            self.channel_actions[channel].setText(translate("HomePage", title))
        self.actions_hint.setText(self.tr(
            "In doubt, do not answer, do not click and do not call back: check first."))
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
        self._place_data_panel(urgent=trouble)
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
