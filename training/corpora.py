"""The labelled corpora of ``shared/corpus`` read as the app reads messages.

Every message goes through the app's own parsers (``parse_eml`` for mail, ``parse_text`` for
SMS), so training and the benchmark see exactly what a person's message would give.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"

# (folder or file, label, channel): 1 is a scam, 0 an honest message.
EMAIL_SETS = (("ham_eml", 0), ("phishing_eml", 1), ("phishing_eml_random", 1))
SMS_FILE = Path("sms") / "SMSSpamCollection"


@dataclass(frozen=True)
class Sample:
    id: str  # "phishing_eml/sample-12.eml", "sms/417"
    source: str  # "ham_eml", "phishing_eml", "phishing_eml_random", "sms_ham", "sms_spam"
    label: int
    channel: str
    data: bytes | str  # the .eml bytes, or the SMS text


def _emails(root: Path) -> Iterator[Sample]:
    for folder, label in EMAIL_SETS:
        for path in sorted((root / folder).glob("*.eml")):
            yield Sample(f"{folder}/{path.name}", folder, label, "email", path.read_bytes())


def _sms(root: Path) -> Iterator[Sample]:
    csv.field_size_limit(sys.maxsize)
    with (root / SMS_FILE).open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for number, row in enumerate(rows):
            if number == 0 and row[:1] == ["Label"]:
                continue
            if len(row) < 2 or row[0] not in ("ham", "spam"):
                continue
            label = int(row[0] == "spam")
            yield Sample(f"sms/{number}", "sms_spam" if label else "sms_ham", label, "sms",
                         "\t".join(row[1:]))


def load(root: Path = DEFAULT_CORPUS) -> list[Sample]:
    """Every labelled message, in a fixed order."""
    missing = [p for p in [root / f for f, _ in EMAIL_SETS] + [root / SMS_FILE]
               if not p.exists()]
    if missing:
        raise FileNotFoundError(f"corpus not found: {', '.join(map(str, missing))}")
    return [*_emails(root), *_sms(root)]


def parse(sample: Sample) -> object:
    """The ``ParsedMessage`` the app makes of a sample."""
    from vigilance_app.analysis.eml import parse_eml
    from vigilance_app.analysis.pasted import parse_text

    if isinstance(sample.data, bytes):
        return parse_eml(sample.data)
    return parse_text(sample.data, sample.channel)
