"""Text size, contrast and keyboard focus for the whole application.

- Text size: the application font is the system default point size times 100–200 %. Widgets
  that need a bigger or monospace font call ``set_font_role`` instead of ``setFont`` so they
  follow the text size when it changes (their size is relative to the application font).
- High contrast: black on white, selection white on black, links underlined, Fusion style.
- Focus: every focused control gets a thick outline drawn by a proxy style (colour is never
  the only signal: the outline is a shape, not a tint).
No fixed pixel sizes: layouts grow with the font.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from vigilance_app.preferences import Preferences

FONT_SCALE_PROPERTY = "vigilance_font_scale"
FONT_BOLD_PROPERTY = "vigilance_font_bold"
FONT_MONO_PROPERTY = "vigilance_font_mono"
HIGH_CONTRAST_PROPERTY = "vigilance_high_contrast"
FALLBACK_POINT_SIZE = 10.0
PLACEHOLDER_GREY = QColor(96, 96, 96)  # high contrast: placeholders, distinct from black text


@dataclass
class _SystemLook:
    point_size: float
    font: QFont
    palette: QPalette
    style_name: str


_system: _SystemLook | None = None


def _application() -> QApplication:
    """The running application (the theme is applied only once it exists)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the theme needs a QApplication")
    return app


def _system_look(app: QApplication) -> _SystemLook:
    """What the application looked like before our first change (kept to scale from)."""
    global _system
    if _system is None:
        font = QFont(app.font())
        size = font.pointSizeF()
        _system = _SystemLook(
            point_size=size if size > 0 else FALLBACK_POINT_SIZE,
            font=font,
            palette=QPalette(app.palette()),
            style_name=app.style().name(),
        )
    return _system


def base_point_size(app: QApplication | None = None) -> float:
    """The system default point size (text size 100 %)."""
    return _system_look(app or _application()).point_size


# ---- focus outline --------------------------------------------------------------------------

_OUTLINED_PRIMITIVES = {
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_PanelLineEdit,
    QStyle.PrimitiveElement.PE_FrameFocusRect,
}
_OUTLINED_COMPLEX = {
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_SpinBox,
    QStyle.ComplexControl.CC_Slider,
    QStyle.ComplexControl.CC_ToolButton,
}


# Check boxes and radio buttons grow with the text (the style's sizes are fixed pixels).
_SCALED_METRICS = {
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    QStyle.PixelMetric.PM_ScrollBarExtent,
}


