"""Help: what Vigilance does and does not do, a glossary in plain words, the official numbers,
and About (version and licences). F1 opens it from anywhere in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vigilance_app.ui.kit.shell import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vigilance_app.ui.kit.shell import Shell

CONTEXT = "HelpPage"


def _page(shell: Shell) -> QWidget:
    from vigilance_app.ui.help.page import HelpPage

    return HelpPage()


FEATURE = Feature("help", QT_TRANSLATE_NOOP("HelpPage", "Help"), CONTEXT, _page)
