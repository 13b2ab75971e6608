"""Parsing speed on the shared phishing corpus, against the bare stdlib parser.

    python benchmarks/analysis.py [--passes 5] [--corpus DIR] [--compare-with TREE] [--warm]

Prints one JSON object. All files are read into memory first; then, alternating in each
pass so a busy machine slows every measure alike, the whole corpus is parsed with
- ``bare``: ``email.message_from_bytes(data, policy=email.policy.default)`` (no walk, no
  decoding: the floor to compare against);
- ``parse``: ``vigilance_app.analysis.eml.parse_eml`` (caps, decoding, HTML to text,
  attachments described);
- ``analyze``: ``parse_eml`` then ``analyze()`` (links, phones, red flags, risk), when
  ``vigilance_app.analysis.analyze`` is present.
Each figure is messages per second from the median pass; ``ratio`` = median time of the
measure / median time of ``bare``. Every pass reads the corpus as new mail: the caches kept
per input (hosts, domains, look-alike answers: ``functools`` caches of more than
``_RESOURCE_CACHE`` entries) are emptied before it, so a pass gains nothing from the pass
before; what is read once per run of the app (models, phrase lists, the suffix list) stays
loaded, as after the app's first message. ``--warm`` keeps those caches from pass to pass
(the same corpus read again: an upper bound, not what a person's new mail costs). Target:
analyze >= 250 messages/s on one core on the fair sample, caches emptied
(``--corpus ../shared/corpus/phishing_eml_random``). Nothing is written anywhere.

``--compare-with TREE`` times another source tree (a ``git worktree`` of another commit, or
``git archive`` of it unpacked) in the same loop: a child process imports that tree's
``vigilance_app`` and runs each pass of each measure right after this tree's, so a busy
machine slows both alike; its figures are under ``compared_with``, with ``speed-up`` =
its median time / this tree's.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "phishing_eml"


def _bare(data: bytes) -> object:
    return email.message_from_bytes(data, policy=email.policy.default)


def _measures(root: Path = REPO) -> dict[str, Callable[[bytes], object]]:
    sys.path.insert(0, str(root))
    from vigilance_app.analysis.eml import parse_eml

    measures: dict[str, Callable[[bytes], object]] = {"bare": _bare, "parse": parse_eml}
    try:
        from vigilance_app.analysis.analyze import analyze
    except ImportError:
        return measures

    def parse_and_analyze(data: bytes) -> object:
        return analyze(parse_eml(data))

    measures["analyze"] = parse_and_analyze
    return measures


# Caches this small hold what the app reads once (a model, one phrase list per language).
_RESOURCE_CACHE = 64


def _forget_inputs() -> None:
    """Empty the analysis' caches of earlier inputs (see the module's docstring)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("vigilance_app."):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", None) == name:
                maxsize = info().maxsize
                if maxsize is None or maxsize > _RESOURCE_CACHE:
                    value.cache_clear()


def _time_pass(call: Callable[[bytes], object], datas: list[bytes],
               warm: bool = False) -> float:
    if not warm:
        _forget_inputs()
    start = time.perf_counter()
    for data in datas:
        call(data)
    return time.perf_counter() - start


def _worker(tree: Path, corpus: Path, warm: bool) -> int:
    """The child of ``--compare-with``: one pass of the measure named on each input line,
    its seconds on one output line."""
    datas = [path.read_bytes() for path in sorted(corpus.glob("*.eml"))]
    measures = _measures(tree)
    for call in measures.values():
        _time_pass(call, datas)
    print(json.dumps(sorted(measures)), flush=True)
    for line in sys.stdin:
        print(_time_pass(measures[line.strip()], datas, warm), flush=True)
    return 0


def _child(tree: Path, corpus: Path, warm: bool) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--worker", str(tree),
         "--corpus", str(corpus), *(["--warm"] if warm else [])],
        cwd=tree, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _ask(child: subprocess.Popen[str], name: str) -> float:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(name + "\n")
    child.stdin.flush()
    return float(child.stdout.readline())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--compare-with", type=Path, metavar="TREE",
                        help="another source tree timed in the same loop")
    parser.add_argument("--warm", action="store_true",
                        help="keep the caches of earlier inputs between passes")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return _worker(args.worker.resolve(), args.corpus.resolve(), args.warm)
    files = sorted(args.corpus.glob("*.eml"))
    if not files:
        print(json.dumps({"ok": False, "error": f"No .eml files found in {args.corpus}."}))
        return 1
    datas = [path.read_bytes() for path in files]
    child = None
    if args.compare_with:
        child = _child(args.compare_with.resolve(), args.corpus.resolve(), args.warm)
        assert child.stdout is not None
        other_names = json.loads(child.stdout.readline())
    measures = _measures()
    for call in measures.values():  # warm-up: imports, lazily loaded data, caches
        _time_pass(call, datas)
    timings: dict[str, list[float]] = {name: [] for name in measures}
    other: dict[str, list[float]] = {}
    for _ in range(args.passes):
        for name, call in measures.items():
            timings[name].append(_time_pass(call, datas, args.warm))
            if child is not None and name in other_names:
                other.setdefault(name, []).append(_ask(child, name))
    if child is not None:
        assert child.stdin is not None
        child.stdin.close()
        child.wait()
    medians = {name: statistics.median(values) for name, values in timings.items()}
    result: dict[str, Any] = {
        "ok": True,
        "files": len(datas),
        "megabytes": round(sum(map(len, datas)) / 1e6, 2),
        "passes": args.passes,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    for name, seconds in medians.items():
        entry: dict[str, Any] = {
            "messages_per_second": round(len(datas) / seconds, 1),
            "median_pass_seconds": round(seconds, 4),
        }
        if name != "bare":
            entry["ratio_to_bare"] = round(seconds / medians["bare"], 2)
        result[name] = entry
    if other:
        other_medians = {name: statistics.median(values) for name, values in other.items()}
        result["compared_with"] = {"tree": str(args.compare_with.resolve())} | {
            name: {"messages_per_second": round(len(datas) / seconds, 1),
                   "median_pass_seconds": round(seconds, 4),
                   "speed-up": round(seconds / medians[name], 2)}
            for name, seconds in other_medians.items() if name in medians}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
