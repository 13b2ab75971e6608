"""'Is this a scam?': verdict first, the two next steps, several files in turn, attachments and
evidence in plain words, hostile input shown as text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import RELATIVE, make_services, make_store, save_shot
from vigilance_app.analysis.attachment_reasons import explain_reason
from vigilance_app.analysis.checked import CheckedMessage
from vigilance_app.analysis.limits import MAX_INPUT_BYTES
from vigilance_app.preferences import Preferences
from vigilance_app.ui.check.page import CheckPage
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.kit.shell import Feature
from vigilance_app.ui.kit.theme import apply_theme
from vigilance_app.ui.shell.main_window import PAGES, MainWindow
from vigilance_app.vault import KeyringStatus

AMELI_SMS = ("Assurance Maladie : votre remboursement de 642 EUR est en attente. Validez vos "
             "coordonnees bancaires sur https://ameli-remboursement.fr/dossier avant 24h")
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "phishing_eml"
needs_corpus = pytest.mark.skipif(
    not (CORPUS / "sample-5251.eml").is_file(),
    reason=f"phishing corpus not found at {CORPUS} (shared/ beside the repository)")


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


def labels(page: QWidget) -> list[QLabel]:
    return [label for label in page.findChildren(QLabel) if label.isVisibleTo(page)]


def all_text(page: QWidget) -> str:
    return "\n".join(label.accessibleName() if label.textFormat() == Qt.TextFormat.RichText
                     else label.text() for label in labels(page))


def flag_boxes(page: CheckPage) -> set[str]:
    return {box.objectName() for box in page.result_box.findChildren(QFrame)
            if box.objectName().startswith("flag_")}


def document(label: QLabel) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc


def anchors_and_images(doc: QTextDocument) -> list[str]:
    """Every link or image the rich text would show (there must be none)."""
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() or fmt.anchorHref() or fmt.isImageFormat():
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


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


def wait_batch(qtbot, page: CheckPage) -> None:
    qtbot.waitUntil(lambda: not page.working, timeout=60_000)


# ---- one message -----------------------------------------------------------------------


def test_fake_ameli_sms_is_high_risk_with_a_defanged_link(qtbot, page: CheckPage) -> None:
    paste_and_analyse(qtbot, page, AMELI_SMS)
    assert page.result_box.isVisible()
    assert page._analysis.risk.level == "high"
    assert page.level_label.text() == "Risk level: high"
    assert page.verdict_label.text() == "Very likely a scam. Do not reply, do not click."
    assert page.verdict_label.hasFocus()
    assert "flag_lookalike_domain" in flag_boxes(page)
    links = [label.text() for label in labels(page) if label.objectName() == "link"]
    assert links == ["hxxps://ameli-remboursement[.]fr/dossier"]
    for label in labels(page):
        assert "https://ameli-remboursement.fr" not in label.text()
        assert "ameli-remboursement.fr" not in label.accessibleName()
        assert not label.openExternalLinks()
        assert not (label.textInteractionFlags()
                    & Qt.TextInteractionFlag.LinksAccessibleByMouse)
        assert not (label.textInteractionFlags()
                    & Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        if label.textFormat() == Qt.TextFormat.RichText:  # only the highlighted evidence
            assert label.objectName() in ("evidence", "excerpt")
            assert not anchors_and_images(document(label))
        else:
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_evidence_is_highlighted_with_bold_background_and_quotes(qtbot,
                                                                page: CheckPage) -> None:
    paste_and_analyse(qtbot, page, AMELI_SMS)
    box = page.result_box.findChild(QFrame, "flag_lookalike_domain")
    evidence = box.findChild(QLabel, "evidence")
    assert evidence.textFormat() == Qt.TextFormat.RichText
    assert "background-color:" in evidence.text() and "font-weight:bold" in evidence.text()
    # quotes as well as colour: the plain text (what a screen reader says) keeps them
    assert document(evidence).toPlainText() == (
        "Found in the message: “ameli-remboursement[.]fr”")
    assert evidence.accessibleName() == document(evidence).toPlainText()
    # the highlighted fragment is bold and on a background
    doc = document(evidence)
    it = doc.begin().begin()
    marked = []
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
            marked.append((fragment.text(), fragment.charFormat().fontWeight()))
        it += 1
    assert marked == [("“ameli-remboursement[.]fr”", 700)]
    # words of the message are also shown in context, highlighted, link defanged
    bank = page.result_box.findChild(QFrame, "flag_asks_bank_details")
    excerpts = [label for label in bank.findChildren(QLabel) if label.objectName() == "excerpt"]
    assert excerpts
    text = document(excerpts[0]).toPlainText()
    assert "“vos coordonnees bancaires”" in text
    assert "hxxps://ameli-remboursement[.]fr/dossier" in text
    assert "https://" not in text


def test_hostile_markup_in_evidence_shows_as_text(qtbot, page: CheckPage) -> None:
    """Tags in the message reach the rich-text evidence as text: no bold, link or image."""
    hostile = ('URGENT <b>bold</b> <a href="https://evil.example/x">clic</a> '
               '<img src="https://evil.example/p.png"> Validez vos coordonnees bancaires '
               '<b>ici</b>, <a href="https://evil.example/y">urgent</a>')
    paste_and_analyse(qtbot, page, hostile, channel="email", sender="<b>Banque</b>")
    rich = [label for label in labels(page) if label.textFormat() == Qt.TextFormat.RichText]
    assert rich
    shown = ""
    for label in rich:
        doc = document(label)
        assert not anchors_and_images(doc)
        plain = doc.toPlainText()
        shown += plain + "\n"
        assert label.accessibleName() == plain
        assert "<a href" not in label.text() and "<img" not in label.text()
        assert "<b>bold" not in label.text()
    # the tags are there, as characters the person can read
    assert "<b>" in shown and "<a href=" in shown and "<img src=" in shown
    assert "hxxps://evil[.]example" in shown
    assert "https://evil" not in shown
    for label in labels(page):
        if label.textFormat() != Qt.TextFormat.RichText:
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_html_in_the_message_is_shown_literally(qtbot, page: CheckPage) -> None:
    payload = "<b>bold</b><img src=x>"
    paste_and_analyse(qtbot, page, f"Colis en attente {payload} http://{payload}.example/x",
                      channel="email", sender=payload)
    assert page.result_box.isVisible()
    for label in labels(page):
        if label.textFormat() == Qt.TextFormat.RichText:
            assert not anchors_and_images(document(label))
        else:
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
    assert page.journal_button.isHidden() or not page.journal_button.isVisible()


def test_ctrl_enter_analyses(qtbot, page: CheckPage) -> None:
    page.text_edit.setPlainText(AMELI_SMS)
    page.text_edit.setFocus()
    qtbot.keyClick(page.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.result_box.isVisible, timeout=10_000)
    assert page.text_edit.toPlainText() == AMELI_SMS  # no newline typed


def test_interactive_widgets_have_accessible_names(qtbot, page: CheckPage) -> None:
    for widget in (page.text_edit, page.channel_combo, page.sender_edit, page.analyse_button,
                   page.file_button, page.cancel_button, page.results_list,
                   page.journal_button, page.plan_button):
        assert widget.accessibleName()
    assert [page.channel_combo.itemData(i) for i in range(page.channel_combo.count())] == [
        "sms", "email", "phone_call", "voicemail", "letter", "website", "messaging",
        "in_person"]


# ---- the two next steps ------------------------------------------------------------------


def test_buttons_appear_only_with_a_verdict(qtbot, page: CheckPage) -> None:
    assert not page.journal_button.isVisible() and not page.plan_button.isVisible()
    paste_and_analyse(qtbot, page, AMELI_SMS)
    assert page.journal_button.isVisible() and page.plan_button.isVisible()
    assert page.journal_button.text() == "Add to the &journal"
    assert page.plan_button.text() == "&What to do now?"
    page.analyse_button.click()  # a new analysis hides the old verdict and its buttons
    assert not page.journal_button.isVisible()
    qtbot.waitUntil(page.result_box.isVisible, timeout=10_000)


def test_buttons_are_reached_with_tab_after_the_verdict(qtbot, page: CheckPage) -> None:
    paste_and_analyse(qtbot, page, AMELI_SMS)
    page.activateWindow()
    page.verdict_label.setFocus()
    qtbot.waitUntil(page.verdict_label.hasFocus)
    qtbot.keyClick(page.verdict_label, Qt.Key.Key_Tab)
    assert page.journal_button.hasFocus()
    qtbot.keyClick(page.journal_button, Qt.Key.Key_Tab)
    assert page.plan_button.hasFocus()
    with qtbot.waitSignal(page.plan_requested, timeout=1000) as plan:
        qtbot.keyClick(page.plan_button, Qt.Key.Key_Space)
    assert plan.args == ["suspicious_sms"]


def test_add_to_journal_carries_the_pasted_message(qtbot, page: CheckPage) -> None:
    paste_and_analyse(qtbot, page, AMELI_SMS, sender="0612345678")
    with qtbot.waitSignal(page.add_to_journal_requested, timeout=1000) as signal:
        qtbot.mouseClick(page.journal_button, Qt.MouseButton.LeftButton)
    checked = signal.args[0]
    assert isinstance(checked, CheckedMessage)
    assert checked.raw is None and checked.source_name is None
    assert checked.parsed.channel == "sms"
    assert checked.parsed.sender_address == "0612345678"
    assert "ameli-remboursement.fr" in checked.parsed.text
    assert checked.analysis is page._analysis
    assert checked.analysis.risk.level == "high"


@pytest.mark.parametrize(("channel", "situation"), [
    ("sms", "suspicious_sms"), ("email", "suspicious_email"),
    ("phone_call", "suspicious_call"), ("voicemail", "suspicious_call"),
    ("messaging", "suspicious_sms"),
])
def test_what_to_do_asks_for_the_plan_of_the_channel(qtbot, page: CheckPage, channel: str,
                                                     situation: str) -> None:
    text = ("Un conseiller de ma banque m'a appelé pour me demander le code reçu par SMS."
            if channel in ("phone_call", "voicemail") else AMELI_SMS)
    paste_and_analyse(qtbot, page, text, channel=channel)
    assert page.plan_button.isVisible()
    with qtbot.waitSignal(page.plan_requested, timeout=1000) as plan:
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert plan.args == [situation]


def test_a_letter_has_no_plan_button(qtbot, page: CheckPage) -> None:
    paste_and_analyse(qtbot, page, "Courrier reçu : votre carte Vitale doit être renouvelée, "
                      "payez 9,90 EUR.", channel="letter", sender=None)
    assert page.result_box.isVisible()
    assert page.journal_button.isVisible()
    assert not page.plan_button.isVisible()
    with qtbot.assertNotEmitted(page.plan_requested):
        page.plan_button.click()  # even when triggered some other way


EML = (b"From: Assurance Maladie <remboursement@ameli-remboursement.fr>\r\n"
       b"To: you@example.org\r\nSubject: Votre remboursement\r\n"
       b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
       b"Votre remboursement de 642 EUR est en attente. Validez vos coordonnees bancaires "
       b"sur https://ameli-remboursement.fr/dossier avant 24h\r\n")


def test_dropped_eml_is_analysed_and_kept_whole_for_the_journal(qtbot, page: CheckPage,
                                                                 tmp_path: Path) -> None:
    first = tmp_path / "message.eml"
    first.write_bytes(EML)
    before = sorted(tmp_path.iterdir())
    entered, dropped = drop(page, [first])
    assert entered and dropped
    qtbot.waitUntil(page.result_box.isVisible, timeout=10_000)
    assert page._analysis.risk.level in ("medium", "high")
    assert "hxxps://ameli-remboursement[.]fr/dossier" in all_text(page)
    assert not page.results_list.isVisible()  # one file: no list
    assert sorted(tmp_path.iterdir()) == before  # nothing written
    with qtbot.waitSignal(page.add_to_journal_requested, timeout=1000) as signal:
        page.journal_button.click()
    checked = signal.args[0]
    assert checked.raw == EML
    assert checked.source_name == "message.eml"
    assert checked.parsed.channel == "email"
    assert checked.parsed.sender_address == "remboursement@ameli-remboursement.fr"
    with qtbot.waitSignal(page.plan_requested, timeout=1000) as plan:
        page.plan_button.click()
    assert plan.args == ["suspicious_email"]


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


# ---- several files -----------------------------------------------------------------------


def corpus_copy(tmp_path: Path, names: list[str]) -> list[Path]:
    folder = tmp_path / "mails"
    folder.mkdir()
    paths = []
    for name in names:
        target = folder / name
        shutil.copyfile(CORPUS / name, target)
        paths.append(target)
    return paths


BATCH = ["sample-5251.eml", "sample-1000.eml", "sample-1133.eml", "sample-1126.eml"]


@needs_corpus
def test_several_files_are_analysed_in_turn_then_listed(qtbot, page: CheckPage,
                                                       tmp_path: Path) -> None:
    paths = corpus_copy(tmp_path, BATCH)
    broken = tmp_path / "mails" / "dossier.eml"
    broken.mkdir()  # a folder named like a mail: fails, and says why in the list
    paths.insert(2, broken)
    before = sorted((tmp_path / "mails").iterdir())
    progress: list[str] = []
    page.runner.busy_changed.connect(
        lambda busy: progress.append(page.busy_label.text()) if busy else None)
    entered, dropped = drop(page, paths)
    assert entered and dropped
    assert page.working and page.cancel_button.isVisible()
    assert not page.analyse_button.isEnabled() and not page.file_button.isEnabled()
    wait_batch(qtbot, page)
    assert progress == [f"Analysing file {n} of 5… the window stays usable."
                        for n in range(1, 6)]
    assert not page.busy_bar.isVisible() and not page.cancel_button.isVisible()
    assert page.analyse_button.isEnabled()
    assert sorted((tmp_path / "mails").iterdir()) == before  # nothing written

    rows = [page.results_list.item(i).text() for i in range(page.results_list.count())]
    assert rows == [
        "sample-5251.eml: very likely a scam",
        "sample-1000.eml: no clear sign of a scam",
        "dossier.eml: not analysed. This file does not exist or is not a file.",
        "sample-1133.eml: very likely a scam",
        "sample-1126.eml: some signs of a scam",
    ]
    for i in range(page.results_list.count()):  # an icon repeats the words, never alone
        assert not page.results_list.item(i).icon().isNull()
        assert page.results_list.item(i).data(Qt.ItemDataRole.AccessibleTextRole) == rows[i]
    # the first file is shown, the list has the focus for the arrow keys
    assert page.results_list.currentRow() == 0
    assert page.results_list.hasFocus()
    assert page.current is page.items[0]
    assert page.result_box.source_label.text() == "File: sample-5251.eml"
    assert page.verdict_label.text() == "Very likely a scam. Do not reply, do not click."


@needs_corpus
def test_the_result_follows_the_selection(qtbot, page: CheckPage, tmp_path: Path) -> None:
    paths = corpus_copy(tmp_path, BATCH)
    page.analyse_paths(paths)
    wait_batch(qtbot, page)
    # keyboard: Down moves to the next file and shows its result
    qtbot.keyClick(page.results_list, Qt.Key.Key_Down)
    assert page.current is page.items[1]
    assert page.result_box.source_label.text() == "File: sample-1000.eml"
    assert page.level_label.text() == "Risk level: low"
    assert page.results_list.hasFocus()  # the focus stays in the list
    # an assistive tool selects an item: no click, no current-row change
    model = page.results_list.model()
    page.results_list.selectionModel().select(
        model.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert page.current is page.items[3]
    assert page.result_box.source_label.text() == "File: sample-1126.eml"
    assert page.level_label.text() == "Risk level: medium"
    # a mouse click
    rect = page.results_list.visualItemRect(page.results_list.item(2))
    qtbot.mouseClick(page.results_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert page.current is page.items[2]
    assert "flag_dangerous_attachment" in flag_boxes(page)
    # "Add to the journal" carries the selected file, whole
    with qtbot.waitSignal(page.add_to_journal_requested, timeout=1000) as signal:
        page.journal_button.click()
    checked = signal.args[0]
    assert checked.source_name == "sample-1133.eml"
    assert checked.raw == (CORPUS / "sample-1133.eml").read_bytes()
    assert checked is page.items[2].checked


@needs_corpus
def test_cancel_stops_after_the_current_file(qtbot, page: CheckPage, tmp_path: Path) -> None:
    paths = corpus_copy(tmp_path, BATCH)
    page.analyse_paths(paths)
    assert page.runner.busy
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.cancel_button.isEnabled()
    assert page.busy_label.text() == "Stopping after the current file…"
    wait_batch(qtbot, page)
    states = [item.state for item in page.items]
    assert states == ["done", "stopped", "stopped", "stopped"]
    assert page.results_list.item(1).text() == "sample-1000.eml: not analysed (stopped)"
    assert not page.cancel_button.isVisible() and not page.busy_bar.isVisible()
    assert page.analyse_button.isEnabled()
    page.results_list.setCurrentRow(2)
    assert page.error_label.isVisible() and not page.result_box.isVisible()
    assert page.error_label.text() == (
        "sample-1133.eml: This file was not analysed: the analysis was stopped.")
    # a new batch can start at once
    page.analyse_paths(paths[:2])
    wait_batch(qtbot, page)
    assert [item.state for item in page.items] == ["done", "done"]


def test_file_names_are_shown_without_invisible_characters(qtbot, page: CheckPage,
                                                           tmp_path: Path) -> None:
    tricky = tmp_path / "facture\u202elmth.eml"  # shows as "facturehtml.eml" reversed
    tricky.write_bytes(EML)
    plain = tmp_path / "autre.eml"
    plain.write_bytes(EML)
    page.analyse_paths([tricky, plain])
    wait_batch(qtbot, page)
    assert page.results_list.item(0).text().startswith("facturelmth.eml: ")
    assert page.items[0].checked.source_name == "facturelmth.eml"
    assert page.items[0].checked.raw == EML


def test_a_name_holding_a_placeholder_is_shown_as_it_is(qtbot, page: CheckPage,
                                                        tmp_path: Path) -> None:
    odd = tmp_path / "%2 %1.eml"
    odd.write_bytes(EML)
    gone = tmp_path / "%2.eml"  # missing: its row holds the name and the reason
    page.analyse_paths([odd, gone])
    wait_batch(qtbot, page)
    assert page.results_list.item(0).text() == "%2 %1.eml: very likely a scam"
    assert page.results_list.item(1).text() == (
        "%2.eml: not analysed. This file does not exist or is not a file.")
    page.results_list.setCurrentRow(1)
    assert page.error_label.text() == "%2.eml: This file does not exist or is not a file."


def test_too_many_files_are_capped(qtbot, page: CheckPage, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from vigilance_app.ui.check import batch

    monkeypatch.setattr(batch, "MAX_FILES", 3)
    paths = []
    for i in range(5):
        path = tmp_path / f"m{i}.eml"
        path.write_bytes(EML)
        paths.append(path)
    page.analyse_paths(paths)
    wait_batch(qtbot, page)
    assert page.results_list.count() == 3
    assert page.list_label.text() == "Files chec&ked (the first 3; 2 more were not checked)"


# ---- attachments in plain words ----------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dangerous_attachments_say_why_in_plain_words(qtbot, qapp, page: CheckPage,
                                                      tmp_path: Path, lang: str) -> None:
    install_language(qapp, lang)
    paths = corpus_copy(tmp_path, ["sample-5251.eml"])
    page.analyse_paths(paths)
    qtbot.waitUntil(page.result_box.isVisible, timeout=10_000)
    reasons = [w for w in page.result_box.findChildren(QWidget, "attachmentReasons")
               if w.isVisibleTo(page)]
    assert len(reasons) == 3  # three .mobileconfig files
    why = explain_reason("configuration_profile", lang)
    assert all(bullets.text() == why for bullets in reasons)
    assert "configuration_profile" not in all_text(page)  # never a code on screen
    assert why in all_text(page)
    names = [label.text() for label in labels(page) if label.objectName() == "attachment"]
    suffix = ": dangerous, do not open it" if lang == "en" else ""
    assert names[0].startswith("email-fastpakco.mobileconfig") and names[0].endswith(suffix)
    # the reason's evidence is the names, highlighted
    box = page.result_box.findChild(QFrame, "flag_dangerous_attachment")
    evidence = document(box.findChild(QLabel, "evidence")).toPlainText()
    assert "email-fastpakco.mobileconfig" in evidence
    assert "configuration_profile" not in evidence


# ---- the main window ---------------------------------------------------------------------


class FakeJournal(QLabel):
    def __init__(self) -> None:
        super().__init__("journal")
        self.captured: list[object] = []

    def capture_from_checked(self, checked: object) -> None:
        self.captured.append(checked)


class FakeGuidance(QLabel):
    def __init__(self) -> None:
        super().__init__("guidance")
        self.plans: list[tuple[str, int | None]] = []

    def open_plan(self, situation: str, journal_entry_id: int | None) -> None:
        self.plans.append((situation, journal_entry_id))


def test_main_window_opens_the_journal_and_the_plan(qtbot, qapp, tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    data_dir = tmp_path / "data"
    make_store(data_dir, keyring, profiles=(RELATIVE,))
    services = make_services(data_dir, keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    check_spec = next(spec for spec in PAGES if spec.key == "check")
    window = MainWindow(services, keyring_status=KeyringStatus.AVAILABLE, pages=[
        PAGES[0], check_spec,
        Feature("journal", "Journal", "JournalPage", lambda w: FakeJournal()),
        Feature("guidance", "What to do?", "GuidancePage", lambda w: FakeGuidance()),
    ])
    qtbot.addWidget(window)
    window.show()
    try:
        window.show_page("check")
        page = window.page("check")
        assert isinstance(page, CheckPage)
        paste_and_analyse(qtbot, page, AMELI_SMS)
        qtbot.mouseClick(page.journal_button, Qt.MouseButton.LeftButton)
        journal = window.page("journal")
        assert window.current_page_key() == "journal"
        assert len(journal.captured) == 1
        assert journal.captured[0].analysis is page._analysis
        window.show_page("check")
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
        assert window.current_page_key() == "guidance"
        assert window.page("guidance").plans == [("suspicious_sms", None)]
    finally:
        page.runner.wait()
        window.close()
        services.lock()


def test_a_checked_message_goes_into_the_real_journal_and_plan(qtbot, tmp_path: Path) -> None:
    """With the real pages: "Add to the journal" opens the journal's form pre-filled, saving
    stores the entry; "What to do now?" opens the SMS plan on the guidance page."""
    from vigilance_app.journal.repository import Journal, JournalQuery

    keyring = MemoryKeyring()
    data_dir = tmp_path / "data"
    make_store(data_dir, keyring, profiles=(RELATIVE,))
    services = make_services(data_dir, keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    window = MainWindow(services, keyring_status=KeyringStatus.AVAILABLE, pages=list(PAGES))
    qtbot.addWidget(window)
    window.show()
    try:
        window.show_page("check")
        page = window.page("check")
        paste_and_analyse(qtbot, page, AMELI_SMS)
        qtbot.mouseClick(page.journal_button, Qt.MouseButton.LeftButton)
        assert window.current_page_key() == "journal"
        journal_page = window.page("journal")
        assert journal_page.form.channel == "sms"
        assert journal_page.form.sender_edit.text()
        entry_id = journal_page.save_form()
        profile = services.store.active_profile().id
        detail = Journal(services.store).get(entry_id)
        assert detail.channel == "sms" and detail.risk == page._analysis.risk.level
        assert Journal(services.store).count(profile, JournalQuery()) == 1
        window.show_page("check")
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
        assert window.current_page_key() == "guidance"
        from vigilance_app.guidance.progress import run_state

        guidance = window.page("guidance")
        assert guidance.stack.currentWidget() is guidance.plan_view
        assert run_state(services.store, guidance.run_id).run.situation == "suspicious_sms"
    finally:
        page.runner.wait()
        window.close()
        services.lock()


# ---- texts and looks ---------------------------------------------------------------------


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
    assert page.journal_button.text() == "Ajouter au &journal"
    assert page.plan_button.text() == "&Que faire maintenant ?"
    from vigilance_app.analysis.flags import explain

    assert explain("lookalike_domain", "fr")[0] in all_text(page)
    # French quotes, held to the words by non-breaking spaces
    assert "«\u00a0ameli-remboursement[.]fr\u00a0»" in all_text(page)
    assert page.channel_combo.itemText(2) != "Phone call"


def _shoot(page: QWidget, name: str) -> None:
    save_shot(page, name)
    save_shot(page.scroll.widget(), f"{name}_full")


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
    for button in (page.journal_button, page.plan_button):  # whole words on the buttons
        assert button.width() >= button.fontMetrics().horizontalAdvance(
            button.text().replace("&", ""))
    _shoot(page, f"check_{lang}_{scale}")


@needs_corpus
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("scale", [100, 200])
def test_batch_screenshots(qtbot, qapp, page: CheckPage, tmp_path: Path, lang: str,
                           scale: int) -> None:
    install_language(qapp, lang)
    apply_theme(qapp, Preferences(language=lang, text_scale=scale))
    paths = corpus_copy(tmp_path, BATCH)
    missing = tmp_path / "mails" / "absent.eml"
    page.analyse_paths([*paths, missing])
    wait_batch(qtbot, page)
    page.results_list.setCurrentRow(2)
    qtbot.waitUntil(lambda: page.result_box.findChild(QFrame, "flag_dangerous_attachment")
                    is not None
                    and page.result_box.findChild(QFrame, "flag_dangerous_attachment")
                    .isVisible())
    content = page.scroll.widget()
    qtbot.waitUntil(lambda: content.height() >= content.minimumSizeHint().height())
    assert content.width() <= page.scroll.viewport().width()
    # every row of the list is shown whole (no clipped file names or verdicts)
    view = page.results_list
    for row in range(view.count()):
        rect = view.visualItemRect(view.item(row))
        assert rect.bottom() <= view.viewport().height(), (row, rect)
    _shoot(page, f"check_batch_{lang}_{scale}")
