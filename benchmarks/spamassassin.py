"""SpamAssassin's verdict on .eml files: a baseline from an established filter.

    python3 benchmarks/spamassassin.py [--cache FILE] DIR [DIR ...]

Prints one JSON object: for each folder, the number of ``*.eml`` files, how many score at
least 5 (SpamAssassin's default ``required_score``) and at least 3, the elapsed seconds, and
the rules that fired most often. From Python::

    from benchmarks.spamassassin import run_spamassassin, spamassassin_scores
    scores = spamassassin_scores(paths)            # {str(path): score}
    run = run_spamassassin(paths, cache=Path("sa_cache.json"))
    run.scores, run.rules, run.threshold, run.version

Needs Debian's ``spamassassin`` package (``benchmarks/setup_spamassassin.sh``); it is a
benchmark tool only, never a dependency of the app. The rules are those shipped in the
package (no ``sa-update``). This module uses the standard library only.

How it runs:
- **One** Perl process for a whole list of files, through the Perl API
  (``Mail::SpamAssassin->new``, ``parse``, ``check``, ``get_score``, ``finish``): running
  ``spamassassin -L`` once per file would pay Perl's and the rules' start-up (about a second)
  for every file. Paths go in on stdin (NUL-separated), one result line comes out per file.
- **Local tests only** (``local_tests_only => 1``, as ``spamassassin -L``): no DNS blocklists,
  no URI blocklists, no Razor/Pyzor/DCC, no DKIM/SPF key look-ups; SpamAssassin then uses its
  score set 0 (no network, no Bayes). ``skip_rbl_checks 1`` on top.
- **No learning, no state**: ``use_bayes 0``, ``bayes_auto_learn 0``, and the AWL and TxRep
  plugins off when loaded. The user's ``~/.spamassassin`` is never read or written: the
  process gets a fresh temporary ``HOME``, ``userstate_dir`` and empty ``user_prefs``, and the
  user preferences are not loaded. The site configuration (``/etc/spamassassin``: plugin
  loading, ``local.cf``) is used as installed; ``threshold`` reports the ``required_score`` it
  gives (5.0 unless ``local.cf`` changes it).
- **Cache** (optional): a JSON file keyed by the SpamAssassin version, a digest of the
  embedded Perl script (its settings) and each file's sha256, so reruns only score new files.

Caveats for reading the numbers: the honest corpus (``shared/corpus/ham_eml``) is
SpamAssassin's own public corpus of 2002, on which its rules and scores were partly tuned, so
SpamAssassin's false-positive rate there is flattered. Some rules read headers (``Received``
chains, dates, mailer names) and so also see the difference of era between that corpus and
recent phishing; that is accepted for a baseline.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Reads NUL-separated paths on stdin. Prints first "INFO\t<version>\t<required_score>", then one
# line per path, in order: "OK\t<score>\t<rule,rule,...>" or "ERR\t<message>".
PERL_SCRIPT = r"""
use strict;
use warnings;
use Mail::SpamAssassin;

my $state_dir = shift @ARGV or die "usage: perl - STATE_DIR\n";
my $post_config = <<'CF';
use_bayes 0
bayes_auto_learn 0
skip_rbl_checks 1
ifplugin Mail::SpamAssassin::Plugin::AWL
use_auto_whitelist 0
endif
ifplugin Mail::SpamAssassin::Plugin::TxRep
use_txrep 0
endif
ifplugin Mail::SpamAssassin::Plugin::Razor2
use_razor2 0
endif
ifplugin Mail::SpamAssassin::Plugin::Pyzor
use_pyzor 0
endif
ifplugin Mail::SpamAssassin::Plugin::DCC
use_dcc 0
endif
CF

my $sa = Mail::SpamAssassin->new({
    local_tests_only     => 1,
    dont_copy_prefs      => 1,
    userprefs_filename   => "$state_dir/user_prefs",
    userstate_dir        => $state_dir,
    home_dir_for_helpers => $state_dir,
    post_config_text     => $post_config,
});
$sa->compile_now(0);    # 0: do not load user preferences

binmode STDOUT;
printf "INFO\t%s\t%s\n", Mail::SpamAssassin::Version(), $sa->{conf}->{required_score};

