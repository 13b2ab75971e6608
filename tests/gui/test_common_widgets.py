"""Shared widgets: a check box whose sentence wraps instead of widening the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from vigilance_app.ui.kit.common import WrappingCheckBox

LONG = ("When I close the window, &keep Vigilance next to the clock so the reminders keep "
        "coming, even with a very large text size")


def test_a_long_sentence_wraps_and_a_click_or_its_letter_ticks_the_box(qtbot,
                                                                      qapp: QApplication) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    box = WrappingCheckBox(LONG)
    layout.addWidget(box)
    qtbot.addWidget(window)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    assert box.minimumSizeHint().width() < 300  # a QCheckBox would need the whole sentence
    assert box.label.height() > 2 * box.label.fontMetrics().height()  # wrapped
    assert box.box.accessibleName() == LONG.replace("&", "")

    seen: list[bool] = []
    box.clicked.connect(lambda checked: seen.append(checked))
    qtbot.mouseClick(box.label, Qt.MouseButton.LeftButton)
    assert box.isChecked() and seen == [True]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked() and seen == [True, False]

    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: box.isChecked(), timeout=2000)  # the label's buddy is clicked
    assert box.box.hasFocus()
    box.setChecked(False)
    assert seen == [True, False, True]  # setChecked is not a click
