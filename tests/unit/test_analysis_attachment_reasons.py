"""Every reason the attachments module can give is explained in plain words, French and
English; each reason is really produced by ``describe`` on a file built for it."""

from __future__ import annotations

import ast
import inspect
import io
import struct
import tomllib
import zipfile
from pathlib import Path

import pytest

from vigilance_app.analysis import attachment_reasons, attachments
from vigilance_app.analysis.attachment_reasons import (
    ReasonTextsError,
    explain_reason,
    explain_reasons,
    reason_texts,
)
from vigilance_app.analysis.attachments import REASONS, describe
from vigilance_app.paths import resources_dir

MZ = b"MZ\x90\x00" + b"\x00" * 200
RTLO = "\u202e"


def _literals_given_as_reasons() -> set[str]:
    """Every string literal the module appends to (or returns as) a list of reasons."""
    tree = ast.parse(inspect.getsource(attachments))
    found: set[str] = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("append", "extend")
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "reasons"):
            for arg in node.args:
                for sub in ast.walk(arg):
                    if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                        found.add(sub.value)
    return found


def test_reasons_lists_every_code_the_module_can_give() -> None:
    assert _literals_given_as_reasons() == set(REASONS)
    assert len(REASONS) == len(set(REASONS))


def _zip(names: list[str], encrypted: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, b"content")
    data = bytearray(buffer.getvalue())
    if encrypted:  # set the "encrypted" bit in the central directory, as 7-Zip does
        at = data.find(b"PK\x01\x02")
        while at >= 0:
            flags = struct.unpack_from("<H", data, at + 8)[0]
            struct.pack_into("<H", data, at + 8, flags | 0x1)
            at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


ISO = b"\x00" * 0x8001 + b"CD001" + b"\x00" * 100
PROFILE = (b'<?xml version="1.0"?><plist version="1.0"><dict><key>PayloadContent</key>'
           b"<array/><key>PayloadType</key><string>Configuration</string></dict></plist>")

# One file per reason: name, declared type, bytes.
SAMPLES: dict[str, tuple[str, str, bytes]] = {
    "executable": ("setup.exe", "application/octet-stream", MZ),
    "double_extension": ("facture.pdf.exe", "application/pdf", MZ),
    "hidden_characters": (f"facture{RTLO}fdp.exe", "application/pdf", MZ),
    "disk_image": ("colis.iso", "application/octet-stream", ISO),
    "macros": ("releve.docm", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
    "web_page": ("connexion.html", "text/html", b"<html><form></form></html>"),
    "configuration_profile": ("wifi.mobileconfig", "application/octet-stream", PROFILE),
    "content_mismatch": ("photo.jpg", "image/jpeg", MZ),
    "archive_hides_executable": ("documents.zip", "application/zip", _zip(["facture.exe"])),
    "encrypted_archive": ("documents.zip", "application/zip",
                          _zip(["facture.pdf"], encrypted=True)),
}


@pytest.mark.parametrize("code", REASONS)
def test_each_reason_is_produced_by_a_file_built_for_it(code: str) -> None:
    name, declared, data = SAMPLES[code]
    described = describe(name, declared, data)
    assert code in described.reasons, described
    assert described.dangerous
    assert set(described.reasons) <= set(REASONS)


def test_a_harmless_file_has_no_reason() -> None:
    described = describe("photo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    assert described.reasons == () and not described.dangerous


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_reason_has_plain_words_in_both_languages(lang: str) -> None:
    texts = reason_texts(lang)
    assert set(texts) == set(REASONS)
    for code, why in texts.items():
        assert len(why) >= 40, (lang, code)
        assert "_" not in why  # words, never a code such as "web_page"
    raw = tomllib.loads((resources_dir() / "attachments" / f"{lang}.toml").read_text("utf-8"))
    assert set(raw) == set(REASONS)


def test_french_and_english_differ_and_french_is_french() -> None:
    for code in REASONS:
        assert explain_reason(code, "fr") != explain_reason(code, "en")
    assert "programme" in explain_reason("executable", "fr")
    assert "program" in explain_reason("executable", "en")
    assert "«\u00a0facture.pdf.exe\u00a0»" in explain_reason("double_extension", "fr")


def test_explain_reasons_keeps_the_order_of_reasons_and_skips_unknown_codes() -> None:
    got = explain_reasons(("executable", "double_extension", "from_a_future_version"), "en")
    assert got == [explain_reason("executable", "en"), explain_reason("double_extension", "en")]
    assert explain_reason("from_a_future_version", "fr") is None
    assert explain_reason("executable", "de") == explain_reason("executable", "fr")


@pytest.mark.parametrize(("content", "message"), [
    ('[executable]\nwhy = "x"\n', "missing"),
    ("".join(f'[{c}]\nwhy = "Une phrase."\n' for c in REASONS) + '[surprise]\nwhy = "x"\n',
     "unknown"),
    ("".join(f'[{c}]\nwhy = "Une phrase."\nextra = "y"\n' for c in REASONS), "exactly"),
    ("".join(f'[{c}]\nwhy = "  "\n' for c in REASONS), "exactly"),
])
def test_a_broken_resource_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      content: str, message: str) -> None:
    (tmp_path / "attachments").mkdir()
    (tmp_path / "attachments" / "fr.toml").write_text(content, "utf-8")
    monkeypatch.setattr(attachment_reasons, "resources_dir", lambda: tmp_path)
    reason_texts.cache_clear()
    try:
        with pytest.raises(ReasonTextsError, match=message):
            reason_texts("fr")
    finally:
        reason_texts.cache_clear()


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ReasonTextsError):
        reason_texts("de")
