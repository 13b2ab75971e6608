"""Account checks: the accounts of the person shown, when each is next checked and why.

Verdict first: how many checks are to do now, with "Start the checks". Then the accounts (state
in a sign and words, never a colour alone), the chosen account's details and history
(``account_details``), and the settings of reminders (``reminders``): "be more careful for a
while", "add to my calendar", start at login.

Names and notes typed by the person are shown as plain text. The only thing ever opened is the
official https address typed for an account.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.common import VerticalScrollArea, plain_label
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.person_words import person_words, without_mnemonic
from vigilance_app.ui.kit.theme import heading
from vigilance_app.ui.reviews import api as api
from vigilance_app.ui.reviews.account_details import AccountDetails
from vigilance_app.ui.reviews.flow import RecordUnusual, ReviewFlowDialog, open_official_url
from vigilance_app.ui.reviews.reminders import Reminders
from vigilance_app.ui.reviews.texts import (
    english_plural,
    heightened_text,
    kind_name,
    long_date,
    state_text,
)

if TYPE_CHECKING:
    from vigilance_app.ui.kit.shell import Shell

CONTEXT = "ReviewsPage"
TITLE = QT_TRANSLATE_NOOP("ReviewsPage", "Account checks")


def local_tz() -> tzinfo:
    return api.local_timezone()


def system_tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReviewsPage(Retranslatable, AccountDetails, Reminders, QWidget):
    """``plan_requested(situation, journal_entry_id or 0)`` asks the window for a plan. The
    chosen account's details (``AccountDetails``) and the reminder settings (``Reminders``)
    are written in their own modules."""

    plan_requested = Signal(str, "qlonglong")  # journal entry ids exceed 32 bits
    reviews_changed = Signal()

    def __init__(self, services: Any, *,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 tz: tzinfo | None = None,
                 record_unusual: RecordUnusual | None = None,
                 open_url: Callable[[str], bool] = open_official_url,
                 autostart: Any = None,
                 tray_available: Callable[[], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewsPage")
        self.services = services
        self.now = now
        self.tz = tz or local_tz()
        self.record_unusual = record_unusual
        self.open_url = open_url
        self.autostart = autostart  # module-like: enable(), disable(), is_enabled()
        self.tray_available = tray_available or system_tray_available
        self.infos: list[Any] = []
        self.flow: ReviewFlowDialog | None = None
        self.message = ""
        self._archived_id: int | None = None  # what "Undo" brings back
        self._build_top()
        self._build_list()
        self._build_details()
        self._build_reminders()
        self._build_layout()
        self.setTabOrder(self.verdict, self.start_button)
        self.setTabOrder(self.start_button, self.accounts_list)
        self.setTabOrder(self.accounts_list, self.add_button)
        self.setTabOrder(self.add_button, self.check_button)
        self.refresh()

    # ---- building ------------------------------------------------------------------

    def _build_top(self) -> None:
        """The title, the verdict, "Start the checks", and the message line with Undo."""
        self.title = heading(plain_label(), level=1)
        self.verdict = heading(plain_label(), level=2)
        self.verdict.setObjectName("reviewsVerdict")
        self.verdict.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.start_button = QPushButton()
        self.start_button.setObjectName("reviewsStart")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self.start_checks())
        self.message_label = plain_label()
        self.message_label.setObjectName("reviewsMessage")
        self.message_label.hide()
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("reviewsUndo")
        self.undo_button.clicked.connect(lambda: self.undo_archive())
        self.undo_button.hide()

    def _build_list(self) -> None:
        self.list_label = heading(plain_label(), level=2)
        self.accounts_list = QListWidget()
        self.accounts_list.setObjectName("reviewsAccounts")
        self.accounts_list.setWordWrap(True)
        self.accounts_list.setSpacing(4)
        self.accounts_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.accounts_list.currentRowChanged.connect(self._show_details)
        self.accounts_list.itemSelectionChanged.connect(self._selection_changed)
        self.accounts_list.installEventFilter(self)
        self.accounts_list.itemActivated.connect(lambda _item: self.check_selected())
        self.list_label.setBuddy(self.accounts_list)
        self.add_button = QPushButton()
        self.add_button.setObjectName("reviewsAdd")
        self.add_button.clicked.connect(lambda: self.add_account())

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addStretch(1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addStretch(1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.verdict)
        column.addLayout(top)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_label, 1)
        message_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(message_row)
        column.addWidget(self.list_label)
        column.addWidget(self.accounts_list)
        column.addLayout(list_buttons)
        column.addWidget(self.details)
        column.addWidget(self.reminders_label)
        column.addWidget(self.careful_box)
        column.addWidget(self.careful_line)
        column.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.autostart_box)
        column.addWidget(self.keep_box)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScrollArea(content))

    # ---- data --------------------------------------------------------------------

    @property
    def store(self) -> Any:
        return self.services.store

    def profile_id(self) -> int | None:
        store = self.store
        profile = store.active_profile() if store is not None else None
        return profile.id if profile is not None else None

    def today(self) -> date:
        return self.now().astimezone(self.tz).date()

    def refresh(self) -> None:
        store, profile_id = self.store, self.profile_id()
        self.infos = [] if store is None or profile_id is None else \
            api.list_due(store, profile_id, self.today(), self.tz)
        keep = self.selected_id()
        self.accounts_list.blockSignals(True)
        self.accounts_list.clear()
        for info in self.infos:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, info.account.id)
            self.accounts_list.addItem(item)
        self.accounts_list.blockSignals(False)
        row = next((i for i, info in enumerate(self.infos) if info.account.id == keep), 0)
        if self.infos:
            self.accounts_list.setCurrentRow(row)
        self.retranslate()

    def to_do(self) -> list[Any]:
        """The accounts to check now: due or overdue and not put off, overdue first."""
        due = [info for info in self.infos if info.needs_reminder]
        due.sort(key=lambda info: (info.state != "overdue", info.next_due, info.account.id))
        return due

    def _selection_changed(self) -> None:
        """Assistive tools select an item without a click or a current-row change."""
        rows = [index.row() for index in self.accounts_list.selectionModel().selectedRows()]
        if rows and rows[0] != self.accounts_list.currentRow():
            self.accounts_list.setCurrentRow(rows[0])

    def selected(self) -> Any:
        row = self.accounts_list.currentRow()
        return self.infos[row] if 0 <= row < len(self.infos) else None

    def selected_id(self) -> int | None:
        item = self.accounts_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    # ---- actions -----------------------------------------------------------------

    def start_checks(self, accounts: list[Any] | None = None) -> ReviewFlowDialog | None:
        """Open the step-by-step flow for the accounts to check now (or the given ones)."""
        store = self.store
        if store is None:
            return None
        chosen = accounts if accounts is not None else [i.account for i in self.to_do()]
        if not chosen:
            self._say(self.tr("Nothing to check now. You will be reminded when it is time."))
            return None
        heightened = {info.account.id: heightened_text(info) for info in self.infos
                      if info.heightened_until is not None}
        flow = ReviewFlowDialog(store, chosen, now=self.now, tz=self.tz,
                                record_unusual=self.record_unusual, open_url=self.open_url,
                                heightened=heightened, parent=self)
        flow.plan_requested.connect(self.plan_requested)
        flow.reviewed_event.connect(lambda *_: self._changed())
        flow.snoozed_event.connect(lambda *_: self._changed())
        flow.finished.connect(lambda _result: self._flow_closed(flow))
        self.flow = flow
        flow.open()
        return flow

    def _flow_closed(self, flow: ReviewFlowDialog) -> None:
        if self.flow is flow:
            self.flow = None
        flow.deleteLater()
        self.refresh()

    def _changed(self) -> None:
        self.refresh()
        self.reviews_changed.emit()

    def _say(self, text: str, undo: bool = False) -> None:
        self.undo_button.setVisible(undo)
        if not undo:
            self._archived_id = None
        self.message = text
        self.message_label.setText(text)
        self.message_label.setAccessibleName(text)
        self.message_label.setVisible(bool(text))

    def account_dialog(self, account: Any = None) -> Any:
        from vigilance_app.ui.reviews.account_dialog import AccountDialog

        store, profile_id = self.store, self.profile_id()

        def save(values: dict[str, Any]) -> object:
            if store is None or profile_id is None:
                raise ValueError(self.tr("Vigilance is locked: open it again first."))
            if account is None:
                return api.add_account(store, profile_id, values, self.now())
            return api.update_account(store, account.id, values)

        dialog = AccountDialog(save, account, parent=self)
        dialog.accepted.connect(self._changed)
        return dialog

    def add_account(self) -> Any:
        dialog = self.account_dialog()
        dialog.open()
        return dialog

    # ---- texts -------------------------------------------------------------------

    def retranslate(self) -> None:
        words = person_words(self.store)
        self.title.setText(words.pick(QCoreApplication.translate("ReviewsPage", TITLE),
                                      self.tr("Checking {name}'s accounts")))
        self._render_verdict()
        self.list_label.setText(words.pick_button(self.tr("&Your accounts"),
                                                  self.tr("{name}'s accou&nts")))
        self.accounts_list.setAccessibleName(without_mnemonic(self.list_label.text()))
        for row, info in enumerate(self.infos):
            item = self.accounts_list.item(row)
            kind = kind_name(info.account.kind)
            lines = [f"{info.account.name} · {kind}", state_text(info)]
            if info.heightened_until is not None:
                lines.append(heightened_text(info))
            item.setText("\n".join(lines))
            item.setToolTip("\n".join(lines))
        self._fit_list()
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: check this account again"))
        self.add_button.setText(self.tr("&Add an account…"))
        self.add_button.setAccessibleName(self.tr("Add an account"))
        self._retranslate_details()
        self._retranslate_reminders()

    def _render_verdict(self) -> None:
        """How many checks are to do now (and how many are late), or when the next one is."""
        due = self.to_do()
        overdue = sum(1 for info in due if info.state == "overdue")
        if not self.infos:
            verdict = person_words(self.store).pick(
                self.tr("No account yet. Add the accounts you use (bank, ameli, email…) to be "
                        "reminded to check them."),
                self.tr("No account yet. Add the accounts {name} uses (bank, ameli, "
                        "email…) to be reminded to check them."))
        elif not due:
            upcoming = [info.next_due for info in self.infos if info.state == "upcoming"]
            verdict = self.tr("✓ Nothing to check now.")
            if upcoming:
                verdict += " " + self.tr("Next check: %1.").replace("%1", long_date(min(upcoming)))
        else:
            verdict = english_plural(self.tr("%n check(s) to do now.", "", len(due)), len(due))
            if overdue:
                verdict += " " + self.tr("%n of them overdue.", "", overdue)
        self.verdict.setText(verdict)
        self.verdict.setAccessibleName(verdict)
        self.start_button.setText(self.tr("&Start the checks"))
        self.start_button.setAccessibleName(self.tr("Start the checks"))
        self.start_button.setVisible(bool(due))

    def _fit_list(self) -> None:
        """The list as tall as its accounts (the page scrolls, not the list), at any text
        size: two or three lines per account."""
        view = self.accounts_list
        view.doItemsLayout()  # item heights for the current width (wrapped lines)
        rows = sum(max(view.visualItemRect(view.item(i)).height(), view.sizeHintForRow(i))
                   + 2 * view.spacing() for i in range(view.count()))
        empty = self.fontMetrics().height() * 2
        view.setFixedHeight(2 * view.frameWidth() + max(rows, empty) + 2)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.accounts_list and event.type() == QEvent.Type.Resize and \
                event.oldSize().width() != event.size().width():
            QTimer.singleShot(0, self, self._fit_list)  # rows wrap again at the new width
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_list()
        super().changeEvent(event)


def journal_writer(services: Any) -> RecordUnusual:
    """What an unusual review writes in the journal: an entry in the account's profile."""

    def record(account: Any, note: str) -> int | None:
        from datetime import UTC, datetime

        store = services.store
        if store is None:
            return None
        summary = QCoreApplication.translate(
            "ReviewsPage", "Something unusual on the account “{name}”").format(name=account.name)
        return api.record_anomaly(store, account, note, summary, datetime.now(UTC))

    return record


def make_reviews_page(shell: Shell, record_unusual: RecordUnusual | None = None) -> QWidget:
    """The PAGES factory: the page, with its plans opened by the window; an unusual review is
    written in the journal unless another ``record_unusual`` is given."""
    if record_unusual is None:
        record_unusual = journal_writer(shell.services)
    page = ReviewsPage(shell.services, record_unusual=record_unusual)
    page.plan_requested.connect(
        lambda situation, entry: shell.show_plan(situation, entry or None))
    return page