sub one_line {
    my ($s) = @_;
    $s = "unknown error" unless defined $s;
    $s =~ s/\s+/ /g;
    $s =~ s/^ | $//g;
    return $s;
}

local $/ = "\0";
while (my $path = <STDIN>) {
    chomp $path;
    next if $path eq '';
    my $line = eval {
        open(my $fh, '<:raw', $path) or die "cannot open: $!\n";
        my $text = do { local $/; <$fh> };
        close $fh;
        my $msg = $sa->parse($text, 1);
        my $status = $sa->check($msg);
        my $out = sprintf("OK\t%.3f\t%s", $status->get_score, $status->get_names_of_tests_hit);
        $status->finish;
        $msg->finish;
        $out;
    };
    $line = "ERR\t" . one_line($@) unless defined $line;
    print "$line\n";
}
"""

SCRIPT_DIGEST = hashlib.sha256(PERL_SCRIPT.encode()).hexdigest()[:16]
DEFAULT_THRESHOLD = 5.0


@dataclass
class SpamAssassinRun:
    """Scores of one run. ``scores`` and ``rules`` are keyed by ``str(path)``."""

    scores: dict[str, float]
    rules: dict[str, list[str]]
    threshold: float
    version: str
    scored: int = 0  # files actually scored by Perl (the rest came from the cache)
    seconds: float = 0.0
    errors: dict[str, str] = field(default_factory=dict)


def _perl() -> str:
    perl = shutil.which("perl")
    if perl is None:
        raise RuntimeError("perl not found: run benchmarks/setup_spamassassin.sh")
    return perl


def spamassassin_version() -> str:
    """Version of the installed Mail::SpamAssassin (about 0.2 s: loads the module only)."""
    result = subprocess.run(
        [_perl(), "-MMail::SpamAssassin", "-e", "print Mail::SpamAssassin::Version()"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            "Mail::SpamAssassin is not installed: run benchmarks/setup_spamassassin.sh\n"
            + result.stderr.strip()
        )
    return result.stdout.strip()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _load_cache(cache: Path) -> dict[str, Any]:
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {"configs": {}, "entries": {}}
    if not isinstance(data, dict):
        return {"configs": {}, "entries": {}}
    data.setdefault("configs", {})
    data.setdefault("entries", {})
    return data


def _save_cache(cache: Path, data: dict[str, Any]) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=cache.name + ".", dir=cache.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, sort_keys=True)
    os.chmod(tmp, 0o644)
    os.replace(tmp, cache)


def _score_with_perl(
    paths: list[str],
) -> tuple[str, float, dict[str, tuple[float, list[str]]], dict[str, str]]:
    """One Perl process for all ``paths``: (version, threshold, results, errors)."""
    for path in paths:
        if "\0" in path:
            raise ValueError(f"path contains NUL: {path!r}")
    with tempfile.TemporaryDirectory(prefix="vigilance-sa-") as state_dir:
        Path(state_dir, "user_prefs").write_text("", encoding="utf-8")
        env = dict(os.environ, HOME=state_dir, LC_ALL="C")
        result = subprocess.run(
            [_perl(), "-e", PERL_SCRIPT, state_dir],
            input="".join(path + "\0" for path in paths).encode(),
            capture_output=True,
            env=env,
            check=False,
        )
    lines = result.stdout.decode("utf-8", "replace").splitlines()
    if result.returncode != 0 or not lines or not lines[0].startswith("INFO\t"):
        stderr = result.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"SpamAssassin failed (exit {result.returncode}): {stderr[-2000:]}")
    _, version, threshold = lines[0].split("\t")
    outputs = lines[1:]
    if len(outputs) != len(paths):
        raise RuntimeError(f"SpamAssassin gave {len(outputs)} results for {len(paths)} files")
    results: dict[str, tuple[float, list[str]]] = {}
    errors: dict[str, str] = {}
    for path, line in zip(paths, outputs, strict=True):
        kind, _, rest = line.partition("\t")
        if kind == "OK":
            score, _, names = rest.partition("\t")
            results[path] = (float(score), [name for name in names.split(",") if name])
        else:
            errors[path] = rest
    return version, float(threshold), results, errors


def run_spamassassin(paths: list[Path], cache: Path | None = None) -> SpamAssassinRun:
    """Score every file with SpamAssassin's local tests, in one Perl process.

    With ``cache``, files already scored by the same SpamAssassin version and settings (same
    sha256) are not scored again, and new results are added to the file. Raises
    ``RuntimeError`` if a file could not be scored (after saving the others to the cache).
    """
    start = time.perf_counter()
    keys = [str(path) for path in paths]
    scores: dict[str, float] = {}
    rules: dict[str, list[str]] = {}
    todo = list(dict.fromkeys(keys))
    data: dict[str, Any] | None = None
    version = ""
    threshold = DEFAULT_THRESHOLD
    config_key = ""
    digests: dict[str, str] = {}
    if cache is not None:
        data = _load_cache(cache)
        version = spamassassin_version()
        config_key = f"{version}:{SCRIPT_DIGEST}"
        digests = {key: _sha256(Path(key)) for key in todo}
        entries = data["entries"]
        config = data["configs"].get(config_key)
        if config is not None:
            threshold = float(config["threshold"])
            todo = []
            for key in dict.fromkeys(keys):
                hit = entries.get(f"{config_key}:{digests[key]}")
                if hit is None:
                    todo.append(key)
                else:
                    scores[key] = float(hit["score"])
                    rules[key] = list(hit["rules"])
    errors: dict[str, str] = {}
    if todo:
        version, threshold, results, errors = _score_with_perl(todo)
        for key, (score, names) in results.items():
            scores[key] = score
            rules[key] = names
        if data is not None and cache is not None:
            config_key = f"{version}:{SCRIPT_DIGEST}"
            data["configs"][config_key] = {"threshold": threshold}
            for key, (score, names) in results.items():
                data["entries"][f"{config_key}:{digests[key]}"] = {"score": score, "rules": names}
            _save_cache(cache, data)
    if not version:
        version = spamassassin_version()
    if errors:
        listed = "\n".join(f"{path}: {message}" for path, message in sorted(errors.items()))
        raise RuntimeError(f"SpamAssassin could not score {len(errors)} file(s):\n{listed}")
    return SpamAssassinRun(
        scores=scores,
        rules=rules,
        threshold=threshold,
        version=version,
        scored=len(todo),
        seconds=time.perf_counter() - start,
    )


def spamassassin_scores(paths: list[Path], cache: Path | None = None) -> dict[str, float]:
    """SpamAssassin's score per file (key: ``str(path)``), local tests only.

    Threshold and version: use ``run_spamassassin`` (``.threshold``, ``.version``).
    """
    return run_spamassassin(paths, cache=cache).scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path, help="folders of .eml files")
    parser.add_argument("--cache", type=Path, default=None, help="JSON cache of scores")
    parser.add_argument("--top", type=int, default=10, help="most frequent rules to list")
    args = parser.parse_args(argv)

    report: dict[str, Any] = {"folders": {}}
    total = time.perf_counter()
    run: SpamAssassinRun | None = None
    for folder in args.dirs:
        paths = sorted(folder.glob("*.eml"))
        run = run_spamassassin(paths, cache=args.cache)
        values = list(run.scores.values())
        count = len(values)
        fired = collections.Counter(name for names in run.rules.values() for name in names)
        report["folders"][str(folder)] = {
            "files": count,
            "score_ge_5": sum(value >= 5.0 for value in values),
            "score_ge_3": sum(value >= 3.0 for value in values),
            "rate_ge_5": round(sum(value >= 5.0 for value in values) / count, 4) if count else None,
            "rate_ge_3": round(sum(value >= 3.0 for value in values) / count, 4) if count else None,
            "median_score": sorted(values)[count // 2] if count else None,
            "scored_now": run.scored,
            "seconds": round(run.seconds, 2),
            "top_rules": fired.most_common(args.top),
        }
    report["total_seconds"] = round(time.perf_counter() - total, 2)
    if run is not None:
        report["spamassassin_version"] = run.version
        report["threshold"] = run.threshold
    report["settings"] = "local tests only, no Bayes, no AWL/TxRep, temporary HOME"
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
