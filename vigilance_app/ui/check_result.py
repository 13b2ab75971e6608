"""The result of one checked message: the verdict first, the two next steps, then each reason.

Everything shown here comes from a hostile message. Plain-text labels carry most of it; the
evidence of each reason is highlighted, so those labels are rich text built here, and only
here, from pieces that all go through ``html.escape`` (``evidence_html``/``excerpt_html``):
the message can never add a tag, a link or an image. Links and domains are defanged
(``hxxps://ameli-secu[.]xyz``) and no label offers a link.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.common import BulletList, plain_label
from vigilance_app.ui.i18n import current_language
from vigilance_app.ui.theme import heading
from vigilance_app.vocabulary import situation_for

CONTEXT = "CheckPage"  # the verdicts (tables of strings); the rest is in "ResultView"

LEVELS = {
    "high": QT_TRANSLATE_NOOP("CheckPage", "Risk level: high"),
    "medium": QT_TRANSLATE_NOOP("CheckPage", "Risk level: medium"),
    "low": QT_TRANSLATE_NOOP("CheckPage", "Risk level: low"),
}

VERDICTS = {
    "high": QT_TRANSLATE_NOOP("CheckPage", "Very likely a scam. Do not reply, do not click."),
    "medium": QT_TRANSLATE_NOOP(
        "CheckPage", "Some signs of a scam. Be careful: check with the organisation through "
                     "its usual contact details before doing anything."),
    "low": QT_TRANSLATE_NOOP("CheckPage", "No clear sign of a scam found. Stay careful."),
}

# Flags whose evidence is words of the message: they are also shown in context.
IN_CONTEXT = frozenset({
    "asks_card_details", "asks_credentials", "asks_nir", "asks_bank_details",
    "payment_request", "urgency", "threat", "relative_impersonation", "remote_access",
    "too_good_to_be_true", "callback_number",
})
MAX_EXCERPTS = 2  # per reason
MAX_SHOWN = 50  # links or attachments listed

# Bold, a marker background and quotes: never colour alone. The text colour is set with the
# background so the pair stays readable in any palette (dark or high contrast).
MARK_STYLE = "font-weight:bold; background-color:#ffe680; color:#000000;"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2… replaced in one pass, like QString.arg: a value holding
    "%2" (a hostile file name) is never replaced again."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1]
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


def explain_lang() -> str:
    app = QCoreApplication.instance()
    return current_language(app) if app is not None else "fr"


def _quoted(piece: str) -> str:
    """The piece between the language's quotes (“…” in English, « … » in French)."""
    return QCoreApplication.translate("ResultView", "“%1”").replace("%1", piece)


def mark(piece: str) -> str:
    """One piece of evidence, escaped, in bold on a marker background, between quotes."""
    return f'<span style="{MARK_STYLE}">{html.escape(_quoted(piece))}</span>'


def evidence_html(prefix: str, pieces: list[str], defang: bool = True) -> str:
    """``prefix`` then every piece marked; every piece of text escaped. Pieces are made safe
    to show (web addresses defanged unless ``defang`` is False: file names)."""
    from vigilance_app.analysis.evidence import safe_text

    marked = ", ".join(mark(safe_text(piece, defang=defang)) for piece in pieces)
    return f"{html.escape(prefix)} {marked}"


def evidence_plain(prefix: str, pieces: list[str], defang: bool = True) -> str:
    """What a screen reader says for ``evidence_html`` (no markup, quotes kept)."""
    from vigilance_app.analysis.evidence import safe_text

    return f"{prefix} " + ", ".join(_quoted(safe_text(piece, defang=defang))
                                    for piece in pieces)


def excerpt_html(excerpt: Any) -> str:
    return (html.escape(excerpt.before) + mark(excerpt.match) + html.escape(excerpt.after))


def excerpt_plain(excerpt: Any) -> str:
    return excerpt.before + _quoted(excerpt.match) + excerpt.after


