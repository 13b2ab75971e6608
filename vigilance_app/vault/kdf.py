"""Memory-hard key derivation (Argon2id) for the recovery key and the app password."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

KEY_LENGTH = 32
SALT_LENGTH = 16
DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_LANES = 4
TARGET_SECONDS = 1.0
MAX_ITERATIONS = 64
# The range this app ever writes (tests and the demo use less memory and one lane). Settings
# read from the key file are refused outside it before any computation: the file sits beside
# the store and an altered one must not cost gigabytes of memory or minutes of work.
MAX_MEMORY_KIB = DEFAULT_MEMORY_KIB
MAX_LANES = DEFAULT_LANES


class KdfRangeError(ValueError):
    """Key-derivation settings outside the range the app uses."""


@dataclass(frozen=True)
class KdfParams:
    iterations: int
    memory_kib: int = DEFAULT_MEMORY_KIB
    lanes: int = DEFAULT_LANES
    name: str = "argon2id"

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        """The settings of a key-file slot; KdfRangeError outside the app's own range."""
        if data.get("name") != "argon2id":
            raise ValueError("unknown key derivation")
        iterations, memory_kib, lanes = data["iterations"], data["memory_kib"], data["lanes"]
        if not all(type(v) is int for v in (iterations, memory_kib, lanes)):
            raise ValueError("key derivation settings are not whole numbers")
        params = cls(iterations=iterations,  # type: ignore[arg-type]
                     memory_kib=memory_kib, lanes=lanes)  # type: ignore[arg-type]
        if not (1 <= params.iterations <= MAX_ITERATIONS and 1 <= params.lanes <= MAX_LANES
                and 8 * params.lanes <= params.memory_kib <= MAX_MEMORY_KIB):
            raise KdfRangeError("key derivation settings out of range")
        return params


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def new_salt() -> bytes:
    return os.urandom(SALT_LENGTH)


def calibrate(target_seconds: float = TARGET_SECONDS,
              memory_kib: int = DEFAULT_MEMORY_KIB,
              timer: Callable[[], float] | None = None) -> KdfParams:
    """Pick the iteration count that makes one derivation cost about ``target_seconds`` here."""
    clock = timer or time.perf_counter
    iterations = 1
    salt = new_salt()
    while True:
        start = clock()
        derive(b"calibration", salt, KdfParams(iterations, memory_kib))
        elapsed = clock() - start
        if elapsed >= target_seconds / 2 or iterations >= MAX_ITERATIONS:
            break
        iterations *= 2
    scaled = round(iterations * target_seconds / max(elapsed, 1e-6))
    return KdfParams(max(1, min(MAX_ITERATIONS, scaled)), memory_kib)
