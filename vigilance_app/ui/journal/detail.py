"""One journal entry shown in full, as plain text.

Everything here may come from a criminal: labels are plain text, links are shown defanged and
never clickable, copying a real address asks first, attachments are only listed (name, type,
size) and never written to disk, opened or previewed.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vigilance_app import vocabulary
from vigilance_app.ui.journal import labels as labels
from vigilance_app.ui.kit.accessible import container_scroll_area
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.flow_layout import FlowLayout
from vigilance_app.ui.kit.i18n import Retranslatable, ui_language
from vigilance_app.ui.kit.person_words import PersonWords
from vigilance_app.ui.kit.theme import heading

MAX_SHOWN_LINKS = 30
MAX_SHOWN_ATTACHMENTS = 30
MAX_BODY_CHARS = 100_000

_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'`]{1,2048}")


def defang_text(text: str) -> str:
    """The message text with every web address made harmless (``hxxps://x[.]fr``)."""
    from vigilance_app.analysis.links import describe
    from vigilance_app.analysis.message import Link

    def swap(match: re.Match[str]) -> str:
        url = match.group(0).rstrip(".,;:!?)»\"'")
        tail = match.group(0)[len(url):]
        return describe(Link(target=url)).defanged + tail

    return _URL.sub(swap, text[:MAX_BODY_CHARS])


def defanged(url: str) -> str:
    from vigilance_app.analysis.links import describe
    from vigilance_app.analysis.message import Link

    return describe(Link(target=url)).defanged


def _no_links(label: QLabel) -> QLabel:
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class EntryDetailView(Retranslatable, QWidget):
    """Signals: ``edit_requested(id)``, ``delete_requested(id)``, ``handled_requested(id)``,
    ``plan_requested(situation, id)``, ``sender_requested(identifier)``."""

    edit_requested = Signal("qlonglong")
    delete_requested = Signal("qlonglong")
    handled_requested = Signal("qlonglong")
    report_requested = Signal("qlonglong")
    plan_requested = Signal(str, "qlonglong")
    sender_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalDetail")
        self.detail: dict[str, Any] | None = None
        self.words = PersonWords()  # whose journal: "What you did" or "What Jeanne did"
        self.history: dict[str, tuple[int, Any]] = {}  # sender → (count, first seen)
        self.confirm_copy = self._confirm_copy  # replaced in tests

        self.empty_label = plain_label()
        self.empty_label.setObjectName("detailEmpty")
        self.body = QWidget()
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(6)

        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editButton")
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.handled_button = QPushButton()
        self.handled_button.setObjectName("handledButton")
        self.handled_button.clicked.connect(lambda: self._emit(self.handled_requested))
        self.report_button = QPushButton()
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(lambda: self._emit(self.report_requested))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.buttons = QWidget()
        row = FlowLayout(self.buttons)
        for button in (self.edit_button, self.handled_button, self.report_button,
                       self.delete_button):
            row.add(button)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.empty_label)
        column.addWidget(self.buttons)
        column.addWidget(self.body)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        container_scroll_area(self.scroll)  # no invisible Tab stop
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.copied_url: str | None = None
        self.retranslate()

    # ---- content -------------------------------------------------------------------

    def show_detail(self, detail: dict[str, Any] | None,
                    history: dict[str, tuple[int, Any]] | None = None) -> None:
        """``detail`` from ``api.detail_values``; ``history`` per sender shown."""
        self.detail = detail
        self.history = history or {}
        self._render()

    def _emit(self, signal: Any) -> None:
        if self.detail is not None:
            signal.emit(int(self.detail["id"]))

    def _clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _line(self, text: str, name: str = "") -> QLabel:
        label = _no_links(plain_label(text))
        if name:
            label.setObjectName(name)
        self.rows.addWidget(label)
        return label

    def _section(self, text: str) -> None:
        self.rows.addWidget(heading(plain_label(text), level=3))

    def _render(self) -> None:
        self._clear()
        d = self.detail
        self.empty_label.setVisible(d is None)
        self.buttons.setVisible(d is not None)
        self.body.setVisible(d is not None)
        if d is None:
            return
        self.handled_button.setVisible(d.get("status") != "handled")
        self._render_contact(d)
        self._render_reactions(d)
        self._render_flags(list(d.get("flags") or ()))
        self._render_links(list(dict.fromkeys(d.get("links") or ())))
        self._render_attachments(list(d.get("attachments") or ()))
        self._render_record(d)
        if d.get("text"):
            self._render_text(d["text"])

    def _render_contact(self, d: dict[str, Any]) -> None:
        """The heading, the status, who they said they were, the senders and the request."""
        title = self.tr("%1, %2").replace("%1", labels.channel_name(d.get("channel"))).replace(
            "%2", labels.format_datetime(d.get("received_at")))
        self.rows.addWidget(heading(_no_links(plain_label(title)), level=2))
        self._line(labels.status_name(d.get("status")) + (
            " · " + labels.risk_name(d.get("risk")) if d.get("risk") else ""), "detailStatus")

        if d.get("organization"):
            self._line(self.tr("Claimed to be: %1").replace("%1", d["organization"]), "detailOrg")
        from vigilance_app.ui.journal.api import shown_identifier

        addresses = [(sender, self.tr("From: %1"), "detailSender")
                     for sender in d.get("senders") or ()]
        addresses += [(sender, self.tr("Reply to: %1"), "detailReplyTo")
                      for sender in d.get("reply_to") or ()]
        for sender, template, name in addresses:
            self._line(template.replace("%1", shown_identifier(sender)), name)
            count, since = self.history.get(sender, (0, None))
            if count > 1:
                self._line(self.tr("Seen %1 times since %2.").replace("%1", str(count)).replace(
                    "%2", labels.format_day(since)), "detailSeen")
                button = QPushButton(self.tr("Show the %1 entries from this sender").replace(
                    "%1", str(count)))
                button.setAccessibleName(button.text())
                button.setObjectName("senderButton")
                button.clicked.connect(lambda _=False, s=sender: self.sender_requested.emit(s))
                self.rows.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        if d.get("summary"):
            self._line(self.tr("What they asked for: %1").replace("%1", d["summary"]),
                       "detailSummary")

    def _render_reactions(self, d: dict[str, Any]) -> None:
        """What the person did (with the plan after a risky reaction), and what was masked."""
        reactions = list(d.get("reactions") or ())
        if reactions:
            self._line(self.words.pick(
                self.tr("What you did: {reactions}"), self.tr("What {name} did: {reactions}"),
                reactions=", ".join(labels.reaction_name(code, short=True)
                                    for code in reactions)),
                "detailReactions")
        situation = vocabulary.situation_for(reactions, d.get("channel"))
        if any(code in vocabulary.RISKY_REACTIONS for code in reactions) and situation:
            button = QPushButton(self.tr("See what to do now (step-by-step plan)"))
            button.setObjectName("planButton")
            button.setAccessibleName(button.text())
            button.clicked.connect(
                lambda _=False, s=situation: self.plan_requested.emit(s, int(d["id"])))
            self.rows.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

        if d.get("masked_kinds"):
            from vigilance_app.ui.journal.capture import masking_explanation

            self._line(masking_explanation(list(d["masked_kinds"])), "detailMasked")

    def _render_flags(self, flags: list[str]) -> None:
        if flags:
            self._section(self.tr("Warning signs"))
            from vigilance_app.analysis.flags import explain

            lang = ui_language()
            for code in flags:
                try:
                    title = explain(code, lang)[0]
                except Exception:  # an unknown code from an older version: show it as is
                    title = code
                self._line("• " + title, "detailFlag")

    def _render_links(self, links: list[str]) -> None:
        """Each link defanged, with a button that copies the real address after a warning."""
        if links:
            self._section(self.tr("Links (made harmless, not clickable)"))
            for url in links[:MAX_SHOWN_LINKS]:
                line = QHBoxLayout()
                label = _no_links(plain_label(defanged(url)))
                label.setObjectName("detailLink")
                copy = QPushButton(self.tr("Copy the real address…"))
                copy.setObjectName("copyLinkButton")
                copy.setAccessibleName(self.tr("Copy the real address of %1").replace(
                    "%1", label.text()))
                copy.clicked.connect(lambda _=False, u=url: self.copy_real_address(u))
                line.addWidget(label, 1)
                line.addWidget(copy)
                holder = QWidget()
                holder.setLayout(line)
                line.setContentsMargins(0, 0, 0, 0)
                self.rows.addWidget(holder)
            if len(links) > MAX_SHOWN_LINKS:
                self._line(self.tr("%1 more links are not shown.").replace(
                    "%1", str(len(links) - MAX_SHOWN_LINKS)))

    def _render_attachments(self, attachments: list[Any]) -> None:
        if attachments:
            self._section(self.tr("Attachments (listed only, never opened)"))
            for name, kind, size, dangerous in attachments[:MAX_SHOWN_ATTACHMENTS]:
                text = self.tr("%1 (%2, %3 bytes)").replace(
                    "%1", name or self.tr("(no name)")).replace(
                    "%2", kind or "?").replace("%3", str(size))
                if dangerous:
                    text += " — " + self.tr("dangerous: do not open it")
                self._line(text, "detailAttachment")

    def _render_record(self, d: dict[str, Any]) -> None:
        """What was given, the reports, the tags, the notes, the original kept."""
        if d.get("disclosed"):
            self._line(self.tr("What was given: %1").replace("%1", ", ".join(
                labels.disclosed_name(code) for code in d["disclosed"])), "detailDisclosed")
        for where, day, note in d.get("reports") or ():
            text = self.tr("Reported to %1").replace("%1", labels.report_name(where))
            if day is not None:
                text = self.tr("%1, on %2").replace("%1", text).replace(
                    "%2", labels.format_date(day))
            if note:
                text = self.tr("%1 (%2)").replace("%1", text).replace("%2", note)
            self._line(text, "detailReport")
        if d.get("tags"):
            self._line(self.tr("Tags: %1").replace("%1", ", ".join(d["tags"])), "detailTags")
        if d.get("notes"):
            self._line(self.tr("Notes: %1").replace("%1", d["notes"]), "detailNotes")
        if d.get("has_original"):
            self._line(self.tr("Original email kept as evidence, encrypted in the journal (it "
                               "may contain numbers in clear)."), "detailOriginal")

    def _render_text(self, body: str) -> None:
        self._section(self.tr("Message text (shown as plain text, links made harmless)"))
        text = QPlainTextEdit()
        text.setObjectName("detailText")
        text.setReadOnly(True)
        text.setPlainText(defang_text(body))
        text.setAccessibleName(self.tr("Message text"))
        text.setTabChangesFocus(True)
        text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        text.setMinimumHeight(self.fontMetrics().height() * 8)
        self.rows.addWidget(text)

    # ---- copying a real address ----------------------------------------------------

    def _confirm_copy(self, shown: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Copy the real address?"),
                          self.tr("The real address of %1 will be copied. Do not open it in "
                                  "your browser: copy it only to report it (for example to "
                                  "Phishing Initiative or signal-spam).").replace("%1", shown),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def copy_real_address(self, url: str) -> bool:
        if not self.confirm_copy(defanged(url)):
            return False
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(url)
        self.copied_url = url
        return True

    # ---- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.empty_label.setText(self.tr(
            "Choose an entry in the list to see everything about it here."))
        self.edit_button.setText(self.tr("&Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit this entry"))
        self.handled_button.setText(self.tr("Mark as &handled"))
        self.handled_button.setAccessibleName(self.tr("Mark this entry as handled"))
        self.report_button.setText(self.tr("I &reported it…"))
        self.report_button.setAccessibleName(self.tr("Record where you reported this entry"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete this entry"))
        self.scroll.setAccessibleName(self.tr("Entry details"))
        self._render()


