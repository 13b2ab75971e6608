"""A process the reliability tests kill with SIGKILL at a random moment.

It works on a real SQLCipher store (a fixed test key, or a test password with cheap key
derivation for ``init``) and prints one line after each step that is committed, flushed
before the next step starts, so the parent knows exactly what must survive the kill:

    add DIR DAY N       adds N journal entries one by one:   "committed <id>"
    import DIR DAY F... imports each file (analysis + store): "committed <id>"

(``add`` and ``import`` unlock with the test password, as on day DAY from today, so that
the automatic daily backup runs beside the writes.)
    init DIR            creates a store:                      "created"
    migrate DIR         opens (backup + migration) a store:   "migrated"
    lock DIR            holds the data folder's lock:         "locked", until stdin closes

Every command but ``lock`` first prints "ready" once its modules are loaded.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.fakes import MemoryKeyring, fast_kdf
from tests.store_helpers import KEY, T0
from vigilance_app.paths import DataPaths

PASSWORD = "reliability-password"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    command, paths = argv[0], DataPaths(Path(argv[1]))
    if command != "lock":
        say("ready")
    if command in ("add", "import"):
        from vigilance_app.journal.capture import import_one
        from vigilance_app.journal.repository import EntryDraft, Journal
        from vigilance_app.services import AppServices
        from vigilance_app.vault import Vault

        vault = Vault(paths, kdf_params=fast_kdf)
        # Each run is a new day: the automatic backup runs beside the writes.
        day = datetime.now(UTC) + timedelta(days=int(argv[2]))
        services = AppServices(paths, vault, preferences=None,  # type: ignore[arg-type]
                               clock=lambda: day)
        store = services.open_with_key(vault.unlock_with_password(PASSWORD))
        journal = Journal(store)
        if command == "add":
            for i in range(int(argv[3])):
                entry = journal.add(1, EntryDraft(
                    received_at=T0 + timedelta(minutes=i), channel="sms",
                    summary=f"ajout {i}", body="Votre colis est en attente. " * 30,
                    senders=["06 12 34 56 78"]), datetime.now(UTC))
                say(f"committed {entry}")
        else:
            for name in argv[3:]:
                result = import_one(journal, 1, name, datetime.now(UTC))
                if not result.ok:
                    say(f"failed {result.error_code}")
                    return 1
                say(f"committed {result.entry_id}")
        services.lock()
    elif command == "init":
        from vigilance_app.setup_store import create_new_store
        from vigilance_app.vault import CustodyMode, KeyringAccess, Vault

        vault = Vault(paths, keyring=KeyringAccess(MemoryKeyring()), kdf_params=fast_kdf)
        created = create_new_store(paths, vault, CustodyMode.PASSWORD, "Moi", password=PASSWORD)
        created.store.close()
        say("created")
    elif command == "migrate":
        from vigilance_app.store.store import open_store

        open_store(paths, KEY).close()
        say("migrated")
    elif command == "lock":
        from vigilance_app.instance_lock import InstanceLock

        lock = InstanceLock(paths)
        if not lock.try_acquire():
            say("busy")
            return 1
        say("locked")
        sys.stdin.read()
        lock.release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
