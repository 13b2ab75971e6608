"""Small widgets shared by the settings page and the setup wizard."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.accessible import Decoration, container_scroll_area
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.vault.vault import MIN_PASSWORD_LENGTH


class VerticalScrollArea(QScrollArea):
    """Scrolls up and down only: as wide as its content needs, never a sideways bar."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        container_scroll_area(self)  # no invisible Tab stop: the widgets inside take focus

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def _content(self) -> QWidget:
        content = self.widget()
        assert content is not None  # set in the constructor
        return content

    def minimumSizeHint(self) -> QSize:
        content = self._content().minimumSizeHint()
        return QSize(content.width() + self._bar(), self.fontMetrics().height() * 8)

    def sizeHint(self) -> QSize:
        content = self._content().sizeHint()
        return QSize(content.width() + self._bar(), content.height())


class WrappingCheckBox(QWidget):
    """A check box whose sentence wraps like a paragraph (a plain QCheckBox never wraps, so a
    long sentence at 200 % text size would make the whole page wider than the window).

    The box keeps the keyboard focus and the accessible name; the label's mnemonic ("&")
    ticks it, and a click anywhere on the sentence ticks it too. ``clicked(bool)`` is the
    box's own signal, so it fires only when the person changes it."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = plain_label()
        self.label.setBuddy(self.box)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.clicked = self.box.clicked
        self.toggled = self.box.toggled
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)
        self.setText(text)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.box.setAccessibleName(text.replace("&", ""))

    def text(self) -> str:
        return self.label.text()

    def setAccessibleName(self, name: str) -> None:
        self.box.setAccessibleName(name)

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def click(self) -> None:
        self.box.click()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on the sentence (it reaches here: the label ignores clicks)."""
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.click()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # so the release comes here too


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class BulletList(QWidget):
    """Short sentences, each after a bullet, wrapped with a hanging indent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self.items: list[QLabel] = []

    def set_items(self, lines: list[str]) -> None:
        while len(self.items) < len(lines):
            row = len(self.items)
            bullet = Decoration("•")  # drawn: no empty label in the accessibility tree
            text = plain_label()
            self._grid.addWidget(bullet, row, 0)
            self._grid.addWidget(text, row, 1)
            self.items.append(text)
        for label, line in zip(self.items, lines, strict=False):
            label.setText(line)

    def text(self) -> str:
        return "\n".join(label.text() for label in self.items)


class PasswordPair(Retranslatable, QWidget):
    """A new app password typed twice, with a plain-words status (not only a colour)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password_label = plain_label()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_label = plain_label()
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
        self.show_password = QCheckBox()
        self.status = plain_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.password_label, self.password_edit, self.confirm_label,
                       self.confirm_edit, self.show_password, self.status):
            layout.addWidget(widget)
        self.password_edit.textChanged.connect(self._changed)
        self.confirm_edit.textChanged.connect(self._changed)
        self.show_password.toggled.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        self.password_label.setText(
            self.tr("App password (at least %1 characters):").replace(
                "%1", str(MIN_PASSWORD_LENGTH))
        )
        self.confirm_label.setText(self.tr("Type the same password &again:"))
        self.password_edit.setAccessibleName(self.tr("App password"))
        self.confirm_edit.setAccessibleName(self.tr("App password, again"))
        self.show_password.setText(self.tr("&Show the password while typing"))
        self._update_status()

    def password(self) -> str:
        return self.password_edit.text()

    def set_password(self, text: str) -> None:
        self.password_edit.setText(text)
        self.confirm_edit.setText(text)

    def clear(self) -> None:
        self.password_edit.clear()
        self.confirm_edit.clear()

    def problem(self) -> str:
        first, second = self.password_edit.text(), self.confirm_edit.text()
        if len(first) < MIN_PASSWORD_LENGTH:
            missing = MIN_PASSWORD_LENGTH - len(first)
            if missing == 1:
                return self.tr("1 more character is needed.")
            return self.tr("%1 more characters are needed.").replace("%1", str(missing))
        if first != second:
            return self.tr("The two passwords are not the same yet.")
        return ""

    def is_valid(self) -> bool:
        return not self.problem()

    def _update_status(self) -> None:
        problem = self.problem()
        self.status.setText(problem or self.tr("✓ The password is ready."))

    def _changed(self) -> None:
        self._update_status()
        self.changed.emit()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)
