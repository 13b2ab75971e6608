"""Start-up time of Vigilance against a bare PySide6 window, and the deliberate unlock costs.

    python benchmarks/startup.py [--runs 15] [--warmup 2] [--profile]

Prints one JSON object. Measured, in one run of this script:
- ``app``: whole-process wall time of ``vigilance --data-dir D --quit-after-startup``
  (offscreen) on the everyday path: a keyring-mode store made beforehand with
  ``vigilance init``, its key read from a real gnome-keyring in a private D-Bus session;
- ``bare``: the same for a PySide6 script that shows an empty QMainWindow and quits after its
  first paint (the floor any Qt app pays);
  the two alternate, ``--runs`` times each after ``--warmup`` unmeasured runs each;
- ``ratio`` = median app / median bare (target <= 2.0);
- ``unlock``: the Argon2id cost of opening with the app password and with the recovery key,
  with the parameters ``vigilance init`` calibrated on this machine (in-process, key only).
With ``--profile`` (or when the ratio is over target) it adds the heaviest imports of one app
start (``python -X importtime``), by cumulative time.

The script re-runs itself inside ``dbus-run-session`` with gnome-keyring unlocked and a
temporary HOME, so the person's own keyring and files are never touched. It needs
dbus-run-session and gnome-keyring-daemon (``scripts/install.sh --test`` installs them).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SESSION_MARK = "VIGILANCE_BENCH_IN_SESSION"
PASSWORD = "benchmark password 1234"
TARGET_RATIO = 2.0

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstFrameQuit(QObject):
    fired = False
    def eventFilter(self, watched, event):
        if not self.fired and event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            self.fired = True
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(980, 680)
quitter = FirstFrameQuit()
window.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""


def reexec_in_keyring_session(argv: list[str]) -> int:
    """Run this script again inside a private D-Bus session with gnome-keyring unlocked."""
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon")
               if shutil.which(tool) is None]
    if missing:
        print(json.dumps({"ok": False, "error": f"missing {', '.join(missing)}: run "
                          "scripts/install.sh --test (Debian packages dbus, gnome-keyring)"}))
        return 1
    with tempfile.TemporaryDirectory(prefix="vigilance-bench-") as tmp:
        home, run = Path(tmp, "home"), Path(tmp, "run")
        for folder in (home, run):
            folder.mkdir(mode=0o700)
        env = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                            "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                            "VIGILANCE_PASSWORD", "VIGILANCE_DATA_DIR",
                            "PYTHON_KEYRING_BACKEND", "PYTHONDONTWRITEBYTECODE")}
        env.update(HOME=str(home), XDG_RUNTIME_DIR=str(run), QT_QPA_PLATFORM="offscreen")
        env[SESSION_MARK] = "1"
        script = ('printf bench | gnome-keyring-daemon --unlock --components=secrets '
                  '>/dev/null; exec "$@"')
        proc = subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", script, "bench",
             sys.executable, str(Path(__file__).resolve()), *argv],
            env=env, stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
        )
        return proc.returncode


def vigilance_command() -> list[str]:
    script = Path(sys.executable).with_name("vigilance")
    return [str(script)] if script.exists() else [sys.executable, "-m", "vigilance_app"]


def run(cmd: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=REPO, env=env or dict(os.environ), capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=300, check=False)


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          timeout=300, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} ended with {proc.returncode}: "
                           f"{proc.stderr.strip()[-500:]}")
    return elapsed


def summary(values: list[float]) -> dict[str, Any]:
    ordered = sorted(values)
    return {
        "median_s": round(statistics.median(ordered), 4),
        "min_s": round(ordered[0], 4),
        "max_s": round(ordered[-1], 4),
        "runs": len(ordered),
    }


def heaviest_imports(app_args: list[str], env: dict[str, str], top: int = 12) -> list[dict]:
    """One app start under -X importtime: top-level imports by cumulative time."""
    proc = run([sys.executable, "-X", "importtime", "-m", "vigilance_app", *app_args], env)
    rows = []
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if not line.startswith("import time:") or len(parts) != 3 or "cumulative" in line:
            continue
        name = parts[2].rstrip()
        depth = (len(name) - len(name.lstrip())) // 2
        if depth == 0 or name.strip().startswith("vigilance_app"):
            rows.append({"module": name.strip(), "depth": depth,
                         "cumulative_ms": round(int(parts[1]) / 1000, 1)})
    rows.sort(key=lambda r: r["cumulative_ms"], reverse=True)
    return rows[:top]


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from vigilance_app.paths import DataPaths
    from vigilance_app.vault import KeyringAccess, Vault
    from vigilance_app.vault.header import KeyHeader

    env = dict(os.environ)
    vigilance = vigilance_command()
    work = Path(tempfile.mkdtemp(prefix="vigilance-bench-stores-"))
    try:
        keyring_dir, password_dir = work / "keyring-store", work / "password-store"
        made = run([*vigilance, "--data-dir", str(keyring_dir), "init"], env)
        if made.returncode != 0:
            raise RuntimeError(f"init (keyring mode) failed: {made.stderr.strip()}")
        recovery = next(line.strip() for line in made.stdout.splitlines()
                        if line.count("-") == 6 and len(line.strip()) == 34)
        check = run([*vigilance, "--data-dir", str(keyring_dir), "selfcheck", "--json"], env)
        custody = json.loads(check.stdout)["key_custody"]
        if not custody.get("keyring_holds_key"):
            raise RuntimeError(f"the keyring does not hold the key: {custody}")

        app_args = ["--data-dir", str(keyring_dir), "--quit-after-startup"]
        app_cmd = [*vigilance, *app_args]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        app_times: list[float] = []
        bare_times: list[float] = []
        other_times: list[float] = []
        if args.compare_with:  # both trees run as ``python -m vigilance_app``, same store
            app_cmd = [sys.executable, "-m", "vigilance_app", *app_args]
            app_env = {**env, "PYTHONPATH": str(REPO)}
            other_env = {**env, "PYTHONPATH": str(Path(args.compare_with).resolve())}
        else:
            app_env = other_env = env
        for i in range(args.warmup + args.runs):
            a = timed(app_cmd, app_env)
            b = timed(bare_cmd, env)
            o = timed(app_cmd, other_env) if args.compare_with else 0.0
            if i >= args.warmup:
                app_times.append(a)
                bare_times.append(b)
                other_times.append(o)
        ratio = statistics.median(app_times) / statistics.median(bare_times)

        made = run([*vigilance, "--data-dir", str(password_dir), "init"],
                   {**env, "VIGILANCE_PASSWORD": PASSWORD})
        if made.returncode != 0:
            raise RuntimeError(f"init (password mode) failed: {made.stderr.strip()}")
        password_recovery = next(line.strip() for line in made.stdout.splitlines()
                                 if line.count("-") == 6 and len(line.strip()) == 34)
        vault = Vault(DataPaths(password_dir), keyring=KeyringAccess())
        password_times, recovery_times = [], []
        for _ in range(args.unlock_runs):
            start = time.perf_counter()
            vault.unlock_with_password(PASSWORD)
            password_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            vault.unlock_with_recovery_key(password_recovery)
            recovery_times.append(time.perf_counter() - start)
        kdf = KeyHeader.load(DataPaths(password_dir).key_header).slots["password"]["kdf"]
        del recovery

        import PySide6

        result: dict[str, Any] = {
            "ok": True,
            "app_keyring_startup": summary(app_times),
            "bare_pyside6_window": summary(bare_times),
            "ratio": round(ratio, 3),
            "target_ratio": TARGET_RATIO,
            "ratio_ok": ratio <= TARGET_RATIO,
            "unlock": {
                "password": summary(password_times),
                "recovery_key": summary(recovery_times),
                "kdf": kdf,
            },
            "keyring_backend": KeyringAccess().backend_id(),
            "warmup_runs": args.warmup,
            "python": platform.python_version(),
            "pyside6": PySide6.__version__,
            "cpus": os.cpu_count(),
            "machine": platform.machine(),
        }
        if args.compare_with:
            result["compared_with"] = {
                "tree": str(Path(args.compare_with).resolve()),
                "app_keyring_startup": summary(other_times),
                "ratio": round(statistics.median(other_times)
                               / statistics.median(bare_times), 3),
                "this_over_other": round(statistics.median(app_times)
                                         / statistics.median(other_times), 3),
            }
        if args.profile or ratio > TARGET_RATIO:
            result["heaviest_imports"] = heaviest_imports(app_args, env)
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each (15)")
    parser.add_argument("--warmup", type=int, default=2, help="unmeasured runs of each (2)")
    parser.add_argument("--unlock-runs", type=int, default=3,
                        help="password and recovery-key unlocks to time (3)")
    parser.add_argument("--compare-with", metavar="DIR",
                        help="another source tree (e.g. a git archive of an earlier commit) "
                             "started in the same loop, on the same store")
    parser.add_argument("--profile", action="store_true",
                        help="add the heaviest imports of one app start")
    args = parser.parse_args(argv)
    if os.environ.get(SESSION_MARK) != "1":
        return reexec_in_keyring_session(argv)
    sys.path.insert(0, str(REPO))
    try:
        result = measure(args)
    except (RuntimeError, OSError, ValueError, KeyError, StopIteration) as exc:
        print(json.dumps({"ok": False, "error": str(exc)}))
        return 1
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
