"""The journal of suspicious contacts: facade over the core (api); the page and its parts
(search bar, entry list, message bars, actions on entries, quick capture flow); the quick
capture form and its sections; entry detail, table model, import, labels, report dialog,
home panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vigilance_app.ui.kit.shell import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vigilance_app.ui.kit.shell import Shell

CONTEXT = "JournalPage"


def _page(shell: Shell) -> QWidget:
    from vigilance_app.ui.journal.page import make_page

    return make_page(shell)


def _home_panel(shell: Shell) -> QWidget | None:
    from vigilance_app.ui.journal.home_panel import make_panel

    return make_panel(shell)


FEATURE = Feature("journal", QT_TRANSLATE_NOOP("JournalPage", "Journal"), CONTEXT, _page,
                  _home_panel)
