"""'Is this a scam?': verdict first, reasons with evidence, hostile input shown as plain text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from vigilance_app.analysis.limits import MAX_INPUT_BYTES
from vigilance_app.preferences import Preferences
from vigilance_app.ui.check_page import CheckPage
from vigilance_app.ui.i18n import install_language, remove_language
from vigilance_app.ui.theme import apply_theme

AMELI_SMS = ("Assurance Maladie : votre remboursement de 642 EUR est en attente. Validez vos "
             "coordonnees bancaires sur https://ameli-remboursement.fr/dossier avant 24h")
SHOTS = Path("/tmp/shots")


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


def labels(page: CheckPage) -> list[QLabel]:
    return [label for label in page.findChildren(QLabel) if label.isVisibleTo(page)]


def all_text(page: CheckPage) -> str:
    return "\n".join(label.text() for label in labels(page))


def paste_and_analyse(qtbot, page: CheckPage, text: str, channel: str = "sms",
                      sender: str | None = "0612345678") -> None:
    page.text_edit.setPlainText(text)
    page.channel_combo.setCurrentIndex(page.channel_combo.findData(channel))
    page.sender_edit.setText(sender or "")
    qtbot.mouseClick(page.analyse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result_box.isVisible() or page.error_label.isVisible(),
                    timeout=10_000)


def drop(page: CheckPage, paths: list[Path]) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, event)
    return enter.isAccepted(), event.isAccepted()


def test_fake_ameli_sms_is_high_risk_with_a_defanged_link(qtbot, page: CheckPage) -> None:
    paste_and_analyse(qtbot, page, AMELI_SMS)
    assert page.result_box.isVisible()
    assert page._analysis.risk.level == "high"
    assert page.level_label.text() == "Risk level: high"
    assert page.verdict_label.text() == "Very likely a scam. Do not reply, do not click."
    assert page.verdict_label.hasFocus()
    flags = {box.objectName() for box in page.result_box.findChildren(type(page.result_box))}
    assert "flag_lookalike_domain" in flags
    links = [label.text() for label in labels(page) if label.objectName() == "link"]
    assert links == ["hxxps://ameli-remboursement[.]fr/dossier"]
    for label in labels(page):
        assert "https://ameli-remboursement.fr" not in label.text()
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not label.openExternalLinks()
        assert not (label.textInteractionFlags()
                    & Qt.TextInteractionFlag.LinksAccessibleByMouse)


def test_html_in_the_message_is_shown_literally(qtbot, page: CheckPage) -> None:
    payload = "<b>bold</b><img src=x>"
    paste_and_analyse(qtbot, page, f"Colis en attente {payload} http://{payload}.example/x",
                      channel="email", sender=payload)
    assert page.result_box.isVisible()
    for label in labels(page):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert page.text_edit.toPlainText().count(payload) == 2


def test_low_risk_never_says_safe(qtbot, page: CheckPage) -> None:
    paste_and_analyse(qtbot, page, "Bonjour, le repas de dimanche est à midi. Bises.",
                      sender=None)
    assert page._analysis.risk.level == "low"
    assert page.verdict_label.text() == "No clear sign of a scam found. Stay careful."
    assert "safe" not in all_text(page).lower()


def test_empty_box_asks_for_a_message(qtbot, page: CheckPage) -> None:
    page.analyse()
    assert page.error_label.isVisible()
    assert "Paste the message" in page.error_label.text()


def test_ctrl_enter_analyses(qtbot, page: CheckPage) -> None:
    page.text_edit.setPlainText(AMELI_SMS)
    page.text_edit.setFocus()
    qtbot.keyClick(page.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.result_box.isVisible, timeout=10_000)
    assert page.text_edit.toPlainText() == AMELI_SMS  # no newline typed


def test_interactive_widgets_have_accessible_names(page: CheckPage) -> None:
    for widget in (page.text_edit, page.channel_combo, page.sender_edit, page.analyse_button,
                   page.file_button):
        assert widget.accessibleName()
    assert [page.channel_combo.itemData(i) for i in range(page.channel_combo.count())] == [
        "sms", "email", "phone_call", "voicemail", "letter", "website", "messaging",
        "in_person"]


EML = (b"From: Assurance Maladie <remboursement@ameli-remboursement.fr>\r\n"
       b"To: you@example.org\r\nSubject: Votre remboursement\r\n"
       b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
       b"Votre remboursement de 642 EUR est en attente. Validez vos coordonnees bancaires "
       b"sur https://ameli-remboursement.fr/dossier avant 24h\r\n")


def test_dropped_eml_is_analysed(qtbot, page: CheckPage, tmp_path: Path) -> None:
    first = tmp_path / "message.eml"
    first.write_bytes(EML)
    second = tmp_path / "autre.eml"
    second.write_bytes(EML)
    before = sorted(tmp_path.iterdir())
    entered, dropped = drop(page, [first, second])
    assert entered and dropped
    qtbot.waitUntil(page.result_box.isVisible, timeout=10_000)
    assert page._analysis.risk.level in ("medium", "high")
    assert "autre.eml" in all_text(page)  # named, to be checked next
    assert "hxxps://ameli-remboursement[.]fr/dossier" in all_text(page)
    assert sorted(tmp_path.iterdir()) == before  # nothing written


def test_remote_urls_are_not_accepted(page: CheckPage) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/a.eml")])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()


def test_too_large_file_is_refused_before_reading(qtbot, page: CheckPage,
                                                  tmp_path: Path) -> None:
    big = tmp_path / "big.eml"
    with big.open("wb") as handle:  # sparse: the size is there, no bytes written
        handle.truncate(MAX_INPUT_BYTES + 1)
    opened: list[str] = []
    original = Path.open

    def spy(self: Path, *args, **kwargs):
        opened.append(str(self))
        return original(self, *args, **kwargs)

    Path.open = spy  # type: ignore[method-assign]
    try:
        drop(page, [big])
    finally:
        Path.open = original  # type: ignore[method-assign]
    assert page.error_label.isVisible()
    assert not page.result_box.isVisible()
    assert page.error_label.text() == ("This file is too large to be analysed safely (the "
                                       "limit is 25 MB). It was not opened.")
    assert str(big) not in opened
    assert not page.runner.busy


def test_hostile_eml_keeps_the_window_responsive(qtbot, page: CheckPage,
                                                 tmp_path: Path) -> None:
    parts = [b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(10_000)]
    data = (b"From: a@example.org\r\nSubject: hostile\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=b\r\n\r\n" + b"".join(parts)
            + b"--b--\r\n")
    hostile = tmp_path / "hostile.eml"
    hostile.write_bytes(data)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    page.analyse_paths([hostile])
    assert page.runner.busy and page.busy_bar.isVisible()
    assert not page.analyse_button.isEnabled()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)
    timer.stop()
    assert ticks  # the event loop ran while the work was off the UI thread
    assert page.result_box.isVisible() or page.error_label.isVisible()
    assert page.analyse_button.isEnabled()
    assert not page.busy_bar.isVisible()


def test_language_switch_retranslates_the_result(qtbot, qapp, page: CheckPage) -> None:
    paste_and_analyse(qtbot, page, AMELI_SMS)
    english_title = page.title.text()
    english_verdict = page.verdict_label.text()
    install_language(qapp, "fr")
    qtbot.waitUntil(lambda: page.title.text() == "Est-ce une arnaque ?")
    assert page.verdict_label.text() == ("Très probablement une arnaque. Ne répondez pas, "
                                         "ne cliquez pas.")
    assert page.verdict_label.text() != english_verdict
    assert page.title.text() != english_title
    from vigilance_app.analysis.flags import explain

    assert explain("lookalike_domain", "fr")[0] in all_text(page)
    assert page.channel_combo.itemText(2) != "Phone call"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("scale", [100, 200])
def test_screenshots(qtbot, qapp, page: CheckPage, lang: str, scale: int) -> None:
    install_language(qapp, lang)
    apply_theme(qapp, Preferences(language=lang, text_scale=scale))
    title = "Est-ce une arnaque ?" if lang == "fr" else "Is this a scam?"
    qtbot.waitUntil(lambda: page.title.text() == title)
    paste_and_analyse(qtbot, page, AMELI_SMS)
    assert page._analysis.risk.level == "high"
    bar = page.scroll.verticalScrollBar()
    # scrolled to the verdict (the page is taller than the view at any text size here)
    qtbot.waitUntil(lambda: bar.value() > 0
                    and bar.value() == min(bar.maximum(), page.result_box.y()))
    content = page.scroll.widget()
    assert content.width() <= page.scroll.viewport().width()  # no sideways clipping
    if os.environ.get("VIGILANCE_SHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SHOTS / f"check_{lang}_{scale}.png"))
        content.grab().save(str(SHOTS / f"check_{lang}_{scale}_full.png"))
