"""Start-up path: the reviews Home panel reads with raw SQL only.

A child process opens an existing store (as the window does at start-up) and builds the Home
panel; it must not have imported SQLAlchemy, the TOML content, icalendar, the analysis package
or the reviews API module (the lean ``summary`` module is enough) by then. The tray's count,
made after the first frame, is checked across both profiles.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import make_services, make_store
from vigilance_app.reviews import accounts as acc
from vigilance_app.reviews.schedule import Rhythm

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import datetime, UTC
from PySide6.QtWidgets import QApplication
from vigilance_app.store.store import Store
from vigilance_app.paths import DataPaths

app = QApplication([])
from pathlib import Path
store = Store(DataPaths(Path(sys.argv[1])).database, bytes.fromhex(sys.argv[2]))
store.active_profile()  # the window has read the profile before Home is built
import vigilance_app.ui.kit.common, vigilance_app.ui.kit.theme  # imported by the window already
before = set(sys.modules)
start = time.perf_counter()
from vigilance_app.ui.reviews.home_panel import ReviewsHomePanel

class Services:
    pass

services = Services()
services.store = store
now = datetime(2026, 11, 29, 9, tzinfo=UTC)
panel = ReviewsHomePanel(services, now=lambda: now)
elapsed = time.perf_counter() - start
loaded = sorted(set(sys.modules) - before)
from vigilance_app.ui.reviews.tray import due_keys_of

keys = due_keys_of(store, now)  # the tray's count, after the first frame
print(json.dumps({"line": panel.line.text(), "keys": len(keys), "ms": elapsed * 1000,
                  "loaded": loaded}))
store.close()
"""

HEAVY = ("sqlalchemy", "tomllib", "icalendar", "vigilance_app.analysis", "phonenumbers",
         "vigilance_app.reviews.content", "vigilance_app.reviews.models", "jeepney",
         "vigilance_app.reviews.accounts")


def test_home_panel_loads_nothing_heavy(qapp, data_dir: Path,
                                                      memory_keyring: MemoryKeyring) -> None:
    make_store(data_dir, memory_keyring, profiles=("Moi", "Maman (Jeannine)"))
    services = make_services(data_dir, memory_keyring)
    key = services.vault.open_everyday().data_key
    services.open_with_key(key)
    now = datetime(2026, 11, 29, 9, tzinfo=UTC)
    for profile in services.store.profiles():
        for number in range(20):
            acc.add_account(services.store, profile.id, "bank", f"Compte {number}",
                            now=now - timedelta(days=40 + number), rhythm=Rhythm(1, "month"))
    services.lock()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), key.hex()],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["keys"] == 40  # every account of both profiles is due
    assert "20" in report["line"]  # the panel counts the active profile only
    heavy = [name for name in report["loaded"] if name.startswith(HEAVY)]
    assert heavy == [], heavy