class FocusOutlineStyle(QProxyStyle):
    """The platform (or Fusion) style, plus a thick outline around the focused control."""

    def __init__(self, base: QStyle, width: int, high_contrast: bool,
                 scale: float = 1.0) -> None:
        super().__init__(base)
        self._width = width
        self._high_contrast = high_contrast
        self._scale = scale

    def _outline(self, option: QStyleOption, painter: QPainter, widget: QWidget | None) -> None:
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        # Items inside views report focus too; only outline them in the focused view.
        if widget is not None and not widget.hasFocus() and (
            option.state & QStyle.StateFlag.State_Item or not widget.isEnabled()
        ):
            return
        palette = option.palette
        colour = (
            palette.color(QPalette.ColorRole.WindowText)
            if self._high_contrast
            else palette.color(QPalette.ColorRole.Highlight)
        )
        if option.state & QStyle.StateFlag.State_Selected:
            # A selected item is filled with the highlight colour: its focus is drawn in the
            # selection's text colour, so the focus never looks like the selection alone (the
            # side menu, a chosen row).
            colour = palette.color(QPalette.ColorRole.HighlightedText)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(colour, self._width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = (self._width + 1) // 2
        rect: QRect = option.rect.adjusted(half, half, -half, -half)
        painter.drawRoundedRect(rect, 3, 3)
        painter.restore()

    def drawPrimitive(self, element, option, painter, widget=None):
        super().drawPrimitive(element, option, painter, widget)
        if element in _OUTLINED_PRIMITIVES:
            self._outline(option, painter, widget)

    def drawComplexControl(self, control, option, painter, widget=None):
        super().drawComplexControl(control, option, painter, widget)
        if control in _OUTLINED_COMPLEX:
            self._outline(option, painter, widget)


class ScaledFocusOutlineStyle(FocusOutlineStyle):
    """Above 100 % text size, check boxes, radio buttons and scroll bars grow with the text.
    A separate class: Qt asks for pixel metrics hundreds of times while laying out a window,
    and at 100 % none of those calls needs to come into Python."""

    def pixelMetric(self, metric, option=None, widget=None):
        value = super().pixelMetric(metric, option, widget)
        if metric in _SCALED_METRICS:
            return round(value * self._scale)
        return value


def focus_outline_style(base: QStyle, width: int, high_contrast: bool,
                        scale: float = 1.0) -> FocusOutlineStyle:
    if scale > 1.0:
        return ScaledFocusOutlineStyle(base, width, high_contrast, scale)
    return FocusOutlineStyle(base, width, high_contrast, scale)


# ---- palettes -------------------------------------------------------------------------------


def high_contrast_palette() -> QPalette:
    """Black text on white; selection and tooltips white on black; links dark blue."""
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    grey = QColor(80, 80, 80)  # disabled text: still 7:1 on white
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        disabled = group is QPalette.ColorGroup.Disabled
        text = grey if disabled else black
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                     QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Button,
                     QPalette.ColorRole.Light, QPalette.ColorRole.Midlight):
            palette.setColor(group, role, white)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):
            palette.setColor(group, role, text)
        # A placeholder ("Collez le message ici") must not look like typed text, yet stay
        # readable: dark grey, 6.3:1 on white (WCAG 1.4.3 asks 4.5:1).
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, PLACEHOLDER_GREY)
        for role in (QPalette.ColorRole.Dark, QPalette.ColorRole.Mid,
                     QPalette.ColorRole.Shadow):
            palette.setColor(group, role, black)
        palette.setColor(group, QPalette.ColorRole.Highlight, grey if disabled else black)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, white)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, black)
        palette.setColor(group, QPalette.ColorRole.ToolTipText, white)
        palette.setColor(group, QPalette.ColorRole.BrightText, white)
        palette.setColor(group, QPalette.ColorRole.Link, QColor(0, 0, 153))
        palette.setColor(group, QPalette.ColorRole.LinkVisited, QColor(85, 0, 136))
        palette.setColor(group, QPalette.ColorRole.Accent, black)
    return palette


def is_high_contrast(app: QApplication | None = None) -> bool:
    return bool((app or _application()).property(HIGH_CONTRAST_PROPERTY))


# ---- fonts ----------------------------------------------------------------------------------


def set_font_role(widget: QWidget, scale: float = 1.0, bold: bool = False,
                  monospace: bool = False) -> None:
    """Give ``widget`` a font relative to the application font (headings, recovery key)."""
    widget.setProperty(FONT_SCALE_PROPERTY, float(scale))
    widget.setProperty(FONT_BOLD_PROPERTY, bool(bold))
    widget.setProperty(FONT_MONO_PROPERTY, bool(monospace))
    _apply_font_role(widget, QApplication.font())


def _apply_font_role(widget: QWidget, app_font: QFont) -> None:
    scale = widget.property(FONT_SCALE_PROPERTY)
    if scale is None:
        return
    if widget.property(FONT_MONO_PROPERTY):
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    else:
        font = QFont(app_font)
    size = app_font.pointSizeF() if app_font.pointSizeF() > 0 else FALLBACK_POINT_SIZE
    font.setPointSizeF(size * float(scale))
    font.setBold(bool(widget.property(FONT_BOLD_PROPERTY)))
    widget.setFont(font)


def heading(widget: QWidget, level: int = 1) -> QWidget:
    """Make a label a heading: bold and larger, following the text size."""
    set_font_role(widget, scale={1: 1.5, 2: 1.25}.get(level, 1.1), bold=True)
    return widget


# ---- the one entry point --------------------------------------------------------------------


def apply_theme(app: QApplication, prefs: Preferences) -> None:
    """Apply text size and contrast to every window, now and for windows opened later."""
    prefs = prefs.validated()
    look = _system_look(app)

    font = QFont(look.font)
    font.setPointSizeF(look.point_size * prefs.text_scale / 100)
    app.setFont(font)

    high = prefs.high_contrast
    base = QStyleFactory.create("Fusion" if high else look.style_name)
    if base is None:
        base = QStyleFactory.create("Fusion")
    width = 3 if high else 2
    app.setStyle(focus_outline_style(base, width, high, prefs.text_scale / 100))
    app.setPalette(high_contrast_palette() if high else QPalette(look.palette))
    app.setProperty(HIGH_CONTRAST_PROPERTY, high)

    for widget in app.allWidgets():
        _apply_font_role(widget, font)
        widget.update()
