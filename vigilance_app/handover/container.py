"""The handover file's envelope: a versioned, authenticated, encrypted container.

Layout (all integers big-endian)::

    MAGIC (16 bytes) | version (2 bytes) | header length (4 bytes) | header (JSON)
    | ciphertext (AES-256-GCM of the zlib-compressed payload)

The header holds the Argon2id settings (checked against the app's own bounds before any
work, as for the key file), the salt, the nonce and a short check value. Everything before
the ciphertext is the AEAD's associated data, so a changed byte anywhere makes opening fail.
The check value (an HMAC under a key derived next to the encryption key) tells a wrong
passphrase from a damaged file without weakening either: each guess still costs an Argon2id.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import zlib
from collections.abc import Callable

from vigilance_app.handover.errors import (
    HandoverDamaged,
    HandoverNotAFile,
    HandoverTooLarge,
    HandoverVersionUnsupported,
    HandoverWrongPassphrase,
)
from vigilance_app.handover.passphrase import normalise
from vigilance_app.vault import kdf

MAGIC = b"\x89VIGIHANDOVER\r\n\x1a"  # the PNG trick: a text-mode copy shows as damaged
VERSION = 1
MAX_HEADER = 4096
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PAYLOAD_BYTES = 400 * 1024 * 1024
NONCE = 12
CHECK = 16
_PREFIX = struct.Struct(">HI")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, length: int) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    data = base64.b64decode(value.encode("ascii"), validate=True)
    if len(data) != length:
        raise ValueError("wrong length")
    return data


def _keys(passphrase: str, salt: bytes, params: kdf.KdfParams) -> tuple[bytes, bytes]:
    master = kdf.derive(normalise(passphrase).encode("utf-8"), salt, params)
    encryption = hmac.new(master, b"vigilance handover: encryption", hashlib.sha256).digest()
    check = hmac.new(master, b"vigilance handover: check", hashlib.sha256).digest()[:CHECK]
    return encryption, check


def seal(payload: bytes, passphrase: str,
         kdf_params: Callable[[], kdf.KdfParams] = kdf.calibrate) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    compressed = zlib.compress(payload, 6)
    if len(compressed) > MAX_FILE_BYTES - MAX_HEADER:
        raise HandoverTooLarge(MAX_FILE_BYTES // (1024 * 1024))
    params = kdf_params()
    salt, nonce = kdf.new_salt(), os.urandom(NONCE)
    encryption, check = _keys(passphrase, salt, params)
    header = json.dumps({"kdf": params.to_json(), "salt": _b64(salt), "nonce": _b64(nonce),
                         "check": _b64(check), "cipher": "AES-256-GCM",
                         "compression": "zlib"}, sort_keys=True).encode("ascii")
    prefix = MAGIC + _PREFIX.pack(VERSION, len(header)) + header
    return prefix + AESGCM(encryption).encrypt(nonce, compressed, prefix)


def open_sealed(data: bytes, passphrase: str) -> bytes:
    """The payload; HandoverNotAFile, HandoverVersionUnsupported, HandoverWrongPassphrase,
    HandoverDamaged or HandoverTooLarge otherwise."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data) > MAX_FILE_BYTES:
        raise HandoverTooLarge(MAX_FILE_BYTES // (1024 * 1024))
    if not data.startswith(MAGIC):
        raise HandoverNotAFile()
    start = len(MAGIC) + _PREFIX.size
    if len(data) < start:
        raise HandoverDamaged()
    version, header_length = _PREFIX.unpack_from(data, len(MAGIC))
    if version != VERSION:
        if version > VERSION and version < 0x100:
            raise HandoverVersionUnsupported(version)
        raise HandoverDamaged()
    if header_length > MAX_HEADER or len(data) < start + header_length:
        raise HandoverDamaged()
    prefix = data[:start + header_length]
    try:
        header = json.loads(data[start:start + header_length].decode("ascii"))
        params = kdf.KdfParams.from_json(header["kdf"])
        salt = _unb64(header["salt"], kdf.SALT_LENGTH)
        nonce = _unb64(header["nonce"], NONCE)
        expected = _unb64(header["check"], CHECK)
        if header.get("cipher") != "AES-256-GCM" or header.get("compression") != "zlib":
            raise ValueError("unknown cipher or compression")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
        raise HandoverDamaged() from None
    encryption, check = _keys(passphrase, salt, params)
    if not hmac.compare_digest(check, expected):
        raise HandoverWrongPassphrase()
    try:
        compressed = AESGCM(encryption).decrypt(nonce, data[len(prefix):], prefix)
    except InvalidTag:
        raise HandoverDamaged() from None
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, MAX_PAYLOAD_BYTES + 1)
    except zlib.error:
        raise HandoverDamaged() from None
    if len(payload) > MAX_PAYLOAD_BYTES or inflater.unconsumed_tail:
        raise HandoverTooLarge(MAX_PAYLOAD_BYTES // (1024 * 1024))
    return payload
