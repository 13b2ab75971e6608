"""The shipped score on the labelled real messages of ../shared/corpus, with floors that fail
when a change to a rule, the parser or the model makes the verdict worse.

These are not the benchmark's figures (those are cross-validated: benchmarks/quality.py); the
shipped model has seen these messages, so the floors sit below what it does on them, as a
guard against regressions. The messages of training/written.py, which it has not seen, are
checked one by one.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from training import written
from vigilance_app.analysis.analyze import analyze
from vigilance_app.analysis.eml import parse_eml
from vigilance_app.analysis.pasted import parse_text

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(
    not (CORPUS / "ham_eml").is_dir(),
    reason=f"labelled corpus not found at {CORPUS} (shared/ beside the repository)")


def _email_levels(folder: str) -> Counter[str]:
    return Counter(analyze(parse_eml(path.read_bytes())).risk.level
                   for path in sorted((CORPUS / folder).glob("*.eml")))


def _sms_levels() -> dict[str, Counter[str]]:
    levels: dict[str, Counter[str]] = {"ham": Counter(), "spam": Counter()}
    with (CORPUS / "sms" / "SMSSpamCollection").open(encoding="utf-8") as handle:
        for line in handle:
            label, _, body = line.rstrip("\n").partition("\t")
            if label in levels:
                levels[label][analyze(parse_text(body, "sms")).risk.level] += 1
    return levels


def _share(counts: Counter[str], *levels: str) -> float:
    return sum(counts[level] for level in levels) / sum(counts.values())


@needs_corpus
def test_honest_mail_is_rarely_flagged() -> None:
    ham = _email_levels("ham_eml")
    assert _share(ham, "high") <= 0.01, ham
    assert _share(ham, "medium", "high") <= 0.04, ham


@needs_corpus
def test_real_phishing_is_flagged() -> None:
    scams = _email_levels("phishing_eml_random") + _email_levels("phishing_eml")
    assert _share(scams, "medium", "high") >= 0.94, scams
    assert _share(scams, "high") >= 0.68, scams


@needs_corpus
def test_sms_spam_is_flagged_and_everyday_sms_left_alone() -> None:
    levels = _sms_levels()
    assert _share(levels["spam"], "medium", "high") >= 0.96, levels["spam"]
    assert _share(levels["ham"], "high") <= 0.003, levels["ham"]
    assert _share(levels["ham"], "medium", "high") <= 0.02, levels["ham"]


@needs_corpus
def test_modern_smishing_texts() -> None:
    with (CORPUS / "sms_modern" / "smishing.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    levels = Counter(analyze(parse_text(r["text"], "sms", r["sender"])).risk.level
                     for r in rows)
    # 17 texts: a count, not a rate.
    assert levels["medium"] + levels["high"] >= 12, levels


@pytest.mark.parametrize("name", sorted(written.HONEST))
def test_written_honest_messages_are_never_high(name: str) -> None:
    assert analyze(written.HONEST[name]).risk.level != "high"


def test_written_honest_messages_are_mostly_low() -> None:
    levels = Counter(analyze(m).risk.level for m in written.HONEST.values())
    assert levels["low"] >= len(written.HONEST) - 2, levels


@pytest.mark.parametrize("name", sorted(written.SCAMS))
def test_written_scams_are_flagged(name: str) -> None:
    assert analyze(written.SCAMS[name]).risk.level != "low"


def test_written_scams_are_mostly_high() -> None:
    levels = Counter(analyze(m).risk.level for m in written.SCAMS.values())
    assert levels["high"] >= len(written.SCAMS) - 2, levels
