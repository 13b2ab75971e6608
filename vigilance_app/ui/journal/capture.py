"""Quick capture: a short, keyboard-friendly form per channel, saved in seconds.

The first field has the focus, Tab goes down the form in reading order, Ctrl+Return saves from
anywhere and Enter in the last field ("When") saves too. For an SMS or an email the message can
be pasted (or an ``.eml`` dropped): it is analysed off the UI thread and the form is pre-filled
from the analysis. Everything that comes from a message is shown as plain text.

The form is made of sections written in their own modules: the pasted message
(``capture_paste``), what the person did and gave (``capture_reactions``) and the warning
signs (``capture_signs``); the fields about the contact itself are built here.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QEvent,
    Qt,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.journal import labels as labels
from vigilance_app.ui.journal.capture_paste import MAX_PASTE_CHARS, PastedMessage
from vigilance_app.ui.journal.capture_reactions import ReactionsSection
from vigilance_app.ui.journal.capture_signs import WarningSigns
from vigilance_app.ui.journal.keep_original import KeepOriginalBox
from vigilance_app.ui.journal.labels import organisation_choices
from vigilance_app.ui.kit.accessible import ComboBox
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.file_drop import FileDropTarget
from vigilance_app.ui.kit.i18n import Retranslatable, translate
from vigilance_app.ui.kit.person_words import PersonWords, without_mnemonic
from vigilance_app.ui.kit.theme import heading

CONTEXT = "JournalCapture"

# One form per channel: its title and what the "number or address" field is about.
TITLES: dict[str, str] = {
    "phone_call": QT_TRANSLATE_NOOP("JournalCapture", "A suspicious call"),
    "sms": QT_TRANSLATE_NOOP("JournalCapture", "A suspicious SMS"),
    "email": QT_TRANSLATE_NOOP("JournalCapture", "A suspicious email"),
    "letter": QT_TRANSLATE_NOOP("JournalCapture", "A suspicious letter"),
    "website": QT_TRANSLATE_NOOP("JournalCapture", "A suspicious website"),
}
SENDER_LABELS: dict[str, str] = {
    "phone_call": QT_TRANSLATE_NOOP("JournalCapture", "The &number that called (if shown):"),
    "sms": QT_TRANSLATE_NOOP("JournalCapture", "The &sender (number or name):"),
    "email": QT_TRANSLATE_NOOP("JournalCapture", "The &sender's address:"),
    "letter": QT_TRANSLATE_NOOP("JournalCapture", "The &return address or number given:"),
    "website": QT_TRANSLATE_NOOP("JournalCapture", "The &web address:"),
}
PASTE_CHANNELS = ("sms", "email")
# The values ``fill`` puts in a field; the others are kept as they are (``values``).
FIELDS = ("organization_id", "organization", "summary", "reactions", "received_at", "channel",
          "notes", "flags", "disclosed")


class _SavingDateTimeEdit(QDateTimeEdit):
    """The last field: Enter saves the form."""

    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _qdatetime(moment: datetime) -> QDateTime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()


class QuickCaptureForm(Retranslatable, FileDropTarget, QWidget):
    """One quick form. ``save_requested`` asks the page to save ``values()``; ``cancelled``
    goes back to the list; ``sender_changed(text)`` asks the page for the sender's history
    (shown with ``show_repeat``); ``show_sender_requested(text)`` lists that sender's
    entries."""

    save_requested = Signal()
    cancelled = Signal()
    sender_changed = Signal(str)
    show_sender_requested = Signal(str)

    def __init__(self, now: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalCapture")
        self.setAcceptDrops(True)
        self._now = now or (lambda: datetime.now(UTC))
        self.channel = "phone_call"
        self.entry_id: int | None = None  # set when the form edits an existing entry
        self._extra: dict[str, Any] = {}  # pre-filled values without a field (flags, text…)
        self._masked_kinds: list[str] = []
        self._repeat: tuple[int, datetime | None, str] | None = None
        self.words = PersonWords()  # whose journal the entry goes in (set_words)

        self.title = heading(plain_label(), level=1)
        self.title.setObjectName("captureTitle")
        self.intro = plain_label()
        self.paste = PastedMessage(self)
        self.paste.analyse_button.clicked.connect(self.analyse_pasted)
        self.paste.analysed.connect(self.show_checked)
        self.paste_edit, self.analyse_button = self.paste.paste_edit, self.paste.analyse_button
        self.analysis_line, self.runner = self.paste.analysis_line, self.paste.runner
        # Offered once an email file was read (its original bytes are known).
        self.keep_original_box = KeepOriginalBox()
        self.keep_original_box.hide()
        self._build_contact()
        self.reaction_section = ReactionsSection(self)
        self.reaction_boxes = self.reaction_section.reaction_boxes
        self.disclosed_boxes = self.reaction_section.disclosed_boxes
        self.risky_line = self.reaction_section.risky_line
        self.disclosed_box = self.reaction_section.disclosed_box
        self.signs = WarningSigns(self)
        self.signs_button, self.signs_panel = self.signs.signs_button, self.signs.signs_panel
        self.add_flag_combo = self.signs.add_flag_combo
        self._build_notes_and_when()
        self._build_layout()
        self._add_shortcuts()
        self._set_tab_order()
        self.retranslate()

    # ---- building ------------------------------------------------------------------

    def _build_contact(self) -> None:
        """Who they said they were, their number or address, and what they asked for."""
        self.org_label = plain_label()
        self.org_combo = ComboBox()
        self.org_combo.setObjectName("organisation")
        self.org_combo.setEditable(True)
        self.org_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.org_combo.addItem("", None)
        for org_id, name in organisation_choices():
            self.org_combo.addItem(name, org_id)
        self.org_combo.setCurrentIndex(0)
        self.org_combo.lineEdit().setMaxLength(200)
        self.org_label.setBuddy(self.org_combo)

        self.sender_label = plain_label()
        self.sender_edit = QLineEdit()
        self.sender_edit.setObjectName("sender")
        self.sender_edit.setMaxLength(320)
        self.sender_label.setBuddy(self.sender_edit)
        self._sender_timer = QTimer(self)
        self._sender_timer.setSingleShot(True)
        self._sender_timer.setInterval(200)
        self._sender_timer.timeout.connect(
            lambda: self.sender_changed.emit(self.sender_edit.text().strip()))
        self.sender_edit.textChanged.connect(lambda _t: self._sender_timer.start())
        self.repeat_line = plain_label()
        self.repeat_line.setObjectName("repeatLine")
        self.repeat_button = QPushButton()
        self.repeat_button.setObjectName("repeatButton")
        self.repeat_button.clicked.connect(
            lambda: self.show_sender_requested.emit(self.sender_edit.text().strip()))
        self.repeat_line.hide()
        self.repeat_button.hide()

        self.summary_label = plain_label()
        self.summary_edit = QLineEdit()
        self.summary_edit.setObjectName("summary")
        self.summary_edit.setMaxLength(500)
        self.summary_label.setBuddy(self.summary_edit)
        self.summary_edit.textChanged.connect(self._check_sensitive)

    def _build_notes_and_when(self) -> None:
        """Notes (optional: what to remember, who was told), when, and the form's buttons."""
        self.notes_label = plain_label()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(self.fontMetrics().height() * 5)
        self.notes_label.setBuddy(self.notes_edit)
        self.notes_edit.textChanged.connect(self._check_sensitive)

        self.when_label = plain_label()
        self.when_edit = _SavingDateTimeEdit()
        self.when_edit.setObjectName("when")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.enter_pressed.connect(self.save_requested)
        self.when_label.setBuddy(self.when_edit)

        self.masked_line = plain_label()
        self.masked_line.setObjectName("maskedLine")
        self.masked_line.hide()
        self.error_line = plain_label()
        self.error_line.setObjectName("captureError")
        self.error_line.hide()

        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancelled)

    def _build_layout(self) -> None:
        paste, reactions, signs = self.paste, self.reaction_section, self.signs
        column = QVBoxLayout(self)
        column.setSpacing(6)
        for widget in (self.title, self.intro, paste.paste_label, paste.paste_edit):
            column.addWidget(widget)
        paste_row = QHBoxLayout()
        paste_row.addWidget(paste.analyse_button)
        paste_row.addWidget(paste.busy_bar, 1)
        paste_row.addStretch(1)
        column.addLayout(paste_row)
        column.addWidget(paste.analysis_line)
        column.addWidget(self.keep_original_box)
        for widget in (self.org_label, self.org_combo, self.sender_label, self.sender_edit,
                       self.repeat_line):
            column.addWidget(widget)
        column.addWidget(self.repeat_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.summary_label, self.summary_edit, reactions.reactions_box,
                       reactions.risky_line, reactions.disclosed_box):
            column.addWidget(widget)
        column.addWidget(signs.signs_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (signs.signs_panel, self.notes_label, self.notes_edit, self.when_label):
            column.addWidget(widget)
        column.addWidget(self.when_edit, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.masked_line)
        column.addWidget(self.error_line)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)

    def _add_shortcuts(self) -> None:
        self.shortcuts: list[QShortcut] = []
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_requested)
            self.shortcuts.append(shortcut)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancelled)
        self.shortcuts.append(escape)

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [self.paste_edit, self.analyse_button,
                                self.keep_original_box.box, self.org_combo,
                                self.sender_edit, self.repeat_button, self.summary_edit,
                                *self.reaction_boxes.values(), *self.disclosed_boxes.values(),
                                self.signs_button, self.add_flag_combo,
                                self.signs.add_flag_button, self.notes_edit, self.when_edit,
                                self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # ---- opening -------------------------------------------------------------------

    @property
    def checked(self) -> Any:
        """The analysed message, when one was pasted or dropped."""
        return self.paste.checked

    @checked.setter
    def checked(self, checked: Any) -> None:
        self.paste.checked = checked

    @property
    def flag_boxes(self) -> dict[str, QCheckBox]:
        return self.signs.flag_boxes

    def start(self, channel: str) -> None:
        """An empty form for ``channel``, the first field focused."""
        self.channel = channel if channel in TITLES else "phone_call"
        self.entry_id = None
        self._extra = {}
        self._repeat = None
        self.paste.clear()
        self.org_combo.setCurrentIndex(0)
        self.org_combo.setEditText("")
        self.sender_edit.clear()
        self.summary_edit.clear()
        self.notes_edit.clear()
        for box in self.reaction_boxes.values():
            box.setChecked(False)
        self.set_signs([], [])
        self.when_edit.setDateTime(_qdatetime(self._now()))
        for widget in (self.masked_line, self.error_line, self.repeat_line, self.repeat_button,
                       self.keep_original_box):
            widget.hide()
        self.paste.set_shown(self.channel in PASTE_CHANNELS)
        self.retranslate()
        self.focus_first()

    def focus_first(self) -> None:
        first = self.paste_edit if self.channel in PASTE_CHANNELS else self.org_combo
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def fill(self, values: dict[str, Any]) -> None:
        """Pre-fill from a draft's values (analysis or an entry being edited)."""
        if values.get("channel") in TITLES and values.get("channel") != self.channel:
            self.channel = values["channel"]
            self.paste.set_shown(self.channel in PASTE_CHANNELS)
        org_id, org_text = values.get("organization_id"), values.get("organization") or ""
        index = self.org_combo.findData(org_id) if org_id else -1
        if index >= 0:
            self.org_combo.setCurrentIndex(index)
        else:
            self.org_combo.setCurrentIndex(0)
            self.org_combo.setEditText(org_text)
        senders = values.get("senders") or ()
        if senders:
            self.sender_edit.setText(str(senders[0]))
        if values.get("summary"):
            self.summary_edit.setText(str(values["summary"]))
        for code in values.get("reactions") or ():
            if code in self.reaction_boxes:
                self.reaction_boxes[code].setChecked(True)
        if values.get("received_at") is not None:
            self.when_edit.setDateTime(_qdatetime(values["received_at"]))
        if values.get("notes"):
            self.notes_edit.setPlainText(str(values["notes"]))
        if "flags" in values or "disclosed" in values:
            self.set_signs(values.get("flags") or [], values.get("disclosed") or [])
        self._extra = {key: value for key, value in values.items() if key not in FIELDS}
        self.retranslate()

    def set_signs(self, flags: Any, disclosed: Any) -> None:
        """Show these flags ((code, origin, removed, evidence) tuples or FlagDraft-like
        objects) and disclosed categories; the signs are unfolded when there are flags."""
        self.signs.set_flags(flags)
        self.reaction_section.set_disclosed(disclosed)

    # ---- reading -------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form holds, as plain values (the page turns them into an EntryDraft)."""
        org_text = " ".join(self.org_combo.currentText().split())
        # A name of the list typed by hand counts as chosen; other words are the person's own.
        index = self.org_combo.findText(org_text, Qt.MatchFlag.MatchFixedString) \
            if org_text else -1
        org_id = self.org_combo.itemData(index) if index > 0 else None
        sender = self.sender_edit.text().strip()
        extra_senders = [s for s in (self._extra.get("senders") or ()) if s != sender]
        values = dict(self._extra)
        values.update(
            channel=self.channel,
            organization_id=org_id,
            organization=org_text,
            senders=([sender] if sender else []) + list(extra_senders),
            summary=self.summary_edit.text().strip(),
            reactions=self.reactions(),
            received_at=self.received_at(),
            notes=self.notes_edit.toPlainText().strip()[:20_000],
            flags=self.signs.flags(),
            disclosed=self.disclosed(),
        )
        values["keep_original"] = self.keeps_original()
        pasted = self.paste.text().strip()
        if pasted and not values.get("text"):
            values["text"] = pasted[:MAX_PASTE_CHARS]
        return values

    def keeps_original(self) -> bool:
        """The original email file is to be kept with the new entry (box offered and
        ticked)."""
        checked = self.paste.checked
        return (self.entry_id is None and checked is not None and checked.raw is not None
                and self.keep_original_box.isChecked())

    def reactions(self) -> list[str]:
        return self.reaction_section.reactions()

    def disclosed(self) -> list[str]:
        return self.reaction_section.disclosed()

    def received_at(self) -> datetime:
        moment = self.when_edit.dateTime().toUTC()
        return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)

    def is_empty(self) -> bool:
        v = self.values()
        return not (v["organization"] or v["senders"] or v["summary"] or v["reactions"]
                    or v.get("text") or v["notes"] or v["disclosed"]
                    or any(origin == "user" for _c, origin, _r, _e in v["flags"]))

    # ---- feedback ------------------------------------------------------------------

    def set_words(self, words: PersonWords) -> None:
        """Word the questions for the person whose journal this is."""
        if words != self.words:
            self.words = words
            self.reaction_section.words = words
            self.retranslate()

    def show_error(self, text: str) -> None:
        self.error_line.setText(text)
        self.error_line.setAccessibleName(text)
        self.error_line.setVisible(bool(text))

    def show_repeat(self, count: int, since: datetime | None, sender: str) -> None:
        """``count`` earlier entries from this sender (0 hides the line)."""
        self._repeat = (count, since, sender) if count > 0 else None
        self._render_repeat()

    def _render_repeat(self) -> None:
        shown = self._repeat is not None
        self.repeat_line.setVisible(shown)
        self.repeat_button.setVisible(shown)
        if self._repeat is None:
            return
        count, since, _sender = self._repeat
        words = self.words
        if count == 1:
            text = words.pick(
                self.tr("This sender is already in your journal: seen once, on {day}."),
                self.tr("This sender is already in {name}'s journal: seen once, on {day}."),
                day=labels.format_day(since))
        else:
            text = words.pick(
                self.tr("This sender is already in your journal: seen {count} times since "
                        "{day}."),
                self.tr("This sender is already in {name}'s journal: seen {count} times "
                        "since {day}."),
                day=labels.format_day(since), count=count)
        self.repeat_line.setText(text)
        self.repeat_button.setText(self.tr("Show the entries from this sender"))
        self.repeat_button.setAccessibleName(self.repeat_button.text())

    def _check_sensitive(self) -> None:
        """Tell the person at once that a card number, IBAN or social-security number typed
        here will be masked (the journal masks it when saving)."""
        kinds = sensitive_kinds("\n".join((self.summary_edit.text(),
                                           self.notes_edit.toPlainText(),
                                           self.paste.text())))
        self.set_masked(kinds)

    def set_masked(self, kinds: list[str]) -> None:
        self._masked_kinds = list(kinds)
        self.masked_line.setVisible(bool(kinds))
        if kinds:
            self.masked_line.setText(masking_explanation(kinds))
            self.masked_line.setAccessibleName(self.masked_line.text())

    # ---- pasted or dropped messages ------------------------------------------------

    def analyse_pasted(self) -> None:
        self.paste.analyse(self.channel, self.sender_edit.text().strip() or None)

    def analyse_file(self, path: Path) -> None:
        self.paste.analyse_file(path)

    def show_checked(self, checked: Any) -> None:
        """Fill the form from an analysed message (pasted, dropped, or checked elsewhere)."""
        from vigilance_app.ui.journal.api import form_values_of_checked

        self.paste.checked, self.paste.error = checked, False
        values = form_values_of_checked(checked, self._now())
        if checked.raw is None and self.paste.text().strip():
            values.setdefault("text", self.paste.text()[:MAX_PASTE_CHARS])
        self.fill(values)
        self.paste.render()
        self.keep_original_box.setVisible(checked.raw is not None and self.entry_id is None)
        self._check_sensitive()
        self.sender_changed.emit(self.sender_edit.text().strip())
        self.org_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def files_dropped(self, paths: list[Path]) -> None:
        self.fill({"channel": "email"})
        self.analyse_file(paths[0])

    # ---- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(translate(CONTEXT, TITLES.get(self.channel, TITLES["phone_call"])))
        self.intro.setText(self.tr(
            "Write down what you remember; every field is optional. Ctrl+Enter saves."))
        self.paste.retranslate(self.channel)
        self.org_label.setText(self.tr("&Who did they say they were?"))
        self.org_combo.setAccessibleName(self.tr("Who did they say they were?"))
        self.org_combo.setAccessibleName(self.tr("Who they said they were"))
        self.org_combo.lineEdit().setPlaceholderText(self.tr(
            "Choose in the list or write your own words"))
        self.sender_label.setText(translate(CONTEXT, SENDER_LABELS.get(self.channel,
                                                        SENDER_LABELS["phone_call"])))
        self.sender_edit.setAccessibleName(self.sender_label.text().replace("&", "").rstrip(":"))
        self.summary_label.setText(self.tr("What did they &ask for?"))
        self.summary_edit.setAccessibleName(self.tr("What they asked for"))
        self.summary_edit.setPlaceholderText(self.words.pick(
            self.tr("For example: my card number to refund me"),
            self.tr("For example: {name}'s card number, for a refund")))
        self.reaction_section.retranslate()
        self.signs.retranslate()
        self.notes_label.setText(self.tr("N&otes (optional: what to remember, who you told):"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.when_label.setText(self.tr("&When? (now by default; Enter saves)"))
        self.when_edit.setAccessibleName(self.tr("When it happened"))
        self.repeat_button.setText(self.tr("Show the entries from this sender"))
        self.repeat_button.setAccessibleName(self.repeat_button.text())
        self.save_button.setText(self.words.pick_button(
            self.tr("&Save in the journal"), self.tr("&Save in {name}'s journal")))
        self.save_button.setAccessibleName(without_mnemonic(self.save_button.text()))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cance&l"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._render_repeat()
        if self._masked_kinds:
            self.set_masked(self._masked_kinds)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.reaction_section.layout_columns()
        super().changeEvent(event)


SENSITIVE_NAMES: dict[str, str] = {
    "nir": QT_TRANSLATE_NOOP("JournalCapture", "a social security number"),
    "card": QT_TRANSLATE_NOOP("JournalCapture", "a card number"),
    "iban": QT_TRANSLATE_NOOP("JournalCapture", "an IBAN"),
}


def sensitive_kinds(text: str) -> list[str]:
    """The kinds of sensitive number in ``text`` ("nir", "card", "iban"), via the core."""
    if not text.strip():
        return []
    from vigilance_app.ui.journal.api import masked_kinds

    return masked_kinds(text)


def masking_explanation(kinds: list[str]) -> str:
    names = [translate(CONTEXT, SENSITIVE_NAMES[k]) for k in kinds if k in SENSITIVE_NAMES] or [
        translate(CONTEXT, SENSITIVE_NAMES["card"])]
    return QCoreApplication.translate(
        "JournalCapture",
        "You wrote %1. To protect you, Vigilance keeps only its last 4 characters: "
        "the journal never stores such numbers in full.").replace("%1", ", ".join(names))
