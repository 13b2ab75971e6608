"""The emergency sheet: a valid A4 PDF holding the key, our own template, escaped name."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from vigilance_app.ui.custody import recovery_sheet
from vigilance_app.ui.custody.recovery_sheet import (
    RecoveryKeyPanel,
    key_groups,
    sheet_html,
    write_recovery_pdf,
)
from vigilance_app.ui.kit.i18n import remove_language
from vigilance_app.vault.recovery_key import generate_recovery_key

DAY = date(2026, 10, 14)


def pdf_text(path: Path) -> str | None:
    """The PDF's text through poppler's pdftotext when installed (no Python dependency)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    text = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    return unicodedata.normalize("NFKC", text)  # "ﬁ" ligatures back to "fi"


def test_pdf_is_written_with_the_key(qapp: QApplication, tmp_path: Path) -> None:
    key = generate_recovery_key()
    target = write_recovery_pdf(tmp_path / "sheet.pdf", key, "Jeanne", DAY, "en")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 5_000
    assert not list(tmp_path.glob(".*.tmp"))
    if os.name == "posix":
        assert (target.stat().st_mode & 0o777) == 0o600  # it holds the recovery key
    text = pdf_text(target)
    if text is None:
        pytest.skip("pdftotext is not installed: the text was not checked")
    assert "emergency sheet" in text
    assert "14 October 2026" in text
    compact = "".join(text.split())
    assert "".join(key_groups(key)) in compact.replace("-", "")
    assert "will never ask you" in text


def test_french_sheet(qapp: QApplication, tmp_path: Path) -> None:
    remove_language(qapp)  # the sheet's language does not depend on the interface's
    key = generate_recovery_key()
    html = sheet_html(key, "Jeanne", DAY, "fr")
    assert "Vigilance — fiche de secours" in html
    assert "14 octobre 2026" in html
    target = write_recovery_pdf(tmp_path / "fiche.pdf", key, "Jeanne", DAY, "fr")
    text = pdf_text(target)
    if text is not None:
        assert "fiche de secours" in text
        assert "ne vous demandera jamais" in " ".join(text.split())


def test_profile_name_is_plain_text() -> None:
    key = generate_recovery_key()
    html = sheet_html(key, '<img src="http://evil.example/x.png">Jeanne & <b>fils</b>', DAY, "en")
    assert "<img" not in html and "<b>fils" not in html
    assert "&lt;img src=&quot;http://evil.example/x.png&quot;&gt;Jeanne &amp; &lt;b&gt;" in html


def test_panel_saves_the_pdf(qtbot, tmp_path: Path) -> None:
    key = generate_recovery_key()
    panel = RecoveryKeyPanel(key.lower().replace("-", " "), "Jeanne", DAY)
    qtbot.addWidget(panel)
    assert panel.recovery_key == key
    assert [label.text() for label in panel.group_labels] == key_groups(key)
    assert panel.key_frame.accessibleDescription().replace(" ", "").replace(",", "") == \
        key.replace("-", "")
    target = tmp_path / "my sheet"
    panel.ask_pdf_path = lambda: str(target)
    with qtbot.waitSignal(panel.sheet_saved) as signal:
        saved = panel.save_pdf()
    assert saved == str(target) + ".pdf" == signal.args[0]
    assert Path(saved).read_bytes().startswith(b"%PDF")
    assert saved in panel.status.text()

    panel.ask_pdf_path = lambda: ""  # cancelled
    assert panel.save_pdf() is None

    panel.ask_pdf_path = lambda: str(tmp_path / "missing-folder" / "x.pdf")
    assert panel.save_pdf() is None
    assert "could not be saved" in panel.status.text()


def test_printing_is_available_or_explained(qtbot) -> None:
    panel = RecoveryKeyPanel(generate_recovery_key(), "Jeanne", DAY)
    qtbot.addWidget(panel)
    if recovery_sheet.PRINT_SUPPORTED:
        assert not panel.print_button.isHidden()
    else:
        assert panel.print_button.isHidden()
        assert "PDF" in panel.status.text()
