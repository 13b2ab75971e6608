"""What a screen reader and a keyboard user get from every page, installed once per application.

- ``ComboBox``: a combo box announced by its purpose ("Channel"), its choice as its value. On
  Linux, Qt's own combo-box interface reports the current choice as the *name* too, whatever
  ``setAccessibleName`` says, so filters all read "All". Every ``QComboBox`` subclass of the
  application (``ComboBox``, and others such as the settings' ``WholeComboBox``) gets an
  interface that reports the accessible name (or its label's text) as the name.
- ``Decoration``: a bullet drawn, not a label: it is no text in the accessibility tree.
- ``install_focus_follower``: when the keyboard focus moves into a scroll area, the focused
  widget is scrolled into view (a Tab stop is never off screen); a table or a list that has the
  focus gets a ring around it (``FocusRing``), so the focus is seen even before a row is chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAccessible, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAccessibleWidget,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QWidget,
)

from vigilance_app.ui.kit.theme import HIGH_CONTRAST_PROPERTY

_INSTALLED = "vigilance_accessibility_installed"
_FOLLOWER = "vigilance_focus_follower"


class ComboBox(QComboBox):
    """A combo box named by its purpose for screen readers (see the module's note); when it
    can be typed in, its typing field carries the same name."""

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self._name_line_edit()

    def setEditable(self, editable: bool) -> None:
        super().setEditable(editable)
        self._name_line_edit()

    def _name_line_edit(self) -> None:
        line = self.lineEdit() if self.isEditable() else None
        if line is not None:
            line.setAccessibleName(self.accessibleName())


def _label_text(combo: QComboBox) -> str:
    """The text of a label whose buddy is ``combo`` (without "&" and the final colon)."""
    window = combo.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is combo:
            return label.text().replace("&", "").strip().rstrip(":").strip()
    return ""


class _ComboAccessible(QAccessibleWidget):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)

    def _combo(self) -> QComboBox | None:
        widget = self.widget()
        return widget if isinstance(widget, QComboBox) else None

    def text(self, kind: QAccessible.Text) -> str:
        combo = self._combo()
        if combo is None:
            return ""
        if kind == QAccessible.Text.Name:
            return combo.accessibleName() or _label_text(combo) or combo.currentText()
        if kind == QAccessible.Text.Value:
            line = combo.lineEdit() if combo.isEditable() else None
            return line.text() if line is not None else combo.currentText()
        if kind == QAccessible.Text.Description:
            return combo.accessibleDescription() or combo.toolTip()
        return super().text(kind)


def _factory(class_name: str, target: QObject) -> Any:
    """Our own combo boxes (Python subclasses: their class name is not Qt's) get an interface
    whose name is their purpose."""
    if (class_name != "QComboBox" and isinstance(target, QComboBox)
            and class_name == target.metaObject().className()):
        return _ComboAccessible(target)
    return None


def install_accessibility(app: QApplication | None = None) -> None:
    """Once per application: the combo-box interfaces and the focus follower."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or app.property(_INSTALLED):
        return
    app.setProperty(_INSTALLED, True)
    QAccessible.installFactory(_factory)
    install_focus_follower(app)


# ---- the focus stays in view ------------------------------------------------------------------


def scroll_into_view(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it shows (innermost first)."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and content is not None \
                and content.isAncestorOf(child):
            margin = max(8, widget.fontMetrics().height() // 2)
            parent.ensureWidgetVisible(child, margin, margin)
            child = parent
        parent = parent.parentWidget()


class FocusRing(QWidget):
    """A ring drawn over a table or a list while it has the keyboard focus (the style only
    outlines the current row, and there is none until one is chosen). It lets the mouse
    through and takes no focus."""

    OBJECT_NAME = "vigilanceFocusRing"

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.setObjectName(self.OBJECT_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.installEventFilter(self)
        self.hide()

    @staticmethod
    def of(view: QAbstractItemView) -> FocusRing:
        ring = view.findChild(FocusRing, FocusRing.OBJECT_NAME,
                              Qt.FindChildOption.FindDirectChildrenOnly)
        return ring if ring is not None else FocusRing(view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.parentWidget()
        if watched is view and view is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(view.rect())
        return False

    def show_ring(self) -> None:
        view = self.parentWidget()
        if view is None:
            return
        self.setGeometry(view.rect())
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        app = QApplication.instance()
        high = bool(app.property(HIGH_CONTRAST_PROPERTY)) if app is not None else False
        width = 3 if high else 2
        role = QPalette.ColorRole.WindowText if high else QPalette.ColorRole.Highlight
        painter = QPainter(self)
        pen = QPen(self.palette().color(role), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = (width + 1) // 2
        painter.drawRect(self.rect().adjusted(half - 1, half - 1, -half, -half))


def _framed(widget: QWidget | None) -> QAbstractItemView | None:
    """The table or list to ring (not the drop-down list of a combo box)."""
    if not isinstance(widget, QAbstractItemView):
        return None
    if widget.window().windowType() == Qt.WindowType.Popup:
        return None
    return widget


_QUIET = "vigilance_focus_quietly"


class _FocusFollower(QObject):
    def focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        view = _framed(old)
        if view is not None:
            FocusRing.of(view).hide()
        view = _framed(new)
        if view is not None:
            FocusRing.of(view).show_ring()
        if new is not None and new.isVisible() and not new.property(_QUIET):
            scroll_into_view(new)


def focus_quietly(widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus without scrolling to it: the page shows something
    else first (a plan shows its title and the top of the step, not the step's note field)."""
    widget.setProperty(_QUIET, True)
    try:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
    finally:
        widget.setProperty(_QUIET, None)


def install_focus_follower(app: QApplication) -> None:
    """On every focus change, the focused widget is scrolled into view in its scroll areas."""
    if app.property(_FOLLOWER):
        return
    follower = _FocusFollower(app)
    follower.setObjectName(_FOLLOWER)
    app.focusChanged.connect(follower.focus_changed)
    app.setProperty(_FOLLOWER, True)


def container_scroll_area(area: QScrollArea) -> QScrollArea:
    """A scroll area that only holds a page: never a Tab stop of its own (the widgets inside
    take the focus, and the follower keeps them in view)."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


# ---- decorations ------------------------------------------------------------------------------


class Decoration(QWidget):
    """A bullet (or another sign) painted: no label in the accessibility tree."""

    def __init__(self, sign: str = "\u2022", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sign = sign
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.sign + " "), metrics.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         self.sign)


def name_clear_button(line_edit: QLineEdit, name: str) -> None:
    """Name the "clear" button Qt puts inside a line edit (``setClearButtonEnabled``)."""
    for button in line_edit.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Escape or Ctrl+A, Del clear it too
