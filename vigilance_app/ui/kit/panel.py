"""The titled box that the Home page is made of; each feature's Home panel is one."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.theme import heading


class Panel(QFrame):
    """A titled box on the Home page: ``heading`` on top, then what is added to ``body``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("homePanel")
        self.heading = heading(plain_label(), level=2)
        self.body = QVBoxLayout(self)
        self.body.setSpacing(6)
        self.body.addWidget(self.heading)
