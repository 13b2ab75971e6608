"""The result with a calibrated score: the strongest reasons first, the text model's words as
readable evidence, and a clear notice when part of the message could not be read.

The analyses are built by hand (not by the model), so these tests hold whatever the model says.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

from tests.gui.test_app_support import save_shot
from vigilance_app.analysis.analyze import Analysis, Sender
from vigilance_app.analysis.checked import CheckedMessage
from vigilance_app.analysis.flags import RedFlag, explain
from vigilance_app.analysis.message import ParsedMessage
from vigilance_app.analysis.risk import Risk
from vigilance_app.preferences import Preferences
from vigilance_app.ui.check.page import CheckPage
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.kit.theme import apply_theme

TEXT = ("Cher client, votre compte sera suspendu sous 24h. Vous devez vérifier vos "
        "informations et saisir votre numéro de carte sur https://ameli-secu.xyz/login. "
        "Vous êtes l'heureux gagnant d'un chèque cadeau.")
NO_CLEAR_SIGN = {"en": "No clear sign of a scam", "fr": "Aucun signe clair d’arnaque"}


def flag(code: str, *evidence: str) -> RedFlag:
    return RedFlag(code=code, severity="high", evidence=tuple(evidence))


def make_checked(flags: tuple[RedFlag, ...] = (), reasons: tuple[str, ...] = (),
                 words: tuple[str, ...] = (), warnings: tuple[str, ...] = (),
                 level: str = "medium", text: str = TEXT) -> CheckedMessage:
    parsed = ParsedMessage(channel="email", sender_address="service@ameli-secu.xyz",
                           subject="Votre compte", text=text, warnings=warnings)
    risk = Risk(level=level, reasons=reasons, score=0.5, words=words,
                complete=not warnings)
    extra = ({"warnings": warnings} if "warnings" in {f.name for f in dataclasses.fields(Analysis)}
             else {})
    analysis = Analysis(
        channel="email", sender=Sender("Service", "service@ameli-secu.xyz", "ameli-secu.xyz",
                                       (), None),
        subject=parsed.subject, links=(), phones=(), amounts=(), organizations=(),
        attachments=(), flags=flags, risk=risk, **extra)
    return CheckedMessage(parsed, analysis)


FLAGS = (flag("urgency", "sous 24h"), flag("asks_card_details", "numéro de carte"),
         flag("lookalike_domain", "ameli-secu.xyz"), flag("threat", "suspendu"))


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


def why_items(page: CheckPage) -> list[str]:
    """The items of "Why", top to bottom."""
    details = page.result_box.details
    found = []
    for row in range(details.count()):
        widget = details.itemAt(row).widget()
        if isinstance(widget, QFrame) and widget.objectName():
            found.append(widget.objectName())
    return found


def shown_text(page: QWidget) -> str:
    """What the person reads (rich text as its plain text)."""
    texts = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(page):
            continue
        if label.textFormat() == Qt.TextFormat.RichText:
            doc = QTextDocument()
            doc.setHtml(label.text())
            texts.append(doc.toPlainText())
        else:
            texts.append(label.text())
    return "\n".join(texts)


def words_box(page: CheckPage) -> QFrame:
    box = page.result_box.findChild(QFrame, "scamWords")
    assert box is not None and box.isVisibleTo(page)
    return box


# ---- the strongest reasons first ---------------------------------------------------------


def test_reasons_follow_the_order_of_the_score(page: CheckPage) -> None:
    page.show_checked(make_checked(FLAGS, reasons=("lookalike_domain", "asks_card_details",
                                                   "urgency")))
    # the reasons of the score first, strongest first; then the other flags as usual
    assert why_items(page) == ["flag_lookalike_domain", "flag_asks_card_details",
                               "flag_urgency", "flag_threat"]


def test_without_reasons_the_flags_keep_their_usual_order(page: CheckPage) -> None:
    page.show_checked(make_checked(FLAGS))
    assert why_items(page) == ["flag_urgency", "flag_asks_card_details",
                               "flag_lookalike_domain", "flag_threat"]


def test_a_reason_that_is_not_a_known_flag_is_not_shown(page: CheckPage) -> None:
    page.show_checked(make_checked(FLAGS[:1], reasons=("some_model_feature", "urgency")))
    assert why_items(page) == ["flag_urgency"]
    assert "some_model_feature" not in shown_text(page)


# ---- the text model's words ------------------------------------------------------------


@pytest.mark.parametrize(("reasons", "position"), [
    (("lookalike_domain", "asks_card_details", "urgency"), 2),  # after the two strongest
    (("lookalike_domain",), 1),
    ((), 0),  # nothing raised the score but the words: they come first
])
def test_words_come_after_the_strongest_reasons(page: CheckPage, reasons: tuple[str, ...],
                                                position: int) -> None:
    page.show_checked(make_checked(FLAGS, reasons=reasons, words=("vérifier", "suspendu")))
    items = why_items(page)
    assert items.index("scamWords") == position
    assert len(items) == len(FLAGS) + 1


def test_words_alone_still_explain_why(page: CheckPage) -> None:
    page.show_checked(make_checked(words=("gagnant",), level="low"))
    assert why_items(page) == ["scamWords"]
    assert "Why" in shown_text(page)


def test_words_are_shown_as_plain_text_at_most_six(page: CheckPage) -> None:
    words = ("<b>x</b>", "hxxp", "http://evil.example/a", "vérifier", "suspendu", "gagnant",
             "septième")
    page.show_checked(make_checked(FLAGS, reasons=("urgency",), words=words))
    box = words_box(page)
    evidence = box.findChild(QLabel, "evidence")
    assert evidence.textFormat() == Qt.TextFormat.RichText
    doc = QTextDocument()
    doc.setHtml(evidence.text())
    assert doc.toPlainText() == (
        "Found in the message: “<b>x</b>”, “hxxp”, “hxxp://evil[.]example/a”, “vérifier”, "
        "“suspendu”, “gagnant”")
    assert evidence.accessibleName() == doc.toPlainText()
    assert "septième" not in shown_text(page)  # six words at most
    assert "<b>x</b>" not in evidence.text()  # escaped, never markup
    assert "http://evil" not in shown_text(page)
    # one item, read as one sentence, with a title that says what the words are
    assert box.accessibleName() == (
        "Words often found in scams: “<b>x</b>”, “hxxp”, “hxxp://evil[.]example/a”, "
        "“vérifier”, “suspendu”, “gagnant”")
    assert "Words often found in scams" in shown_text(box)


def test_words_are_highlighted_in_the_message(page: CheckPage) -> None:
    page.show_checked(make_checked(words=("vérifier", "ameli-secu.xyz", "absent")))
    excerpts = [label for label in words_box(page).findChildren(QLabel)
                if label.objectName() == "excerpt"]
    assert len(excerpts) == 2
    doc = QTextDocument()
    doc.setHtml(excerpts[0].text())
    assert "“vérifier”" in doc.toPlainText()
    doc.setHtml(excerpts[1].text())  # found as written, shown defanged
    assert "“ameli-secu[.]xyz”" in doc.toPlainText()
    assert "https://" not in doc.toPlainText() and "ameli-secu.xyz" not in doc.toPlainText()


def test_words_in_french(qapp, page: CheckPage) -> None:
    install_language(qapp, "fr")
    page.show_checked(make_checked(words=("vérifier", "suspendu")))
    box = words_box(page)
    assert box.accessibleName() == (
        "Mots fréquents dans les arnaques : «\u00a0vérifier\u00a0», «\u00a0suspendu\u00a0»")
    assert "Mots fréquents dans les arnaques" in shown_text(box)


# ---- part of the message could not be read -----------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_unread_parts_are_said_and_never_called_no_clear_sign(qapp, page: CheckPage,
                                                              lang: str) -> None:
    install_language(qapp, lang)
    # even if a level "low" slipped through, the window does not say "no clear sign"
    page.show_checked(make_checked(level="low", warnings=("too_many_parts", "too_deep",
                                                          "html_truncated", "text_truncated")))
    notice = page.result_box.notice
    assert notice.isVisible()
    text = page.result_box.notice_label.text()
    if lang == "en":
        assert text == (
            "Part of this message could not be read (it contains an abnormal number of parts; "
            "its parts are nested abnormally deep; its text is abnormally long). Scammers "
            "sometimes hide dangerous content this way: do not trust this message.")
        assert page.level_label.text() == "Risk level: medium"
    else:
        assert text == (
            "Une partie de ce message n’a pas pu être lue (il contient un nombre anormal de "
            "parties ; ses parties sont imbriquées anormalement profond ; son texte est "
            "anormalement long). Les escrocs cachent parfois un contenu dangereux ainsi : ne "
            "faites pas confiance à ce message.")
        assert page.level_label.text() == "Niveau de risque : moyen"
    assert NO_CLEAR_SIGN[lang].lower() not in shown_text(page).lower()
    assert NO_CLEAR_SIGN[lang].lower() not in page.verdict_label.accessibleName().lower()
    # near the top: under the verdict, before the two buttons and the reasons
    assert notice.y() > page.verdict_label.y()
    # (the buttons sit in a row of their own that wraps at 200 %)
    assert notice.y() < page.journal_button.mapTo(page.result_box, QPoint(0, 0)).y()
    # heard with the verdict (it has the focus), and named itself
    assert text in page.verdict_label.accessibleName()
    assert notice.accessibleName() == text
    # words and an icon, not a colour alone
    assert page.result_box.notice_icon.pixmap() is not None
    assert notice.frameShape() == QFrame.Shape.Box


def test_warning_codes_as_evidence_are_not_shown_as_words_of_the_message(
        page: CheckPage) -> None:
    """A flag that says the message hides content carries the parser's codes: the notice
    says them in words, the flag shows no code as if the message had said it."""
    page.show_checked(make_checked((flag("threat", "too_many_parts", "suspendu"),),
                                   warnings=("too_many_parts",)))
    assert "too_many_parts" not in shown_text(page)
    evidence = page.result_box.findChild(QFrame, "flag_threat").findChild(QLabel, "evidence")
    assert evidence.accessibleName() == "Found in the message: “suspendu”"


def test_every_warning_code_has_words(page: CheckPage) -> None:
    from vigilance_app.analysis import limits

    codes = [value for name, value in vars(limits).items() if name.startswith("WARN_")]
    assert len(codes) == 8
    for code in codes:
        page.show_checked(make_checked(warnings=(code,)))
        text = page.result_box.notice_label.text()
        assert code not in text
        assert "(it is built in an unusual way)" not in text  # each has its own words


def test_an_unknown_warning_still_gets_words(page: CheckPage) -> None:
    page.show_checked(make_checked(warnings=("new_limit_code",)))
    text = page.result_box.notice_label.text()
    assert "(it is built in an unusual way)" in text
    assert "new_limit_code" not in shown_text(page)


def test_a_message_read_whole_has_no_notice(page: CheckPage) -> None:
    page.show_checked(make_checked(FLAGS, reasons=("urgency",), level="high"))
    assert not page.result_box.notice.isVisible()
    assert "could not be read" not in page.verdict_label.accessibleName()
    page.show_checked(make_checked(level="low"))
    assert not page.result_box.notice.isVisible()
    assert page.verdict_label.text() == "No clear sign of a scam found. Stay careful."


def test_the_notice_follows_the_language(qapp, qtbot, page: CheckPage) -> None:
    page.show_checked(make_checked(warnings=("too_many_links",)))
    assert "abnormal number of links" in page.result_box.notice_label.text()
    install_language(qapp, "fr")
    qtbot.waitUntil(lambda: "nombre anormal de liens" in page.result_box.notice_label.text())


def test_a_hostile_file_shows_the_notice(qtbot, page: CheckPage, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Too many MIME parts: the real parser stops reading, and the window says so (the
    analysis is made by hand from the parser's warnings, whatever the model says)."""
    from vigilance_app.analysis.eml import parse_eml
    from vigilance_app.ui.check import page as check_page

    parts = [b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(600)]
    data = (b"From: a@example.org\r\nSubject: hostile\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=b\r\n\r\n" + b"".join(parts)
            + b"--b--\r\n")

    def analyse(path: Path, channel: str, sender: str | None) -> CheckedMessage:
        warnings = parse_eml(path.read_bytes()).warnings
        assert warnings == ("too_many_parts",)
        return make_checked(level="low", warnings=warnings, text="x")

    monkeypatch.setattr(check_page, "analyse_file", analyse)
    files = []
    for name in ("hostile.eml", "second.eml"):
        files.append(tmp_path / name)
        files[-1].write_bytes(data)
    page.analyse_paths(files[:1])
    qtbot.waitUntil(page.result_box.isVisible, timeout=20_000)
    assert page.result_box.notice.isVisible()
    assert "abnormal number of parts" in page.result_box.notice_label.text()
    assert "no clear sign" not in shown_text(page).lower()
    # in a list of files, the row says it too
    page.analyse_paths(files)
    qtbot.waitUntil(lambda: not page.working, timeout=20_000)
    row = page.results_list.item(0).text()
    assert row == "hostile.eml: some signs of a scam (part of it could not be read)"


