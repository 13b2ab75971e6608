"""Text size, high contrast and the focus outline, for the whole application."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QStyle

from vigilance_app.preferences import Preferences
from vigilance_app.ui.kit.theme import (
    FocusOutlineStyle,
    apply_theme,
    base_point_size,
    is_high_contrast,
    set_font_role,
)


@pytest.fixture(autouse=True)
def restore_look(qapp: QApplication):
    apply_theme(qapp, Preferences())
    yield
    apply_theme(qapp, Preferences())


@pytest.mark.parametrize("scale", [100, 125, 150, 175, 200])
def test_text_size_scales_the_application_font(qapp: QApplication, scale: int) -> None:
    base = base_point_size(qapp)
    apply_theme(qapp, Preferences(text_scale=scale))
    assert qapp.font().pointSizeF() == pytest.approx(base * scale / 100)


def test_out_of_range_sizes_are_clamped(qapp: QApplication) -> None:
    base = base_point_size(qapp)
    apply_theme(qapp, Preferences(text_scale=500))
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)


def test_relative_fonts_follow_the_text_size(qtbot, qapp: QApplication) -> None:
    base = base_point_size(qapp)
    label = QLabel("ABCD")
    qtbot.addWidget(label)
    set_font_role(label, scale=1.8, bold=True, monospace=True)
    assert label.font().pointSizeF() == pytest.approx(base * 1.8)
    assert label.font().bold()
    apply_theme(qapp, Preferences(text_scale=200))
    assert label.font().pointSizeF() == pytest.approx(base * 2 * 1.8)


def test_indicators_grow_with_the_text(qapp: QApplication) -> None:
    normal = qapp.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    apply_theme(qapp, Preferences(text_scale=200))
    assert qapp.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) == normal * 2


def test_high_contrast_palette_and_back(qapp: QApplication) -> None:
    normal = QPalette(qapp.palette())
    apply_theme(qapp, Preferences(high_contrast=True))
    palette = qapp.palette()
    assert is_high_contrast(qapp)
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Base).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Text).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#000000"
    assert palette.color(QPalette.ColorRole.HighlightedText).name() == "#ffffff"
    assert isinstance(qapp.style(), FocusOutlineStyle)
    assert qapp.style().baseStyle().name().lower() == "fusion"
    apply_theme(qapp, Preferences(high_contrast=False))
    assert not is_high_contrast(qapp)
    assert qapp.palette().color(QPalette.ColorRole.Window) == \
        normal.color(QPalette.ColorRole.Window)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_focused_controls_get_an_outline(qtbot, qapp: QApplication, high_contrast: bool) -> None:
    """A focused button looks different from the same button without focus."""
    apply_theme(qapp, Preferences(high_contrast=high_contrast, text_scale=150))
    for widget in (QPushButton("Continue"), QLineEdit("text"), QCheckBox("Box")):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        before = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        after = widget.grab().toImage()
        assert before != after, type(widget).__name__
