"""One plan on screen: the current step first and prominent, the others by urgency, finished
steps folded away, a progress bar, and what each step rests on (sources, official contacts).

Phone numbers and addresses are text with a Copy button; "Open the official site" exists only
for addresses the content lists as official (``official_urls()``). The view shows; the page
writes (it listens to ``tick_requested`` / ``untick_requested`` /
``not_applicable_requested``). A conditional step ("If you also gave your card number…") can be
set aside with "Does not apply to me", and brought back with "It applies to me after all".
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.guidance.words import ordered_steps, plan_question, urgency_words
from vigilance_app.ui.kit.accessible import focus_quietly
from vigilance_app.ui.kit.common import VerticalScrollArea, plain_label
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.person_words import PersonWords
from vigilance_app.ui.kit.theme import heading, set_font_role


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def open_official(url: str, official: set[str] | frozenset[str]) -> bool:
    """Open ``url`` in the browser only if the content lists it as official."""
    if url not in official:
        return False
    return bool(QDesktopServices.openUrl(QUrl(url)))


def breakable(text: str) -> str:
    """Let long addresses wrap at their slashes (a zero-width space after each one): a label
    holding an address must never force the page wider than the window."""
    return text.replace("/", "/\u200b")


def long_date(value: Any) -> str:
    """A date (or datetime) in the user's locale: "mardi 14 octobre 2026"."""
    if hasattr(value, "astimezone"):  # datetime: shown in local time
        value = value.astimezone().date()
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, QLocale.FormatType.LongFormat)


