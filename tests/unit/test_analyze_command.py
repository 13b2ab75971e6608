"""`vigilance analyze`: one result per input, errors as sentences, links only defanged."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from vigilance_app.cli import build_parser
from vigilance_app.cli import main as cli_main

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "phishing_eml"
AMELI_SMS = ("Assurance Maladie : votre remboursement de 642 EUR est en attente. Validez vos "
             "coordonnees bancaires sur https://ameli-remboursement.fr/dossier avant 24h")


def run(argv: list[str], stdin: str = "") -> tuple[int, str]:
    from vigilance_app import analyze_command

    out = io.StringIO()
    args = build_parser().parse_args(["analyze", *argv])
    return analyze_command.run(args, stdin=io.StringIO(stdin), stdout=out), out.getvalue()


def test_text_on_standard_input_as_json() -> None:
    code, out = run(["-", "--from", "06 12 34 56 78", "--json"], stdin=AMELI_SMS)
    assert code == 0
    result = json.loads(out)
    assert result["ok"] is True and result["risk"] == "high"
    codes = {f["code"] for f in result["flags"]}
    assert {"lookalike_domain", "asks_bank_details", "sender_mobile_number"} <= codes
    assert result["channel"] == "sms"
    assert all({"code", "severity", "evidence"} <= f.keys() for f in result["flags"])


def test_plain_output_shows_links_defanged_only(tmp_path: Path) -> None:
    sms = tmp_path / "sms.txt"
    sms.write_text(AMELI_SMS, encoding="utf-8")
    code, out = run([str(sms), "--channel", "sms", "--lang", "fr"])
    assert code == 0
    assert "RISQUE ÉLEVÉ" in out
    assert "hxxps://ameli-remboursement[.]fr/dossier" in out
    assert "https://ameli-remboursement.fr" not in out


def test_one_failing_input_does_not_hide_the_others(tmp_path: Path) -> None:
    good = tmp_path / "ok.eml"
    good.write_bytes(b"From: a@b.example\nSubject: hello\n\nHello")
    code, out = run([str(tmp_path / "missing.eml"), str(good), "--json"])
    assert code == 1
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["ok"] is False and first["error"].endswith(".")
    assert second["ok"] is True and second["risk"] == "low"


def test_too_large_file_is_refused_before_reading(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:

    big = tmp_path / "big.eml"
    big.write_bytes(b"x")
    from vigilance_app.analysis import inputs

    monkeypatch.setattr(inputs, "MAX_INPUT_BYTES", 0)
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("read a refused file"))
    code, out = run([str(big), "--json"])
    assert code == 1 and "too large" in json.loads(out)["error"]


def test_through_the_command_line_entry(capsys: pytest.CaptureFixture[str]) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"phishing corpus not found at {CORPUS}")
    code = cli_main(["analyze", str(CORPUS / "sample-402.eml"), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert result["risk"] == "high"
    assert any(a["dangerous"] for a in result["attachments"])


def test_corpus_share_flagged() -> None:
    """The bar: at least 40 % of the real phishing corpus gets medium or high.

    Measured at 47.5 % (59 high, 36 medium, 105 low of 200) when this test was written; much
    of the corpus is in German, Dutch or Portuguese, or imitates brands that are not in
    resources/organizations.toml, which the French/English rules do not read.
    """
    if not CORPUS.is_dir():
        pytest.skip(f"phishing corpus not found at {CORPUS}")
    from vigilance_app.analysis.analyze import analyze
    from vigilance_app.analysis.eml import parse_eml

    files = sorted(CORPUS.glob("*.eml"))
    levels = [analyze(parse_eml(f.read_bytes())).risk.level for f in files]
    flagged = sum(level in ("medium", "high") for level in levels) / len(levels)
    assert flagged >= 0.40, f"only {flagged:.0%} of the corpus flagged medium or high"
