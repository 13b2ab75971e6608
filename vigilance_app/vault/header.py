"""The key header: wrapped copies of the data key, in a small JSON file beside the database.

It never holds a key in clear. Each copy is AES-256-GCM with the store id and the method
bound as associated data, so a copy cannot be moved to another store or another slot.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vigilance_app import safe_json
from vigilance_app.paths import write_private_file
from vigilance_app.vault.errors import HeaderError

FORMAT = 1
NONCE_LENGTH = 12
MAX_HEADER_BYTES = 64 * 1024
MAX_HEADER_DEPTH = 8  # the header itself nests 4 levels (header, slots, slot, kdf)


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class Sealed:
    """One AES-GCM ciphertext and its nonce."""

    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {"nonce": b64e(self.nonce), "ciphertext": b64e(self.ciphertext)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Sealed:
        return cls(nonce=b64d(data["nonce"]), ciphertext=b64d(data["ciphertext"]))


# cryptography is imported on first use: the everyday start in keyring mode reads the key in
# a child process (early_unlock), so the window process need not load it before its first frame.


def seal(key: bytes, plaintext: bytes, aad: bytes) -> Sealed:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_LENGTH)
    return Sealed(nonce, AESGCM(key).encrypt(nonce, plaintext, aad))


def open_sealed(key: bytes, sealed: Sealed, aad: bytes) -> bytes | None:
    """The plaintext, or None when the key is wrong or the data was altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, aad)
    except (InvalidTag, ValueError):
        return None


@dataclass
class KeyHeader:
    store_id: str
    mode: str
    created_at: str
    # slot name ("recovery", "password", "keyring") -> its JSON description
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    # the recovery key sealed under the data key, to show the emergency sheet again
    recovery_sheet: dict[str, str] | None = None

    @classmethod
    def new(cls, mode: str) -> KeyHeader:
        import uuid

        return cls(store_id=str(uuid.uuid4()), mode=mode,
                   created_at=datetime.now(UTC).isoformat(timespec="seconds"))

    def aad(self, slot: str) -> bytes:
        return f"vigilance:{self.store_id}:{slot}".encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "store_id": self.store_id,
            "mode": self.mode,
            "created_at": self.created_at,
            "slots": self.slots,
            "recovery_sheet": self.recovery_sheet,
        }

    def save(self, path: Path) -> None:
        write_private_file(path, json.dumps(self.to_json(), indent=2).encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> KeyHeader:
        try:
            if path.stat().st_size > MAX_HEADER_BYTES:
                raise HeaderError("file too large")
            data = safe_json.read(path, MAX_HEADER_BYTES, max_depth=MAX_HEADER_DEPTH)
            if data.get("format") != FORMAT:
                raise HeaderError("unknown format")
            header = cls(
                store_id=str(data["store_id"]),
                mode=str(data["mode"]),
                created_at=str(data["created_at"]),
                slots=dict(data["slots"]),
                recovery_sheet=data.get("recovery_sheet"),
            )
        except HeaderError:
            raise
        except FileNotFoundError as exc:
            raise HeaderError("file missing") from exc
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise HeaderError("damaged content") from exc
        if header.mode not in ("keyring", "password"):
            raise HeaderError("unknown custody mode")
        return header
