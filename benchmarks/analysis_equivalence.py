"""Same results before and after a speed change: a canonical dump of every corpus message.

    python benchmarks/analysis_equivalence.py --out /tmp/before.jsonl
    python benchmarks/analysis_equivalence.py --out /tmp/after.jsonl --compare /tmp/before.jsonl

Runs ``parse_eml`` + ``analyze`` over every ``.eml`` of ``shared/corpus/{phishing_eml,
phishing_eml_random,ham_eml}``, and ``parse_text`` + ``analyze`` over the SMS corpora (the
pasted-text path, as ``training/corpora.py`` reads them, and ``sms_modern`` with its
senders). One JSON line per message: the analysis as ``vigilance analyze --json`` prints it,
plus what parsing produced (text, links, attachments…) and the text model's features, so a
change in the parser shows even where the verdict does not move. A message the app refuses
gives its error instead. Keys sorted, no spaces: two runs of the same code give the same
bytes. With ``--compare``, prints how many lines differ (and the first few ids) and exits 1
when any does. A benchmark-side tool, not a test: nothing is written but ``--out``.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
EMAIL_SETS = ("phishing_eml", "phishing_eml_random", "ham_eml")


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _inputs(root: Path) -> Iterator[tuple[str, bytes | tuple[str, str | None]]]:
    for folder in EMAIL_SETS:
        for path in sorted((root / folder).glob("*.eml")):
            yield f"{folder}/{path.name}", path.read_bytes()
    csv.field_size_limit(sys.maxsize)
    with (root / "sms" / "SMSSpamCollection").open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t",
                                                quoting=csv.QUOTE_NONE)):
            if len(row) < 2 or row[0] not in ("ham", "spam"):
                continue
            yield f"sms/{number}", ("\t".join(row[1:]), None)
    modern = root / "sms_modern" / "smishing.tsv"
    if modern.is_file():
        with modern.open(encoding="utf-8") as handle:
            for number, entry in enumerate(csv.DictReader(handle, delimiter="\t")):
                yield f"sms_modern/{number}", (entry["text"], entry["sender"])


def _one(data: bytes | tuple[str, str | None]) -> dict[str, Any]:
    from vigilance_app.analysis import text_model
    from vigilance_app.analysis.analyze import analyze
    from vigilance_app.analysis.eml import parse_eml
    from vigilance_app.analysis.limits import AnalysisError
    from vigilance_app.analysis.pasted import parse_text

    try:
        parsed = (parse_eml(data) if isinstance(data, bytes)
                  else parse_text(data[0], "sms", data[1]))
        analysis = analyze(parsed)
    except AnalysisError as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {
        "analysis": analysis.to_json(),
        "parsed": _plain(parsed),
        "features": text_model.features(parsed, text_model.link_domains(analysis.links)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--compare", type=Path, help="an earlier dump to compare with")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for name, data in _inputs(args.corpus):
            line = json.dumps({"id": name, **_one(data)}, sort_keys=True, ensure_ascii=False,
                              separators=(",", ":"))
            out.write(line + "\n")
            count += 1
    result: dict[str, Any] = {"messages": count, "out": str(args.out)}
    if args.compare:
        before = args.compare.read_text(encoding="utf-8").splitlines()
        after = args.out.read_text(encoding="utf-8").splitlines()
        differ = [json.loads(a)["id"] if a else "?" for a, b in zip(after, before, strict=False)
                  if a != b]
        result.update(compared=min(len(before), len(after)), same_count=len(before) == len(after),
                      differ=len(differ), first_differ=differ[:10],
                      identical=not differ and len(before) == len(after))
    print(json.dumps(result))
    return 0 if not args.compare or result["identical"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
