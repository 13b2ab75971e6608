"""Account checks: the accounts of the person shown, when each is next checked and why.

Verdict first: how many checks are to do now, with "Start the checks". Then the accounts (state
in a sign and words, never a colour alone), the chosen account's details and history, and the
settings of reminders: "be more careful for a while", "add to my calendar", start at login.

Names and notes typed by the person are shown as plain text. The only thing ever opened is the
official https address typed for an account.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.common import VerticalScrollArea, WrappingCheckBox, plain_label
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.theme import heading
from vigilance_app.ui.reviews.flow import RecordUnusual, ReviewFlowDialog, open_official_url
from vigilance_app.ui.reviews.texts import (
    english_plural,
    heightened_text,
    kind_name,
    long_date,
    rhythm_text,
    short_date,
    state_text,
)

if TYPE_CHECKING:
    from vigilance_app.ui.kit.shell import Shell

CONTEXT = "ReviewsPage"
TITLE = QT_TRANSLATE_NOOP("ReviewsPage", "Account checks")
HEIGHTENED_WEEKS = 8
HISTORY_NOTE = 240  # characters of a note shown in the history list


def local_tz() -> tzinfo:
    from vigilance_app.reviews.schedule import local_timezone

    return local_timezone()


def system_tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReviewsPage(Retranslatable, QWidget):
    """``plan_requested(situation, journal_entry_id or 0)`` asks the window for a plan."""

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
        self._archived_id: int | None = None  # what "Undo" brings back

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

        # Details of the chosen account
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

        # Reminders
        self.reminders_label = heading(plain_label(), level=2)
        self.careful_box = WrappingCheckBox()
        self.careful_box.setObjectName("reviewsCareful")
        self.careful_box.clicked.connect(self._careful_clicked)
        self.careful_line = plain_label()
        self.calendar_button = QPushButton()
        self.calendar_button.clicked.connect(lambda: self.export_calendar())
        self.autostart_box = WrappingCheckBox()
        self.autostart_box.setObjectName("reviewsAutostart")
        self.autostart_box.clicked.connect(self._autostart_clicked)
        self.keep_box = WrappingCheckBox()
        self.keep_box.setObjectName("reviewsKeepInTray")
        self.keep_box.clicked.connect(self._keep_clicked)

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

        self.setTabOrder(self.verdict, self.start_button)
        self.setTabOrder(self.start_button, self.accounts_list)
        self.setTabOrder(self.accounts_list, self.add_button)
        self.setTabOrder(self.add_button, self.check_button)
        self.refresh()

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
        from vigilance_app.reviews.accounts import list_due

        store, profile_id = self.store, self.profile_id()
        self.infos = [] if store is None or profile_id is None else \
            list_due(store, profile_id, self.today(), self.tz)
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

    def check_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.start_checks([info.account])

    def _changed(self) -> None:
        self.refresh()
        self.reviews_changed.emit()

    def _open_selected(self) -> None:
        info = self.selected()
        if info is not None and info.account.official_url:
            self.open_url(info.account.official_url)

    def _say(self, text: str, undo: bool = False) -> None:
        self.undo_button.setVisible(undo)
        if not undo:
            self._archived_id = None
        self.message = text
        self.message_label.setText(text)
        self.message_label.setAccessibleName(text)
        self.message_label.setVisible(bool(text))

    def account_dialog(self, account: Any = None) -> Any:
        from vigilance_app.reviews.accounts import add_account, update_account
        from vigilance_app.ui.reviews.account_dialog import AccountDialog

        store, profile_id = self.store, self.profile_id()

        def save(values: dict[str, Any]) -> object:
            if store is None or profile_id is None:
                raise ValueError(self.tr("Vigilance is locked: open it again first."))
            if account is None:
                return add_account(store, profile_id, values["kind"], values["name"],
                                   now=self.now(), institution=values["institution"],
                                   official_url=values["official_url"],
                                   rhythm=values["rhythm"])
            return update_account(store, account.id, **values)

        dialog = AccountDialog(save, account, parent=self)
        dialog.accepted.connect(self._changed)
        return dialog

    def add_account(self) -> Any:
        dialog = self.account_dialog()
        dialog.open()
        return dialog

    def edit_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.account_dialog(info.account).open()

    def archive_selected(self, confirm: bool = True) -> None:
        from vigilance_app.reviews.accounts import archive_account

        info = self.selected()
        if info is None or self.store is None:
            return
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Stop checking this account?"),
                              self.tr("\"%1\" will no longer be reminded. Its history is kept.")
                              .replace("%1", info.account.name),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
        archive_account(self.store, info.account.id)
        self._say(self.tr("\"%1\" is no longer checked. Its history is kept.").replace(
            "%1", info.account.name), undo=True)
        self._archived_id = info.account.id
        self._changed()

    def undo_archive(self) -> None:
        from vigilance_app.reviews.accounts import archive_account

        if self._archived_id is None or self.store is None:
            return
        archive_account(self.store, self._archived_id, archived=False)
        self._archived_id = None
        self._say(self.tr("The account is checked again."))
        self._changed()

    # ---- heightened vigilance (the person's own choice) ----------------------------

    def own_periods(self) -> list[Any]:
        from vigilance_app.reviews.accounts import list_heightened

        store, profile_id = self.store, self.profile_id()
        if store is None or profile_id is None:
            return []
        today = self.today()
        return [p for p in list_heightened(store, profile_id) if p.since <= today < p.until]

    def set_careful(self, on: bool) -> None:
        from vigilance_app.reviews.accounts import end_heightened, start_heightened

        store, profile_id = self.store, self.profile_id()
        if store is None or profile_id is None:
            return
        today = self.today()
        if on:
            if not self.own_periods():
                start_heightened(store, profile_id, today,
                                 today + timedelta(weeks=HEIGHTENED_WEEKS))
        else:
            for period in self.own_periods():
                end_heightened(store, period.id, today)
        self._changed()

    def _careful_clicked(self, checked: bool) -> None:
        self.set_careful(checked)

    # ---- calendar and start at login ----------------------------------------------

    def export_calendar(self, path: Path | None = None) -> Path | None:
        from vigilance_app.reviews import calendar_export

        store, profile_id = self.store, self.profile_id()
        if store is None or profile_id is None:
            return None
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Add to my calendar"), str(Path.home() / "vigilance-comptes.ics"),
                self.tr("Calendar files (*.ics)"))
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        try:
            calendar_export.write_ics(store, profile_id, path, now=self.now(),
                                      lang=_language(), tz=self.tz)
        except (OSError, ValueError):
            self._say(self.tr("The calendar file could not be saved there. Choose another folder."))
            return None
        self._say(self.tr("Saved: %1. Open this file with your calendar (Outlook, Google "
                     "Calendar, Thunderbird…) to be reminded even when Vigilance is closed.")
                  .replace("%1", path.name))
        return path

    def _autostart_module(self) -> Any:
        if self.autostart is None:
            try:
                from vigilance_app.reviews import autostart
            except ImportError:
                return None
            self.autostart = autostart
        return self.autostart

    def _autostart_clicked(self, checked: bool) -> None:
        module = self._autostart_module()
        if module is None:
            return
        try:
            if checked:
                module.enable()
            else:
                module.disable()
        except (OSError, ValueError):
            self._say(self.tr("Vigilance could not change how it starts. Nothing was changed."))
        self.retranslate()

    def _keep_clicked(self, checked: bool) -> None:
        from dataclasses import replace

        prefs = self.services.preferences
        try:
            self.services.save_preferences(replace(prefs, keep_in_tray=bool(checked)))
        except OSError:
            self._say(self.tr("This choice could not be saved. Nothing was changed."))
            self.keep_box.setChecked(bool(prefs.keep_in_tray))

    # ---- texts -------------------------------------------------------------------

    def _show_details(self, _row: int = -1) -> None:
        from vigilance_app.reviews.accounts import history

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
            self.tr("Checked %1.").replace("%1", rhythm_text(account.rhythm)))
        text = heightened_text(info)
        self.detail_heightened.setText(text)
        self.detail_heightened.setVisible(bool(text))
        self.open_button.setVisible(bool(account.official_url))
        self.history_list.clear()
        reviews = history(self.store, account.id) if self.store is not None else []
        for review in reviews:
            when = long_date(review.reviewed_at.astimezone(self.tz).date())
            note = " ".join(review.note.split())
            if review.result == "unusual":
                text = self.tr("⚠ %1: something unusual — %2").replace("%1", when)
                line = text.replace("%2", note if len(note) <= HISTORY_NOTE else
                                    note[:HISTORY_NOTE - 1] + "…")
                full = text.replace("%2", note)
            else:
                line = full = self.tr("✓ %1: everything looked normal").replace("%1", when)
            item = QListWidgetItem(line)
            item.setToolTip(full)  # the whole note (the list shows its beginning)
            self.history_list.addItem(item)
        if not reviews:
            self.history_list.addItem(self.tr("No check yet."))

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("ReviewsPage", TITLE))
        due = self.to_do()
        overdue = sum(1 for info in due if info.state == "overdue")
        if not self.infos:
            verdict = self.tr("No account yet. Add the accounts you use (bank, ameli, email…) "
                         "to be reminded to check them.")
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
        self.list_label.setText(self.tr("&Your accounts"))
        self.accounts_list.setAccessibleName(self.tr("Your accounts"))
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
        self.check_button.setText(self.tr("&Check now"))
        self.check_button.setAccessibleName(self.tr("Check this account now"))
        self.open_button.setText(self.tr("&Open the site"))
        self.open_button.setAccessibleName(self.tr("Open the official site in the browser"))
        self.edit_button.setText(self.tr("Chan&ge…"))
        self.edit_button.setAccessibleName(self.tr("Change this account"))
        self.archive_button.setText(self.tr("S&top checking…"))
        self.archive_button.setAccessibleName(self.tr("Stop checking this account"))
        self.history_label.setText(self.tr("&History"))
        self.history_list.setAccessibleName(self.tr("History of this account"))
        self._show_details()

        self.reminders_label.setText(self.tr("Reminders"))
        periods = self.own_periods()
        self.careful_box.setChecked(bool(periods))
        self.careful_box.setText(self.tr("&Be more careful for a while (check every week for %1 "
                                    "weeks)").replace("%1", str(HEIGHTENED_WEEKS)))
        self.careful_box.setAccessibleName(self.tr("Be more careful for a while"))
        if periods:
            last_day = max(p.until for p in periods) - timedelta(days=1)
            self.careful_line.setText(self.tr("Weekly checks until %1, then back to normal by "
                                         "itself.").replace("%1", short_date(last_day)))
        else:
            self.careful_line.setText(self.tr(
                "Useful after a data breach notice or a suspicious call: your accounts are "
                "checked every week, then the usual rhythm comes back by itself."))
        self.calendar_button.setText(self.tr("Add to my calen&dar…"))
        self.calendar_button.setAccessibleName(self.tr("Add the checks to my calendar"))
        self.calendar_button.setEnabled(bool(self.infos))
        self.autostart_box.setText(self.tr("Start Vigilance when I &log in, in the background"))
        self.autostart_box.setAccessibleName(self.tr("Start Vigilance when I log in"))
        module = self._autostart_module()
        try:
            enabled = bool(module.is_enabled()) if module is not None else False
        except (OSError, ValueError):
            enabled = False
        self.autostart_box.setChecked(enabled)
        self.autostart_box.setVisible(module is not None)
        self.keep_box.setText(self.tr("When I close the window, &keep Vigilance next to the "
                                      "clock so the reminders keep coming"))
        self.keep_box.setAccessibleName(self.tr("Keep Vigilance running when the window is "
                                                "closed"))
        prefs = getattr(self.services, "preferences", None)
        self.keep_box.setChecked(bool(getattr(prefs, "keep_in_tray", True)))
        self.keep_box.setVisible(prefs is not None and self.tray_available())

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


def _language() -> str:
    from vigilance_app.ui.reviews.texts import language

    return language()


def journal_writer(services: Any) -> RecordUnusual:
    """What an unusual review writes in the journal: an entry in the account's profile."""

    def record(account: Any, note: str) -> int | None:
        from datetime import UTC, datetime

        from vigilance_app.reviews.journal_link import record_anomaly

        store = services.store
        if store is None:
            return None
        summary = QCoreApplication.translate(
            "ReviewsPage", "Something unusual on the account “{name}”").format(name=account.name)
        return record_anomaly(store, account, note, summary, datetime.now(UTC))

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
