"""How right the scam verdict is, on the labelled real messages of ``shared/corpus``.

    .venv/bin/pip install -e '.[train]'
    bash benchmarks/setup_spamassassin.sh          # once, for the side-by-side column
    .venv/bin/python benchmarks/quality.py [--corpus DIR] [--markdown FILE] [--no-spamassassin]

Every figure is cross-validated: the whole training procedure (text model, weights,
thresholds; ``training/pipeline.py``) is run on four fifths of the messages (stratified by
set, fixed seed) and predicts the fifth it never saw, five times. Prints one JSON object:
per set the count at each level, detection (scams at ``>= medium`` and at ``high``), false
alarms (honest messages at ``high`` and at ``>= medium``), per language where it can be
guessed, ROC AUC of the score, a calibration table (mean predicted score against the observed
share of scams per score decile), how often each flag fires on each set, the targets met or
missed, and SpamAssassin's local rules on the same emails at its thresholds 5 and 3 with our
detection at the same false-alarm rate. ``--markdown`` also writes the short tables.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from training import corpora, pipeline  # noqa: E402
from vigilance_app.analysis import flags as flag_rules  # noqa: E402
from vigilance_app.analysis import score, text_model  # noqa: E402

SETS = ("ham_eml", "phishing_eml", "phishing_eml_random", "sms_ham", "sms_spam")
TARGETS = {
    "email_phishing_at_least_medium": (">=", 0.92),
    "email_phishing_high": (">=", 0.70),
    "email_ham_high": ("<=", 0.02),
    "email_ham_at_least_medium": ("<=", 0.10),
    "sms_spam_at_least_medium": (">=", 0.92),
    "sms_ham_high": ("<=", 0.005),
    "sms_ham_at_least_medium": ("<=", 0.03),
    "auc_email": (">=", 0.97),
    "auc_sms": (">=", 0.98),
}


def _rate(n: int, total: int) -> float:
    return round(n / total, 4) if total else 0.0


def _levels(preds: Sequence[pipeline.Prediction]) -> dict[str, Any]:
    counts = Counter(p.level for p in preds)
    total = len(preds)
    return {"n": total, "low": counts["low"], "medium": counts["medium"],
            "high": counts["high"],
            "at_least_medium": _rate(counts["medium"] + counts["high"], total),
            "high_rate": _rate(counts["high"], total)}


def _auc(labels: Sequence[int], scores: Sequence[float]) -> float:
    from sklearn.metrics import roc_auc_score

    return round(float(roc_auc_score(labels, scores)), 4)


def _calibration(labels: Sequence[int], scores: Sequence[float]) -> list[dict[str, Any]]:
    rows = []
    for decile in range(10):
        low, high = decile / 10, (decile + 1) / 10
        chosen = [(y, s) for y, s in zip(labels, scores, strict=True)
                  if low <= s < high or (decile == 9 and s == 1.0)]
        if chosen:
            rows.append({"scores": f"{low:.1f}-{high:.1f}", "n": len(chosen),
                         "mean_predicted": round(sum(s for _, s in chosen) / len(chosen), 3),
                         "observed_scams": round(sum(y for y, _ in chosen) / len(chosen), 3)})
    return rows


def _flag_rates(items: Sequence[pipeline.Item]) -> dict[str, dict[str, float]]:
    by_set: dict[str, list[pipeline.Item]] = {}
    for item in items:
        by_set.setdefault(item.sample.source, []).append(item)
    rates: dict[str, dict[str, float]] = {}
    for code in flag_rules.CODES:
        rates[code] = {name: _rate(sum(code in i.codes for i in members), len(members))
                       for name, members in sorted(by_set.items())}
    return rates


def _spamassassin(items: Sequence[pipeline.Item], preds: Sequence[pipeline.Prediction],
                  root: Path) -> dict[str, Any]:
    try:
        import spamassassin
    except ImportError as exc:  # the module is beside this script
        return {"error": f"benchmarks/spamassassin.py not importable: {exc}"}
    emails = [(i, p) for i, p in zip(items, preds, strict=True) if i.group == "email"]
    paths = [root / i.sample.id for i, _ in emails]
    try:
        cache = REPO / "benchmarks" / ".spamassassin-cache.json"
        scores = spamassassin.spamassassin_scores(paths, cache=cache)
    except Exception as exc:  # not installed: say so instead of failing the benchmark
        return {"error": f"SpamAssassin could not run ({exc}); "
                         "run benchmarks/setup_spamassassin.sh"}
    ham = [(i, p) for i, p in emails if i.sample.label == 0]
    scam = [(i, p) for i, p in emails if i.sample.label == 1]
    out: dict[str, Any] = {"version": spamassassin.spamassassin_version()}
    for threshold in (5.0, 3.0):
        fa = sum(scores[str(root / i.sample.id)] >= threshold for i, _ in ham) / len(ham)
        det = sum(scores[str(root / i.sample.id)] >= threshold for i, _ in scam) / len(scam)
        # Our detection at the same false-alarm rate: the lowest score threshold of ours
        # that flags no larger share of the honest mail.
        ours = sorted((p.probability for _, p in ham), reverse=True)
        allowed = int(fa * len(ham))
        cut = ours[allowed] if allowed < len(ours) else -1.0
        our_det = sum(p.probability > cut for _, p in scam) / len(scam)
        our_fa = sum(p.probability > cut for _, p in ham) / len(ham)
        out[f"threshold_{threshold:g}"] = {
            "spamassassin_detection": round(det, 4), "spamassassin_false_alarms": round(fa, 4),
            "vigilance_detection_same_false_alarms": round(our_det, 4),
            "vigilance_false_alarms": round(our_fa, 4)}
    sa_scores = [scores[str(root / i.sample.id)] for i, _ in emails]
    out["spamassassin_auc"] = _auc([i.sample.label for i, _ in emails], sa_scores)
    return out


def _by_language(items: Sequence[pipeline.Item],
                 preds: Sequence[pipeline.Prediction]) -> dict[str, Any]:
    groups: dict[str, list[pipeline.Prediction]] = {}
    for item, pred in zip(items, preds, strict=True):
        if item.group != "email":
            continue
        words = text_model.content_words(item.parsed)
        lang = text_model.guess_language(words) or "unknown"
        key = f"{'phishing' if item.sample.label else 'ham'}_{lang}"
        groups.setdefault(key, []).append(pred)
    return {key: _levels(v) for key, v in sorted(groups.items())}


def _errors(items: Sequence[pipeline.Item],
            preds: Sequence[pipeline.Prediction]) -> dict[str, list[str]]:
    """Honest messages rated high and scams rated low, to read them."""
    out: dict[str, list[str]] = {"honest_high": [], "scam_low": []}
    for item, pred in zip(items, preds, strict=True):
        if item.sample.label == 0 and pred.level == "high":
            out["honest_high"].append(f"{item.sample.id} {pred.probability} {pred.reasons}")
        elif item.sample.label == 1 and pred.level == "low":
            out["scam_low"].append(f"{item.sample.id} {pred.probability} {pred.reasons}")
    return out


def _written(items: Sequence[pipeline.Item]) -> dict[str, dict[str, str]]:
    """The messages of training/written.py through the model trained on every corpus message
    (they are not in the corpora): what the shipped model would say of each."""
    from training import written
    from vigilance_app.analysis.analyze import analyze
    from vigilance_app.analysis.flags import collect

    text_json, score_json = pipeline.fit(items)
    texts = text_model.TextModel.from_json(text_json)
    model = score.ScoreModel.from_json(score_json)
    out: dict[str, dict[str, str]] = {}
    for kind, messages in (("honest", written.HONEST), ("scam", written.SCAMS)):
        for name, parsed in messages.items():
            found = analyze(parsed).flags
            domains = text_model.link_domains(collect(parsed).links)
            risk = score.assess(parsed, found, domains, model, texts)
            out.setdefault(kind, {})[name] = f"{risk.level} {risk.score}"
    return out


def _targets(figures: dict[str, float]) -> dict[str, Any]:
    out = {}
    for name, (op, goal) in TARGETS.items():
        value = figures[name]
        met = value >= goal if op == ">=" else value <= goal
        out[name] = {"value": value, "target": f"{op} {goal}", "met": met}
    return out


def _markdown(result: dict[str, Any]) -> str:
    lines = ["| set | n | low | medium | high | ≥ medium | high |", "|---|---|---|---|---|---|---|"]
    for name, row in result["sets"].items():
        lines.append(f"| {name} | {row['n']} | {row['low']} | {row['medium']} | {row['high']} "
                     f"| {row['at_least_medium']:.1%} | {row['high_rate']:.1%} |")
    lines += ["", "| target | value | goal | met |", "|---|---|---|---|"]
    for name, row in result["targets"].items():
        lines.append(f"| {name} | {row['value']} | {row['target']} | "
                     f"{'yes' if row['met'] else 'NO'} |")
    sa = result.get("spamassassin", {})
    if "error" not in sa and sa:
        lines += ["", "| emails | SpamAssassin detection | its false alarms "
                  "| Vigilance detection at the same false alarms |", "|---|---|---|---|"]
        for key in ("threshold_5", "threshold_3"):
            row = sa[key]
            lines.append(f"| SA score ≥ {key.split('_')[1]} | {row['spamassassin_detection']:.1%}"
                         f" | {row['spamassassin_false_alarms']:.1%} | "
                         f"{row['vigilance_detection_same_false_alarms']:.1%} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=corpora.DEFAULT_CORPUS)
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--no-spamassassin", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    items = pipeline.prepare(corpora.load(args.corpus))
    preds = pipeline.cross_validate(items)
    by_set: dict[str, list[pipeline.Prediction]] = {name: [] for name in SETS}
    for item, pred in zip(items, preds, strict=True):
        by_set[item.sample.source].append(pred)
    sets = {name: _levels(v) for name, v in by_set.items()}
    sets["phishing_both"] = _levels(by_set["phishing_eml"] + by_set["phishing_eml_random"])
    email = [(i.sample.label, p.probability) for i, p in zip(items, preds, strict=True)
             if i.group == "email"]
    sms = [(i.sample.label, p.probability) for i, p in zip(items, preds, strict=True)
           if i.group == "sms"]
    figures = {
        "email_phishing_at_least_medium": sets["phishing_both"]["at_least_medium"],
        "email_phishing_high": sets["phishing_both"]["high_rate"],
        "email_ham_high": sets["ham_eml"]["high_rate"],
        "email_ham_at_least_medium": sets["ham_eml"]["at_least_medium"],
        "sms_spam_at_least_medium": sets["sms_spam"]["at_least_medium"],
        "sms_ham_high": sets["sms_ham"]["high_rate"],
        "sms_ham_at_least_medium": sets["sms_ham"]["at_least_medium"],
        "auc_email": _auc(*zip(*email, strict=True)),
        "auc_sms": _auc(*zip(*sms, strict=True)),
    }
    result: dict[str, Any] = {
        "cross_validation": {"folds": pipeline.FOLDS, "seed": pipeline.SEED,
                             "stratified_by": "set"},
        "sets": sets,
        "targets": _targets(figures),
        "by_language": _by_language(items, preds),
        "calibration": {"email": _calibration(*zip(*email, strict=True)),
                        "sms": _calibration(*zip(*sms, strict=True))},
        "flag_rates": _flag_rates(items),
        "errors": _errors(items, preds),
        "written_checks": _written(items),
    }
    if not args.no_spamassassin:
        result["spamassassin"] = _spamassassin(items, preds, args.corpus)
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, ensure_ascii=False))
    if args.markdown:
        args.markdown.write_text(_markdown(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
