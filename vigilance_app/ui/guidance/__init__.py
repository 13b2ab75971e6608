"""What to do: the guidance page, a plan's steps, the breach checklist, the one-page PDF, the
words of urgency, the home panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vigilance_app.ui.kit.shell import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vigilance_app.ui.kit.shell import Shell

CONTEXT = "GuidancePage"


def _page(shell: Shell) -> QWidget:
    from vigilance_app.ui.guidance.page import GuidancePage

    return GuidancePage(shell.services)


def _home_panel(shell: Shell) -> QWidget | None:
    from vigilance_app.ui.guidance.home_panel import make_guidance_home_panel

    return make_guidance_home_panel(shell)


FEATURE = Feature("guidance", QT_TRANSLATE_NOOP("GuidancePage", "What to do?"), CONTEXT,
                  _page, _home_panel)
