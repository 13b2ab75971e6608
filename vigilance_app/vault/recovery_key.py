"""Recovery keys a person can read aloud over the phone and type back without confusion.

28 symbols from a 31-letter alphabet without 0/O, 1/I/L (about 138 bits), shown in seven
groups of four. Typing is forgiving: case, spaces and dashes do not matter.
"""

from __future__ import annotations

from vigilance_app.vault.errors import InvalidRecoveryKeyFormat

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS = 7
GROUP_SIZE = 4
LENGTH = GROUPS * GROUP_SIZE


def generate_recovery_key() -> str:
    import secrets  # not on the everyday start-up path (it brings hmac and OpenSSL's hashlib)

    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return format_recovery_key(raw)


def format_recovery_key(raw: str) -> str:
    return "-".join(raw[i : i + GROUP_SIZE] for i in range(0, len(raw), GROUP_SIZE))


def normalize_recovery_key(text: str) -> str:
    """Return the canonical 28-symbol form, or raise InvalidRecoveryKeyFormat."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        raise InvalidRecoveryKeyFormat()
    return cleaned