# ---- new widgets are named, nothing is cut -----------------------------------------------


def test_new_items_have_accessible_names(page: CheckPage) -> None:
    page.show_checked(make_checked(FLAGS, reasons=("threat",), words=("gagnant",),
                                   warnings=("too_deep",)))
    for name in ("unreadNotice", "scamWords", "flag_threat"):
        widget = page.result_box.findChild(QFrame, name)
        assert widget.accessibleName(), name
    assert page.result_box.findChild(QFrame, "flag_threat").accessibleName() == explain(
        "threat", "en")[0]


def wrapped_whole(page: CheckPage) -> list[str]:
    """Labels shown shorter than their wrapped text needs, or wider than the view."""
    problems = []
    view = page.scroll.viewport()
    for label in page.result_box.findChildren(QLabel):
        if not label.isVisibleTo(page) or not label.text():
            continue
        if label.wordWrap() and label.height() < label.heightForWidth(label.width()):
            problems.append(f"cut: {label.objectName()} {label.text()[:40]!r}")
        right = label.mapTo(view, label.rect().topRight()).x()
        if right > view.width():
            problems.append(f"wider than the view: {label.text()[:40]!r}")
    return problems


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("scale", [100, 200])
def test_screenshots_with_notice_and_words(qtbot, qapp, page: CheckPage, lang: str,
                                           scale: int) -> None:
    install_language(qapp, lang)
    apply_theme(qapp, Preferences(language=lang, text_scale=scale))
    title = "Est-ce une arnaque ?" if lang == "fr" else "Is this a scam?"
    qtbot.waitUntil(lambda: page.title.text() == title)  # the language change is done
    page.show_checked(make_checked(
        FLAGS, reasons=("lookalike_domain", "asks_card_details", "urgency"), level="high",
        words=("suspendu", "vérifier", "gagnant", "<b>x</b>"),
        warnings=("too_many_parts", "html_truncated")))
    content, box, bar = page.scroll.widget(), page.result_box, page.scroll.verticalScrollBar()

    def laid_out() -> bool:
        """Every reason shown (the layout shows new items on the next turn of the event loop)
        and wrapped at its width; then the page scrolls to the verdict."""
        last = box.findChild(QFrame, "flag_threat")
        return (last is not None and last.isVisible()
                and box.height() >= box.minimumSizeHint().height()
                and content.height() >= content.minimumSizeHint().height())

    qtbot.waitUntil(laid_out)
    qtbot.waitUntil(lambda: bar.value() > 0 and bar.value() == min(bar.maximum(), box.y()))
    assert content.width() <= page.scroll.viewport().width()  # no sideways clipping
    assert not wrapped_whole(page)
    save_shot(page, f"check_reasons_{lang}_{scale}")
    save_shot(page.result_box, f"check_reasons_{lang}_{scale}_full")
