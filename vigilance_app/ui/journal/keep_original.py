"""The choice to keep the original email file as evidence, offered where an email goes into
the journal (the import of email files, and the capture form once an email file was read).

The original is stored exactly as received (inside the encrypted store): a card number, a
social-security number or an IBAN in it stays readable, unlike every field of the entry,
which is masked. So it is kept only when the person ticks the box; the box starts unticked
and remembers the choice until the app closes (never on disk), in every place it is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vigilance_app.ui.kit.common import WrappingCheckBox
from vigilance_app.ui.kit.i18n import Retranslatable, translate

CONTEXT = "KeepOriginal"
PROPERTY = "vigilance_keep_original"  # on the application: the session's choice

TEXT = QT_TRANSLATE_NOOP(
    "KeepOriginal", "&Keep the original email as evidence (it may contain numbers in clear)")
TIP = QT_TRANSLATE_NOOP(
    "KeepOriginal", "The journal masks card, social-security and bank account numbers. The "
                    "original email file is kept as it was received, encrypted with the "
                    "journal: keep it only if you may need it as evidence.")


def remembered() -> bool:
    """The choice made earlier in this session (unticked until the person ticks it)."""
    app = QCoreApplication.instance()
    return bool(app.property(PROPERTY)) if app is not None else False


def remember(keep: bool) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(PROPERTY, bool(keep))


class KeepOriginalBox(Retranslatable, WrappingCheckBox):
    """The check box; it shows the session's choice whenever it is shown."""

    def __init__(self, name: str = "keepOriginal", parent: Any = None) -> None:
        super().__init__("", parent)
        self.setObjectName(name)
        self.box.setObjectName(name + "Box")
        self.box.setChecked(remembered())
        self.toggled.connect(remember)
        self.retranslate()

    def showEvent(self, event: Any) -> None:
        self.box.setChecked(remembered())
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setText(translate(CONTEXT, TEXT))
        self.box.setToolTip(translate(CONTEXT, TIP))
        self.box.setAccessibleDescription(translate(CONTEXT, TIP))
