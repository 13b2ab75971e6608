"""The Help page: what Vigilance does and does not do, a short glossary, the official numbers
and About (version, licences).

Plain labels in titled panels, one column that scrolls; every paragraph can take the keyboard
focus (Tab moves from one to the next and the page scrolls to it), so the page can be read
with the keyboard and a screen reader, at any text size.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

import vigilance_app
from vigilance_app.ui.help.licences import Library, libraries
from vigilance_app.ui.kit.common import VerticalScrollArea, plain_label
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.panel import Panel
from vigilance_app.ui.kit.theme import heading, set_font_role


def readable_label() -> QLabel:
    """A paragraph that Tab reaches and whose text can be selected with the keyboard."""
    label = plain_label()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


class HelpPage(Retranslatable, QWidget):
    """The page hosted by the main window (key "help", F1)."""

    GLOSSARY_TERMS = 5
    NUMBERS = 4

    def __init__(self, parent: QWidget | None = None,
                 libraries_found: list[Library] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPage")
        self.libraries = libraries() if libraries_found is None else libraries_found
        self.title = heading(plain_label(), 1)

        self.does_panel = Panel()
        self.does_text = readable_label()
        self.does_not_text = readable_label()
        self.does_panel.body.addWidget(self.does_text)
        self.does_panel.body.addWidget(self.does_not_text)

        self.glossary_panel = Panel()
        # Each word in bold on its own line, its meaning below (the meaning's accessible name
        # starts with the word, for whoever reads with a screen reader).
        self.glossary_terms = [plain_label() for _ in range(self.GLOSSARY_TERMS)]
        self.glossary = [readable_label() for _ in range(self.GLOSSARY_TERMS)]
        for term, meaning in zip(self.glossary_terms, self.glossary, strict=True):
            set_font_role(term, bold=True)
            self.glossary_panel.body.addWidget(term)
            self.glossary_panel.body.addWidget(meaning)

        self.numbers_panel = Panel()
        self.numbers = [readable_label() for _ in range(self.NUMBERS)]
        for label in self.numbers:
            self.numbers_panel.body.addWidget(label)

        self.keys_panel = Panel()
        self.keys_text = readable_label()
        self.keys_panel.body.addWidget(self.keys_text)

        self.about_panel = Panel()
        self.version_text = readable_label()
        self.version_text.setObjectName("helpVersion")
        self.licence_text = readable_label()
        self.libraries_text = readable_label()
        self.libraries_text.setObjectName("helpLibraries")
        for label in (self.version_text, self.licence_text, self.libraries_text):
            self.about_panel.body.addWidget(label)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(12)
        column.addWidget(self.title)
        for panel in (self.does_panel, self.glossary_panel, self.numbers_panel,
                      self.keys_panel, self.about_panel):
            column.addWidget(panel)
        column.addStretch(1)
        self.scroll_area = VerticalScrollArea(content)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.retranslate()

    def paragraphs(self) -> list[QLabel]:
        """Every paragraph, in reading (and Tab) order."""
        return [self.does_text, self.does_not_text, *self.glossary, *self.numbers,
                self.keys_text, self.version_text, self.licence_text, self.libraries_text]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Help"))
        self.does_panel.heading.setText(self.tr("What Vigilance does, and does not do"))
        self.does_text.setText(self.tr(
            "Vigilance helps you keep a private journal of suspicious messages, calls and "
            "letters; it tells you whether a message looks like a scam, reminds you to check "
            "your accounts, and explains what to do, step by step, with the official advice."))
        self.does_not_text.setText(self.tr(
            "Vigilance sends nothing over the internet: everything stays on this computer, "
            "encrypted. It does not block calls or messages, it does not look at your bank "
            "accounts for you, and it does not replace your bank, the police or the Assurance "
            "Maladie."))

        self.glossary_panel.heading.setText(self.tr("Words you may meet"))
        terms = [
            (self.tr("Link"), self.tr(
                "An address in a message that opens a web page when you click it. A scam "
                "link often imitates a real address: never click a link in a suspicious "
                "message.")),
            (self.tr("Attachment"), self.tr(
                "A file sent with an email (a document, a picture). Do not open an "
                "attachment you did not expect, even if the sender seems known.")),
            (self.tr("Phishing"), self.tr(
                "A message that pretends to come from your bank, the Assurance Maladie or "
                "another body you trust, to make you give your passwords, your card number "
                "or money.")),
            (self.tr(".eml file"), self.tr(
                "An email saved as a file, with everything it contains. Your mail program "
                "can save a message this way, and Vigilance can read it.")),
            (self.tr("Keyring"), self.tr(
                "The computer's protected storage for keys. Vigilance can keep the key to "
                "your journal there, so that it opens without a password when you are "
                "logged in to this computer.")),
        ]
        for term_label, label, (term, meaning) in zip(self.glossary_terms, self.glossary, terms,
                                                      strict=True):
            term_label.setText(term)
            label.setText(meaning)
            label.setAccessibleName(self.tr("%1: %2").replace("%1", term).replace("%2", meaning))

        self.numbers_panel.heading.setText(self.tr("Official numbers"))
        numbers = [
            self.tr("Bank card stolen or card details given: call your bank, or the "
                    "interbank opposition line 0 892 705 705 (every day, at any hour; "
                    "premium-rate call; +33 4 42 60 53 03 from abroad)."),
            self.tr("A scam SMS: forward it, free of charge, to 33700. For a scam call, send "
                    "\u201cspam vocal\u201d and the caller's number to 33700."),
            self.tr("17Cyber (17cyber.gouv.fr): the police and gendarmerie's online help "
                    "against cybercrime, every day, at any hour."),
            self.tr("In an emergency, call 17 (police) or 112."),
        ]
        for label, text in zip(self.numbers, numbers, strict=True):
            label.setText(text)

        self.keys_panel.heading.setText(self.tr("Keyboard"))
        self.keys_text.setText(self.tr(
            "F1 opens this help. Ctrl+1 to Ctrl+7 open the sections in the order of the menu. "
            "Tab moves to the next control, Shift+Tab to the previous one. Ctrl+L locks "
            "Vigilance when it has an app password."))

        self.about_panel.heading.setText(self.tr("About Vigilance"))
        self.version_text.setText(self.tr("Vigilance, version %1.").replace(
            "%1", vigilance_app.__version__))
        self.licence_text.setText(self.tr(
            "Vigilance is free software under the GNU General Public License, version 3 or "
            "later. Its window uses Qt and PySide6 (Qt for Python), under the GNU Lesser "
            "General Public License, version 3 (LGPLv3)."))
        lines = [self.tr("It also uses these libraries:")]
        for library in self.libraries:
            licence = library.licence or self.tr("licence given with the library")
            lines.append(self.tr("%1 %2 \u2014 licence: %3").replace("%1", library.name)
                         .replace("%2", library.version).replace("%3", licence))
        self.libraries_text.setText("\n".join(lines))
