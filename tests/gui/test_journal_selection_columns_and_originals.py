# ruff: noqa: F811  (the fixtures of test_journal_page, imported by name, are parameters here)
"""The journal page: the detail follows the
visible selection, an entry added from the checker becomes the whole selection, the Reply-To
address says what it is, columns fit their titles and the window at 200 %, "Prepare a
file…" opens on the selection, and the original email is kept only when the person asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.test_journal_page import (  # noqa: F401  (fixtures)
    NOW,
    Clock,
    add,
    clock,
    english,
    entry_ids,
    page,
    select_rows,
    services,
)
from tests.unit.test_journal_import import CARD_EML
from vigilance_app.journal.capture import check_bytes
from vigilance_app.journal.repository import Journal
from vigilance_app.preferences import Preferences
from vigilance_app.ui.journal.keep_original import PROPERTY
from vigilance_app.ui.journal.page import JournalPage
from vigilance_app.ui.kit.i18n import install_language
from vigilance_app.ui.kit.theme import apply_theme

REPLY_EML = (b"From: Service Client <support@banque-secu.example>\r\n"
             b"Reply-To: remboursement@collecte-dossiers.example\r\n"
             b"To: moi@example.org\r\nSubject: Votre dossier\r\n"
             b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
             b"Merci de confirmer votre dossier aujourd'hui.\r\n")


@pytest.fixture(autouse=True)
def forget_keep_original():
    """Each test starts a new "session": the box unticked."""
    QCoreApplication.instance().setProperty(PROPERTY, None)
    yield
    QCoreApplication.instance().setProperty(PROPERTY, None)


def detail_lines(page: JournalPage, name: str) -> list[str]:
    """The lines of the detail now (those of an earlier rendering are out of its layout,
    on their way out)."""
    rows = page.detail.rows
    widgets = [rows.itemAt(i).widget() for i in range(rows.count())]
    return [w.text().replace("\u00a0", " ") for w in widgets
            if isinstance(w, QLabel) and w.objectName() == name]


# ---- the detail follows the visible selection -----------------------------------------

def test_after_a_search_the_detail_never_shows_a_hidden_entry(qtbot, services, page) -> None:
    ameli, banque = add(services, 1, summary="Remboursement Ameli")[0], add(
        services, 1, summary="Conseiller de la banque")[0]
    page.apply_query()
    select_rows(page, [entry_ids(page).index(banque)])
    assert page.detail.detail["id"] == banque and page.detail.delete_button.isVisible()
    page.search_edit.setText("ameli")
    page.apply_query()
    assert entry_ids(page) == [ameli]
    assert page.selected_ids() == []
    assert page.detail.detail is None  # not the hidden "banque" entry
    assert not page.detail.delete_button.isVisible()
    assert page.detail.empty_label.isVisible()
    # An entry that the search still lists stays shown.
    select_rows(page, [0])
    page.search_edit.setText("rembourse")
    page.apply_query()
    assert page.selected_ids() == [ameli] and page.detail.detail["id"] == ameli


def test_an_entry_shown_from_elsewhere_clears_the_search_that_hides_it(qtbot, services,
                                                                      page) -> None:
    ameli = add(services, 1, summary="Remboursement Ameli")[0]
    banque = add(services, 1, summary="Conseiller de la banque")[0]
    page.search_edit.setText("ameli")
    page.apply_query()
    page.show_entry(banque)
    assert page.search_edit.text() == ""
    assert set(entry_ids(page)) == {ameli, banque}
    assert page.selected_ids() == [banque] and page.detail.detail["id"] == banque


# ---- "Add to the journal" from the checker -------------------------------------------

def test_an_entry_added_from_the_checker_is_the_whole_selection(qtbot, services, page) -> None:
    from vigilance_app.analysis.inputs import check_text

    add(services, 3)
    page.apply_query()
    select_rows(page, [0, 1])
    assert len(page.selected_ids()) == 2
    checked = check_text("Votre colis est bloqué : payez 1,99 EUR sur https://colis-x.example",
                         "sms", "0612345678")
    page.capture_from_checked(checked)
    form = page.form
    form.summary_edit.setFocus()
    # Saved with Ctrl+Enter: Ctrl is still held when the new entry is selected, and must not
    # make it an addition to the earlier selection.
    with qtbot.waitSignal(page.entry_saved, timeout=5_000) as saved:
        qtbot.keyClick(form.summary_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    new = saved.args[0]
    assert page.selected_ids() == [new]
    assert page.count_label.text() == "1 entry selected"
    assert page.detail.detail["id"] == new


# ---- Reply-To ------------------------------------------------------------------------

def test_the_reply_to_address_is_labelled_as_such(qtbot, qapp, services, page) -> None:
    page.capture_from_checked(check_bytes(REPLY_EML, "dossier.eml"))
    new = page.save_form()
    page.show_entry(new)
    assert detail_lines(page, "detailSender") == ["From: support@banque-secu.example"]
    assert detail_lines(page, "detailReplyTo") == [
        "Reply to: remboursement@collecte-dossiers.example"]
    install_language(qapp, "fr")
    QApplication.processEvents()  # the language change reaches the widgets
    page.show_entry(new)
    assert detail_lines(page, "detailSender") == ["De : support@banque-secu.example"]
    assert detail_lines(page, "detailReplyTo") == [
        "Répondre à : remboursement@collecte-dossiers.example"]


# ---- columns at 200 % ---------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_columns_fit_titles_and_window_at_200_percent(qtbot, qapp, services, page,
                                                      lang: str) -> None:
    install_language(qapp, lang)
    apply_theme(qapp, Preferences(language=lang, text_scale=200))
    try:
        add(services, 3, summary="Un conseiller m'a demandé le code reçu par SMS",
            claimed_org_text="Ma banque")
        add(services, 1, summary="Remboursement Ameli", channel="email")
        page.resize(1100, 800)
        page.apply_query()
        qtbot.wait(50)
        table, header = page.table, page.table.horizontalHeader()
        from vigilance_app.ui.journal.model import COLUMNS

        keys = [key for key, _title in COLUMNS]
        for column in range(len(keys)):  # every title whole (sort arrow included)
            assert table.columnWidth(column) >= header.sectionSizeHint(column), keys[column]
        assert not header.stretchLastSection()
        status, summary = keys.index("status"), keys.index("summary")
        char = table.fontMetrics().averageCharWidth()
        assert table.columnWidth(status) <= char * 28  # the state does not take the rest
        used = sum(table.columnWidth(c) for c in range(len(keys)))
        if used <= table.viewport().width():
            assert used == table.viewport().width()  # the rest went to the summary
            assert table.columnWidth(summary) >= table.columnWidth(status)
        # After a search, "When" is in view.
        table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
        page.search_edit.setText("ameli")
        page.apply_query()
        assert table.horizontalScrollBar().value() == 0
        assert table.columnViewportPosition(0) == 0
    finally:
        apply_theme(qapp, Preferences())


# ---- "Prepare a file…" ------------------------------------------------------------------------

def test_prepare_a_file_opens_on_the_selection_by_keyboard(qtbot, services, page) -> None:
    ids = add(services, 3)
    page.apply_query()
    select_rows(page, [entry_ids(page).index(ids[0]), entry_ids(page).index(ids[2])])
    button = page.evidence_button
    assert button.isVisible() and button.accessibleName()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = page.evidence_dialog
    assert dialog is not None and dialog.isVisible()
    assert sorted(dialog.selected_ids) == sorted([ids[0], ids[2]])
    assert dialog.selected_choice.isChecked()
    dialog.reject()
    select_rows(page, [])
    dialog = page.open_evidence()
    assert dialog.selected_ids == [] and dialog.period_choice.isChecked()
    dialog.reject()


# ---- keeping the original email -----------------------------------------------------------------

def test_imported_emails_keep_their_original_only_when_asked(qtbot, services, clock,
                                                              page, tmp_path: Path) -> None:
    path = tmp_path / "carte.eml"
    path.write_bytes(CARD_EML)
    journal = Journal(services.store)
    box = page.keep_original_box
    assert box.isVisible() and not box.isChecked()
    assert "Keep the original email as evidence" in box.text()
    with qtbot.waitSignal(page.import_panel.finished, timeout=30_000):
        assert page.import_paths([path])
    plain = entry_ids(page)[0]
    assert journal.raw_eml(plain) is None
    assert "kept as evidence" not in page.import_panel.status.text()

    box.box.setFocus()
    qtbot.keyClick(box.box, Qt.Key.Key_Space)  # ticked by keyboard
    assert box.isChecked()
    with qtbot.waitSignal(page.import_panel.finished, timeout=30_000):
        assert page.import_paths([path])
    kept = next(eid for eid in entry_ids(page) if eid != plain)
    assert journal.raw_eml(kept) == CARD_EML
    assert "original email files were kept" in page.import_panel.status.text()
    page.show_entry(kept)
    assert detail_lines(page, "detailOriginal")
    page.show_entry(plain)
    assert not detail_lines(page, "detailOriginal")

    # Remembered for the session: another page (after a lock, say) shows it ticked.
    other = JournalPage(services, now=Clock())
    qtbot.addWidget(other)
    other.show()
    assert other.keep_original_box.isChecked()
    other.wait()


def test_an_email_from_the_checker_keeps_its_original_only_when_asked(qtbot, services,
                                                                       page) -> None:
    journal = Journal(services.store)
    checked = check_bytes(CARD_EML, "carte.eml")
    page.capture_from_checked(checked)
    form = page.form
    assert form.keep_original_box.isVisible() and not form.keep_original_box.isChecked()
    plain = page.save_form()
    assert journal.raw_eml(plain) is None
    assert not journal.get(plain).has_raw_eml

    page.capture_from_checked(check_bytes(CARD_EML, "carte.eml"))
    form.keep_original_box.setChecked(True)
    kept = page.save_form()
    assert journal.raw_eml(kept) == CARD_EML
    assert "4970 1012" not in journal.get(kept).body  # the entry itself stays masked
    assert "original email file was kept" in page.notice_bar.text.text()
    assert detail_lines(page, "detailOriginal")
    # The choice is remembered for the next email of the session, and a pasted SMS has no
    # original to keep: the box is not offered.
    page.capture_from_checked(check_bytes(CARD_EML, "carte.eml"))
    assert form.keep_original_box.isChecked()
    page.close_form()
    from vigilance_app.analysis.inputs import check_text

    page.capture_from_checked(check_text("Payez 2 EUR sur https://x.example", "sms", None))
    assert not form.keep_original_box.isVisible()
    sms = page.save_form()
    assert journal.raw_eml(sms) is None


def test_keep_original_box_in_french(qtbot, qapp, services, page) -> None:
    install_language(qapp, "fr")
    QApplication.processEvents()
    assert page.keep_original_box.text().replace("&", "") == (
        "Garder le courriel d'origine comme preuve (il contient peut-être des numéros en "
        "clair)")
    assert page.evidence_button.text().replace("&", "").startswith("Préparer un dossier")
