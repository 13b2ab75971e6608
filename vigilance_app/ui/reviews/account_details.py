"""The chosen account on the account checks page: its state, rhythm and history, and what
can be done with it (check now, open the official site, change it, stop checking it, undo).

``AccountDetails`` is a part of ``ReviewsPage`` (a mixin): it uses the page's ``store``,
``selected()``, ``tz``, ``open_url``, ``start_checks``, ``account_dialog``, ``_say`` and
``_changed``. Names and notes typed by the person are shown as plain text. Its texts keep the
page's translation context ("ReviewsPage").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import translate
from vigilance_app.ui.kit.theme import heading
from vigilance_app.ui.reviews import api as api
from vigilance_app.ui.reviews.texts import (
    heightened_text,
    kind_name,
    long_date,
    rhythm_text,
    state_text,
)

HISTORY_NOTE = 240  # characters of a note shown in the history list


class AccountDetails:
    """The details of the chosen account of ``ReviewsPage``."""

    _archived_id: int | None = None  # what "Undo" brings back

    def _build_details(self) -> None:
        self.details = QFrame()
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setObjectName("reviewsDetails")
        self.detail_title = heading(plain_label(), level=2)
        self.detail_kind = plain_label()
        self.detail_state = plain_label()
        self.detail_state.setObjectName("reviewsDetailState")
        self.detail_rhythm = plain_label()
        self.detail_heightened = plain_label()
        self.detail_heightened.setObjectName("reviewsHeightened")
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_selected)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_selected)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(lambda: self.archive_selected())
        self.history_label = heading(plain_label(), level=3)
        self.history_list = QListWidget()
        self.history_list.setObjectName("reviewsHistory")
        self.history_list.setWordWrap(True)
        self.history_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.history_label.setBuddy(self.history_list)
        detail_buttons = QHBoxLayout()
        for button in (self.check_button, self.open_button, self.edit_button,
                       self.archive_button):
            detail_buttons.addWidget(button)
        detail_buttons.addStretch(1)
        details = QVBoxLayout(self.details)
        for widget in (self.detail_title, self.detail_kind, self.detail_state,
                       self.detail_rhythm, self.detail_heightened):
            details.addWidget(widget)
        details.addLayout(detail_buttons)
        details.addWidget(self.history_label)
        details.addWidget(self.history_list)

    # ---- actions -------------------------------------------------------------------

    def check_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.start_checks([info.account])

    def _open_selected(self) -> None:
        info = self.selected()
        if info is not None and info.account.official_url:
            self.open_url(info.account.official_url)

    def edit_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.account_dialog(info.account).open()

    def archive_selected(self, confirm: bool = True) -> None:
        info = self.selected()
        if info is None or self.store is None:
            return
        if confirm and not self._confirm_archive(info.account.name):
            return
        api.archive_account(self.store, info.account.id)
        self._say(translate("ReviewsPage",
                            "\"%1\" is no longer checked. Its history is kept.").replace(
            "%1", info.account.name), undo=True)
        self._archived_id = info.account.id
        self._changed()

    def _confirm_archive(self, name: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("ReviewsPage", "Stop checking this account?"),
                          translate("ReviewsPage",
                                    "\"%1\" will no longer be reminded. Its history is kept.")
                          .replace("%1", name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def undo_archive(self) -> None:
        if self._archived_id is None or self.store is None:
            return
        api.archive_account(self.store, self._archived_id, archived=False)
        self._archived_id = None
        self._say(translate("ReviewsPage", "The account is checked again."))
        self._changed()

    # ---- texts ---------------------------------------------------------------------

    def _show_details(self, _row: int = -1) -> None:
        info = self.selected()
        self.details.setVisible(info is not None)
        if info is None:
            return
        account = info.account
        self.detail_title.setText(account.name)
        kind = kind_name(account.kind)
        self.detail_kind.setText(f"{kind} — {account.institution}" if account.institution
                                 else kind)
        self.detail_state.setText(state_text(info))
        self.detail_rhythm.setText(
            translate("ReviewsPage", "Checked %1.").replace("%1", rhythm_text(account.rhythm)))
        text = heightened_text(info)
        self.detail_heightened.setText(text)
        self.detail_heightened.setVisible(bool(text))
        self.open_button.setVisible(bool(account.official_url))
        self._show_history(account.id)

    def _show_history(self, account_id: int) -> None:
        self.history_list.clear()
        reviews = api.history(self.store, account_id) if self.store is not None else []
        for review in reviews:
            when = long_date(review.reviewed_at.astimezone(self.tz).date())
            note = " ".join(review.note.split())
            if review.result == "unusual":
                text = translate("ReviewsPage",
                                 "⚠ %1: something unusual — %2").replace("%1", when)
                line = text.replace("%2", note if len(note) <= HISTORY_NOTE else
                                    note[:HISTORY_NOTE - 1] + "…")
                full = text.replace("%2", note)
            else:
                line = full = translate("ReviewsPage",
                                        "✓ %1: everything looked normal").replace("%1", when)
            item = QListWidgetItem(line)
            item.setToolTip(full)  # the whole note (the list shows its beginning)
            self.history_list.addItem(item)
        if not reviews:
            self.history_list.addItem(translate("ReviewsPage", "No check yet."))

    def _retranslate_details(self) -> None:
        self.check_button.setText(translate("ReviewsPage", "&Check now"))
        self.check_button.setAccessibleName(translate("ReviewsPage", "Check this account now"))
        self.open_button.setText(translate("ReviewsPage", "&Open the site"))
        self.open_button.setAccessibleName(translate("ReviewsPage",
                                                     "Open the official site in the browser"))
        self.edit_button.setText(translate("ReviewsPage", "Chan&ge…"))
        self.edit_button.setAccessibleName(translate("ReviewsPage", "Change this account"))
        self.archive_button.setText(translate("ReviewsPage", "S&top checking…"))
        self.archive_button.setAccessibleName(translate("ReviewsPage",
                                                        "Stop checking this account"))
        self.history_label.setText(translate("ReviewsPage", "&History"))
        self.history_list.setAccessibleName(translate("ReviewsPage", "History of this account"))
        self._show_details()
