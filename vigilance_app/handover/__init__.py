"""Handing one person's file over to another relative: one encrypted file holding that
person's journal, accounts and reviews, plan progress, breach notices and heightened
vigilance, protected by a passphrase the app proposes and shows once.

    result = export_person(store, person_id, path)        # result.passphrase: show it once
    summary = import_file(store, path, passphrase)         # adds or merges the person

The file format is in ``container``, the payload in ``payload``, the import rules in
``merge``. A refused file (wrong passphrase, damaged, too large, not ours) raises a
``HandoverError`` before anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vigilance_app.handover.errors import (
    HandoverContentInvalid,
    HandoverDamaged,
    HandoverError,
    HandoverFileUnreadable,
    HandoverNotAFile,
    HandoverPassphraseMissing,
    HandoverPassphraseTooShort,
    HandoverTooLarge,
    HandoverVersionUnsupported,
    HandoverWriteFailed,
    HandoverWrongPassphrase,
)
from vigilance_app.handover.merge import ImportSummary
from vigilance_app.handover.passphrase import (
    MIN_OWN_PASSPHRASE,
    entropy_bits,
    new_passphrase,
)
from vigilance_app.vault import kdf

if TYPE_CHECKING:
    from vigilance_app.store.store import Store

PASSPHRASE_ENV = "VIGILANCE_HANDOVER_PASSPHRASE"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    passphrase: str  # show it once; it is kept nowhere
    entries: int
    accounts: int


def export_person(store: Store, person_id: int, path: Path, *, passphrase: str | None = None,
                  kdf_params: Callable[[], kdf.KdfParams] = kdf.calibrate,
                  now: datetime | None = None) -> ExportResult:
    """Write the person's handover file at ``path`` (mode 0600). Without ``passphrase``, a
    new six-word one is made (``passphrase.entropy_bits()``: 66 bits)."""
    from vigilance_app.handover.container import seal
    from vigilance_app.handover.payload import collect
    from vigilance_app.paths import write_private_file

    if passphrase is not None and len(passphrase.strip()) < MIN_OWN_PASSPHRASE:
        raise HandoverPassphraseTooShort(MIN_OWN_PASSPHRASE)
    secret = passphrase or new_passphrase()
    payload = collect(store, person_id, (now or datetime.now(UTC)))
    data = seal(json.dumps(payload, ensure_ascii=False).encode("utf-8"), secret, kdf_params)
    try:
        write_private_file(Path(path), data, private_folder=False)
    except OSError as exc:
        raise HandoverWriteFailed(exc.strerror or type(exc).__name__) from None
    return ExportResult(Path(path), secret, len(payload["entries"]), len(payload["accounts"]))


def read_file(path: Path) -> bytes:
    from vigilance_app.handover.container import MAX_FILE_BYTES

    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise HandoverFileUnreadable(exc.strerror or type(exc).__name__) from None
    if len(data) > MAX_FILE_BYTES:
        raise HandoverTooLarge(MAX_FILE_BYTES // (1024 * 1024))
    return data


def import_bytes(store: Store, data: bytes, passphrase: str,
                 now: datetime | None = None) -> ImportSummary:
    """Open, check and import (all or nothing)."""
    from vigilance_app import safe_json
    from vigilance_app.handover.container import open_sealed
    from vigilance_app.handover.merge import import_parsed, parse

    if not passphrase or not passphrase.strip():
        raise HandoverPassphraseMissing()
    plain = open_sealed(data, passphrase)
    try:
        payload = safe_json.loads(plain.decode("utf-8"), max_depth=8)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise HandoverContentInvalid() from None
    return import_parsed(store, parse(payload), now or datetime.now(UTC))


def import_file(store: Store, path: Path, passphrase: str,
                now: datetime | None = None) -> ImportSummary:
    return import_bytes(store, read_file(path), passphrase, now)


def suggested_name(person_name: str, lang: str, now: datetime | None = None) -> str:
    """"Transmission Jeanne 2026-12-07.vigilance" / "Handover Jeanne 2026-12-07.vigilance"."""
    from vigilance_app.people.file_names import suggested_file_name

    day = (now or datetime.now(UTC)).date()
    return suggested_file_name("handover", person_name, lang, day, "handover")


__all__ = [
    "PASSPHRASE_ENV",
    "ExportResult",
    "HandoverContentInvalid",
    "HandoverDamaged",
    "HandoverError",
    "HandoverFileUnreadable",
    "HandoverNotAFile",
    "HandoverPassphraseMissing",
    "HandoverPassphraseTooShort",
    "HandoverTooLarge",
    "HandoverVersionUnsupported",
    "HandoverWriteFailed",
    "HandoverWrongPassphrase",
    "ImportSummary",
    "entropy_bits",
    "export_person",
    "import_bytes",
    "import_file",
    "new_passphrase",
    "suggested_name",
]
