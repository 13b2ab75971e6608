""""What to do?": one question, "What happened?", then a plan to follow step by step.

The question lists the situations in everyday words (the plans' ``question`` texts), the most
urgent first, and offers a calm path to the breach checklist ("I got a letter saying my data
leaked" → a short form → the checklist). Plans in progress can be resumed. A plan started from
a journal entry is linked to it (``open_plan(situation, journal_entry_id)``, called by the main
window's ``show_plan``). The where-to-report directory is its own view.

The page follows the UI language (the content is reloaded in French or English) and the
active profile (``refresh``). Writes are small and local (a tick, a notice).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.guidance.breach import BreachForm
from vigilance_app.ui.guidance.plan import CopyRow, PlanView, breakable, long_date
from vigilance_app.ui.guidance.words import plan_question, urgency_words
from vigilance_app.ui.kit.common import VerticalScrollArea, plain_label
from vigilance_app.ui.kit.documents import documents_folder
from vigilance_app.ui.kit.i18n import ui_language
from vigilance_app.ui.kit.person_words import PersonWords, person_words
from vigilance_app.ui.kit.theme import heading, set_font_role

CONTEXT = "GuidancePage"
TITLE = QT_TRANSLATE_NOOP("GuidancePage", "What to do?")

# "What happened?": the situations where something must be done at once come first.
QUESTION_ORDER: tuple[str, ...] = (
    "gave_card_details", "gave_bank_details", "paid_scammer", "remote_access_installed",
    "gave_credentials", "gave_nir", "clicked_link", "unknown_transaction",
    "identity_theft_suspected", "suspicious_call", "suspicious_sms", "suspicious_email",
)
BREACH = "breach_notice"


class WrapButton(QPushButton):
    """A large push button whose text wraps (long questions, text size 200 %)."""

    def __init__(self, text: str = "", scale: float = 1.15,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        set_font_role(self.label, scale, bold=True)
        layout = QHBoxLayout(self)
        margin = self.fontMetrics().height() // 2
        layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)

    def text_shown(self) -> str:
        return self.label.text()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()


class QuestionView(QWidget):
    """The opening view. ``situation_chosen(code)``, ``breach_chosen``, ``directory_chosen``,
    ``resume_chosen(run_id)``."""

    def __init__(self, page: GuidancePage) -> None:
        super().__init__(page)
        self.page = page
        self.title = heading(plain_label(), level=1)
        self.question = heading(plain_label(), level=2)
        self.intro = plain_label()
        self.resume_heading = heading(plain_label(), level=2)
        self.resume_box = QVBoxLayout()
        self.resume_buttons: list[tuple[int, WrapButton]] = []
        self.buttons: dict[str, WrapButton] = {}
        buttons_box = QVBoxLayout()
        buttons_box.setSpacing(8)
        for code in QUESTION_ORDER:
            button = WrapButton()
            button.setObjectName(f"situation_{code}")
            button.clicked.connect(lambda _=False, c=code: page.open_plan(c))
            self.buttons[code] = button
            buttons_box.addWidget(button)
        self.breach_heading = heading(plain_label(), level=2)
        self.breach_intro = plain_label()
        self.breach_button = WrapButton()
        self.breach_button.setObjectName("situation_breach_notice")
        self.breach_button.clicked.connect(page.show_breach_form)
        self.directory_heading = heading(plain_label(), level=2)
        self.directory_button = QPushButton()
        self.directory_button.clicked.connect(page.show_directory)
        self.version_line = plain_label()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.resume_heading)
        column.addLayout(self.resume_box)
        column.addWidget(self.question)
        column.addWidget(self.intro)
        column.addLayout(buttons_box)
        column.addWidget(self.breach_heading)
        column.addWidget(self.breach_intro)
        column.addWidget(self.breach_button)
        column.addWidget(self.directory_heading)
        column.addWidget(self.directory_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.version_line)
        column.addStretch(1)
        self.scroll = VerticalScrollArea(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def show_resumable(self, items: list[Any]) -> None:
        """``items``: progress.NextStep for each plan in progress."""
        for _run_id, button in self.resume_buttons:
            self.resume_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.resume_buttons.clear()
        for item in items:
            button = WrapButton(scale=1.0)
            run_id = item.run.id
            button.clicked.connect(lambda _=False, r=run_id: self.page.show_run(r))
            button.set_text(self.tr("Continue \u201c{plan}\u201d \u2014 next: {step} ({when})")
                            .format(plan=item.plan.title, step=item.step.title,
                                    when=urgency_words(item.step.urgency)))
            self.resume_buttons.append((run_id, button))
            self.resume_box.addWidget(button)
        self.resume_heading.setVisible(bool(items))
        # Keyboard order follows the screen: plans in progress, then the question's buttons.
        chain = [button for _run, button in self.resume_buttons]
        chain += [self.buttons[code] for code in QUESTION_ORDER]
        chain += [self.breach_button, self.directory_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self, content: Any, words: PersonWords) -> None:
        self.title.setText(QCoreApplication.translate(CONTEXT, TITLE))
        self.question.setText(words.pick(self.tr("What happened?"),
                                         self.tr("What happened to {name}?")))
        self.intro.setText(self.tr("Choose what is closest to what happened. This can happen to "
                               "anyone. You will go step by step, the most urgent first."))
        self.resume_heading.setText(words.pick(self.tr("Plans in progress"),
                                               self.tr("{name}'s plans in progress")))
        for code, button in self.buttons.items():
            plan = content.plans.get(code) if content is not None else None
            button.setVisible(plan is not None)
            if plan is not None:
                button.set_text(plan_question(plan, words))
        breach = content.plans.get(BREACH) if content is not None else None
        self.breach_heading.setText(self.tr("A letter about a data leak?"))
        self.breach_intro.setText(words.pick(self.tr(
            "If your health insurer or another organisation wrote to say your data leaked (for "
            "example in the Viamedis/Almerys breach), there is nothing urgent to do, but a few "
            "good habits protect you."), self.tr(
            "If {name}'s health insurer or another organisation wrote to say {name}'s data "
            "leaked (for example in the Viamedis/Almerys breach), there is nothing urgent to "
            "do, but a few good habits are enough to stay safe.")))
        self.breach_button.set_text(plan_question(breach, words) if breach is not None else
                                    self.tr("I got a letter saying my data leaked"))
        self.directory_heading.setText(self.tr("Where to report a scam"))
        self.directory_button.setText(self.tr("See where to report"))
        self.directory_button.setAccessibleName(self.tr("See where to report a scam"))
        if content is not None:
            self.version_line.setText(self.tr("Advice version {version}, last reviewed on {date}.")
                                      .format(version=content.version,
                                              date=long_date(content.last_reviewed)))

    def first_button(self) -> QWidget:
        for code in QUESTION_ORDER:
            if not self.buttons[code].isHidden():
                return self.buttons[code]
        return self.breach_button


class DirectoryView(QWidget):
    """Where to report: what each service is for and not for, instructions with Copy."""

    def __init__(self, page: GuidancePage) -> None:
        super().__init__(page)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(page.show_question)
        self.title = heading(plain_label(), level=1)
        self.intro = plain_label()
        self.entries = QVBoxLayout()
        self.entries.setSpacing(12)
        self.copy_rows: list[CopyRow] = []
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addLayout(self.entries)
        column.addStretch(1)
        self.scroll = VerticalScrollArea(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def show_content(self, content: Any) -> None:
        while self.entries.count():
            widget = self.entries.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.copy_rows.clear()
        self.back_button.setText(self.tr("< Back"))
        self.back_button.setAccessibleName(self.tr("Back to the question: what happened?"))
        self.title.setText(self.tr("Where to report"))
        self.intro.setText(self.tr("Reporting helps stop scammers and protects others. Each "
                               "service below has its own role: pick the one that fits."))
        official = frozenset(content.official_urls())
        for channel in content.directory:
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            box.addWidget(heading(plain_label(channel.name), level=2))
            box.addWidget(plain_label(self.tr("What it is for: {text}").format(text=channel.for_)))
            box.addWidget(plain_label(self.tr("Not for: {text}").format(text=channel.not_for)))
            row = CopyRow(self.tr("What to do:"), channel.instructions, official)
            row.copy_button.setAccessibleName(
                self.tr("Copy the instructions for {name}").format(name=channel.name))
            self.copy_rows.append(row)
            box.addWidget(row)
            for contact in channel.contacts:
                if contact.phone:
                    self.copy_rows.append(CopyRow(self.tr("{name}:").format(name=contact.name),
                                                  contact.phone, official))
                    box.addWidget(self.copy_rows[-1])
                if contact.url:
                    self.copy_rows.append(CopyRow("", contact.url, official, is_url=True))
                    box.addWidget(self.copy_rows[-1])
            for source in channel.sources:
                text = self.tr("Source: {publisher}, \u201c{title}\u201d, {url} (consulted on "
                           "{date}).").format(publisher=source.publisher, title=source.title,
                                              url=source.url, date=long_date(source.consulted))
                if source.secondary:
                    text += " " + self.tr("This is a secondary source.")
                box.addWidget(plain_label(breakable(text)))
            self.entries.addWidget(frame)


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def safe_file_name(text: str, limit: int = 120) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux (no / \\ : * ? " < > |,
    no control character, no leading dot or trailing space or dot)."""
    name = " ".join(_UNSAFE_IN_FILE_NAMES.sub(" ", text).split())
    return name[:limit].strip(" .") or "Plan"


