"""Settings: language, text size and contrast, how the journal opens, the app password and
recovery key, the idle lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vigilance_app.ui.kit.shell import Feature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vigilance_app.ui.kit.shell import Shell

CONTEXT = "SettingsPage"


def _page(shell: Shell) -> QWidget:
    from vigilance_app.ui.settings.page import SettingsPage

    return SettingsPage(shell.services)


FEATURE = Feature("settings", QT_TRANSLATE_NOOP("SettingsPage", "Settings"), CONTEXT, _page)