def rich_label(text: str, plain: str) -> QLabel:
    """A label for markup built by this module only (see the module docstring)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(text)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(plain)
    return label


def situation_of(checked: Any) -> str | None:
    """The plan for this message: by its channel (a letter or a visit has none)."""
    return situation_for([], checked.parsed.channel)


class ResultView(QFrame):
    """Shows one ``CheckedMessage``; the page listens to the two buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkResult")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.checked: Any = None
        self.source_name: str | None = None
        self.source_label = plain_label()
        self.source_label.setObjectName("resultSource")
        self.level_label = heading(plain_label(), level=2)
        self.level_label.setObjectName("riskLevel")
        self.verdict_label = heading(plain_label(), level=1)
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.journal_button = QPushButton()
        self.journal_button.setObjectName("addToJournal")
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("whatToDo")
        actions = QHBoxLayout()
        actions.addWidget(self.journal_button)
        actions.addWidget(self.plan_button)
        actions.addStretch(1)
        self.details = QVBoxLayout()
        self.details.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.level_label)
        layout.addWidget(self.verdict_label)
        layout.addLayout(actions)
        layout.addLayout(self.details)
        self.setTabOrder(self.verdict_label, self.journal_button)
        self.setTabOrder(self.journal_button, self.plan_button)
        self.source_label.hide()

    def situation(self) -> str | None:
        return situation_of(self.checked) if self.checked is not None else None

    def show_checked(self, checked: Any, source_name: str | None = None) -> None:
        self.checked = checked
        self.source_name = source_name
        self.render()

    def clear(self) -> None:
        self.checked = None
        self.source_name = None
        self._clear_details()

    # ---- building ------------------------------------------------------------------

    def _clear_details(self) -> None:
        while self.details.count():
            item = self.details.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _add(self, widget: QWidget) -> QWidget:
        self.details.addWidget(widget)
        return widget

    def _section(self, title: str) -> None:
        self._add(heading(plain_label(title), level=2))

    def _message_label(self, text: str, name: str) -> QLabel:
        """Text from the message: plain, selectable with the mouse at most, never a link."""
        label = plain_label(text)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._add(label)
        return label

    def render(self) -> None:
        """(Re)build everything for ``self.checked`` in the current language."""
        self.journal_button.setText(self.tr("Add to the &journal"))
        self.journal_button.setAccessibleName(self.tr("Add to the journal"))
        self.journal_button.setToolTip(self.tr(
            "Keep this message in the journal, with what you did about it"))
        self.plan_button.setText(self.tr("&What to do now?"))
        self.plan_button.setAccessibleName(self.tr("What to do now?"))
        self.plan_button.setToolTip(self.tr("Open the step-by-step plan for this kind of message"))
        self.setAccessibleName(self.tr("Result"))
        checked = self.checked
        if checked is None:
            return
        analysis = checked.analysis
        lang = explain_lang()
        if self.source_name:
            self.source_label.setText(self.tr("File: %1").replace("%1", self.source_name))
        self.source_label.setVisible(bool(self.source_name))
        level = analysis.risk.level
        self.level_label.setText(_tr(LEVELS.get(level, LEVELS["medium"])))
        verdict = _tr(VERDICTS.get(level, VERDICTS["medium"]))
        self.verdict_label.setText(verdict)
        self.verdict_label.setAccessibleName(f"{self.level_label.text()}. {verdict}")
        self.plan_button.setVisible(self.situation() is not None)
        self._clear_details()
        self._render_flags(checked, lang)
        self._render_links(analysis)
        self._render_attachments(analysis, lang)
        self._no_links()

    def _render_flags(self, checked: Any, lang: str) -> None:
        from vigilance_app.analysis.evidence import Searchable
        from vigilance_app.analysis.flags import explain

        analysis = checked.analysis
        if not analysis.flags:
            return
        self._section(self.tr("Why"))
        parsed = checked.parsed
        body: Searchable | None = None
        for flag in analysis.flags:
            title, explanation, what_to_do = explain(flag.code, lang)
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            box.setObjectName("flag_" + flag.code)
            inner = QVBoxLayout(box)
            inner.addWidget(heading(plain_label(title), level=3))
            inner.addWidget(plain_label(explanation))
            inner.addWidget(plain_label(self.tr("What to do: %1").replace("%1", what_to_do)))
            pieces = list(flag.evidence)
            names = [a.filename or self.tr("(no name)") for a in analysis.attachments
                     if a.dangerous]
            files = flag.code == "dangerous_attachment" and bool(names)
            if files:  # the file names; why each one is dangerous is listed below
                pieces = names
            if pieces:
                prefix = self.tr("Found in the message:")
                label = rich_label(evidence_html(prefix, pieces, defang=not files),
                                   evidence_plain(prefix, pieces, defang=not files))
                label.setObjectName("evidence")
                inner.addWidget(label)
            if flag.code in IN_CONTEXT:
                if body is None:
                    body = Searchable("\n".join(p for p in (parsed.subject, parsed.text) if p))
                shown: list[tuple[int, int]] = []  # spans already shown: no repeats
                for piece in pieces:
                    span = body.locate(piece)
                    if span is None or any(span[0] < end and start < span[1]
                                           for start, end in shown):
                        continue
                    found = body.excerpt(piece)
                    if found is None:
                        continue
                    label = rich_label(excerpt_html(found), excerpt_plain(found))
                    label.setObjectName("excerpt")
                    label.setIndent(self.fontMetrics().averageCharWidth() * 2)
                    inner.addWidget(label)
                    shown.append(span)
                    if len(shown) >= MAX_EXCERPTS:
                        break
            self._add(box)

    def _render_links(self, analysis: Any) -> None:
        if not analysis.links:
            return
        self._section(self.tr("Links in the message (made harmless, not clickable)"))
        shown = dict.fromkeys(link.defanged for link in analysis.links)  # never the live one
        for defanged in list(shown)[:MAX_SHOWN]:
            self._message_label(defanged, "link")
        if len(shown) > MAX_SHOWN:
            self._add(plain_label(self.tr("%1 more links are not shown.").replace(
                "%1", str(len(shown) - MAX_SHOWN))))

    def _render_attachments(self, analysis: Any, lang: str) -> None:
        from vigilance_app.analysis.attachment_reasons import explain_reasons

        if not analysis.attachments:
            return
        self._section(self.tr("Attachments (not opened)"))
        for attachment in analysis.attachments[:MAX_SHOWN]:
            name = attachment.filename or self.tr("(no name)")
            if not attachment.dangerous:
                self._message_label(self.tr("%1: not flagged").replace("%1", name), "attachment")
                continue
            self._message_label(self.tr("%1: dangerous, do not open it").replace("%1", name),
                                "attachment")
            reasons = explain_reasons(attachment.reasons, lang) or [self.tr(
                "This kind of file can act on your device when it is opened.")]
            bullets = BulletList()
            bullets.setObjectName("attachmentReasons")
            bullets.set_items(reasons)
            bullets.setAccessibleName(self.tr("Why %1 is dangerous").replace("%1", name))
            self._add(bullets)
        if len(analysis.attachments) > MAX_SHOWN:
            self._add(plain_label(self.tr("%1 more attachments are not shown.").replace(
                "%1", str(len(analysis.attachments) - MAX_SHOWN))))

    def _no_links(self) -> None:
        no_links(self)


def no_links(widget: QWidget) -> None:
    """No label inside ``widget`` ever offers a link, whatever its text."""
    links = (Qt.TextInteractionFlag.LinksAccessibleByMouse
             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    for label in widget.findChildren(QLabel):
        label.setOpenExternalLinks(False)
        label.setTextInteractionFlags(label.textInteractionFlags() & ~links)