class GuidancePage(QWidget):
    """The "What to do?" page. ``now`` returns an aware datetime (tests pass a fixed one)."""

    def __init__(self, services: Any, now: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from vigilance_app.ui.guidance.pdf import printing_available

        self.setObjectName("guidancePage")
        self.services = services
        self._now = now or (lambda: datetime.now(UTC))
        self._lang = ui_language()
        self._content: Any = None
        self._profile_id: int | None = None
        self.words = PersonWords()  # whose plans: "What happened to Jeanne?"
        self.run_id: int | None = None
        self._language_pending = False

        self.stack = QStackedWidget()
        self.question_view = QuestionView(self)
        self.breach_form = BreachForm(self.today())
        self.breach_form.back_requested.connect(self.show_question)
        self.breach_form.submitted.connect(self._breach_submitted)
        self.can_print = printing_available()  # a printer is installed (QPrinterInfo)
        self.plan_view = PlanView(today=self.today, can_print=self.can_print)
        self.plan_view.back_requested.connect(self.show_question)
        self.plan_view.tick_requested.connect(self._tick)
        self.plan_view.untick_requested.connect(self._untick)
        self.plan_view.not_applicable_requested.connect(self._not_applicable)
        self.plan_view.pdf_requested.connect(self.save_pdf)
        self.plan_view.print_requested.connect(self.print_plan)
        self.directory_view = DirectoryView(self)
        for view in (self.question_view, self.breach_form, self.plan_view, self.directory_view):
            self.stack.addWidget(view)
        self.error_line = plain_label()
        self.error_line.setObjectName("guidanceError")
        self.error_line.hide()
        outer = QVBoxLayout(self)
        outer.addWidget(self.error_line)
        outer.addWidget(self.stack, 1)
        self.refresh()
        self._say_how_to_keep_it()

    # ---- context -------------------------------------------------------------------

    @property
    def content(self) -> Any:
        if self._content is None:
            from vigilance_app.guidance.progress import content_for

            self._content = content_for(self._lang)
        return self._content

    def content_ok(self) -> bool:
        """False (and a sentence on the page) when the shipped advice cannot be read."""
        try:
            self.content  # noqa: B018 - loads it
        except Exception:  # a damaged installation: words, not a traceback
            self._show_error(self.tr("The advice could not be read: the installation may be "
                                     "damaged. Reinstall Vigilance."))
            return False
        return True

    def today(self) -> QDate:
        local = self._now().astimezone()
        return QDate(local.year, local.month, local.day)

    @property
    def store(self) -> Any:
        return self.services.store

    def _active_profile_id(self) -> int | None:
        store = self.store
        profile = store.active_profile() if store is not None else None
        return profile.id if profile is not None else None

    def _show_error(self, text: str) -> None:
        self.error_line.setText(text)
        self.error_line.setVisible(bool(text))

    # ---- views ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Follow the active profile: another person's plans are never shown."""
        profile_id = self._active_profile_id()
        self.words = person_words(self.store)
        self.breach_form.set_words(self.words)
        self.plan_view.words = self.words
        if profile_id != self._profile_id:
            self._profile_id = profile_id
            self.run_id = None
            self.breach_form.reset()
            self.stack.setCurrentWidget(self.question_view)
        self._reload_view()

    def _reload_view(self) -> None:
        if self.store is None or not self.content_ok():  # locked: the window drops this page
            return
        current = self.stack.currentWidget()
        self.question_view.retranslate(self.content, self.words)
        if current is self.plan_view and self.run_id is not None:
            self._show_state()
        elif current is self.directory_view:
            self.directory_view.show_content(self.content)
        else:
            self._load_resumable()

    def _load_resumable(self) -> None:
        items: list[Any] = []
        if self.store is not None and self._profile_id is not None:
            from vigilance_app.guidance.progress import next_steps

            items = next_steps(self.store, self._profile_id, self._lang)
        self.question_view.show_resumable(items)

    def show_question(self) -> None:
        self._show_error("")
        self.run_id = None
        self.stack.setCurrentWidget(self.question_view)
        self._load_resumable()
        self.question_view.first_button().setFocus(Qt.FocusReason.OtherFocusReason)

    def show_breach_form(self) -> None:
        self.breach_form.reset()
        self.breach_form.set_today(self.today())
        self.stack.setCurrentWidget(self.breach_form)
        self.breach_form.org_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_directory(self) -> None:
        self.directory_view.show_content(self.content)
        self.stack.setCurrentWidget(self.directory_view)
        self.directory_view.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_plan(self, situation: str, journal_entry_id: int | None = None) -> int | None:
        """Start or resume the run of ``situation`` for this occurrence, and show it."""
        from vigilance_app.guidance.progress import GuidanceError, start_run

        if self.store is None or self._profile_id is None or not self.content_ok():
            return None
        if situation not in self.content.plans:
            self._show_error(self.tr("There is no advice for this situation yet."))
            return None
        try:
            run_id = start_run(self.store, self._profile_id, situation, self._now(),
                               journal_entry_id=journal_entry_id, language=self._lang)
        except GuidanceError:
            self._show_error(self.tr("This plan could not be opened."))
            return None
        self.show_run(run_id)
        return run_id

    def show_run(self, run_id: int) -> None:
        self._show_error("")
        self.run_id = run_id
        self.plan_view.say("")
        self._show_state()
        self.stack.setCurrentWidget(self.plan_view)
        self.plan_view.focus_current()

    def _state(self) -> tuple[Any, Any]:
        from vigilance_app.guidance.progress import run_state

        state = run_state(self.store, self.run_id, self._lang)
        return self.content.plans[state.run.situation], state

    def _show_state(self) -> None:
        plan, state = self._state()
        self.plan_view.show_state(plan, state, self.content)
        self._say_how_to_keep_it()

    def _say_how_to_keep_it(self) -> None:
        """Without a printer the plan can only be saved: no "Print this plan" then."""
        if not self.can_print:
            self.plan_view.print_hint.setText(self.tr(
                "Save this plan as a PDF file, with boxes to tick: it can be printed later, "
                "for example for a relative's fridge."))

    # ---- actions -------------------------------------------------------------------

    def _done_at(self, day: QDate) -> datetime:
        now = self._now()
        if day == self.today():
            return now
        local = datetime.combine(day.toPython(), time(12, 0)).astimezone()
        return local.astimezone(UTC)

    def _tick(self, step_id: str, day: QDate, note: str) -> None:
        from vigilance_app.guidance.progress import GuidanceError, tick

        if self.run_id is None:
            return
        try:
            masked = tick(self.store, self.run_id, step_id, self._done_at(day), note)
        except GuidanceError:
            self.plan_view.say(self.tr("This step could not be marked as done."))
            return
        self._show_state()
        self.plan_view.say(self.tr(
            "A number that looked like a card, bank account or social security number was "
            "hidden in your note: only its last four digits are kept.") if masked else "")
        self.plan_view.focus_current()

    def _not_applicable(self, step_id: str) -> None:
        from vigilance_app.guidance.progress import GuidanceError, mark_not_applicable

        if self.run_id is None:
            return
        try:
            mark_not_applicable(self.store, self.run_id, step_id, self._now())
        except GuidanceError:
            self.plan_view.say(self.tr("This step could not be set aside."))
            return
        self._show_state()
        self.plan_view.say(self.words.pick(
            self.tr("This step does not apply to you: it is set aside with the finished steps, "
                    "where you can bring it back."),
            self.tr("This step does not apply to {name}: it is set aside with the finished "
                    "steps, where you can bring it back.")))
        self.plan_view.focus_current()

    def _untick(self, step_id: str) -> None:
        from vigilance_app.guidance.progress import untick

        if self.run_id is None:
            return
        untick(self.store, self.run_id, step_id)
        self._show_state()
        self.plan_view.say("")
        self.plan_view.focus_current()

    def _breach_submitted(self, organisation: str, received: QDate, breach: str,
                          exposed: list[str]) -> None:
        from vigilance_app.guidance.breach import record_breach_notice
        from vigilance_app.guidance.progress import GuidanceError

        if self.store is None or self._profile_id is None:
            return
        try:
            _notice, run_id = record_breach_notice(
                self.store, self._profile_id, organisation, received.toPython(), breach,
                exposed, self._now(), language=self._lang)
        except GuidanceError:
            self.breach_form.show_error(self.tr(
                "The notice could not be recorded. Check the date and keep the texts short."))
            return
        self.show_run(run_id)
        self.plan_view.say(self.words.pick(self.tr(
            "Notice recorded. For the next eight weeks, Vigilance will remind you to check "
            "your accounts more often."), self.tr(
            "Notice recorded. For the next eight weeks, Vigilance will remind you to check "
            "{name}'s accounts more often.")))

    def suggested_pdf_name(self) -> str:
        """"Plan - j'ai donné mon RIB ou mon IBAN - Jeanne.pdf": the situation in the
        person's words and language, and the name of the person watched over."""
        plan, _state = self._state()
        question = plan.question.strip().rstrip(".?!")
        first_word = question.split(" ", 1)[0]
        if self._lang == "fr" and question[:1].isupper() and not first_word.isupper():
            question = question[:1].lower() + question[1:]
        store = self.store
        profile = store.active_profile() if store is not None else None
        name = profile.display_name if profile is not None else ""
        text = (self.tr("Plan - %1 - %2").replace("%1", question).replace("%2", name)
                if name else self.tr("Plan - %1").replace("%1", question))
        return safe_file_name(text) + ".pdf"

    def choose_pdf_path(self) -> str:
        suggested = str(documents_folder() / self.suggested_pdf_name())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the plan as PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def save_pdf(self) -> str | None:
        from vigilance_app.ui.guidance.pdf import write_plan_pdf

        if self.run_id is None:
            return None
        path = self.choose_pdf_path()
        if not path:
            return None
        plan, state = self._state()
        try:
            write_plan_pdf(path, plan, self.content, state, self._now().astimezone().date(),
                           self.words)
        except OSError:
            self.plan_view.say(self.tr("The PDF could not be saved there. Choose another folder."))
            return None
        if self.can_print:
            self.plan_view.say(self.tr("Saved. You can print it and keep it near the phone."))
        else:
            self.plan_view.say(self.tr("Saved: %1. You can open it, or print it from another "
                                       "computer.").replace("%1", Path(path).name))
        return path

    def print_plan(self) -> None:
        from vigilance_app.ui.guidance.pdf import print_plan

        if self.run_id is None:
            return
        plan, state = self._state()
        print_plan(self, plan, self.content, state, self._now().astimezone().date(), self.words)

    # ---- language ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._language_pending:
            # Switching language installs several translators, each sending this event:
            # reload once, after the last one.
            self._language_pending = True
            QTimer.singleShot(0, self, self._language_changed)
        super().changeEvent(event)

    def _language_changed(self) -> None:
        self._language_pending = False
        lang = ui_language()
        if lang != self._lang:
            self._lang = lang
            self._content = None
        self._reload_view()
        self._say_how_to_keep_it()
