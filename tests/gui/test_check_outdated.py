"""'Is this a scam?': once the pasted message, its sender or its channel
changes, the verdict on screen is no longer about it and goes away with a line saying so;
"Check another message" empties the box for the next one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_check_page import AMELI_SMS, paste_and_analyse
from vigilance_app.preferences import Preferences
from vigilance_app.ui.check.page import CheckPage
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.kit.theme import apply_theme


@pytest.fixture(autouse=True)
def english(qapp: QApplication):
    install_language(qapp, "en")
    apply_theme(qapp, Preferences())
    yield
    remove_language(qapp)
    apply_theme(qapp, Preferences())


@pytest.fixture
def page(qtbot) -> CheckPage:
    widget = CheckPage()
    qtbot.addWidget(widget)
    widget.resize(820, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.runner.wait()


@pytest.mark.parametrize("change", ["text", "channel", "sender"])
def test_a_change_after_the_verdict_takes_the_verdict_away(qtbot, page: CheckPage,
                                                           change: str) -> None:
    paste_and_analyse(qtbot, page, AMELI_SMS)
    assert page.result_box.isVisible() and page.current is not None
    if change == "text":
        page.text_edit.setFocus()
        qtbot.keyClicks(page.text_edit, " merci")
    elif change == "channel":
        page.channel_combo.setCurrentIndex(page.channel_combo.findData("email"))
    else:
        page.sender_edit.setText("0700000000")
    assert not page.result_box.isVisible()
    assert not page.journal_button.isVisible()  # nothing to add that is not the message
    assert page.current is None
    assert page.error_label.isVisible()
    assert "changed since it was checked" in page.error_label.text()
    # Analysing again shows the verdict on the message as it is now.
    qtbot.mouseClick(page.analyse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.result_box.isVisible, timeout=10_000)
    assert not page.error_label.isVisible()
    assert page.current.checked.parsed.channel == page.channel()


def test_the_result_of_a_file_stays_when_the_box_is_typed_in(qtbot, page: CheckPage,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "message.txt"
    path.write_text(AMELI_SMS, encoding="utf-8")
    page.analyse_paths([path])
    qtbot.waitUntil(page.result_box.isVisible, timeout=10_000)
    page.text_edit.setPlainText("autre chose")
    assert page.result_box.isVisible() and page.current is not None


def test_check_another_message_after_a_verdict(qtbot, page: CheckPage) -> None:
    paste_and_analyse(qtbot, page, AMELI_SMS)
    button = page.another_button
    assert button.isVisible() and button.accessibleName() == "Check another message"
    page.verdict_label.setFocus()
    qtbot.keyClick(page.verdict_label, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.plan_button
    qtbot.keyClick(page.plan_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button  # reached by keyboard, after the two steps
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert page.text_edit.toPlainText() == "" and page.sender_edit.text() == ""
    assert not page.result_box.isVisible() and not page.error_label.isVisible()
    assert page.text_edit.hasFocus()
    assert page.scroll.verticalScrollBar().value() == 0


def test_check_another_message_in_french(qtbot, qapp, page: CheckPage) -> None:
    install_language(qapp, "fr")
    paste_and_analyse(qtbot, page, AMELI_SMS)
    assert page.another_button.text().replace("&", "") == "Vérifier un autre message"
    page.text_edit.setPlainText(AMELI_SMS + " !")
    assert page.error_label.text().startswith("Le message a changé")
