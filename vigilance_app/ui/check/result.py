"""The result of one checked message: the verdict first, a notice when part of it could not be
read, the two next steps, then each reason, the strongest first.

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
    QStyle,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.common import BulletList, plain_label
from vigilance_app.ui.kit.flow_layout import FlowLayout
from vigilance_app.ui.kit.i18n import translate, ui_language
from vigilance_app.ui.kit.theme import heading, set_font_role
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

# Why part of a message could not be read, in plain words (the parser's warning codes).
UNREAD_REASONS = {
    "too_many_parts": QT_TRANSLATE_NOOP("CheckPage", "it contains an abnormal number of parts"),
    "too_deep": QT_TRANSLATE_NOOP("CheckPage", "its parts are nested abnormally deep"),
    "header_too_long": QT_TRANSLATE_NOOP(
        "CheckPage", "one of its technical details (headers) is abnormally long"),
    "too_many_headers": QT_TRANSLATE_NOOP(
        "CheckPage", "it has an abnormal number of technical details (headers)"),
    "text_truncated": QT_TRANSLATE_NOOP("CheckPage", "its text is abnormally long"),
    "html_truncated": QT_TRANSLATE_NOOP("CheckPage", "its text is abnormally long"),
    "too_many_links": QT_TRANSLATE_NOOP("CheckPage", "it contains an abnormal number of links"),
    "unreadable_part": QT_TRANSLATE_NOOP("CheckPage", "one of its parts is damaged"),
}
# A code added to the parser later still gets words, never a raw code.
UNREAD_OTHER = QT_TRANSLATE_NOOP("CheckPage", "it is built in an unusual way")
UNREAD_NOTICE = QT_TRANSLATE_NOOP(
    "CheckPage", "Part of this message could not be read (%1). Scammers sometimes hide "
                 "dangerous content this way: do not trust this message.")
UNREAD_SEPARATOR = QT_TRANSLATE_NOOP("CheckPage", "; ")

# Flags whose evidence is words of the message: they are also shown in context.
IN_CONTEXT = frozenset({
    "asks_card_details", "asks_credentials", "asks_nir", "asks_bank_details",
    "payment_request", "urgency", "threat", "relative_impersonation", "remote_access",
    "too_good_to_be_true", "callback_number",
})
MAX_EXCERPTS = 2  # per reason
MAX_SHOWN = 50  # links or attachments listed
MAX_WORDS = 6  # words of the text model shown
MAX_WORD_CHARS = 60  # one "word" is a word: a longer one is cut
# The text model's words support the flags rather than prove anything on their own: they come
# after the strongest reasons (at most this many), and before flags that did not raise the score.
WORDS_AFTER = 2

# Bold, a marker background and quotes: never colour alone. The text colour is set with the
# background so the pair stays readable in any palette (dark or high contrast).
MARK_STYLE = "font-weight:bold; background-color:#ffe680; color:#000000;"


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2… replaced in one pass, like QString.arg: a value holding
    "%2" (a hostile file name) is never replaced again."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1]
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


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


def warnings_of(checked: Any) -> tuple[str, ...]:
    """The parser's warnings: what limits were hit while reading the message."""
    analysis = checked.analysis
    return tuple(getattr(analysis, "warnings", checked.parsed.warnings) or ())


def incomplete(checked: Any) -> bool:
    """Part of the message could not be read."""
    return bool(warnings_of(checked)) or not getattr(checked.analysis.risk, "complete", True)


def level_of(checked: Any) -> str:
    """The level shown: an unknown level reads as medium, and a message that was not read
    whole is never shown as low ("no clear sign" would be a claim about unread content)."""
    level = checked.analysis.risk.level
    if level not in VERDICTS:
        level = "medium"
    return "medium" if level == "low" and incomplete(checked) else level


def unread_reasons(codes: tuple[str, ...]) -> list[str]:
    """One phrase per distinct reason, in the order of the warnings."""
    phrases = [translate(CONTEXT, UNREAD_REASONS.get(code, UNREAD_OTHER)) for code in codes] or [
        translate(CONTEXT, UNREAD_OTHER)]
    return list(dict.fromkeys(phrases))


def unread_notice(checked: Any) -> str:
    return fill(translate(CONTEXT, UNREAD_NOTICE), translate(CONTEXT, UNREAD_SEPARATOR).join(
        unread_reasons(warnings_of(checked))))


