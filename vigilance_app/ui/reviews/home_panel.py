"""Home panel "Account checks": what is due, overdue and next, and "Start the checks".

On the start-up path: it reads the reviews core's ``due_summary`` (raw SQL on ``store.reader``,
no SQLAlchemy ORM, no TOML) and imports nothing heavy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.person_words import person_words, without_mnemonic
from vigilance_app.ui.kit.theme import heading

if TYPE_CHECKING:
    from vigilance_app.ui.kit.shell import Shell
    from vigilance_app.ui.reviews.page import ReviewsPage


class ReviewsHomePanel(Retranslatable, QFrame):
    """``start_requested`` starts the checks; ``open_requested`` shows the accounts page;
    ``add_requested`` (no account yet) opens the page with the form to add one."""

    start_requested = Signal()
    open_requested = Signal()
    add_requested = Signal()

    def __init__(self, services: Any, *, now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_before = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("reviewsHomePanel")
        self.services = services
        self.now = now
        self._tz = tz
        self.summary: Any = None
        self.heading = heading(plain_label(), level=2)
        self.line = plain_label()
        self.line.setObjectName("reviewsHomeLine")
        self.next_line = plain_label()
        self.start_button = QPushButton()
        self.start_button.setObjectName("reviewsHomeStart")
        self.start_button.clicked.connect(self.start_requested)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        body = QVBoxLayout(self)
        body.setSpacing(6)
        body.addWidget(self.heading)
        body.addWidget(self.line)
        body.addWidget(self.next_line)
        body.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        from vigilance_app.ui.reviews.api import due_summary

        store = self.services.store
        profile = store.active_profile() if store is not None else None
        if profile is None:
            self.summary = None
        else:
            # Today in the computer's own time zone; the named zone (DST rules for past
            # reviews) is read by due_summary only when there are accounts to schedule.
            today = self.now().astimezone(self._tz).date()
            self.summary = due_summary(store, profile.id, today, self._tz)
        self.retranslate()

    def retranslate(self) -> None:
        from vigilance_app.ui.reviews.texts import english_plural, long_date

        words = person_words(self.services.store)
        self.heading.setText(words.pick(self.tr("Account checks"),
                                        self.tr("Checking {name}'s accounts")))
        self.start_button.setText(self.tr("&Start the checks"))
        self.start_button.setAccessibleName(self.tr("Start the checks"))
        self.open_button.setText(words.pick_button(self.tr("See my &accounts"),
                                                   self.tr("See {name}'s &accounts")))
        summary = self.summary
        next_text = ""
        if summary is None or not summary.accounts:
            line = words.pick(
                self.tr("Add the accounts you use (bank, ameli, email…): Vigilance will "
                        "remind you to check them."),
                self.tr("Add the accounts {name} uses (bank, ameli, email…): Vigilance will "
                        "remind you to check them."))
            self.start_button.hide()
            self.open_button.setText(words.pick_button(self.tr("&Add my accounts"),
                                                       self.tr("&Add {name}'s accounts")))
        elif summary.to_do:
            line = "⚠ " + english_plural(
                self.tr("%n account check(s) to do now", "", summary.to_do), summary.to_do)
            if summary.overdue:
                line += " " + self.tr("(%n overdue)", "", summary.overdue)
            line += "."
            self.start_button.show()
        else:
            line = "✓ " + self.tr("Nothing to check now.")
            self.start_button.hide()
        if summary is not None and summary.next_date is not None and summary.accounts:
            next_text = self.tr("Next check: %1.").replace("%1", long_date(summary.next_date))
        if summary is not None and summary.snoozed:
            next_text = (next_text + " " + self.tr("%n put off for later.", "",
                                                   summary.snoozed)).strip()
        self.open_button.setAccessibleName(without_mnemonic(self.open_button.text()))
        self.line.setText(line)
        self.line.setAccessibleName(line)
        self.next_line.setText(next_text)
        self.next_line.setVisible(bool(next_text))

    def _open_clicked(self) -> None:
        if self.summary is not None and not self.summary.accounts:
            self.add_requested.emit()
        else:
            self.open_requested.emit()

    @Slot()
    @Slot(int)
    def profile_changed(self, _index: int = 0) -> None:
        """Another person was chosen at the top of the window: count theirs."""
        if self.services.store is not None:
            self.refresh()

    def showEvent(self, event: Any) -> None:
        if self._shown_before:  # back on Home after doing the checks: the counts are new
            self.refresh()  # (the first show follows the refresh made when built)
        self._shown_before = True
        super().showEvent(event)


def reviews_home_panel(shell: Shell) -> QWidget | None:
    """The Home panel of the reviews feature, wired to the reviews page of the window."""
    if shell.services.store is None:
        return None
    panel = ReviewsHomePanel(shell.services)

    def reviews_page() -> ReviewsPage | None:
        from vigilance_app.ui.reviews.page import ReviewsPage

        shell.show_page("reviews")
        page = shell.page("reviews")
        return page if isinstance(page, ReviewsPage) else None

    def start() -> None:
        page = reviews_page()
        if page is not None:
            page.start_checks()

    def add() -> None:
        page = reviews_page()
        if page is not None:
            page.add_account()

    panel.start_requested.connect(start)
    panel.open_requested.connect(lambda: shell.show_page("reviews"))
    panel.add_requested.connect(add)
    shell.profile_changed.connect(panel.profile_changed)
    shell.settings_changed.connect(panel.profile_changed)
    panel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return panel
