"""The guidance content (resources/guidance/*.toml) and its strict loader.

The shipped files are checked for completeness and fr/en parity; broken copies written in
tmp_path show that every kind of mistake ends in a ContentError naming the file and the key.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from vigilance_app.guidance.content import (
    URGENCIES,
    ContentError,
    GuidanceContent,
    load_guidance,
    parse_guidance,
)
from vigilance_app.paths import resources_dir
from vigilance_app.vocabulary import (
    CHANNEL_SITUATION,
    CHANNELS,
    REACTION_SITUATION,
    REACTIONS,
    SITUATIONS,
    situation_for,
)

LANGS = ("fr", "en")
SHIPPED = resources_dir() / "guidance"

# Every official phone number of the advice (steps and "Where to report"), as dialled:
# card opposition and its number from abroad, the free help lines, 33700, Assurance Maladie,
# and the emergency numbers 17Cyber points to.
ADVICE_PHONES = ("0 892 705 705", "+33 4 42 60 53 03", "116 006", "0 805 805 817", "33700",
                 "3646", "17", "112")

# The CNIL advice after the Viamedis/Almerys breach → the breach checklist's steps.
CNIL_BREACH_POINTS = {
    "be wary of solicitations, especially about health refunds": "be_wary_of_solicitations",
    "check the activity of your accounts regularly": "check_accounts_regularly",
    "never click a link in a hurry": "never_click_in_a_hurry",
    "never give your card codes": "never_give_card_codes",
    "unique passwords and two-factor authentication": "unique_passwords_two_factor",
    "keep evidence": "keep_evidence",
    "where to get help": "where_to_get_help",
}


def digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


@pytest.fixture(params=LANGS)
def content(request: pytest.FixtureRequest) -> GuidanceContent:
    return load_guidance(request.param)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A writable copy of the shipped content."""
    target = tmp_path / "guidance"
    shutil.copytree(SHIPPED, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not unique in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def load_error(folder: Path, lang: str = "fr") -> str:
    with pytest.raises(ContentError) as caught:
        parse_guidance(lang, folder)
    return str(caught.value)


# ---------------------------------------------------------------------------------------
# The shipped content


def test_shipped_content_is_versioned_and_dated(content: GuidanceContent) -> None:
    assert content.version == "2026.11.1"
    assert content.last_reviewed == date(2026, 11, 29)
    assert content.language in LANGS


def test_every_step_has_a_source_with_an_address_and_a_date(content: GuidanceContent) -> None:
    for plan in content.plans.values():
        for step in plan.steps:
            assert step.sources, f"{plan.situation}/{step.id} has no source"
            for source in step.sources:
                assert source.url.startswith("https://") and len(source.url) > 12
                assert isinstance(source.consulted, date)
                assert source.consulted <= content.last_reviewed
                assert source.publisher and source.title
    for channel in content.directory:
        assert channel.sources
        assert all(s.url.startswith("https://") for s in channel.sources)


def test_every_situation_has_a_plan_of_four_to_nine_steps(content: GuidanceContent) -> None:
    assert list(content.plans) == list(SITUATIONS)
    for plan in content.plans.values():
        assert 4 <= len(plan.steps) <= 9, plan.situation
        assert {step.urgency for step in plan.steps} <= set(URGENCIES)
        assert plan.title and plan.question and plan.intro


def test_every_reaction_and_channel_leads_to_a_plan(content: GuidanceContent) -> None:
    for reaction in REACTIONS:
        situation = REACTION_SITUATION[reaction]
        if situation is not None:
            assert content.plan(situation).situation == situation
        for channel in CHANNELS:
            chosen = situation_for([reaction], channel)
            if chosen is not None:
                assert chosen in content.plans, (reaction, channel)
    for situation in CHANNEL_SITUATION.values():
        assert situation in content.plans


def test_french_and_english_have_the_same_ids_in_the_same_order() -> None:
    fr, en = load_guidance("fr"), load_guidance("en")
    assert list(fr.plans) == list(en.plans)
    for situation in SITUATIONS:
        fr_steps, en_steps = fr.plan(situation).steps, en.plan(situation).steps
        assert [s.id for s in fr_steps] == [s.id for s in en_steps], situation
        for a, b in zip(fr_steps, en_steps, strict=True):
            assert a.urgency == b.urgency, (situation, a.id)
            assert [s.id for s in a.sources] == [s.id for s in b.sources], (situation, a.id)
            assert [c.id for c in a.contacts] == [c.id for c in b.contacts], (situation, a.id)
    assert [c.id for c in fr.directory] == [c.id for c in en.directory]
    for a, b in zip(fr.directory, en.directory, strict=True):
        assert [c.id for c in a.contacts] == [c.id for c in b.contacts], a.id
        assert [s.id for s in a.sources] == [s.id for s in b.sources], a.id
    assert list(fr.contacts) == list(en.contacts)
    for contact_id, contact in fr.contacts.items():
        assert (contact.phone, contact.url) == (en.contacts[contact_id].phone,
                                                en.contacts[contact_id].url), contact_id


def test_the_text_differs_between_languages() -> None:
    fr, en = load_guidance("fr"), load_guidance("en")
    for situation in SITUATIONS:
        assert fr.plan(situation).question != en.plan(situation).question
        for a, b in zip(fr.plan(situation).steps, en.plan(situation).steps, strict=True):
            assert a.title != b.title, (situation, a.id)


def test_questions_are_distinct_buttons(content: GuidanceContent) -> None:
    questions = [plan.question for plan in content.plans.values()]
    assert len(set(questions)) == len(questions)


def test_the_breach_checklist_covers_the_cnil_advice(content: GuidanceContent) -> None:
    plan = content.plan("breach_notice")
    for point, step_id in CNIL_BREACH_POINTS.items():
        assert step_id in plan.step_ids, point
    wary = plan.step("be_wary_of_solicitations")
    assert "cnil_viamedis_almerys" in {s.id for s in wary.sources}
    health_refund = {"fr": "rembourse", "en": "refund"}[content.language]
    assert health_refund in (wary.title + wary.why).lower()
    accounts = plan.step("check_accounts_regularly")
    assert accounts.urgency == "ongoing"
    assert "cybermalveillance_fuite" in {s.id for s in
                                          plan.step("unique_passwords_two_factor").sources}


def test_the_directory_has_every_reporting_channel(content: GuidanceContent) -> None:
    assert [c.id for c in content.directory] == [
        "spam_33700", "signal_spam", "phishing_initiative", "pharos", "perceval", "thesee",
        "cyber17", "cybermalveillance", "card_opposition", "ameli_3646", "france_victimes",
        "info_escroqueries"]
    for channel in content.directory:
        assert channel.for_ and channel.not_for and channel.instructions
    forward = content.report_channel("spam_33700").instructions
    assert "33700" in forward and "spam vocal" in forward


def test_every_advice_phone_number_is_in_the_directory(content: GuidanceContent) -> None:
    in_directory = {digits(c.phone) for channel in content.directory
                    for c in channel.contacts if c.phone}
    for phone in ADVICE_PHONES:
        assert digits(phone) in in_directory, phone
    # And they are written exactly as dialled.
    written = {c.phone for c in content.contacts.values() if c.phone}
    assert set(ADVICE_PHONES) <= written


def test_every_number_quoted_in_the_text_is_a_listed_contact(content: GuidanceContent) -> None:
    """A typo in a number written in a step's text would send someone to a stranger."""
    known = {digits(c.phone) for c in content.contacts.values() if c.phone}
    texts = [s.why + "\n" + s.how for p in content.plans.values() for s in p.steps]
    texts += [c.for_ + "\n" + c.not_for + "\n" + c.instructions for c in content.directory]
    number = re.compile(r"(?<![\w.@-])\+?\d[\d ]*\d(?!\w|[.@-]\w)")
    for text in texts:
        for found in number.findall(text):
            value = digits(found)
            if len(value) < 4 or 1990 <= int(value) <= 2100:
                continue  # "24 h sur 24", "7 jours sur 7", years
            assert value in known, f"{found!r} in {text[:60]!r}"


def test_plans_named_in_the_text_are_real_buttons(content: GuidanceContent) -> None:
    """"Follow the plan «…»" must quote a question the person can find on the page."""
    pattern = {"fr": r"plan « (.+?) »", "en": r'plan "(.+?)"'}[content.language]
    questions = {plan.question for plan in content.plans.values()}
    named = [name for p in content.plans.values() for step in p.steps
             for name in re.findall(pattern, step.how)]
    assert len(named) >= 5
    assert set(named) <= questions, set(named) - questions


def test_only_contact_addresses_may_be_opened(content: GuidanceContent) -> None:
    urls = content.official_urls()
    assert urls == {c.url for c in content.contacts.values() if c.url}
    assert all(url.startswith("https://") for url in urls)
    assert "https://www.ameli.fr" in urls and "https://17cyber.gouv.fr" in urls
    source_only = {s.url for s in content.sources.values()} - urls
    assert "https://intrassi.net/index.php/component/content/article/violation-de-donnees-de-" \
           "deux-operateurs-de-tiers-payant?Itemid=101&catid=14" in source_only


def test_every_contact_is_used(content: GuidanceContent) -> None:
    used = {c.id for p in content.plans.values() for s in p.steps for c in s.contacts}
    used |= {c.id for channel in content.directory for c in channel.contacts}
    assert used == set(content.contacts)


def test_every_source_is_cited(content: GuidanceContent) -> None:
    cited = {s.id for p in content.plans.values() for step in p.steps for s in step.sources}
    cited |= {s.id for channel in content.directory for s in channel.sources}
    assert cited == set(content.sources)


def test_steps_come_in_order_of_urgency_keeping_file_order() -> None:
    plan = load_guidance("fr").plan("gave_card_details")
    ordered = plan.steps_by_urgency()
    ranks = [URGENCIES.index(step.urgency) for step in ordered]
    assert ranks == sorted(ranks)
    assert [s.id for s in ordered][:2] == ["block_card", "note_registration_number"]
    assert set(ordered) == set(plan.steps)
    assert plan.step_ids[-1] == "get_help" and ordered[-1].id == "watch_statements"


def test_a_step_is_secondary_only_when_all_its_sources_are() -> None:
    content = load_guidance("en")
    disconnect = content.plan("remote_access_installed").step("disconnect")
    assert disconnect.secondary and not disconnect.partly_secondary
    leaked = content.plan("breach_notice").step("note_what_leaked")
    assert not leaked.secondary and leaked.partly_secondary
    # Official sources are listed first.
    assert [s.secondary for s in leaked.sources] == [False, True]
    block = content.plan("gave_card_details").step("block_card")
    assert not block.secondary and not block.partly_secondary


def test_multi_line_text_keeps_its_lines_and_no_stray_space(content: GuidanceContent) -> None:
    how = content.plan("gave_card_details").step("block_card").how
    assert len(how.splitlines()) == 3
    for plan in content.plans.values():
        for step in plan.steps:
            for text in (step.title, step.why, step.how):
                assert text == text.strip() and "  " not in text and "\\" not in text
            assert "\n" not in step.title


def test_shipped_content_is_cached_per_language_but_a_folder_is_not(folder: Path) -> None:
    assert load_guidance("fr") is load_guidance("fr")
    assert load_guidance("fr") is not load_guidance("en")
    assert load_guidance("fr", folder) is not load_guidance("fr", folder)
    assert load_guidance("fr", folder) == load_guidance("fr")


def test_loading_imports_neither_qt_nor_heavy_modules() -> None:
    code = ("import sys; from vigilance_app.guidance.content import load_guidance; "
            "load_guidance('fr'); "
            "bad = [m for m in ('PySide6', 'sqlalchemy', 'phonenumbers', 'icalendar', "
            "'vigilance_app.analysis') if m in sys.modules]; print(bad); sys.exit(bool(bad))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# ---------------------------------------------------------------------------------------
# Broken content fails with a sentence naming the file and the key


@pytest.mark.parametrize(("file", "anchor", "added", "where"), [
    ("fr.toml", 'language = "fr"\n', 'colour = "blue"\n', "colour"),
    ("fr.toml", "[contacts.card_opposition]\n", 'fax = "01"\n',
     "contacts.card_opposition.fax"),
    ("fr.toml", 'situation = "breach_notice"\n', 'icon = "letter"\n', "plans[0].icon"),
    ("fr.toml", 'id = "block_card"\n', 'colour = "red"\n', "plans[6].steps[0].colour"),
    ("fr.toml", 'id = "spam_33700"\n', 'hours = "always"\n', "report[0].hours"),
    ("sources.toml", "[sources.cnil_iban]\n", 'author = "CNIL"\n', "sources.cnil_iban.author"),
])
def test_an_unknown_key_anywhere_fails(folder: Path, file: str, anchor: str, added: str,
                                       where: str) -> None:
    edit(folder / file, anchor, anchor + added)
    message = load_error(folder)
    assert message.startswith(f"{file}: {where}: unknown key"), message


def test_an_unknown_key_in_english_fails_too(folder: Path) -> None:
    edit(folder / "en.toml", 'id = "disconnect"\n', 'id = "disconnect"\nwhen = "now"\n')
    assert "en.toml: plans[10].steps[0].when: unknown key" in load_error(folder, "en")


def test_an_unknown_urgency_fails(folder: Path) -> None:
    text = (folder / "fr.toml").read_text(encoding="utf-8")
    block = text.index('id = "block_card"')
    text = text[:block] + text[block:].replace('urgency = "now"', 'urgency = "asap"', 1)
    (folder / "fr.toml").write_text(text, encoding="utf-8")
    message = load_error(folder)
    assert "fr.toml: plans[6].steps[0].urgency: unknown urgency 'asap'" in message


@pytest.mark.parametrize(("file", "old", "new", "expected"), [
    ("fr.toml", 'id = "block_card"\n', "", "plans[6].steps[0].id: missing required key"),
    ("fr.toml", 'title = "Faites opposition à votre carte"\n', "",
     "plans[6].steps[0].title: missing required key"),
    ("fr.toml", 'situation = "suspicious_email"', 'situation = "spam"',
     "plans[1].situation: unknown situation code 'spam'"),
    ("fr.toml", 'situation = "suspicious_email"', 'situation = "breach_notice"',
     "plans[1].situation: a second plan for 'breach_notice'"),
    ("fr.toml", 'id = "note_registration_number"', 'id = "block_card"',
     "plans[6].steps[1].id: duplicate step id 'block_card'"),
    ("fr.toml", 'id = "note_registration_number"', 'id = "Note-Number"',
     "is not a snake_case identifier"),
    ("fr.toml", 'sources = ["service_public_opposition"]\n', "sources = []\n",
     "plans[6].steps[1].sources: a step needs at least one source"),
    ("fr.toml", 'sources = ["service_public_opposition"]\n', 'sources = ["wikipedia"]\n',
     "plans[6].steps[1].sources: unknown source 'wikipedia'"),
    ("fr.toml", 'url = "https://www.ameli.fr"', 'url = "http://www.ameli.fr"',
     "contacts.ameli.url: 'http://www.ameli.fr' is not an https address"),
    ("fr.toml", 'phone = "3646"', 'phone = "trois mille"',
     "contacts.ameli.phone: 'trois mille' is not a phone number"),
    ("fr.toml", 'id = "signal_spam"', 'id = "spam_33700"',
     "report[1].id: duplicate report id 'spam_33700'"),
    ("fr.toml", 'contacts = ["signal_spam"]\nsources = ["signal_spam"]',
     'contacts = ["signal_spam", "bank_of_mars"]\nsources = ["signal_spam"]',
     "report[1].contacts: unknown contact 'bank_of_mars'"),
    ("fr.toml", 'language = "fr"', 'language = "en"', "language: says 'en'"),
    ("fr.toml", 'content_version = "2026.11.1"', 'content_version = "new"',
     "content_version: 'new' is not like"),
    ("fr.toml", "last_reviewed = 2026-11-29", 'last_reviewed = "yesterday"',
     "last_reviewed: must be a TOML date"),
    ("fr.toml", "[[report]]\nid = \"pharos\"", "[[report]]\nid = \"pharos\"\nid = \"x\"",
     "fr.toml: not valid TOML"),
    ("sources.toml", "consulted = 2026-11-29\nsecondary = false\n\n[sources.cnil_iban]",
     'consulted = "2026"\nsecondary = false\n\n[sources.cnil_iban]',
     "sources.cnil_conseils_fuite.consulted: must be a TOML date"),
    ("sources.toml", 'url = "https://www.cnil.fr/fr/conseils-fuite-vol-donnees"',
     'url = "www.cnil.fr/fr/conseils-fuite-vol-donnees"',
     "sources.cnil_conseils_fuite.url: 'www.cnil.fr/fr/conseils-fuite-vol-donnees' is not an"),
    ("sources.toml", "secondary = true\nnote = \"\"\"Copy of the CNIL",
     "secondary = \"yes\"\nnote = \"\"\"Copy of the CNIL",
     "sources.cnil_viamedis_almerys.secondary: must be true or false"),
])
def test_broken_content_fails_with_the_file_and_key(folder: Path, file: str, old: str,
                                                    new: str, expected: str) -> None:
    text = (folder / file).read_text(encoding="utf-8")
    assert old in text, old
    (folder / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    message = load_error(folder)
    assert message.startswith(f"{file}: "), message
    assert expected in message, message


def test_a_step_may_have_no_contacts(folder: Path) -> None:
    """Contacts are optional on a step; removing them still loads."""
    edit(folder / "fr.toml",
         'contacts = ["card_opposition", "card_opposition_abroad", "your_bank"]\n\n'
         '[[plans.steps]]\nid = "note_registration_number"',
         '\n[[plans.steps]]\nid = "note_registration_number"')
    step = parse_guidance("fr", folder).plan("gave_card_details").step("block_card")
    assert step.contacts == ()


def test_a_missing_file_an_unknown_language_and_a_huge_file_fail(folder: Path) -> None:
    with pytest.raises(ContentError, match="No guidance in the language 'de'"):
        load_guidance("de")
    (folder / "en.toml").unlink()
    assert load_error(folder, "en").startswith("en.toml: cannot be read")
    (folder / "fr.toml").write_bytes(b"#" * 1_000_001)
    assert "larger than" in load_error(folder)
    (folder / "fr.toml").write_bytes(b"language = \"\xff\"")
    assert load_error(folder) == "fr.toml: not UTF-8 text."