def ordered_codes(analysis: Any) -> list[str]:
    """Flag codes to explain, the strongest first: the order of ``risk.reasons``, then the
    flags that did not raise the score in their usual order."""
    present = [flag.code for flag in analysis.flags]
    first = list(dict.fromkeys(analysis.risk.reasons))
    return first + [code for code in dict.fromkeys(present) if code not in first]


def scam_words(analysis: Any) -> list[str]:
    """The text model's words as written in the message (to find them in it), at most
    MAX_WORDS, none that would show as nothing; ``evidence_html`` makes them safe to show."""
    from vigilance_app.analysis.evidence import safe_text

    kept: dict[str, str] = {}  # as shown -> as written: one item per word shown
    for word in getattr(analysis.risk, "words", ()) or ():
        word = str(word)[:MAX_WORD_CHARS]
        shown = safe_text(word).strip()
        if shown and shown not in kept:
            kept[shown] = word
    return list(kept.values())[:MAX_WORDS]


def situation_of(checked: Any) -> str | None:
    """The plan for this message: by its channel (a letter or a visit has none)."""
    return situation_for([], checked.parsed.channel)


class _Context:
    """The message's subject and text, folded for look-ups once, when first needed."""

    def __init__(self, checked: Any) -> None:
        self.parsed = checked.parsed
        self._body: Any = None

    def body(self) -> Any:
        from vigilance_app.analysis.evidence import Searchable

        if self._body is None:
            self._body = Searchable("\n".join(
                p for p in (self.parsed.subject, self.parsed.text) if p))
        return self._body


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
        # Part of the message was not read: said in words, with an icon and a frame (never
        # colour alone), right under the verdict where it cannot be missed.
        self.notice = QFrame()
        self.notice.setObjectName("unreadNotice")
        self.notice.setFrameShape(QFrame.Shape.Box)
        self.notice.setFrameShadow(QFrame.Shadow.Plain)  # drawn in the text colour
        self.notice.setLineWidth(2)
        self.notice_icon = QLabel()
        self.notice_icon.setObjectName("unreadIcon")
        self.notice_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notice_label = plain_label()
        self.notice_label.setObjectName("unreadText")
        set_font_role(self.notice_label, bold=True)
        notice_row = QHBoxLayout(self.notice)
        notice_row.addWidget(self.notice_icon, 0, Qt.AlignmentFlag.AlignTop)
        notice_row.addWidget(self.notice_label, 1)
        self.notice.hide()
        self.journal_button = QPushButton()
        self.journal_button.setObjectName("addToJournal")
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("whatToDo")
        self.another_button = QPushButton()
        self.another_button.setObjectName("checkAnother")
        # Three buttons side by side do not fit at 200 %: they go to the next line instead.
        self.actions = QWidget()
        actions = FlowLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.journal_button, self.plan_button, self.another_button):
            actions.add(button)
        self.details = QVBoxLayout()
        self.details.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.level_label)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.actions)
        layout.addLayout(self.details)
        self.setTabOrder(self.verdict_label, self.journal_button)
        self.setTabOrder(self.journal_button, self.plan_button)
        self.setTabOrder(self.plan_button, self.another_button)
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
        self.another_button.setText(self.tr("Check &another message"))
        self.another_button.setAccessibleName(self.tr("Check another message"))
        self.another_button.setToolTip(self.tr("Empty the box to paste another message"))
        self.setAccessibleName(self.tr("Result"))
        checked = self.checked
        if checked is None:
            return
        analysis = checked.analysis
        lang = ui_language()
        if self.source_name:
            self.source_label.setText(self.tr("File: %1").replace("%1", self.source_name))
        self.source_label.setVisible(bool(self.source_name))
        level = level_of(checked)
        self.level_label.setText(translate(CONTEXT, LEVELS[level]))
        verdict = translate(CONTEXT, VERDICTS[level])
        self.verdict_label.setText(verdict)
        spoken = f"{self.level_label.text()}. {verdict}"
        if incomplete(checked):
            notice = unread_notice(checked)
            self.notice_label.setText(notice)
            self.notice.setAccessibleName(notice)
            self.notice_label.setAccessibleName(notice)
            self._notice_icon()
            spoken += f" {notice}"  # the verdict has the focus: the notice is heard with it
        self.notice.setVisible(incomplete(checked))
        self.verdict_label.setAccessibleName(spoken)
        self.plan_button.setVisible(self.situation() is not None)
        self._clear_details()
        self._render_flags(checked, lang)
        self._render_links(analysis)
        self._render_attachments(analysis, lang)
        self._no_links()

    def _notice_icon(self) -> None:
        size = self.notice_label.fontMetrics().height()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.notice_icon.setPixmap(icon.pixmap(size, size))
        self.notice_icon.setAccessibleName(" ")  # the words say it all

    def _render_flags(self, checked: Any, lang: str) -> None:
        analysis = checked.analysis
        found = {flag.code: flag for flag in analysis.flags}
        boxes: list[QFrame] = []
        strong = 0  # boxes for codes of risk.reasons, shown first
        reasons = set(analysis.risk.reasons)
        context = _Context(checked)
        # Parser warning codes as evidence (a message that hides content) are not words of the
        # message: the notice under the verdict already says them in words.
        unread = set(UNREAD_REASONS) | set(warnings_of(checked))
        for code in ordered_codes(analysis):
            box = self._flag_box(code, found.get(code), analysis, lang, context, unread)
            if box is None:
                continue
            boxes.append(box)
            strong += code in reasons
        words = scam_words(analysis)
        if words:
            boxes.insert(min(strong, WORDS_AFTER), self._words_box(words, context))
        if not boxes:
            return
        self._section(self.tr("Why"))
        for box in boxes:
            self._add(box)

    def _flag_box(self, code: str, flag: Any, analysis: Any, lang: str, context: _Context,
                  unread: set[str]) -> QFrame | None:
        """One reason: its title, what it means, what to do, and its evidence. A code of
        ``risk.reasons`` without a flag (no evidence) is explained when it is known."""
        from vigilance_app.analysis.flags import explain

        if flag is None:
            try:
                title, explanation, what_to_do = explain(code, lang)
            except (KeyError, ValueError):  # not a red flag: nothing to explain in words
                return None
        else:
            title, explanation, what_to_do = explain(flag.code, lang)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setObjectName("flag_" + code)
        box.setAccessibleName(title)
        inner = QVBoxLayout(box)
        inner.addWidget(heading(plain_label(title), level=3))
        inner.addWidget(plain_label(explanation))
        inner.addWidget(plain_label(self.tr("What to do: %1").replace("%1", what_to_do)))
        pieces = [piece for piece in (flag.evidence if flag is not None else ())
                  if piece not in unread]
        names = [a.filename or self.tr("(no name)") for a in analysis.attachments
                 if a.dangerous]
        files = code == "dangerous_attachment" and bool(names)
        if files:  # the file names; why each one is dangerous is listed below
            pieces = names
        if pieces:
            prefix = self.tr("Found in the message:")
            label = rich_label(evidence_html(prefix, pieces, defang=not files),
                               evidence_plain(prefix, pieces, defang=not files))
            label.setObjectName("evidence")
            inner.addWidget(label)
        if code in IN_CONTEXT:
            self._add_excerpts(inner, context, pieces)
        return box

    def _words_box(self, words: list[str], context: _Context) -> QFrame:
        """The text model's words as evidence the person can read, shown in context."""
        title = self.tr("Words often found in scams")
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setObjectName("scamWords")
        inner = QVBoxLayout(box)
        inner.addWidget(heading(plain_label(title), level=3))
        inner.addWidget(plain_label(self.tr(
            "This message uses words that often appear in fraudulent messages. On their own "
            "they prove nothing: they add to the other signs.")))
        prefix = self.tr("Found in the message:")
        label = rich_label(evidence_html(prefix, words), evidence_plain(prefix, words))
        label.setObjectName("evidence")
        inner.addWidget(label)
        box.setAccessibleName(evidence_plain(self.tr("Words often found in scams:"), words))
        self._add_excerpts(inner, context, words)
        return box

    def _add_excerpts(self, inner: QVBoxLayout, context: _Context, pieces: list[str]) -> None:
        """Up to MAX_EXCERPTS excerpts of the message around ``pieces``, highlighted, never
        the same part of the message twice."""
        body = context.body()
        shown: list[tuple[int, int]] = []
        for piece in pieces:
            span = body.locate(piece)
            if span is None or any(span[0] < end and start < span[1] for start, end in shown):
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
