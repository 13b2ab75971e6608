"""How the main window reaches the guidance capability: the page title, the page factory and
the Home panel factory. Light on purpose (imported at start-up): the page itself is imported
the first time it is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "GuidancePage"
TITLE = QT_TRANSLATE_NOOP("GuidancePage", "What to do?")


def guidance_page(window: Any) -> Any:
    from vigilance_app.ui.guidance.page import GuidancePage

    return GuidancePage(window.services)


def home_panel(window: Any) -> Any:
    from vigilance_app.ui.guidance.home_panel import make_guidance_home_panel

    return make_guidance_home_panel(window)
