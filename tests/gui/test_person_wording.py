"""Wording that follows whom the journal is for: "your journal" for one's own, "Jeanne's
journal" / "le journal de Jeanne" for a relative's, in English and French, on Home, the
journal, the account checks and the plans; and the texts change at once when another person
is chosen or the language changes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import english, make_services, make_store
from vigilance_app.people.api import Person, find_person
from vigilance_app.services import AppServices
from vigilance_app.ui.guidance.home_panel import GuidanceHomePanel
from vigilance_app.ui.guidance.page import GuidancePage
from vigilance_app.ui.journal.home_panel import JournalHomePanel
from vigilance_app.ui.journal.page import JournalPage
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.kit.person_words import PersonWords, person_words, without_mnemonic
from vigilance_app.ui.reviews.home_panel import ReviewsHomePanel
from vigilance_app.ui.reviews.page import ReviewsPage
from vigilance_app.ui.shell.home_page import HomePage
from vigilance_app.ui.shell.main_window import MainWindow

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
CARD = "gave_card_details"


@pytest.fixture
def services(qapp: QApplication, data_dir: Path,
             memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    """Jeanne (a relative, shown first) and "Moi" (the user)."""
    english(qapp)
    make_store(data_dir, memory_keyring, profiles=("Jeanne", "Moi"))
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    yield services
    remove_language(qapp)
    services.lock()


def choose(services: AppServices, name: str) -> None:
    services.store.set_active_profile(find_person(services.store, name).id)


# ---- the helper ------------------------------------------------------------------


def test_the_helper_picks_the_wording_and_keeps_names_as_text() -> None:
    own, relative = "Your journal ({count})", "{name}'s journal ({count})"
    assert PersonWords().pick(own, relative, count=2) == "Your journal (2)"
    me = PersonWords(Person(1, "Moi", is_self=True))
    assert me.pick(own, relative, count=2) == "Your journal (2)"
    odd = PersonWords(Person(2, "Jo {count} & Lou", is_self=False))
    assert odd.relative and odd.name == "Jo {count} & Lou"
    assert odd.pick(own, relative, count=3) == "Jo {count} & Lou's journal (3)"
    button = odd.pick_button("Open &your journal", "Open {name}'s &journal")
    assert button == "Open Jo {count} && Lou's &journal"
    assert without_mnemonic(button) == "Open Jo {count} & Lou's journal"
    assert person_words(None) == PersonWords()


def test_the_helper_reads_the_active_person(services: AppServices) -> None:
    words = person_words(services.store)
    assert words.relative and words.name == "Jeanne"
    choose(services, "Moi")
    assert not person_words(services.store).relative


# ---- Home --------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "relative_text", "own_text"), [
    ("en", "Jeanne &received a call / a message", "I &received a call / a message"),
    ("fr", "Jeanne a &reçu un appel / un message", "J’ai &reçu un appel / un message"),
])
def test_home_speaks_of_the_person_shown(qtbot, qapp: QApplication, services: AppServices,
                                         lang: str, relative_text: str, own_text: str) -> None:
    install_language(qapp, lang)
    home = HomePage(services)
    qtbot.addWidget(home)
    journal = JournalHomePanel(services)
    qtbot.addWidget(journal)
    assert home.received_button.text() == relative_text
    if lang == "fr":
        assert journal.heading.text() == "Journal des contacts suspects de Jeanne"
        assert "dans le journal de Jeanne" in journal.empty_line.text()
        assert journal.open_button.text() == "Ouvrir le &journal de Jeanne"
        assert journal.capture_button.text() == "Jeanne vient de recevoir un &appel suspect"
    else:
        assert journal.heading.text() == "Jeanne's journal of suspicious contacts"
        assert "in Jeanne's journal" in journal.empty_line.text()
        assert home.received_menu.accessibleName() == "What did Jeanne receive?"
    choose(services, "Moi")
    home.refresh()
    journal.refresh()
    assert home.received_button.text() == own_text
    if lang == "fr":
        assert journal.heading.text() == "Votre journal des contacts suspects"
        assert journal.open_button.text() == "Ouvrir votre &journal"
    else:
        assert journal.heading.text() == "Your journal of suspicious contacts"
        assert home.received_menu.accessibleName() == "What did you receive?"


# ---- the journal -------------------------------------------------------------------


def test_journal_page_and_capture_questions_follow_the_person(
        qtbot, qapp: QApplication, services: AppServices) -> None:
    install_language(qapp, "fr")
    page = JournalPage(services, now=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    assert page.title.text() == "Journal des contacts suspects de Jeanne"
    assert page.empty_label.text().startswith("Le journal de Jeanne est vide.")
    assert page.capture_buttons["phone_call"].text() == \
        "Jeanne vient de recevoir un &appel suspect"
    page.start_capture("phone_call")
    section = page.form.reaction_section
    assert section.reactions_title.text().startswith("Qu'a fait Jeanne ?")
    assert page.form.reaction_boxes[CARD].text() == "A donné les numéros de sa carte bancaire"
    page.form.reaction_boxes[CARD].setChecked(True)
    assert section.disclosed_title.text().startswith("Qu'a donné Jeanne ?")
    assert page.form.save_button.text() == "&Enregistrer dans le journal de Jeanne"
    page.close_form()

    choose(services, "Moi")
    page.refresh()
    assert page.title.text() == "Votre journal des contacts suspects"
    assert page.empty_label.text().startswith("Votre journal est vide.")
    assert section.reactions_title.text().startswith("Qu'avez-vous fait ?")
    assert page.form.reaction_boxes[CARD].text() == "J'ai donné les numéros de ma carte bancaire"

    install_language(qapp, "en")  # the language changes: the person's wording stays
    qtbot.waitUntil(lambda: page.title.text() == "Your journal of suspicious contacts")
    assert section.reactions_title.text().startswith("What did you do?")
    choose(services, "Jeanne")
    page.refresh()
    assert page.title.text() == "Jeanne's journal of suspicious contacts"
    assert section.reactions_title.text().startswith("What did Jeanne do?")
    assert page.form.reaction_boxes[CARD].text() == "Gave their card details"


# ---- the account checks ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_account_checks_speak_of_the_person(qtbot, qapp: QApplication,
                                            services: AppServices, lang: str) -> None:
    install_language(qapp, lang)
    page = ReviewsPage(services, now=lambda: NOW, tz=UTC)
    qtbot.addWidget(page)
    panel = ReviewsHomePanel(services, now=lambda: NOW, tz=UTC)
    qtbot.addWidget(panel)
    if lang == "fr":
        assert page.list_label.text() == "&Les comptes de Jeanne"
        assert page.title.text() == "Vérifier les comptes de Jeanne"
        assert "comptes qu'utilise Jeanne" in page.verdict.text()
        assert panel.heading.text() == "Vérifier les comptes de Jeanne"
        assert panel.open_button.text() == "&Ajouter les comptes de Jeanne"
    else:
        assert page.list_label.text() == "Jeanne's accou&nts"
        assert page.accounts_list.accessibleName() == "Jeanne's accounts"
        assert panel.line.text().startswith("Add the accounts Jeanne uses")
    choose(services, "Moi")
    page.refresh()
    panel.refresh()
    if lang == "fr":
        assert page.list_label.text() == "&Vos comptes"
        assert page.title.text() == "Vérifier mes comptes"
        assert panel.heading.text() == "Vérifier mes comptes"
        assert panel.open_button.text() == "&Ajouter mes comptes"
    else:
        assert page.list_label.text() == "&Your accounts"
        assert panel.line.text().startswith("Add the accounts you use")


def test_the_check_flow_names_the_relative(qtbot, qapp: QApplication,
                                           services: AppServices) -> None:
    from vigilance_app.reviews import accounts as acc

    install_language(qapp, "fr")
    store = services.store
    acc.add_account(store, store.active_profile().id, "bank", "Compte courant", now=NOW)
    page = ReviewsPage(services, now=lambda: NOW, tz=UTC)
    qtbot.addWidget(page)
    [info] = page.infos
    flow = page.start_checks([info.account])
    assert flow.windowTitle() == "Vérifier les comptes de Jeanne"
    assert flow.account_title.text() == "Compte de Jeanne à vérifier : Compte courant"
    assert flow.site_hint.text().startswith("Avec Jeanne, connectez-vous")
    flow.show_unusual()
    assert flow.unusual_title.text() == "Qu'avez-vous vu sur le compte de Jeanne ?"
    flow.reject()


# ---- the plans ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_plans_speak_of_the_person(qtbot, qapp: QApplication, services: AppServices,
                                   lang: str) -> None:
    install_language(qapp, lang)
    page = GuidancePage(services, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(900, 700)
    buttons = page.question_view.buttons
    if lang == "fr":
        assert page.question_view.question.text() == "Que s'est-il passé pour Jeanne\u00a0?"
        assert buttons[CARD].text_shown() == "Jeanne a donné son numéro de carte bancaire"
    else:
        assert page.question_view.question.text() == "What happened to Jeanne?"
        assert buttons[CARD].text_shown() == "Jeanne gave their bank card number"
    page.open_plan(CARD)
    view = page.plan_view
    assert view.title.text() == buttons[CARD].text_shown()
    assert view.who_line.isVisibleTo(page) and "Jeanne" in view.who_line.text()
    optional = next(card for card in view.cards if card.not_applicable_button is not None)
    if lang == "fr":
        assert optional.not_applicable_button.text() == "Ne concerne pas Jeanne"
    else:
        assert optional.not_applicable_button.text() == "Does not apply to Jeanne"

    choose(services, "Moi")
    page.refresh()  # another person: back to the question, in their own words
    if lang == "fr":
        assert page.question_view.question.text() == "Que s'est-il passé\u00a0?"
        assert buttons[CARD].text_shown() == "J'ai donné mon numéro de carte bancaire"
    else:
        assert page.question_view.question.text() == "What happened?"
        assert buttons[CARD].text_shown() == "I gave my bank card number"
    page.open_plan(CARD)
    assert view.title.text() == page.content.plans[CARD].title
    assert not view.who_line.isVisibleTo(page)
    optional = next(card for card in view.cards if card.not_applicable_button is not None)
    assert optional.not_applicable_button.text() == (
        "Ne me concerne pas" if lang == "fr" else "Does not apply to me")


def test_the_breach_form_names_who_received_the_letter(qtbot, qapp: QApplication,
                                                       services: AppServices) -> None:
    install_language(qapp, "fr")
    page = GuidancePage(services, now=lambda: NOW)
    qtbot.addWidget(page)
    page.show_breach_form()
    form = page.breach_form
    assert form.title.text() == "Jeanne a reçu un courrier sur une fuite de données"
    assert form.date_label.text() == "Quand est-ce que Jeanne l'a reçu\u00a0?"
    assert form.org_edit.placeholderText() == "par exemple, la mutuelle de Jeanne"
    choose(services, "Moi")
    page.refresh()
    assert form.title.text() == "Vous avez reçu un courrier sur une fuite de données"


# ---- the window: another person, another language, at once ------------------------


def test_the_window_rewords_at_once_when_the_person_or_language_changes(
        qtbot, qapp: QApplication, services: AppServices) -> None:
    from vigilance_app.guidance.progress import start_run

    start_run(services.store, services.store.active_profile().id, CARD, NOW)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    [journal_panel] = home.findChildren(JournalHomePanel)
    [plans_panel] = home.findChildren(GuidanceHomePanel)
    qtbot.waitUntil(lambda: plans_panel.heading.text() == "Jeanne's plans in progress")
    assert home.received_button.text() == "Jeanne &received a call / a message"
    assert journal_panel.heading.text() == "Jeanne's journal of suspicious contacts"
    window.show_page("journal")
    journal = window.page("journal")
    assert journal.title.text() == "Jeanne's journal of suspicious contacts"

    other = window.profile_combo.findText("Moi")
    window.profile_combo.setCurrentIndex(other)
    window.profile_combo.activated.emit(other)
    assert journal.title.text() == "Your journal of suspicious contacts"
    assert home.received_button.text() == "I &received a call / a message"
    assert journal_panel.heading.text() == "Your journal of suspicious contacts"

    install_language(qapp, "fr")
    qtbot.waitUntil(lambda: journal.title.text() == "Votre journal des contacts suspects")
    assert home.received_button.text() == "J’ai &reçu un appel / un message"
    back = window.profile_combo.findText("Jeanne")
    window.profile_combo.setCurrentIndex(back)
    window.profile_combo.activated.emit(back)
    assert journal.title.text() == "Journal des contacts suspects de Jeanne"
    assert home.received_button.text() == "Jeanne a &reçu un appel / un message"
    qtbot.waitUntil(lambda: plans_panel.heading.text() == "Démarches en cours pour Jeanne")
