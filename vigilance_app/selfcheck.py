"""The selfcheck report: store, key custody, schema revision and integrity, as plain data."""

from __future__ import annotations

from typing import Any

from vigilance_app.services import AppServices
from vigilance_app.store import migrate
from vigilance_app.store.errors import IntegrityFailure, StoreError
from vigilance_app.store.store import finish_interrupted_creation, quick_check
from vigilance_app.vault import VaultError


def run_selfcheck(services: AppServices) -> dict[str, Any]:
    paths = services.paths
    finish_interrupted_creation(paths)
    report: dict[str, Any] = {
        "ok": False,
        "data_dir": str(paths.root),
        "store_exists": paths.database.exists(),
        "schema_revision": None,
        "head_revision": migrate.head_revision(),
        "integrity": "not_checked",
        "key_custody": None,
    }
    if not services.vault.exists():
        report["error"] = ("No store here yet: run 'vigilance init' or open the window."
                           if not paths.database.exists() else
                           "The store file exists but its key file is missing.")
        return report
    try:
        report["key_custody"] = services.vault.custody_report()
        data_key = services.vault.unlock_unattended()
    except VaultError as exc:
        report["error"] = str(exc)
        return report
    try:
        quick_check(paths.database, data_key)
        report["integrity"] = "ok"
        store = services.open_with_key(data_key)
        report["schema_revision"] = store.schema_revision()
        report["profiles"] = len(store.profiles())
        report["missing_commits"] = store.missing_commits
        warning = store.missing_commits_warning
        if warning is not None:
            report["error"] = str(warning)
            report["error_code"] = warning.code
    except IntegrityFailure as exc:
        report["integrity"] = "damaged"
        report["error"] = str(exc)
        return report
    except StoreError as exc:
        report["error"] = str(exc)
        return report
    finally:
        services.lock()
    report["ok"] = (report["schema_revision"] == report["head_revision"]
                    and not report.get("missing_commits"))
    return report