class DateField(QDateEdit):
    """A date edit that Tab leaves at once (arrows change the day, month or year): the
    keyboard never gets stuck moving between its sections."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class CopyRow(QWidget):
    """A value shown as selectable text, with a Copy button (and maybe "Open the site")."""

    def __init__(self, caption: str, value: str, official: frozenset[str],
                 is_url: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.label = plain_label(breakable(f"{caption} {value}".strip()))
        self.label.setAccessibleName(f"{caption} {value}".strip())
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.label)
        row = QHBoxLayout()
        column.addLayout(row)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy {value}").format(value=value))
        self.copy_button.setToolTip(self.copy_button.accessibleName())
        self.copy_button.clicked.connect(lambda: copy_text(self.value))
        row.addWidget(self.copy_button)
        self.open_button: QPushButton | None = None
        if is_url and value in official:
            self.open_button = QPushButton(self.tr("Open the official site"))
            self.open_button.setAccessibleName(
                self.tr("Open the official site {url}").format(url=value))
            self.open_button.setToolTip(self.open_button.accessibleName())
            self.open_button.clicked.connect(lambda: open_official(self.value, official))
            row.addWidget(self.open_button)
        row.addStretch(1)


class StepCard(QFrame):
    """One step: title, urgency in words, why, how, contacts, sources, and its tick."""

    tick_requested = Signal(str, QDate, str)
    untick_requested = Signal(str)
    not_applicable_requested = Signal(str)

    def __init__(self, step: Any, official: frozenset[str], tick: Any = None,
                 current: bool = False, today: QDate | None = None,
                 parent: QWidget | None = None, words: PersonWords | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.words = words or PersonWords()  # "Does not apply to me" or "… to Jeanne"
        self.current = current
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("currentStep" if current else "step")
        if current:  # a thick outline (a shape, not only a colour) and the "Next step" line
            self.setStyleSheet("QFrame#currentStep { border: 3px solid palette(highlight); "
                               "border-radius: 6px; }")
        box = QVBoxLayout(self)
        box.setSpacing(6)
        self._add_heading(box, tick)
        self.why = plain_label(self.tr("Why: {text}").format(text=step.why))
        self.how = plain_label(self.tr("How: {text}").format(text=step.how))
        box.addWidget(self.why)
        box.addWidget(self.how)
        self._add_contacts(box, official)
        self._add_sources(box)
        self.note_edit: QLineEdit | None = None
        self.date_edit: QDateEdit | None = None
        self.done_button: QPushButton | None = None
        self.undo_button: QPushButton | None = None
        self.not_applicable_button: QPushButton | None = None
        actions = QHBoxLayout()
        if tick is None:
            self._add_tick_fields(box, actions, today or QDate.currentDate())
        elif not tick.applies:
            self.undo_button = QPushButton(self.words.pick_button(
                self.tr("It applies to me after all"),
                self.tr("It applies to {name} after all")))
            self.undo_button.setAccessibleName(self.words.pick(
                self.tr("It applies to me after all: {title}"),
                self.tr("It applies to {name} after all: {title}"), title=step.title))
            self.undo_button.clicked.connect(lambda: self.untick_requested.emit(self.step.id))
            actions.addWidget(self.undo_button)
        else:
            self.undo_button = QPushButton(self.tr("Mark as not done"))
            self.undo_button.setAccessibleName(
                self.tr("Mark as not done: {title}").format(title=step.title))
            self.undo_button.clicked.connect(lambda: self.untick_requested.emit(self.step.id))
            actions.addWidget(self.undo_button)
        actions.addStretch(1)
        box.addLayout(actions)

    def _add_heading(self, box: QVBoxLayout, tick: Any) -> None:
        """"Next step" on the current one, the title, when, and when it was done."""
        step, current = self.step, self.current
        if current:
            self.badge = plain_label(self.tr("Next step"))
            set_font_role(self.badge, 1.0, bold=True)
            box.addWidget(self.badge)
        self.title = plain_label(step.title)
        heading(self.title, level=1 if current else 2)
        box.addWidget(self.title)
        urgency = urgency_words(step.urgency)
        self.urgency = plain_label(self.tr("When: {urgency}").format(urgency=urgency))
        box.addWidget(self.urgency)

        self.done_line: QLabel | None = None
        if tick is not None and not tick.applies:
            self.done_line = plain_label(self.words.pick(
                self.tr("Does not apply to you: nothing to do for this step."),
                self.tr("Does not apply to {name}: nothing to do for this step.")))
            box.addWidget(self.done_line)
        elif tick is not None:
            text = self.tr("Done on {date}.").format(date=long_date(tick.done_at))
            if tick.note:
                text += " " + self.tr("Note: {note}").format(note=tick.note)
            self.done_line = plain_label(text)
            box.addWidget(self.done_line)

    def _add_contacts(self, box: QVBoxLayout, official: frozenset[str]) -> None:
        """Whom to contact: names, and numbers and addresses to copy (or open if official)."""
        self.copy_rows: list[CopyRow] = []
        for contact in self.step.contacts:
            name = plain_label(contact.name)
            set_font_role(name, 1.0, bold=True)
            box.addWidget(name)
            if contact.phone:
                self._add_row(box, CopyRow(self.tr("Phone:"), contact.phone, official))
            if contact.url:
                self._add_row(box, CopyRow(self.tr("Address:"), contact.url, official,
                                           is_url=True))
            for extra in (contact.hours, contact.note):
                if extra:
                    box.addWidget(plain_label(extra))

    def _add_sources(self, box: QVBoxLayout) -> None:
        self.sources: list[QLabel] = []
        for source in self.step.sources:
            text = self.tr("Source: {publisher}, \u201c{title}\u201d, {url} (consulted on "
                           "{date}).").format(publisher=source.publisher, title=source.title,
                                              url=source.url, date=long_date(source.consulted))
            if source.secondary:
                text += " " + self.tr("This is a secondary source.")
            label = plain_label(breakable(text))
            label.setAccessibleName(text)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.sources.append(label)
            box.addWidget(label)

    def _add_tick_fields(self, box: QVBoxLayout, actions: QHBoxLayout, today: QDate) -> None:
        """The note, "Mark as done" and its date (a step not done yet)."""
        date_label = plain_label(self.tr("on:"))
        date_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.date_edit = DateField(today)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(today)
        self.date_edit.setAccessibleName(self.tr("Date this step was done"))
        date_label.setBuddy(self.date_edit)
        note_label = plain_label(self.tr("Note (optional):"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(300)
        self.note_edit.setPlaceholderText(
            self.tr("e.g. a reference number or whom you spoke to (never a card "
                    "number)"))
        self.note_edit.setAccessibleName(self.tr("Note about this step (optional)"))
        self.note_edit.returnPressed.connect(self._tick)
        note_label.setBuddy(self.note_edit)
        self.done_button = QPushButton(self.tr("Mark as done"))
        self.done_button.setAccessibleName(
            self.tr("Mark as done: {title}").format(title=self.step.title))
        self.done_button.clicked.connect(self._tick)
        box.addWidget(note_label)
        box.addWidget(self.note_edit)
        actions.addWidget(self.done_button)
        actions.addWidget(date_label)
        actions.addWidget(self.date_edit)
        if getattr(self.step, "conditional", False):  # "If you also gave…": maybe not
            words = self.words
            self.not_applicable_button = QPushButton(words.pick_button(
                self.tr("Does not apply to me"), self.tr("Does not apply to {name}")))
            self.not_applicable_button.setAccessibleName(words.pick(
                self.tr("Does not apply to me: {title}"),
                self.tr("Does not apply to {name}: {title}"), title=self.step.title))
            self.not_applicable_button.setToolTip(words.pick(self.tr(
                "This step is only for some cases. If yours is not one of them, it is set "
                "aside; you can bring it back at any time."), self.tr(
                "This step is only for some cases. If {name}'s is not one of them, it is set "
                "aside; you can bring it back at any time.")))
            self.not_applicable_button.clicked.connect(
                lambda: self.not_applicable_requested.emit(self.step.id))
            actions.addSpacing(self.fontMetrics().height())
            actions.addWidget(self.not_applicable_button)

    def _add_row(self, box: QVBoxLayout, row: CopyRow) -> None:
        self.copy_rows.append(row)
        box.addWidget(row)

    def _tick(self) -> None:
        assert self.date_edit is not None and self.note_edit is not None
        self.tick_requested.emit(self.step.id, self.date_edit.date(), self.note_edit.text())

    def first_focus(self) -> QWidget | None:
        return self.note_edit or self.undo_button


class PlanView(Retranslatable, QWidget):
    """``back_requested``: return to "What happened?"; ``pdf_requested`` / ``print_requested``
    print the plan; ``tick_requested(step_id, date, note)`` / ``untick_requested(step_id)``."""

    back_requested = Signal()
    pdf_requested = Signal()
    print_requested = Signal()
    tick_requested = Signal(str, QDate, str)
    untick_requested = Signal(str)
    not_applicable_requested = Signal(str)

    def __init__(self, today: Callable[[], QDate] | None = None,
                 can_print: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePlan")
        self._today = today or QDate.currentDate
        self.plan: Any = None
        self.state: Any = None
        self.content: Any = None
        self.cards: list[StepCard] = []
        self.masked_notice = False
        self.words = PersonWords()  # whose plan it is (set by the page)

        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.title = heading(plain_label(), level=1)
        self.who_line = plain_label()  # a relative's plan: who the steps speak to
        self.who_line.setObjectName("planWho")
        self.intro = plain_label()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress_text = plain_label()
        self.message = plain_label()
        self.message.setObjectName("guidanceMessage")
        self.message.hide()
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(12)
        self.finished_toggle = QPushButton()
        self.finished_toggle.setCheckable(True)
        self.finished_toggle.toggled.connect(self._toggle_finished)
        self.finished_box = QWidget()
        self.finished_layout = QVBoxLayout(self.finished_box)
        self.finished_layout.setContentsMargins(0, 0, 0, 0)
        self.finished_box.hide()
        self.version_line = plain_label()
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_requested)
        self.print_button.setVisible(can_print)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.pdf_requested)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.print_hint = plain_label()
        printing = QHBoxLayout()  # at the end of the plan: never widens the top row at 200 %
        printing.addWidget(self.print_button)
        printing.addWidget(self.pdf_button)
        printing.addStretch(1)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addWidget(self.who_line)
        column.addWidget(self.intro)
        column.addWidget(self.progress_text)
        column.addWidget(self.progress)
        column.addWidget(self.message)
        column.addLayout(self.steps_box)
        column.addWidget(self.finished_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.finished_box)
        column.addWidget(self.print_hint)
        column.addLayout(printing)
        column.addWidget(self.version_line)
        column.addStretch(1)
        self.scroll = VerticalScrollArea(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(top)
        outer.addWidget(self.scroll, 1)
        self.retranslate()

    # ---- state ---------------------------------------------------------------------

    def show_state(self, plan: Any, state: Any, content: Any) -> None:
        self.plan, self.state, self.content = plan, state, content
        self._rebuild()

    def current_card(self) -> StepCard | None:
        return next((card for card in self.cards if card.current), None)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _clear(self) -> None:
        for layout in (self.steps_box, self.finished_layout):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self.cards.clear()

    def _rebuild(self) -> None:
        self._clear()
        if self.plan is None:
            return
        official = frozenset(self.content.official_urls())
        today = self._today()
        ticks = self.state.ticks
        current_id = self.state.next_step_id
        finished = 0
        for step in ordered_steps(self.plan):
            tick = ticks.get(step.id)
            card = StepCard(step, official, tick, current=step.id == current_id, today=today,
                            words=self.words)
            card.tick_requested.connect(self.tick_requested)
            card.untick_requested.connect(self.untick_requested)
            card.not_applicable_requested.connect(self.not_applicable_requested)
            self.cards.append(card)
            if tick is not None:
                self.finished_layout.addWidget(card)
                finished += 1
            elif card.current:
                self.steps_box.insertWidget(0, card)
            else:
                self.steps_box.addWidget(card)
            card.show()  # now, not at the next event loop turn: focus can land in it
        self.finished_toggle.setVisible(finished > 0)
        if finished == 0:
            self.finished_toggle.setChecked(False)
        self.finished_box.setVisible(self.finished_toggle.isChecked() and finished > 0)
        self.retranslate()
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.back_button]
        ordered = [c for c in self.cards if c.current] + [
            c for c in self.cards if not c.current and c.done_line is None]
        for card in ordered:
            for row in card.copy_rows:
                chain += [w for w in (row.copy_button, row.open_button) if w]
            chain += [w for w in (card.note_edit, card.done_button, card.date_edit,
                                  card.not_applicable_button) if w]
        chain.append(self.finished_toggle)
        for card in self.cards:
            if card.done_line is not None:
                for row in card.copy_rows:
                    chain += [w for w in (row.copy_button, row.open_button) if w]
                chain += [w for w in (card.undo_button,) if w]
        chain += [self.print_button, self.pdf_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _toggle_finished(self, shown: bool) -> None:
        self.finished_box.setVisible(shown)
        self.retranslate()

    def focus_current(self) -> None:
        card = self.current_card()
        target = card.first_focus() if card is not None else self.finished_toggle
        if target is None or not target.isVisible():
            target = self.back_button
        # Read from the top of the step (from the plan's title for the first one), not from
        # its note field at the bottom: the focus goes there without scrolling to it.
        focus_quietly(target)
        self._show_from_top(card)
        QTimer.singleShot(0, self, lambda: self._show_from_top(card))  # once laid out

    def _show_from_top(self, card: QWidget | None) -> None:
        bar = self.scroll.verticalScrollBar()
        content = self.scroll.widget()
        if card is None or content is None or not card.isVisible():
            return
        first = bool(self.cards) and card is self.cards[0]
        top = 0 if first else card.mapTo(content, QPoint(0, 0)).y() - card.fontMetrics().height()
        bar.setValue(max(0, top))

    # ---- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("< Back to \u201cWhat happened?\u201d"))
        self.back_button.setAccessibleName(self.tr("Back to the question: what happened?"))
        self.print_button.setText(self.tr("Print\u2026"))
        self.print_button.setAccessibleName(self.tr("Print this plan"))
        self.pdf_button.setText(self.tr("Save as PDF\u2026"))
        self.pdf_button.setAccessibleName(self.tr("Save this plan as a PDF file"))
        self.print_hint.setText(self.tr("Print this plan on one page with boxes to tick, for "
                                        "example for a relative's fridge."))
        self.progress.setAccessibleName(self.tr("Progress of the plan"))
        if self.plan is None:
            return
        words = self.words
        # A relative's plan is titled with what happened to them ("Jeanne gave their bank
        # card number"); the steps, written to "you", speak to whoever carries them out.
        self.title.setText(plan_question(self.plan, words) if words.relative
                           else self.plan.title)
        self.who_line.setVisible(words.relative)
        self.who_line.setText(words.pick("", self.tr(
            "Plan for {name}. The steps below speak to whoever carries them out: {name}, or "
            "you together with {name}.")))
        self.intro.setText(self.plan.intro)
        done, total = self.state.done, self.state.total
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Steps done: %v of %m"))
        if self.state.finished:
            self.progress_text.setText(words.pick(
                self.tr("Every step is done. Well done: you did what was needed."),
                self.tr("Every step of {name}'s plan is done. Well done: what was needed is "
                        "done.")))
        else:
            self.progress_text.setText(self.tr("Steps done: {done} of {total}. Take them one "
                                               "at a time.").format(done=done, total=total))
        set_aside = getattr(self.state, "not_applicable", 0)
        if set_aside:  # settled, and counted as such: said in words
            self.progress_text.setText(self.progress_text.text() + " " + words.pick(
                self.tr("Counted as settled: steps that do not apply to you ({count})."),
                self.tr("Counted as settled: steps that do not apply to {name} ({count})."),
                count=set_aside))
        self.progress.setAccessibleDescription(self.progress_text.text())
        count = sum(1 for card in self.cards if card.done_line is not None)
        if self.finished_toggle.isChecked():
            self.finished_toggle.setText(self.tr("Hide finished steps ({count})")
                                         .format(count=count))
        else:
            self.finished_toggle.setText(self.tr("Show finished steps ({count})")
                                         .format(count=count))
        self.finished_toggle.setAccessibleName(self.finished_toggle.text())
        self.version_line.setText(self.tr(
            "Advice version {version}, last reviewed on {date}. Always follow what your bank "
            "or the official services tell you.").format(
                version=self.content.version, date=long_date(self.content.last_reviewed)))

