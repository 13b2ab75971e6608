"""Guard against the PySide6 6.12.0 bug that leaks a reference to None on each void call.

On Python < 3.12 None is not immortal: after a few thousand leaked references the process
aborts ("Fatal Python error: none_dealloc"). The app would crash after minutes of use.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_do_not_leak_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
