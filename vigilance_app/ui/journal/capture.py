"""Quick capture: a short, keyboard-friendly form per channel, saved in seconds.

The first field has the focus, Tab goes down the form in reading order, Ctrl+Return saves from
anywhere and Enter in the last field ("When") saves too. For an SMS or an email the message can
be pasted (or an ``.eml`` dropped): it is analysed off the UI thread and the form is pre-filled
from the analysis. Everything that comes from a message is shown as plain text.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
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
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app import vocabulary
from vigilance_app.ui.journal import labels as labels
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import Retranslatable, translate, ui_language
from vigilance_app.ui.kit.theme import heading, set_font_role

CONTEXT = "JournalCapture"
MAX_PASTE_CHARS = 200_000  # longer pasted text is cut before analysis (hostile input)

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

# Warning signs a person can tick (DESIGN.md red-flag codes; titles from analysis.flags).
FLAG_CODES: tuple[str, ...] = (
    "link_text_mismatch", "lookalike_domain", "impersonation", "non_official_domain",
    "url_shortener", "reply_to_mismatch", "asks_card_details", "asks_credentials", "asks_nir",
    "asks_bank_details", "payment_request", "urgency", "threat", "callback_number",
    "sender_mobile_number", "relative_impersonation", "remote_access", "too_good_to_be_true",
    "dangerous_attachment", "html_form", "brand_impersonation", "freemail_sender",
    "crypto_lure", "prize_lure", "delivery_lure", "premium_rate_number", "sms_foreign_link",
)
# What a risky reaction usually gave away: ticked for the person when they tick the reaction.
REACTION_DISCLOSED: dict[str, str] = {
    "gave_credentials": "credentials", "gave_card_details": "card",
    "gave_bank_details": "bank", "gave_nir": "nir", "gave_personal_info": "identity",
}
DISCLOSED_CODES: tuple[str, ...] = (
    "card", "bank", "credentials", "nir", "identity", "address", "phone", "email", "health",
    "other",
)  # the repository's DISCLOSED_CATEGORIES (not imported: the core is loaded lazily)


@lru_cache(maxsize=1)
def _organisations() -> tuple[tuple[str, str], ...]:
    import tomllib

    from vigilance_app.paths import resources_dir

    with (resources_dir() / "organizations.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple((str(org["id"]), str(org["names"][0]))
                 for org in data.get("organization", []) if org.get("id") and org.get("names"))


def organisation_choices() -> list[tuple[str, str]]:
    """(id, name) of the organisations scammers pretend to be (resources/organizations.toml,
    read directly: the analysis package is not needed to fill a list)."""
    try:
        return list(_organisations())
    except Exception:  # a damaged resource file must not stop the person from writing
        return []


def checked_from_text(text: str, channel: str, sender: str | None) -> Any:
    """Parse and analyse pasted text (runs off the UI thread): a CheckedMessage."""
    from vigilance_app.analysis.inputs import check_text

    return check_text(text[:MAX_PASTE_CHARS], channel, sender)


def checked_from_file(path: Path) -> Any:
    """Read (size-limited), parse and analyse one .eml file (runs off the UI thread)."""
    from vigilance_app.analysis.inputs import check_file

    return check_file(path)


class _SavingDateTimeEdit(QDateTimeEdit):
    """The last field: Enter saves the form."""

    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class QuickCaptureForm(Retranslatable, QWidget):
    """One quick form. ``saved(values)`` carries a dict of the fields (see ``values``);
    ``cancelled`` goes back to the list; ``sender_changed(text)`` asks the page for the
    sender's history (shown with ``show_repeat``)."""

    save_requested = Signal()
    cancelled = Signal()
    sender_changed = Signal(str)
    show_sender_requested = Signal(str)

    def __init__(self, now: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from vigilance_app.ui.kit.background import BackgroundRunner

        self.setObjectName("journalCapture")
        self.setAcceptDrops(True)
        self._now = now or (lambda: datetime.now(UTC))
        self.channel = "phone_call"
        self.entry_id: int | None = None  # set when the form edits an existing entry
        self.checked: Any = None  # the analysed message, when one was pasted or dropped
        self._extra: dict[str, Any] = {}  # pre-filled values without a field (flags, text…)
        self._masked_kinds: list[str] = []
        self._repeat: tuple[int, datetime | None, str] | None = None
        self._analysis_error = False
        self.runner = BackgroundRunner(self)
        self.runner.busy_changed.connect(self._busy_changed)

        self.title = heading(plain_label(), level=1)
        self.title.setObjectName("captureTitle")
        self.intro = plain_label()

        # Pasted message (SMS and email only)
        self.paste_label = plain_label()
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setObjectName("pastedMessage")
        self.paste_edit.setTabChangesFocus(True)
        self.paste_edit.setMinimumHeight(self.fontMetrics().height() * 4)
        self.paste_label.setBuddy(self.paste_edit)
        self.analyse_button = QPushButton()
        self.analyse_button.setObjectName("analyseButton")
        self.analyse_button.clicked.connect(self.analyse_pasted)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(self.fontMetrics().height())
        self.busy_bar.hide()
        self.analysis_line = plain_label()
        self.analysis_line.setObjectName("analysisLine")
        self.analysis_line.hide()

        # Who they said they were
        self.org_label = plain_label()
        self.org_combo = QComboBox()
        self.org_combo.setObjectName("organisation")
        self.org_combo.setEditable(True)
        self.org_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.org_combo.addItem("", None)
        for org_id, name in organisation_choices():
            self.org_combo.addItem(name, org_id)
        self.org_combo.setCurrentIndex(0)
        self.org_combo.lineEdit().setMaxLength(200)
        self.org_label.setBuddy(self.org_combo)

        # Their number or address
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

        # What they asked for
        self.summary_label = plain_label()
        self.summary_edit = QLineEdit()
        self.summary_edit.setObjectName("summary")
        self.summary_edit.setMaxLength(500)
        self.summary_label.setBuddy(self.summary_edit)
        self.summary_edit.textChanged.connect(self._check_sensitive)

        # What I did
        self.reactions_box = QFrame()
        self.reactions_box.setObjectName("reactions")
        self.reactions_title = plain_label()
        self.reactions_grid = QGridLayout(self.reactions_box)
        self.reactions_grid.setContentsMargins(0, 0, 0, 0)
        self.reaction_boxes: dict[str, QCheckBox] = {}
        for code in vocabulary.REACTIONS:
            box = QCheckBox()
            box.setObjectName("reaction_" + code)
            self.reaction_boxes[code] = box
            box.toggled.connect(self._reactions_changed)
        self._reaction_columns = 0
        self._layout_reactions()
        self.risky_line = plain_label()
        self.risky_line.setObjectName("riskyLine")
        set_font_role(self.risky_line, bold=True)  # stands out without relying on colour
        self.risky_line.hide()

        # What was given (categories only): shown once a risky reaction is ticked
        self.disclosed_box = QFrame()
        self.disclosed_box.setObjectName("disclosed")
        self.disclosed_title = plain_label()
        self.disclosed_grid = QGridLayout(self.disclosed_box)
        self.disclosed_grid.setContentsMargins(0, 0, 0, 0)
        self.disclosed_boxes: dict[str, QCheckBox] = {}
        for code in DISCLOSED_CODES:
            box = QCheckBox()
            box.setObjectName("disclosed_" + code)
            self.disclosed_boxes[code] = box
        self._disclosed_columns = 0
        self.disclosed_box.hide()
        for code, box in self.reaction_boxes.items():
            box.toggled.connect(lambda on, c=code: self._reaction_ticked(c, on))

        # Warning signs: folded behind a button while there are none
        self.signs_button = QToolButton()
        self.signs_button.setObjectName("signsButton")
        self.signs_button.setCheckable(True)
        self.signs_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.signs_button.setArrowType(Qt.ArrowType.RightArrow)
        self.signs_button.toggled.connect(self._signs_folded)
        self.signs_panel = QFrame()
        self.signs_panel.setObjectName("signsPanel")
        self.signs_title = plain_label()
        self.flags_column = QVBoxLayout()
        self.flags_column.setContentsMargins(0, 0, 0, 0)
        self.flag_boxes: dict[str, QCheckBox] = {}
        self._flags: dict[str, tuple[str, str]] = {}  # code -> (origin, evidence)
        self.add_flag_combo = QComboBox()
        self.add_flag_combo.setObjectName("addFlag")
        self.add_flag_combo.installEventFilter(self)
        # long titles must not widen the form at a text size of 200 %
        self.add_flag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_flag_combo.setMinimumContentsLength(16)
        self.add_flag_button = QPushButton()
        self.add_flag_button.setObjectName("addFlagButton")
        self.add_flag_button.clicked.connect(self.add_chosen_flag)
        panel = QVBoxLayout(self.signs_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.signs_title)
        panel.addLayout(self.flags_column)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_flag_combo, 1)
        add_row.addWidget(self.add_flag_button)
        panel.addLayout(add_row)
        self.signs_panel.hide()

        # Notes (optional: what to remember, who was told)
        self.notes_label = plain_label()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(self.fontMetrics().height() * 5)
        self.notes_label.setBuddy(self.notes_edit)
        self.notes_edit.textChanged.connect(self._check_sensitive)

        # When
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

        column = QVBoxLayout(self)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addWidget(self.paste_label)
        column.addWidget(self.paste_edit)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.analyse_button)
        paste_row.addWidget(self.busy_bar, 1)
        paste_row.addStretch(1)
        column.addLayout(paste_row)
        column.addWidget(self.analysis_line)
        for widget in (self.org_label, self.org_combo, self.sender_label, self.sender_edit,
                       self.repeat_line):
            column.addWidget(widget)
        column.addWidget(self.repeat_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.summary_label, self.summary_edit, self.reactions_box,
                       self.risky_line, self.disclosed_box):
            column.addWidget(widget)
        column.addWidget(self.signs_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.signs_panel, self.notes_label, self.notes_edit, self.when_label):
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

        order: list[QWidget] = [self.paste_edit, self.analyse_button, self.org_combo,
                                self.sender_edit, self.repeat_button, self.summary_edit,
                                *self.reaction_boxes.values(), *self.disclosed_boxes.values(),
                                self.signs_button, self.add_flag_combo, self.add_flag_button,
                                self.notes_edit, self.when_edit, self.save_button,
                                self.cancel_button]
        self._layout_disclosed()
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self.retranslate()

    def _layout_reactions(self) -> None:
        """Two columns of ticks at the usual text size, one when the text is large."""
        from vigilance_app.ui.kit.theme import base_point_size

        app = QApplication.instance()
        size = app.font().pointSizeF() if app is not None else 0
        columns = 1 if size >= 1.4 * base_point_size() else 2
        if columns == self._reaction_columns:
            return
        self._reaction_columns = columns
        grid = self.reactions_grid
        for widget in (self.reactions_title, *self.reaction_boxes.values()):
            grid.removeWidget(widget)
        grid.addWidget(self.reactions_title, 0, 0, 1, columns)
        for index, box in enumerate(self.reaction_boxes.values()):
            grid.addWidget(box, 1 + index // columns, index % columns)

    def _layout_disclosed(self) -> None:
        columns = self._reaction_columns or 2
        if columns == self._disclosed_columns:
            return
        self._disclosed_columns = columns
        grid = self.disclosed_grid
        for widget in (self.disclosed_title, *self.disclosed_boxes.values()):
            grid.removeWidget(widget)
        grid.addWidget(self.disclosed_title, 0, 0, 1, columns)
        for index, box in enumerate(self.disclosed_boxes.values()):
            grid.addWidget(box, 1 + index // columns, index % columns)

    # ---- opening -------------------------------------------------------------------

    def start(self, channel: str) -> None:
        """An empty form for ``channel``, the first field focused."""
        self.channel = channel if channel in TITLES else "phone_call"
        self.entry_id = None
        self.checked = None
        self._extra = {}
        self._repeat = None
        self._analysis_error = False
        self.paste_edit.clear()
        self.org_combo.setCurrentIndex(0)
        self.org_combo.setEditText("")
        self.sender_edit.clear()
        self.summary_edit.clear()
        self.notes_edit.clear()
        for box in self.reaction_boxes.values():
            box.setChecked(False)
        self.set_signs([], [])
        self.when_edit.setDateTime(self._qdatetime(self._now()))
        for widget in (self.analysis_line, self.masked_line, self.error_line,
                       self.repeat_line, self.repeat_button):
            widget.hide()
        pasting = self.channel in PASTE_CHANNELS
        for widget in (self.paste_label, self.paste_edit, self.analyse_button):
            widget.setVisible(pasting)
        self.retranslate()
        self.focus_first()

    def focus_first(self) -> None:
        first = self.paste_edit if self.channel in PASTE_CHANNELS else self.org_combo
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def fill(self, values: dict[str, Any]) -> None:
        """Pre-fill from a draft's values (analysis or an entry being edited)."""
        if values.get("channel") in TITLES and values.get("channel") != self.channel:
            self.channel = values["channel"]
            pasting = self.channel in PASTE_CHANNELS
            for widget in (self.paste_label, self.paste_edit, self.analyse_button):
                widget.setVisible(pasting)
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
            self.when_edit.setDateTime(self._qdatetime(values["received_at"]))
        if values.get("notes"):
            self.notes_edit.setPlainText(str(values["notes"]))
        if "flags" in values or "disclosed" in values:
            self.set_signs(values.get("flags") or [], values.get("disclosed") or [])
        self._extra = {key: value for key, value in values.items()
                       if key not in ("organization_id", "organization", "summary",
                                      "reactions", "received_at", "channel", "notes",
                                      "flags", "disclosed")}
        self.retranslate()

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
            flags=self.flags(),
            disclosed=self.disclosed(),
        )
        pasted = self.paste_edit.toPlainText().strip()
        if pasted and not values.get("text"):
            values["text"] = pasted[:MAX_PASTE_CHARS]
        return values

    def reactions(self) -> list[str]:
        return [code for code, box in self.reaction_boxes.items() if box.isChecked()]

    def disclosed(self) -> list[str]:
        return [code for code, box in self.disclosed_boxes.items() if box.isChecked()]

    def flags(self) -> list[tuple[str, str, bool, str]]:
        """(code, origin, removed, evidence): a flag of the analysis unticked is kept as
        removed by the person; one the person added and unticked again is dropped."""
        out: list[tuple[str, str, bool, str]] = []
        for code, (origin, evidence) in self._flags.items():
            ticked = self.flag_boxes[code].isChecked()
            if origin == "analysis" or ticked:
                out.append((code, origin, not ticked, evidence))
        return out

    def received_at(self) -> datetime:
        moment = self.when_edit.dateTime().toUTC()
        return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)

    @staticmethod
    def _qdatetime(moment: datetime) -> QDateTime:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()),
                                            QTimeZone.utc()).toLocalTime()

    def is_empty(self) -> bool:
        v = self.values()
        return not (v["organization"] or v["senders"] or v["summary"] or v["reactions"]
                    or v.get("text") or v["notes"] or v["disclosed"]
                    or any(origin == "user" for _c, origin, _r, _e in v["flags"]))

    # ---- warning signs and what was given ------------------------------------------

    def set_signs(self, flags: Any, disclosed: Any) -> None:
        """Show these flags ((code, origin, removed, evidence) tuples or FlagDraft-like
        objects) and disclosed categories; the section is unfolded when there are flags."""
        for box in self.flag_boxes.values():
            self.flags_column.removeWidget(box)
            box.deleteLater()
        self.flag_boxes = {}
        self._flags = {}
        for flag in flags:
            code, origin, removed, evidence = (
                flag if isinstance(flag, tuple | list) else
                (flag.code, flag.origin, flag.removed, flag.evidence))
            code = str(code)[:32]
            if not code or (code in self._flags and self._flags[code][0] == "analysis"):
                continue  # one line per sign; the analysis' own flag wins
            if code in self._flags:  # a user flag seen first: replaced by the analysis one
                self._drop_flag_box(code)
            self._add_flag_box(code, str(origin), not removed, str(evidence or ""))
        for code, box in self.disclosed_boxes.items():
            box.setChecked(code in set(disclosed))
        self._reactions_changed()
        self.signs_button.setChecked(bool(self._flags))
        self._render_signs()

    def _add_flag_box(self, code: str, origin: str, ticked: bool, evidence: str = "") -> None:
        box = QCheckBox()
        box.setObjectName("flag_" + code)
        box.setChecked(ticked)
        self.flag_boxes[code] = box
        self._flags[code] = (origin, evidence)
        self.flags_column.addWidget(box)
        box.show()  # added to a panel already on screen: not shown by itself
        # keep Tab in reading order: the button, the signs, then "Add a warning sign"
        previous = list(self.flag_boxes.values())
        before = previous[-2] if len(previous) > 1 else self.signs_button
        self.setTabOrder(before, box)
        self.setTabOrder(box, self.add_flag_combo)

    def _drop_flag_box(self, code: str) -> None:
        box = self.flag_boxes.pop(code)
        self._flags.pop(code, None)
        self.flags_column.removeWidget(box)
        box.deleteLater()

    def add_chosen_flag(self) -> None:
        """Tick the warning sign chosen in "Add a warning sign…" (focus stays there)."""
        code = self.add_flag_combo.currentData()
        if not code:
            return
        if code in self.flag_boxes:
            self.flag_boxes[code].setChecked(True)
        else:
            self._add_flag_box(code, "user", True)
        self._render_signs()
        self.add_flag_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _signs_folded(self, unfolded: bool) -> None:
        self.signs_panel.setVisible(unfolded)
        self.signs_button.setArrowType(Qt.ArrowType.DownArrow if unfolded
                                       else Qt.ArrowType.RightArrow)
        if unfolded:
            self._render_signs()

    def _reaction_ticked(self, code: str, on: bool) -> None:
        category = REACTION_DISCLOSED.get(code)
        if on and category:
            self.disclosed_boxes[category].setChecked(True)

    def _render_signs(self) -> None:
        count = sum(box.isChecked() for box in self.flag_boxes.values())
        text = self.tr("Warnin&g signs (%1)").replace("%1", str(count)) if count else \
            self.tr("Warnin&g signs (optional)")
        self.signs_button.setText(text)
        self.signs_button.setAccessibleName(text.replace("&", ""))
        self.signs_button.setToolTip(self.tr("Show or hide the warning signs"))
        if not self.signs_panel.isVisible() and not self.signs_button.isChecked():
            return
        lang = ui_language()
        for code, box in self.flag_boxes.items():
            title, explanation = flag_title(code, lang)
            origin = self._flags[code][0]
            text = title if origin == "analysis" else \
                self.tr("%1 (added by you)").replace("%1", title)
            box.setText(text)
            box.setAccessibleName(text)
            box.setToolTip(explanation)
            box.setAccessibleDescription(self.tr("Found in the message") if origin == "analysis"
                                         else self.tr("Added by you"))
        combo = self.add_flag_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Add a warning sign…"), None)
        for code in FLAG_CODES:
            if code not in self.flag_boxes or not self.flag_boxes[code].isChecked():
                combo.addItem(flag_title(code, lang)[0], code)
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        """Enter on "Add a warning sign…" ticks the chosen sign."""
        if watched is self.add_flag_combo and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.add_chosen_flag()
            return True
        return super().eventFilter(watched, event)

    # ---- feedback ------------------------------------------------------------------

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
        if count == 1:
            text = self.tr("This sender is already in your journal: seen once, on %1.")
        else:
            text = self.tr("This sender is already in your journal: seen %2 times since %1.")
        text = text.replace("%1", labels.format_day(since)).replace("%2", str(count))
        self.repeat_line.setText(text)
        self.repeat_button.setText(self.tr("Show the entries from this sender"))
        self.repeat_button.setAccessibleName(self.repeat_button.text())

    def _reactions_changed(self) -> None:
        risky = [code for code in self.reactions() if code in vocabulary.RISKY_REACTIONS]
        self.risky_line.setVisible(bool(risky))
        self.disclosed_box.setVisible(bool(risky) or bool(self.disclosed()))
        self.risky_line.setText(self.tr(
            "This can happen to anyone. Save the entry: Vigilance will then show you what to "
            "do now, step by step."))

    def _check_sensitive(self) -> None:
        """Tell the person at once that a card number, IBAN or social-security number typed
        here will be masked (the journal masks it when saving)."""
        kinds = sensitive_kinds("\n".join((self.summary_edit.text(),
                                           self.notes_edit.toPlainText(),
                                           self.paste_edit.toPlainText())))
        self.set_masked(kinds)

    def set_masked(self, kinds: list[str]) -> None:
        self._masked_kinds = list(kinds)
        self.masked_line.setVisible(bool(kinds))
        if kinds:
            self.masked_line.setText(masking_explanation(kinds))
            self.masked_line.setAccessibleName(self.masked_line.text())

    # ---- pasted or dropped messages ------------------------------------------------

    def analyse_pasted(self) -> None:
        text = self.paste_edit.toPlainText()
        if not text.strip() or self.runner.busy:
            return
        channel, sender = self.channel, self.sender_edit.text().strip() or None
        self.runner.run(lambda: checked_from_text(text, channel, sender), self._analysed,
                        self._analysis_failed)

    def analyse_file(self, path: Path) -> None:
        if self.runner.busy:
            return
        self.runner.run(lambda: checked_from_file(path), self._analysed, self._analysis_failed)

    def _busy_changed(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.analyse_button.setEnabled(not busy)

    def _analysed(self, checked: Any) -> None:
        self.checked = checked
        self._analysis_error = False
        from vigilance_app.ui.journal.api import draft_from_checked, values_of_draft

        draft = draft_from_checked(checked, self._now())
        values = values_of_draft(draft)
        values.update(signs_of_draft(draft))
        if checked.raw is None and self.paste_edit.toPlainText().strip():
            values.setdefault("text", self.paste_edit.toPlainText()[:MAX_PASTE_CHARS])
        self.fill(values)
        self._render_analysis()
        self._check_sensitive()
        self.sender_changed.emit(self.sender_edit.text().strip())
        self.org_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _analysis_failed(self, exc: BaseException) -> None:
        self.checked = None
        self._analysis_error = True
        self._render_analysis()

    def _render_analysis(self) -> None:
        if self._analysis_error:
            self.analysis_line.setText(self.tr(
                "This message could not be analysed. You can still fill in the form and save "
                "it."))
        elif self.checked is not None:
            level = self.checked.analysis.risk.level
            self.analysis_line.setText(self.tr(
                "Analysed: %1. The form below was filled in from the message: check it and "
                "save.").replace("%1", labels.risk_name(level).lower()))
        else:
            self.analysis_line.hide()
            return
        self.analysis_line.setAccessibleName(self.analysis_line.text())
        self.analysis_line.show()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime is not None and mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.fill({"channel": "email"})
        self.analyse_file(paths[0])

    # ---- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(translate(CONTEXT, TITLES.get(self.channel, TITLES["phone_call"])))
        self.intro.setText(self.tr(
            "Write down what you remember; every field is optional. Ctrl+Enter saves."))
        if self.channel == "email":
            self.paste_label.setText(self.tr(
                "&Paste the email here, or drop the email file (.eml) on this form:"))
        else:
            self.paste_label.setText(self.tr("&Paste the message here:"))
        self.paste_edit.setAccessibleName(self.tr("Pasted message"))
        self.analyse_button.setText(self.tr("&Analyse and fill in the form"))
        self.analyse_button.setAccessibleName(self.tr("Analyse the pasted message"))
        self.busy_bar.setAccessibleName(self.tr("Analysis in progress"))
        self.org_label.setText(self.tr("&Who did they say they were?"))
        self.org_combo.setAccessibleName(self.tr("Who they said they were"))
        self.org_combo.lineEdit().setPlaceholderText(self.tr(
            "Choose in the list or write your own words"))
        self.sender_label.setText(translate(CONTEXT, SENDER_LABELS.get(self.channel,
                                                        SENDER_LABELS["phone_call"])))
        self.sender_edit.setAccessibleName(self.sender_label.text().replace("&", "").rstrip(":"))
        self.summary_label.setText(self.tr("What did they &ask for?"))
        self.summary_edit.setAccessibleName(self.tr("What they asked for"))
        self.summary_edit.setPlaceholderText(self.tr("For example: my card number to refund me"))
        self.reactions_title.setText(self.tr("What did you do? (tick all that apply)"))
        self.reactions_box.setAccessibleName(self.tr("What you did"))
        for code, box in self.reaction_boxes.items():
            box.setText(labels.reaction_name(code))
            box.setAccessibleName(labels.reaction_name(code))
        self.disclosed_title.setText(self.tr(
            "What did you give? (tick the kinds only: never write the numbers here)"))
        self.disclosed_box.setAccessibleName(self.tr("What you gave"))
        for code, box in self.disclosed_boxes.items():
            box.setText(labels.disclosed_name(code))
            box.setAccessibleName(labels.disclosed_name(code))
        self.signs_title.setText(self.tr(
            "Ticked: the warning signs of this contact. Untick one that is wrong, or add one."))
        self.signs_panel.setAccessibleName(self.tr("Warning signs"))
        self.add_flag_combo.setAccessibleName(self.tr("Add a warning sign"))
        self.add_flag_button.setText(self.tr("A&dd"))
        self.add_flag_button.setAccessibleName(self.tr("Add this warning sign"))
        self._render_signs()
        self.notes_label.setText(self.tr("N&otes (optional: what to remember, who you told):"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.when_label.setText(self.tr("&When? (now by default; Enter saves)"))
        self.when_edit.setAccessibleName(self.tr("When it happened"))
        self.repeat_button.setText(self.tr("Show the entries from this sender"))
        self.repeat_button.setAccessibleName(self.repeat_button.text())
        self.save_button.setText(self.tr("&Save in the journal"))
        self.save_button.setAccessibleName(self.tr("Save in the journal"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cance&l"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._reactions_changed()
        self._render_repeat()
        self._render_analysis()
        if self._masked_kinds:
            self.set_masked(self._masked_kinds)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._layout_reactions()
            self._layout_disclosed()
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


def flag_title(code: str, lang: str) -> tuple[str, str]:
    """(title, explanation) of a warning sign in plain words (analysis.flags.explain)."""
    try:
        from vigilance_app.analysis.flags import explain

        title, explanation, _todo = explain(code, lang if lang in ("fr", "en") else "fr")
        return title, explanation
    except Exception:  # an unknown code (older entry) or a damaged resource: the code
        return code, ""


def signs_of_draft(draft: Any) -> dict[str, Any]:
    """The form's "flags" and "disclosed" values from an EntryDraft."""
    return {"flags": [(f.code, f.origin, f.removed, f.evidence) for f in draft.flags],
            "disclosed": list(draft.disclosed)}


def save_with_signs(journal: Any, profile_id: int | None, values: dict[str, Any],
                    checked: Any, entry_id: int | None, now: datetime
                    ) -> tuple[int, list[str]]:
    """``journal_api.save`` with the form's warning signs and what was given on the draft
    (add or update; returns the entry id and the kinds of numbers that were masked)."""
    import dataclasses

    from vigilance_app.journal.repository import FlagDraft, masked_kinds_of
    from vigilance_app.sensitive import KINDS
    from vigilance_app.ui.journal.api import build_draft

    if profile_id is None:
        raise ValueError("No profile is open.")
    draft = build_draft(journal, values, checked, entry_id, now)
    changes: dict[str, Any] = {}
    if "flags" in values:
        changes["flags"] = [FlagDraft(code, origin, bool(removed), evidence)
                            for code, origin, removed, evidence in values["flags"]]
    if "disclosed" in values:
        changes["disclosed"] = list(values["disclosed"])
    draft = dataclasses.replace(draft, **changes)
    masked = masked_kinds_of(draft)
    if entry_id is None:
        entry_id = journal.add(profile_id, draft, now)
    else:
        journal.update(entry_id, draft, now)
    return entry_id, [k for k in KINDS if k in masked]
