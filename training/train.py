"""Train the scam score from the shared labelled corpora and write it to resources/model/.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python -m training.train [--corpus DIR] [--date YYYY-MM-DD]
    .venv/bin/python -m training.train --check    # retrain; fail if the shipped data differs

Deterministic: fixed folds and seed, a deterministic solver, sorted keys, gzip without a time
stamp. Writes ``text.json.gz`` (the text model) and ``score.json`` (per-group weights,
thresholds, hand-set priors, the training date and what it was trained on).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import io
import json
import sys
from collections import Counter
from pathlib import Path

from training import corpora, pipeline
from vigilance_app.analysis import score, text_model

MODEL_DIR = corpora.REPO / "resources" / "model"


def text_bytes(text_json: dict[str, object]) -> bytes:
    raw = json.dumps(text_json, sort_keys=True, separators=(",", ":")).encode()
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as handle:
        handle.write(raw)
    return buffer.getvalue()


def score_bytes(score_json: dict[str, object]) -> bytes:
    return (json.dumps(score_json, sort_keys=True, indent=1, ensure_ascii=False) + "\n").encode()


def train(root: Path, date: str) -> tuple[bytes, bytes]:
    samples = corpora.load(root)
    items = pipeline.prepare(samples)
    text_json, score_json = pipeline.fit(items)
    digest = hashlib.sha256()
    for sample in samples:
        digest.update(sample.id.encode())
        digest.update(sample.data if isinstance(sample.data, bytes) else sample.data.encode())
    score_json["trained"] = {
        "date": date,
        "messages": dict(sorted(Counter(s.source for s in samples).items())),
        "corpus_sha256": digest.hexdigest(),
        "text_features": len(text_json["weights"]),  # type: ignore[arg-type]
        "seed": pipeline.SEED, "folds": pipeline.FOLDS, "text_c": pipeline.TEXT_C,
        "min_df": pipeline.MIN_DF, "combiner_l2": pipeline.COMBINER_L2,
        "min_fires": pipeline.MIN_FIRES, "ham_rates": pipeline.HAM_RATES,
    }
    return text_bytes(text_json), score_bytes(score_json)


def _without_date(data: bytes) -> dict[str, object]:
    loaded = json.loads(data)
    loaded["trained"].pop("date", None)
    return loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=corpora.DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--date", default=dt.date.today().isoformat())
    parser.add_argument("--check", action="store_true",
                        help="retrain and compare with the shipped files; write nothing")
    args = parser.parse_args(argv)
    text_data, score_data = train(args.corpus, args.date)
    text_path = args.out / text_model.MODEL_FILE
    score_path = args.out / score.MODEL_FILE
    if args.check:
        same_text = text_path.is_file() and text_path.read_bytes() == text_data
        same_score = score_path.is_file() and _without_date(
            score_path.read_bytes()) == _without_date(score_data)
        print(json.dumps({"ok": same_text and same_score, "text_model_same": same_text,
                          "score_same": same_score}))
        return 0 if same_text and same_score else 1
    args.out.mkdir(parents=True, exist_ok=True)
    text_path.write_bytes(text_data)
    score_path.write_bytes(score_data)
    print(json.dumps({"ok": True, "text_model": str(text_path), "bytes": len(text_data),
                      "score": str(score_path)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
