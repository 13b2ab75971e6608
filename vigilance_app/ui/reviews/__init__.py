"""Account reviews: facade over the core (api), page (with the chosen account's details and
the reminder settings), review flow, account dialog, home panel, tray, notifier, scheduler
and texts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vigilance_app.ui.kit.shell import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vigilance_app.ui.kit.shell import Shell

CONTEXT = "ReviewsPage"


def _page(shell: Shell) -> QWidget:
    from vigilance_app.ui.reviews.page import make_reviews_page

    return make_reviews_page(shell)


def _home_panel(shell: Shell) -> QWidget | None:
    from vigilance_app.ui.reviews.home_panel import reviews_home_panel

    return reviews_home_panel(shell)


FEATURE = Feature("reviews", QT_TRANSLATE_NOOP("ReviewsPage", "Account checks"), CONTEXT,
                  _page, _home_panel)
