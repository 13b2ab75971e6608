"""The review flow: one calm screen per due account, then "everything looks normal" or "I saw
something unusual".

Unusual → a short description → the review is kept as unusual, ``record_unusual(account,
description)`` (wired by the integrator to the journal; may return the journal entry id) is
called, and the plan is offered: ``plan_requested(situation, journal_entry_id or 0)``.

The only thing ever opened is the official web address the person typed for the account
(https, checked again before opening).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.accessible import ComboBox
from vigilance_app.ui.kit.common import BulletList, VerticalScrollArea, plain_label
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.person_words import person_words
from vigilance_app.ui.kit.theme import heading
from vigilance_app.ui.reviews import api as api
from vigilance_app.ui.reviews.texts import UNUSUAL_SITUATIONS, kind_name, look_at, table_tr

RecordUnusual = Callable[[Any, str], "int | None"]
NOTE_LIMIT = 2000


def open_official_url(url: str) -> bool:
    """Open the account's official address in the browser: https only, checked again."""
    try:
        checked = api.validate_official_url(url)
    except ValueError:
        return False
    if checked is None:
        return False
    return QDesktopServices.openUrl(QUrl(checked, QUrl.ParsingMode.StrictMode))


class ReviewFlowDialog(Retranslatable, QDialog):
    """``reviewed_event(account_id, result)`` after each kept review; ``snoozed_event``."""

    plan_requested = Signal(str, "qlonglong")  # journal entry ids exceed 32 bits
    reviewed_event = Signal(int, str)
    snoozed_event = Signal(int, str)

    def __init__(self, store: Any, accounts: Sequence[Any], *,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 tz: tzinfo = UTC,
                 record_unusual: RecordUnusual | None = None,
                 open_url: Callable[[str], bool] = open_official_url,
                 heightened: dict[int, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewFlow")
        self.heightened = heightened or {}  # account id → why it is checked more often now
        self.setModal(True)
        self.store = store
        self.words = person_words(store)  # whose accounts: "Check: …" or "Check Jeanne's…"
        self.accounts = list(accounts)  # AccountInfo
        self.index = 0
        self.now = now
        self.tz = tz
        self.record_unusual = record_unusual
        self.open_url = open_url
        self.done_count = 0
        self.last_situation = "unknown_transaction"
        self.last_entry_id: int | None = None
        self.masked = False  # the last note had a number masked
        self._status_source = ""

        self.stack = QStackedWidget()
        for page in (self._build_look_page(), self._build_unusual_page(),
                     self._build_plan_page(), self._build_done_page()):
            self.stack.addWidget(VerticalScrollArea(page))
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.stop_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack, 1)
        outer.addLayout(footer)
        self._fit_to_screen()
        self.retranslate()
        self._show_account()

    # ---- building ----------------------------------------------------------------

    def _build_look_page(self) -> QWidget:
        """1. What to look at, and the answers: normal, unusual, or later."""
        self.look_page = QWidget()
        self.progress_label = plain_label()
        self.progress_label.setObjectName("reviewProgress")
        self.status_label = plain_label()
        self.status_label.setObjectName("reviewStatus")
        self.account_title = heading(plain_label(), level=1)
        self.account_title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.account_line = plain_label()
        self.heightened_label = plain_label()
        self.heightened_label.setObjectName("reviewHeightened")
        self.look_heading = heading(plain_label(), level=2)
        self.look_list = BulletList()
        self.site_hint = plain_label()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_site)
        self.normal_button = QPushButton()
        self.normal_button.setObjectName("reviewNormal")
        self.normal_button.clicked.connect(self.mark_normal)
        self.unusual_button = QPushButton()
        self.unusual_button.setObjectName("reviewUnusual")
        self.unusual_button.clicked.connect(self.show_unusual)
        self.snooze_label = plain_label()
        self.snooze_buttons: dict[str, QPushButton] = {}
        snooze_row = QHBoxLayout()
        for choice in ("tomorrow", "three_days", "next_week"):
            button = QPushButton()
            button.clicked.connect(lambda _=False, c=choice: self.snooze(c))
            self.snooze_buttons[choice] = button
            snooze_row.addWidget(button)
        snooze_row.addStretch(1)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.normal_button)
        answer_row.addWidget(self.unusual_button)
        answer_row.addStretch(1)
        look = QVBoxLayout(self.look_page)
        for widget in (self.progress_label, self.status_label, self.account_title,
                       self.account_line, self.heightened_label, self.look_heading,
                       self.look_list, self.site_hint):
            look.addWidget(widget)
        look.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        look.addSpacing(8)
        look.addLayout(answer_row)
        look.addSpacing(8)
        look.addWidget(self.snooze_label)
        look.addLayout(snooze_row)
        look.addStretch(1)
        return self.look_page

    def _build_unusual_page(self) -> QWidget:
        """2. What was unusual, in a few words."""
        self.unusual_page = QWidget()
        self.unusual_title = heading(plain_label(), level=1)
        self.unusual_intro = plain_label()
        self.note_label = plain_label()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("reviewNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(self.fontMetrics().height() * 4)
        self.note_label.setBuddy(self.note_edit)
        self.situation_label = plain_label()
        self.situation_combo = ComboBox()
        self.situation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, _text in UNUSUAL_SITUATIONS:
            self.situation_combo.addItem("", code)
        self.situation_label.setBuddy(self.situation_combo)
        self.unusual_error = plain_label()
        self.unusual_error.hide()
        self.save_unusual_button = QPushButton()
        self.save_unusual_button.clicked.connect(self.save_unusual)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(lambda: self._go(self.look_page))
        unusual_row = QHBoxLayout()
        unusual_row.addWidget(self.save_unusual_button)
        unusual_row.addWidget(self.back_button)
        unusual_row.addStretch(1)
        unusual = QVBoxLayout(self.unusual_page)
        for widget in (self.unusual_title, self.unusual_intro, self.note_label, self.note_edit,
                       self.situation_label):
            unusual.addWidget(widget)
        unusual.addWidget(self.situation_combo, 0, Qt.AlignmentFlag.AlignLeft)
        unusual.addWidget(self.unusual_error)
        unusual.addLayout(unusual_row)
        unusual.addStretch(1)
        return self.unusual_page

    def _build_plan_page(self) -> QWidget:
        """3. Saved: the plan is offered."""
        self.plan_page = QWidget()
        self.plan_title = heading(plain_label(), level=1)
        self.plan_title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plan_text = plain_label()
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("reviewShowPlan")
        self.plan_button.clicked.connect(self.show_plan)
        self.continue_button = QPushButton()
        self.continue_button.clicked.connect(self.next_account)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_button)
        plan_row.addWidget(self.continue_button)
        plan_row.addStretch(1)
        plan = QVBoxLayout(self.plan_page)
        plan.addWidget(self.plan_title)
        plan.addWidget(self.plan_text)
        plan.addLayout(plan_row)
        plan.addStretch(1)
        return self.plan_page

    def _build_done_page(self) -> QWidget:
        """4. Done."""
        self.done_page = QWidget()
        self.done_title = heading(plain_label(), level=1)
        self.done_title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.done_text = plain_label()
        self.close_done_button = QPushButton()
        self.close_done_button.clicked.connect(self.accept)
        done = QVBoxLayout(self.done_page)
        done.addWidget(self.done_title)
        done.addWidget(self.done_text)
        done.addWidget(self.close_done_button, 0, Qt.AlignmentFlag.AlignLeft)
        done.addStretch(1)
        return self.done_page

    def _fit_to_screen(self) -> None:
        metrics = self.fontMetrics()  # room for the longest step at any text size...
        width, height = metrics.averageCharWidth() * 100, metrics.height() * 32
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None and not screen.isEmpty():  # ...within the screen (it scrolls)
            width = min(width, screen.width() * 9 // 10)
            height = min(height, screen.height() * 9 // 10)
        self.resize(width, height)

    # ---- navigation --------------------------------------------------------------

    def account(self) -> Any:
        return self.accounts[self.index] if self.index < len(self.accounts) else None

    def current_step(self) -> str:
        page = self.stack.currentWidget().widget()
        return {self.look_page: "look", self.unusual_page: "unusual",
                self.plan_page: "plan", self.done_page: "done"}[page]

    def _go(self, page: QWidget) -> None:
        for i in range(self.stack.count()):
            if self.stack.widget(i).widget() is page:
                self.stack.setCurrentIndex(i)
        focus = {self.look_page: self.account_title, self.unusual_page: self.note_edit,
                 self.plan_page: self.plan_title, self.done_page: self.done_title}[page]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_account(self) -> None:
        if self.account() is None:
            self._go(self.done_page)
            self.retranslate()
            return
        self.note_edit.clear()
        self.situation_combo.setCurrentIndex(0)
        self.unusual_error.hide()
        self.retranslate()
        self._go(self.look_page)

    def next_account(self) -> None:
        self.index += 1
        self._show_account()

    # ---- answers -----------------------------------------------------------------

    def _open_site(self) -> None:
        account = self.account()
        if account is not None and account.official_url:
            self.open_url(account.official_url)

    def mark_normal(self) -> None:
        account = self.account()
        if account is None:
            return
        api.record_review(self.store, account.id, "normal", "", self.now())
        self.done_count += 1
        self.reviewed_event.emit(account.id, "normal")
        self._status_source = "normal"
        self.next_account()

    def show_unusual(self) -> None:
        self.retranslate()
        self._go(self.unusual_page)

    def save_unusual(self) -> None:
        account = self.account()
        if account is None:
            return
        description = self.note_edit.toPlainText().strip()[:NOTE_LIMIT]
        if not description:
            self.unusual_error.setText(self.tr("Write a few words about what you saw."))
            self.unusual_error.setAccessibleName(self.unusual_error.text())
            self.unusual_error.show()
            self.note_edit.setFocus()
            return
        self.last_situation = str(self.situation_combo.currentData())
        review = api.record_review(self.store, account.id, "unusual", description, self.now())
        # The note as kept: a card, IBAN or social-security number is masked to its last 4.
        self.masked = _masks_something(description)
        entry_id: int | None = None
        if self.record_unusual is not None:
            try:
                entry_id = self.record_unusual(account, review.note)
            except Exception:  # the review is kept; the journal entry can be written later
                entry_id = None
        if entry_id is not None:
            api.link_journal_entry(self.store, review.id, int(entry_id))
        self.last_entry_id = entry_id
        self.done_count += 1
        self.reviewed_event.emit(account.id, "unusual")
        self._status_source = ""
        self.retranslate()
        self._go(self.plan_page)

    def show_plan(self) -> None:
        self.plan_requested.emit(self.last_situation, self.last_entry_id or 0)
        self.accept()

    def snooze(self, choice: str) -> None:
        account = self.account()
        if account is None:
            return
        today = self.now().astimezone(self.tz).date()
        api.snooze(self.store, account.id, choice, today)
        self.snoozed_event.emit(account.id, choice)
        self._status_source = "snoozed"
        self.next_account()

    # ---- texts -------------------------------------------------------------------

    def retranslate(self) -> None:
        # Modal: the person cannot change while the checks are open.
        self.words = person_words(self.store)
        self.setWindowTitle(self.words.pick(self.tr("Account checks"),
                                            self.tr("Checking {name}'s accounts")))
        self._retranslate_look()
        self._retranslate_unusual()
        self._retranslate_plan()
        self._retranslate_done()

    def _retranslate_look(self) -> None:
        account = self.account()
        total = len(self.accounts)
        if account is not None:
            self.progress_label.setText(self.tr("Account %1 of %2").replace(
                "%1", str(self.index + 1)).replace("%2", str(total)))
            self.account_title.setText(self.words.pick(
                self.tr("Check: {account}"), self.tr("Check {name}'s account: {account}"),
                account=account.name))
            self.account_title.setAccessibleName(self.account_title.text())
            kind = kind_name(account.kind)
            self.account_line.setText(f"{kind} — {account.institution}"
                                      if account.institution else kind)
            self.look_list.set_items(look_at(account.kind))
            why = self.heightened.get(account.id, "")
            self.heightened_label.setText(why)
            self.heightened_label.setVisible(bool(why))
            has_url = bool(account.official_url)
            self.open_button.setVisible(has_url)
            if has_url:
                hint = self.words.pick(self.tr(
                    "Sign in on the official site or app as usual, look at the points above, "
                    "then come back here."), self.tr(
                    "With {name}, sign in on the official site or app as usual, look at the "
                    "points above, then come back here."))
            else:
                hint = self.words.pick(self.tr(
                    "Sign in on the official site or app as usual (type its address "
                    "yourself), look at the points above, then come back here."), self.tr(
                    "With {name}, sign in on the official site or app as usual (type its "
                    "address yourself), look at the points above, then come back here."))
            self.site_hint.setText(hint)
        status = {
            "normal": self.tr("✓ Saved: everything looked normal."),
            "snoozed": self.tr("⏸ Put off: you will be reminded later."),
        }.get(self._status_source, "")
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
        self.look_heading.setText(self.tr("What to look at"))
        self.open_button.setText(self.tr("&Open the site"))
        self.open_button.setAccessibleName(self.tr("Open the official site in the browser"))
        self.normal_button.setText(self.tr("Everything looks &normal"))
        self.normal_button.setAccessibleName(self.tr("Everything looks normal"))
        self.unusual_button.setText(self.tr("I saw something &unusual"))
        self.unusual_button.setAccessibleName(self.tr("I saw something unusual"))
        self.snooze_label.setText(self.tr("Not now? Remind me:"))
        for choice, text in (("tomorrow", self.tr("Tomorrow")),
                             ("three_days", self.tr("In 3 days")),
                             ("next_week", self.tr("Next week"))):
            self.snooze_buttons[choice].setText(text)
            self.snooze_buttons[choice].setAccessibleName(self.tr("Remind me: %1").replace(
                "%1", text))

    def _retranslate_unusual(self) -> None:
        self.unusual_title.setText(self.words.pick(
            self.tr("What did you see?"), self.tr("What did you see on {name}'s account?")))
        self.unusual_intro.setText(self.tr(
            "This can happen to anyone, and you did the right thing by looking. Describe it in "
            "a few words (the date, the amount, the name shown). Never type a card number or "
            "a password here."))
        self.note_label.setText(self.tr("&What you saw:"))
        self.note_edit.setAccessibleName(self.tr("What you saw"))
        self.situation_label.setText(self.tr("What does it look &like?"))
        self.situation_combo.setAccessibleName(self.tr("What does it look like?"))
        for index, (_code, text) in enumerate(UNUSUAL_SITUATIONS):
            self.situation_combo.setItemText(index, table_tr(text))
        self.save_unusual_button.setText(self.tr("&Save and see what to do"))
        self.save_unusual_button.setAccessibleName(self.tr("Save and see what to do"))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))

    def _retranslate_plan(self) -> None:
        self.plan_title.setText(self.tr("Saved. Here is what to do now."))
        plan_text = self.tr(
            "Your finding is kept in the history of this account. A step-by-step plan tells "
            "you whom to contact and what to ask. Take your time: one step after the other.")
        if self.masked:
            plan_text += "\n\n" + self.tr(
                "A number that looked like a card, bank account or social-security number was "
                "kept as its last 4 characters only: such numbers are never stored in full.")
        self.plan_text.setText(plan_text)
        self.plan_button.setText(self.tr("&Show me what to do"))
        self.plan_button.setAccessibleName(self.tr("Show me what to do"))
        more = self.index + 1 < len(self.accounts)
        self.continue_button.setText(
            self.tr("&Continue the checks") if more else self.tr("&Finish"))
        self.continue_button.setAccessibleName(self.continue_button.text().replace("&", ""))

    def _retranslate_done(self) -> None:
        total = len(self.accounts)
        self.done_title.setText(self.words.pick(
            self.tr("The checks are done. Thank you."),
            self.tr("{name}'s accounts are checked. Thank you.")))
        self.done_text.setText(self.tr(
            "You will be reminded when the next checks are due.") if self.done_count or
            not total else self.tr("You will be reminded later."))
        self.close_done_button.setText(self.tr("&Close"))
        self.close_done_button.setAccessibleName(self.tr("Close"))
        self.stop_button.setText(self.tr("S&top for now"))
        self.stop_button.setAccessibleName(self.tr("Stop the checks for now"))
        self.stop_button.setVisible(self.account() is not None)


def _masks_something(text: str) -> bool:
    from vigilance_app.sensitive import mask_sensitive

    return bool(mask_sensitive(text).kinds)
