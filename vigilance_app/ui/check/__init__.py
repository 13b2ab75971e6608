""""Is this a scam?": the page where a message is pasted or dropped (page), the analysis of
several files in turn (batch), what is checked and the words for failures (items), and the
result view (result)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vigilance_app.ui.kit.shell import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vigilance_app.ui.kit.shell import Shell

CONTEXT = "CheckPage"


def _page(shell: Shell) -> QWidget:
    from vigilance_app.ui.check.page import CheckPage

    page = CheckPage()
    page.add_to_journal_requested.connect(shell.open_journal_capture)
    page.plan_requested.connect(lambda situation: shell.show_plan(situation))
    return page


FEATURE = Feature("check", QT_TRANSLATE_NOOP("CheckPage", "Is this a scam?"), CONTEXT, _page)
