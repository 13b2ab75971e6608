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
    good.write_bytes(b"From: Anne Martin <anne.martin@example.org>\nSubject: Re: Thursday\n\n"
                     b"Hi Paul, Thursday at 10 works for me. See you then, Anne")
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


# ---- the plain-text report (built from result objects: whatever the model says) ----------


def result(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "file": "m.eml", "ok": True, "risk": "medium", "score": 0.5, "risk_reasons": [],
        "scam_words": [], "complete": True, "warnings": [], "flags": [], "links": []}
    return {**base, **fields}


def flag(code: str, *evidence: str) -> dict[str, object]:
    return {"code": code, "severity": "high", "evidence": list(evidence)}


FLAGS = [flag("urgency", "sous 24h"), flag("asks_card_details", "numéro de carte"),
         flag("lookalike_domain", "ameli-secu.xyz"), flag("threat", "suspendu")]


def titles(text: str, lang: str) -> list[str]:
    from vigilance_app.analysis.flags import explain

    shown = {explain(f["code"], lang)[0]: f["code"] for f in FLAGS}  # type: ignore[index]
    order = []
    for line in text.splitlines():
        if line.startswith("  - "):
            title = line[4:].split(" (")[0]
            order.append(shown.get(title, "words" if ":" in title else title))
    return order


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_describe_lists_the_strongest_reasons_first(lang: str) -> None:
    from vigilance_app.analyze_command import describe

    text = describe(result(flags=FLAGS, risk_reasons=["lookalike_domain", "asks_card_details",
                                                      "urgency"]), lang)
    assert titles(text, lang) == ["lookalike_domain", "asks_card_details", "urgency", "threat"]
    assert "ameli-secu[.]xyz" in text and "ameli-secu.xyz" not in text


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "  - Words often found in scams: “verify”, “<b>x</b>”, “hxxp://evil[.]example”, "
           "“a”, “b”, “c”"),
    ("fr", "  - Mots fréquents dans les arnaques : « verify », « <b>x</b> », "
           "« hxxp://evil[.]example », « a », « b », « c »"),
])
def test_describe_shows_the_words_after_the_strongest_reasons(lang: str, line: str) -> None:
    from vigilance_app.analyze_command import describe

    words = ["verify", "<b>x</b>", "http://evil.example", "a", "b", "c", "seventh",
             "\x1b[31mred"]
    text = describe(result(flags=FLAGS, risk_reasons=["lookalike_domain", "asks_card_details",
                                                      "urgency"], scam_words=words), lang)
    assert line in text.splitlines()
    assert titles(text, lang) == ["lookalike_domain", "asks_card_details", "words", "urgency",
                                  "threat"]
    assert "seventh" not in text and "\x1b" not in text  # six words, nothing for the terminal


@pytest.mark.parametrize(("lang", "verdict", "notice"), [
    ("en", "m.eml: MEDIUM RISK: be careful",
     "  Part of this message could not be read (it contains an abnormal number of parts; its "
     "text is abnormally long). Scammers sometimes hide dangerous content this way: do not "
     "trust this message."),
    ("fr", "m.eml: RISQUE MOYEN : soyez prudent",
     "  Une partie de ce message n'a pas pu être lue (il contient un nombre anormal de "
     "parties ; son texte est anormalement long). Les escrocs cachent parfois un contenu "
     "dangereux ainsi : ne faites pas confiance à ce message."),
])
def test_describe_says_when_part_of_the_message_was_not_read(lang: str, verdict: str,
                                                             notice: str) -> None:
    from vigilance_app.analyze_command import describe

    # a "low" that slipped through is never printed as "no clear sign"
    lines = describe(result(risk="low", complete=False, warnings=[
        "too_many_parts", "text_truncated", "html_truncated"]), lang).splitlines()
    assert lines[:2] == [verdict, notice]
    hidden = describe(result(warnings=["too_deep"], flags=[flag("threat", "too_deep")]), lang)
    assert "too_deep" not in hidden  # the notice says it in words, never as a code
    unknown = describe(result(warnings=["new_limit"]), lang)
    assert "new_limit" not in unknown
    assert ("built in an unusual way" if lang == "en" else "construit de façon inhabituelle"
            ) in unknown


def test_describe_of_a_message_read_whole_has_no_notice() -> None:
    from vigilance_app.analyze_command import describe

    text = describe(result(risk="low"), "en")
    assert text == "m.eml: LOW RISK: no clear sign of a scam found"
    # a result without the new fields (an older JSON line) still reads
    old = {"file": "m.eml", "ok": True, "risk": "high", "risk_reasons": ["urgency"],
           "flags": [flag("urgency", "vite")], "links": []}
    assert describe(old, "en").startswith("m.eml: HIGH RISK")


def test_a_missing_resource_of_the_app_is_not_blamed_on_the_input(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vigilance_app.analysis import score

    def missing() -> None:
        raise FileNotFoundError(2, "No such file or directory", "/app/resources/model/score.json")

    monkeypatch.setattr(score, "shipped", missing)
    good = tmp_path / "ok.eml"
    good.write_bytes(b"From: a@example.org\nSubject: hi\n\nHello")
    code, out = run([str(good), "--json"])
    result = json.loads(out)
    assert code == 1 and result["ok"] is False
    assert "internal error" in result["error"] and "cannot be read" not in result["error"]
