"""Dialogs that fit the screen at any text size.

Qt sizes a new dialog to at most two thirds of the screen's width and ignores the height that
wrapped labels need at that width, so at 200 % text the end of a paragraph is cut. A dialog
calls ``fit_to_screen`` when shown: as wide as it asks for (within 90 % of the screen), as
tall as its wrapped text needs at that width, never taller than the screen.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9  # of the available width


def fit_to_screen(window: QWidget) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.size()  # the title bar, once shown
    max_width = max(1, int(room.width() * SCREEN_SHARE) - frame.width())
    max_height = max(1, room.height() - frame.height())
    width = min(max(window.sizeHint().width(), window.minimumSizeHint().width()), max_width)
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = window.sizeHint().height()
    window.setMaximumHeight(max_height)
    window.resize(width, min(max(height, window.minimumSizeHint().height()), max_height))
