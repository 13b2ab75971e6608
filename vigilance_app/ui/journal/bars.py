"""The calm message bars above the journal list: a notice ("Saved in the journal."), the undo
of a deletion, and the offer of a plan after a risky reaction.

The undo bar keeps one level of undo: when the offer ends (OK, another deletion, another
person watched over), the deleted entries are erased for good, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from vigilance_app.ui.kit.background import BackgroundRunner
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import Retranslatable, translate
from vigilance_app.ui.kit.person_words import PersonWords


class MessageBar(QFrame):
    """A calm message with its buttons."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = plain_label()
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.text, 1)
        self.hide()

    def button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        self.row.addWidget(button)
        return button

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.text.setAccessibleName(text)


class NoticeBar(Retranslatable, MessageBar):
    """What just happened, with an OK button that hides it."""

    def __init__(self) -> None:
        super().__init__("noticeBar")
        self.close_button = self.button("noticeClose")
        self.close_button.clicked.connect(self.hide)
        self.retranslate()

    def show_text(self, text: str) -> None:
        self.say(text)
        self.show()

    def retranslate(self) -> None:
        self.close_button.setText(translate("JournalPage", "OK"))
        self.close_button.setAccessibleName(translate("JournalPage", "Hide this message"))


class UndoBar(Retranslatable, MessageBar):
    """"The entry was deleted. Undo / OK": ``undo_requested`` when Undo is pressed.

    ``purge_job()`` gives the work that erases the hidden entries for good (run off the UI
    thread), or None when there is no journal to purge."""

    undo_requested = Signal()

    def __init__(self, purge_job: Callable[[], Callable[[], Any] | None]) -> None:
        super().__init__("undoBar")
        self._purge_job = purge_job
        self.token: Any = None  # what undoes the last deletion
        self.count = 0
        self.purge_runner = BackgroundRunner(self)
        self._purge_again = False
        self.undo_button = self.button("undoButton")
        self.undo_button.clicked.connect(self.undo_requested)
        self.close_button = self.button("undoCloseButton")
        self.close_button.clicked.connect(self.forget)
        self.retranslate()

    def offer(self, token: Any, count: int) -> None:
        """Offer to undo the deletion of ``count`` entries (the previous one becomes final
        first: call ``forget`` before deleting)."""
        self.token, self.count = token, count
        self.retranslate()
        self.show()
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def take(self) -> Any:
        """The undo token (None when nothing can be undone); the offer ends."""
        token, self.token, self.count = self.token, None, 0
        self.hide()
        return token

    def forget(self) -> None:
        """Undo is no longer offered: the deleted entries are erased for good."""
        had = self.token is not None
        self.token, self.count = None, 0
        self.hide()
        if had:
            self.purge()

    def purge(self) -> None:
        """Erase the hidden entries off the UI thread (the repository writes through its own
        pooled connection; at 100,000 entries this is a scan of about a second)."""
        job = self._purge_job()
        if job is None:
            return
        if self.purge_runner.busy:
            self._purge_again = True
            return
        self._purge_again = False
        self.purge_runner.run(job, self._purged,
                              lambda _exc: None)  # kept hidden; erased next time

    def _purged(self, _count: object) -> None:
        if self._purge_again:
            self.purge()

    def retranslate(self) -> None:
        self.say(translate("JournalPage", "%1 entries deleted.").replace("%1", str(self.count))
                 if self.count > 1 else translate("JournalPage", "The entry was deleted."))
        self.undo_button.setText(translate("JournalPage", "&Undo (Ctrl+Z)"))
        self.undo_button.setAccessibleName(translate("JournalPage", "Undo the deletion"))
        self.close_button.setText(translate("JournalPage", "OK"))
        self.close_button.setAccessibleName(translate("JournalPage", "Keep the deletion"))


class PlanBar(Retranslatable, MessageBar):
    """The offer of a plan after a risky reaction: ``plan_requested(situation, entry_id)``."""

    plan_requested = Signal(str, "qlonglong")

    def __init__(self) -> None:
        super().__init__("planBar")
        self.plan: tuple[str, int] | None = None  # (situation, entry id) offered
        self.words = PersonWords()  # whose journal the entry is in
        self.plan_button = self.button("planOfferButton")
        self.plan_button.clicked.connect(self._open_plan)
        self.later_button = self.button("planLaterButton")
        self.later_button.clicked.connect(self.hide)
        self.retranslate()

    def offer(self, situation: str, entry_id: int) -> None:
        self.plan = (situation, entry_id)
        self.show()
        self.plan_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_plan(self) -> None:
        if self.plan is not None:
            situation, entry_id = self.plan
            self.hide()
            self.plan_requested.emit(situation, entry_id)

    def retranslate(self) -> None:
        self.say(self.words.pick(
            translate("JournalPage", "What you did can be put right: there are simple steps "
                                     "to follow now, one at a time."),
            translate("JournalPage", "What {name} did can be put right: there are simple "
                                     "steps to follow now, one at a time.")))
        self.plan_button.setText(translate("JournalPage", "&See what to do now"))
        self.plan_button.setAccessibleName(translate("JournalPage", "See what to do now"))
        self.later_button.setText(translate("JournalPage", "Later"))
        self.later_button.setAccessibleName(translate("JournalPage", "Hide this message"))
