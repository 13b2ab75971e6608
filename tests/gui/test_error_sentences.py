"""Every error code the core can raise has its own sentence in the window's language; an
error without a code gets the calm general sentence, never the exception's English text."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from vigilance_app.journal.repository import JournalError
from vigilance_app.store.errors import IntegrityFailure
from vigilance_app.ui.kit.errors import GENERAL, SENTENCES, error_sentence
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.vault.errors import ThrottledError

PACKAGE = Path(__file__).resolve().parents[2] / "vigilance_app"


def codes_in_the_core() -> set[str]:
    """``code = "..."`` in error classes and ``code="..."`` given when raising, outside ui/."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if (isinstance(item, ast.Assign) and len(item.targets) == 1
                            and isinstance(item.targets[0], ast.Name)
                            and item.targets[0].id == "code"
                            and isinstance(item.value, ast.Constant)):
                        found.add(item.value.value)
            elif isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg == "code" and isinstance(keyword.value, ast.Constant):
                        found.add(keyword.value.value)
    return found


def test_every_core_code_has_a_sentence() -> None:
    codes = codes_in_the_core()
    assert {"store_damaged", "throttled", "person_name_taken", "disk_full"} <= codes
    assert sorted(codes - set(SENTENCES)) == []


@pytest.fixture
def french(qapp: QApplication):
    install_language(qapp, "fr")
    yield
    remove_language(qapp)


def test_sentences_are_french_on_a_french_screen(french) -> None:
    waited = error_sentence(ThrottledError(30))
    assert "30" in waited and "Please wait" not in waited and waited != SENTENCES["throttled"]
    damaged = error_sentence(IntegrityFailure("page 3"))
    assert "page 3" not in damaged and damaged != SENTENCES["store_damaged"]
    journal = error_sentence(JournalError("This entry no longer exists.", code="entry_gone"))
    assert "no longer exists" not in journal


def test_an_error_without_a_code_never_shows_its_text(qapp: QApplication) -> None:
    remove_language(qapp)
    secret = "card 4970 1012 3456 7890 in a traceback"
    assert error_sentence(RuntimeError(secret)) == GENERAL
    assert secret not in error_sentence(KeyError(secret))
