"""Read the OS keyring in a forked child while the window process imports Qt.

Importing Qt costs about 0.13 s and so does reading the keyring (importing ``keyring`` and
its dependencies, then a D-Bus round trip to the Secret Service). Both are mostly Python work
that a thread cannot overlap (one interpreter lock), but two processes can, on two cores.
The child only runs ``Vault.open_everyday()`` and sends the answer back through an anonymous
pipe (never the disk), then ends with ``os._exit``. Anything unexpected makes the parent
ask the keyring itself, exactly as without this shortcut.

Linux only: the child is forked before Qt or any thread exists, which POSIX allows; other
systems simply take the ordinary path.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

from vigilance_app import safe_json
from vigilance_app.paths import DataPaths

if TYPE_CHECKING:
    from vigilance_app.vault import EverydayResult, KeyringAccess

DISABLE_ENV = "VIGILANCE_NO_EARLY_UNLOCK"
MAX_REPLY = 4096


class EarlyKeyringRead:
    def __init__(self, pid: int, read_fd: int) -> None:
        self._pid = pid
        self._fd = read_fd
        self._result: EverydayResult | None = None
        self._done = False

    def result(self) -> EverydayResult | None:
        """The child's answer, or None (then the caller asks the keyring itself)."""
        if self._done:
            return self._result
        self._done = True
        chunks = []
        try:
            while sum(map(len, chunks)) <= MAX_REPLY:
                chunk = os.read(self._fd, MAX_REPLY)
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            os.close(self._fd)
            os.waitpid(self._pid, 0)
        self._result = _decode(b"".join(chunks))
        return self._result


def start_early_keyring_read(paths: DataPaths,
                             keyring: KeyringAccess | None = None) -> EarlyKeyringRead | None:
    """Fork the reader when it can help: Linux, a complete store, opened by the keyring."""
    if (not sys.platform.startswith("linux") or not hasattr(os, "fork")
            or os.environ.get(DISABLE_ENV) or not paths.database.exists()
            or not _keyring_mode(paths)):
        return None
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child: answer, then leave without running any cleanup of the parent
        status = 1
        try:
            os.close(read_fd)
            os.write(write_fd, _child_answer(paths, keyring))
            status = 0
        finally:
            os._exit(status)
    os.close(write_fd)
    return EarlyKeyringRead(pid, read_fd)


def _keyring_mode(paths: DataPaths) -> bool:
    try:
        # The vault's bounds (vault.header), without importing the vault here.
        header = safe_json.read(paths.key_header, 64 * 1024, max_depth=8)
        return header.get("mode") == "keyring"
    except (OSError, ValueError, AttributeError):
        return False


def _child_answer(paths: DataPaths, keyring: KeyringAccess | None) -> bytes:
    try:
        from vigilance_app.vault import Vault

        result = Vault(paths, keyring=keyring).open_everyday()
        answer = {"status": result.keyring_status.value, "mode": result.mode.value,
                  "key": result.data_key.hex() if result.data_key else None}
    except Exception:  # the parent will meet the same problem and explain it
        answer = {"failed": True}
    return json.dumps(answer).encode("ascii")


def _decode(reply: bytes) -> EverydayResult | None:
    from vigilance_app.vault import CustodyMode, EverydayResult, KeyringStatus

    try:
        answer = json.loads(reply)
        if answer.get("failed"):
            return None
        key = bytes.fromhex(answer["key"]) if answer["key"] else None
        if key is not None and len(key) != 32:
            return None
        return EverydayResult(key, KeyringStatus(answer["status"]), CustodyMode(answer["mode"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
