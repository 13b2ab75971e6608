"""A plan printed for the fridge: every step title in its text, never below 12 points (a long
plan takes a second page rather than a smaller text)."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import english, make_services, make_store
from vigilance_app.guidance.progress import content_for, ordered_steps, run_state
from vigilance_app.ui.guidance.page import GuidancePage
from vigilance_app.ui.guidance.pdf import plan_html, write_plan_pdf
from vigilance_app.ui.kit.i18n import install_language, remove_language

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def squeeze(text: str) -> str:
    """PDF text extraction breaks lines anywhere and keeps ligatures ("ﬀ"): compare the
    compatibility form without spaces or soft hyphens."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("\u00ad", "")


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "".join(page.extract_text() or "" for page in reader.pages)


@pytest.fixture(autouse=True)
def language(qapp: QApplication):
    yield
    remove_language(qapp)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_plan_prints_whole_and_readable(qapp: QApplication, tmp_path: Path,
                                             lang: str) -> None:
    install_language(qapp, lang)
    content = content_for(lang)
    assert content.plans
    for situation, plan in content.plans.items():
        path = tmp_path / f"{situation}-{lang}.pdf"
        points = write_plan_pdf(str(path), plan, content, printed_on=date(2026, 11, 20))
        pages, text = pdf_text(path)
        assert 1 <= pages <= 3, f"{situation} ({lang}) printed on {pages} pages"
        assert points >= 12
        flat = squeeze(text)
        assert squeeze(plan.title) in flat
        for step in ordered_steps(plan):
            assert squeeze(step.title) in flat, f"{situation}: {step.title!r} missing"
        for contact in {c.id: c for s in plan.steps for c in s.contacts}.values():
            if contact.phone:
                assert squeeze(contact.phone) in flat, contact.phone
        assert "\u2610" in text or "☐" in text, "boxes to tick"


def test_the_html_escapes_everything(qapp: QApplication) -> None:
    english(qapp)
    content = content_for("en")
    plan = next(iter(content.plans.values()))
    hostile = type(plan)(plan.situation, "<img src=x onerror=alert(1)>", plan.question,
                         "<b>intro</b>", plan.steps)
    html = plan_html(hostile, content)
    assert "<img" not in html and "&lt;img" in html
    assert "<b>intro</b>" not in html


def test_save_as_pdf_from_the_page(qtbot, qapp: QApplication, data_dir: Path,
                                   memory_keyring: MemoryKeyring, tmp_path: Path,
                                   monkeypatch) -> None:
    english(qapp)
    make_store(data_dir, memory_keyring)
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    try:
        page = GuidancePage(services, now=lambda: NOW)
        qtbot.addWidget(page)
        page.open_plan("gave_card_details")
        first = page.plan_view.current_card()
        first.done_button.click()
        target = tmp_path / "plan for mum"
        monkeypatch.setattr(page, "choose_pdf_path", lambda: str(target) + ".pdf")
        page.plan_view.pdf_button.click()
        saved = Path(str(target) + ".pdf")
        pages, text = pdf_text(saved)
        assert pages >= 1
        assert "\u2611" in text, "the step already done is ticked"
        state = run_state(services.store, page.run_id)
        assert state.done == 1
        assert "Saved" in page.plan_view.message.text()
        # Cancelled dialog: nothing written, nothing said.
        monkeypatch.setattr(page, "choose_pdf_path", lambda: "")
        assert page.save_pdf() is None
        # An unwritable place: a sentence, not a traceback.
        monkeypatch.setattr(page, "choose_pdf_path",
                            lambda: str(tmp_path / "missing" / "dir" / "x.pdf"))
        page.save_pdf()
        assert "could not be saved" in page.plan_view.message.text()
    finally:
        services.lock()
