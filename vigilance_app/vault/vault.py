"""The vault: creates the data key, keeps its wrapped copies, and opens it again.

Two everyday modes, chosen at setup and changeable later:
- ``keyring``: a wrapping key sits in the OS keyring, so the app opens without a password;
- ``password``: the data key is wrapped by the app password; nothing is in the keyring.
Both always keep a copy wrapped by the recovery key, so losing the keyring or forgetting the
password never locks the person out.
"""

from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from vigilance_app.paths import DataPaths, ensure_private_dir
from vigilance_app.vault import kdf
from vigilance_app.vault.errors import (
    NoStoreError,
    StoreAlreadyExists,
    VaultError,
    WrongSecretError,
)
from vigilance_app.vault.header import KeyHeader, Sealed, b64d, b64e, open_sealed, seal
from vigilance_app.vault.keyring_access import KeyringAccess, KeyringStatus, KeyringUnavailable
from vigilance_app.vault.recovery_key import (
    format_recovery_key,
    generate_recovery_key,
    normalize_recovery_key,
)
from vigilance_app.vault.throttle import UnlockThrottle

PASSWORD_ENV = "VIGILANCE_PASSWORD"
DATA_KEY_LENGTH = 32
MIN_PASSWORD_LENGTH = 8
KDF_RANGE_MESSAGE = ("The key file beside the store asks for key-derivation settings outside "
                     "the range Vigilance uses (it may have been altered), so it was not used. "
                     "Put back a copy of the key file; nothing in the store was changed.")


class CustodyMode(StrEnum):
    KEYRING = "keyring"
    PASSWORD = "password"


@dataclass(frozen=True)
class NewVault:
    data_key: bytes
    recovery_key: str  # shown once to the person, never stored in clear


@dataclass(frozen=True)
class EverydayResult:
    """What the everyday path found: a key, or why the person must be asked for a secret."""

    data_key: bytes | None
    keyring_status: KeyringStatus
    mode: CustodyMode


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_LENGTH)


class Vault:
    def __init__(
        self,
        paths: DataPaths,
        keyring: KeyringAccess | None = None,
        clock: Callable[[], float] = time.time,
        kdf_params: Callable[[], kdf.KdfParams] = kdf.calibrate,
    ) -> None:
        self.paths = paths
        self.keyring = keyring or KeyringAccess()
        self._throttle = UnlockThrottle(paths.unlock_throttle, clock)
        self._kdf_factory = kdf_params
        self._kdf_cached: kdf.KdfParams | None = None
        self._header: KeyHeader | None = None
        # What the keyring said last, so screens need not ask it again (each ask is a D-Bus
        # round trip, and may pop up an unlock prompt).
        self.last_keyring_status: KeyringStatus | None = None

    # ---- state -------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.paths.key_header.exists()

    @property
    def kdf_factory(self) -> Callable[[], kdf.KdfParams]:
        """How new Argon2 settings are chosen (a cheap one in tests)."""
        return self._kdf_factory

    def reload(self) -> None:
        """The key file was replaced on disk (a restored backup): read it again."""
        self._header = None
        self.last_keyring_status = None

    @property
    def header(self) -> KeyHeader:
        if self._header is None:
            if not self.exists():
                raise NoStoreError()
            self._header = KeyHeader.load(self.paths.key_header)
        return self._header

    @property
    def mode(self) -> CustodyMode:
        return CustodyMode(self.header.mode)

    def has_password(self) -> bool:
        return "password" in self.header.slots

    def failed_attempts(self) -> int:
        return self._throttle.failures

    def _save(self) -> None:
        self.header.save(self.paths.key_header)

    # ---- creation ----------------------------------------------------------------------

    def create(self, mode: CustodyMode, password: str | None = None,
               before_save: Callable[[bytes], None] | None = None) -> NewVault:
        """Create the data key and its wrapped copies. Refuses if any trace of a store exists.
        ``before_save`` receives the data key before the key file is written (the new
        database is built then, so a key file never exists without a complete database)."""
        if self.paths.store_exists():
            raise StoreAlreadyExists()
        if mode is CustodyMode.PASSWORD:
            check_password_strength(password)
        ensure_private_dir(self.paths.root)
        header = KeyHeader.new(mode.value)
        self._header = header
        data_key = new_data_key()
        recovery = generate_recovery_key()
        self._put_secret_slot("recovery", normalize_recovery_key(recovery), data_key)
        header.recovery_sheet = seal(
            data_key, normalize_recovery_key(recovery).encode(), header.aad("sheet")
        ).to_json()
        if mode is CustodyMode.PASSWORD:
            assert password is not None
            self._put_secret_slot("password", password, data_key)
        else:
            self._put_keyring_slot(data_key)  # raises KeyringUnavailable before any file
        if before_save is not None:
            before_save(data_key)
        self._save()
        return NewVault(data_key, recovery)

    def discard_new_header(self) -> None:
        """Undo ``create`` when the database could not be made (there is no data yet)."""
        if not self.paths.database.exists():
            slot = (self._header.slots.get("keyring") if self._header else None)
            if slot:
                self.keyring.delete(slot["username"])
            self.paths.key_header.unlink(missing_ok=True)
            self._header = None

    # ---- everyday opening --------------------------------------------------------------

    def open_everyday(self) -> EverydayResult:
        """Try the keyring (keyring mode). Never raises for keyring trouble: reports it."""
        result = self._open_everyday()
        self.last_keyring_status = result.keyring_status
        return result

    def adopt_everyday(self, result: EverydayResult) -> EverydayResult:
        """Take an ``open_everyday()`` answer obtained elsewhere (the early reader)."""
        self.last_keyring_status = result.keyring_status
        return result

    def _open_everyday(self) -> EverydayResult:
        mode = self.mode
        if mode is CustodyMode.PASSWORD:
            return EverydayResult(None, KeyringStatus.NOT_USED, mode)
        slot = self.header.slots.get("keyring")
        if slot is None:
            return EverydayResult(None, KeyringStatus.MISSING_ENTRY, mode)
        self.keyring.prefer(slot.get("backend"))
        try:
            wrapping_key = self.keyring.read(slot["username"])
        except KeyringUnavailable as exc:
            return EverydayResult(None, exc.status, mode)
        data_key = None
        if wrapping_key is not None:
            data_key = open_sealed(wrapping_key, Sealed.from_json(slot), self.header.aad("keyring"))
        if data_key is not None:
            return EverydayResult(data_key, KeyringStatus.AVAILABLE, mode)
        changed = self.keyring.backend_id() != slot.get("backend")
        status = KeyringStatus.BACKEND_CHANGED if changed else KeyringStatus.MISSING_ENTRY
        return EverydayResult(None, status, mode)

    def unlock_with_password(self, password: str) -> bytes:
        if not self.has_password():
            raise VaultError("This store has no app password; use the recovery key.")
        return self._open_secret_slot("password", password, "app password")

    def unlock_with_recovery_key(self, text: str) -> bytes:
        return self._open_secret_slot("recovery", normalize_recovery_key(text), "recovery key")

    def unlock_unattended(self, environ: Mapping[str, str] | None = None,
                          everyday: EverydayResult | None = None) -> bytes:
        """Keyring first, then ``VIGILANCE_PASSWORD``: for the CLI, tests and benchmarks.

        ``everyday`` is an ``open_everyday()`` answer already in hand (not asked twice).
        """
        env = os.environ if environ is None else environ
        result = everyday or self.open_everyday()
        if result.data_key is not None:
            return result.data_key
        password = env.get(PASSWORD_ENV)
        if password and self.has_password():
            return self.unlock_with_password(password)
        raise VaultError(unattended_failure_message(result))

    # ---- changes (all need the data key, i.e. an unlocked store) -----------------------

    def restore_keyring(self, data_key: bytes) -> KeyringStatus:
        """After a fallback unlock in keyring mode, wrap the key into the keyring again."""
        if self.mode is not CustodyMode.KEYRING:
            return KeyringStatus.NOT_USED
        try:
            self._put_keyring_slot(data_key)
        except KeyringUnavailable as exc:
            self.last_keyring_status = exc.status
            return exc.status
        self._save()
        self.last_keyring_status = KeyringStatus.AVAILABLE
        return KeyringStatus.AVAILABLE

    def switch_to_keyring(self, data_key: bytes) -> None:
        self._check_key(data_key)
        self._put_keyring_slot(data_key)  # raises KeyringUnavailable: nothing changed
        self.header.slots.pop("password", None)
        self.header.mode = CustodyMode.KEYRING.value
        self._save()
        self.last_keyring_status = KeyringStatus.AVAILABLE

    def switch_to_password(self, data_key: bytes, password: str) -> None:
        self._check_key(data_key)
        check_password_strength(password)
        self._put_secret_slot("password", password, data_key)
        old = self.header.slots.pop("keyring", None)
        self.header.mode = CustodyMode.PASSWORD.value
        self._save()
        self.last_keyring_status = KeyringStatus.NOT_USED
        if old:
            self.keyring.delete(old["username"])

    def change_password(self, data_key: bytes, new_password: str) -> None:
        self._check_key(data_key)
        check_password_strength(new_password)
        self._put_secret_slot("password", new_password, data_key)
        self._save()

    def recovery_key_for_sheet(self, data_key: bytes) -> str:
        """The recovery key again, to reprint the emergency sheet (needs the unlocked key)."""
        sheet = self.header.recovery_sheet
        plain = (
            open_sealed(data_key, Sealed.from_json(sheet), self.header.aad("sheet"))
            if sheet else None
        )
        if plain is None:
            raise VaultError("The recovery key cannot be shown again for this store.")
        return format_recovery_key(plain.decode())

    def custody_report(self, probe: bool = True) -> dict[str, Any]:
        """For selfcheck and the Home page: which copies exist, and the keyring's state.

        With ``probe=False`` the keyring's last known state is reused when there is one.
        """
        header = self.header
        report: dict[str, Any] = {
            "mode": header.mode,
            "wrappings": sorted(header.slots),
            "recovery_key": "recovery" in header.slots,
            "app_password": "password" in header.slots,
        }
        if self.mode is CustodyMode.KEYRING:
            status = self.last_keyring_status
            if probe or status is None:
                status = self.open_everyday().keyring_status
            report["keyring"] = status.value
            report["keyring_holds_key"] = status is KeyringStatus.AVAILABLE
        else:
            report["keyring"] = KeyringStatus.NOT_USED.value
            report["keyring_holds_key"] = False
        return report

    # ---- internals ---------------------------------------------------------------------

    def _check_key(self, data_key: bytes) -> None:
        """Refuse to wrap anything but this store's data key (the sealed sheet proves it)."""
        sheet = self.header.recovery_sheet
        if not sheet or open_sealed(
            data_key, Sealed.from_json(sheet), self.header.aad("sheet")
        ) is None:
            raise VaultError("This key does not belong to this store.")

    def _kdf_params(self) -> kdf.KdfParams:
        """Calibrated once per session: creating a store wraps two copies with it."""
        if self._kdf_cached is None:
            self._kdf_cached = self._kdf_factory()
        return self._kdf_cached

    def _put_secret_slot(self, slot: str, secret: str, data_key: bytes,
                         params: kdf.KdfParams | None = None) -> None:
        """Wrap ``data_key`` under ``secret`` in NFC form (the same password typed on another
        system or keyboard may arrive composed or decomposed)."""
        params = params or self._kdf_params()
        salt = kdf.new_salt()
        wrapping_key = kdf.derive(_nfc(secret).encode("utf-8", "surrogatepass"), salt, params)
        sealed = seal(wrapping_key, data_key, self.header.aad(slot))
        self.header.slots[slot] = {"kdf": params.to_json(), "salt": b64e(salt), **sealed.to_json()}

    def _try_secret(self, slot: str, entry: dict[str, Any], params: kdf.KdfParams,
                    secret: str) -> bytes | None:
        """The data key if one form of ``secret`` opens the slot: NFC first, then the forms a
        store created before normalisation may hold. Such a slot is wrapped again in NFC."""
        try:
            salt, sealed = b64d(entry["salt"]), Sealed.from_json(entry)
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultError("The key file beside the store is damaged.") from exc
        forms = _secret_forms(secret)
        for index, form in enumerate(forms):
            wrapping_key = kdf.derive(form.encode("utf-8", "surrogatepass"), salt, params)
            data_key = open_sealed(wrapping_key, sealed, self.header.aad(slot))
            if data_key is not None:
                if index > 0:
                    self._rewrap_in_nfc(slot, secret, data_key, params)
                return data_key
        return None

    def _rewrap_in_nfc(self, slot: str, secret: str, data_key: bytes,
                       params: kdf.KdfParams) -> None:
        try:
            self._put_secret_slot(slot, secret, data_key, params)
            self._save()
        except OSError:
            pass  # a full disk: the old form still opens the slot; wrap again next time

    def _open_secret_slot(self, slot: str, secret: str, what: str) -> bytes:
        entry = self.header.slots.get(slot)
        if entry is None:
            raise VaultError(f"This store has no {what}.")
        self._throttle.check()
        try:
            params = kdf.KdfParams.from_json(entry["kdf"])
        except kdf.KdfRangeError as exc:
            raise VaultError(KDF_RANGE_MESSAGE) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise VaultError("The key file beside the store is damaged.") from exc
        data_key = self._try_secret(slot, entry, params, secret)
        if data_key is None:
            self._throttle.record_failure()
            raise WrongSecretError(what)
        self._throttle.record_success()
        return data_key

    def _put_keyring_slot(self, data_key: bytes) -> None:
        wrapping_key = new_data_key()
        username = f"store-{self.header.store_id}"
        self.keyring.write(username, wrapping_key)
        sealed = seal(wrapping_key, data_key, self.header.aad("keyring"))
        self.header.slots["keyring"] = {
            "backend": self.keyring.backend_id(),
            "username": username,
            **sealed.to_json(),
        }


def _nfc(secret: str) -> str:
    return unicodedata.normalize("NFC", secret)


def _secret_forms(secret: str) -> list[str]:
    """NFC (how every secret is wrapped now), then as typed, then NFD (stores created before
    normalisation wrapped the password as it was typed, possibly decomposed)."""
    return list(dict.fromkeys([_nfc(secret), secret, unicodedata.normalize("NFD", secret)]))


def check_password_strength(password: str | None) -> None:
    if not password or len(_nfc(password)) < MIN_PASSWORD_LENGTH:
        raise VaultError(f"The app password needs at least {MIN_PASSWORD_LENGTH} characters.")


def unattended_failure_message(result: EverydayResult) -> str:
    if result.mode is CustodyMode.PASSWORD:
        return f"This store is protected by an app password: set {PASSWORD_ENV}."
    reasons = {
        KeyringStatus.MISSING_ENTRY: "the system keyring no longer holds this store's key",
        KeyringStatus.LOCKED: "the system keyring is locked",
        KeyringStatus.NO_BACKEND: "no system keyring is available",
        KeyringStatus.BACKEND_CHANGED: "the system keyring is not the one used at setup",
    }
    reason = reasons.get(result.keyring_status, "the key could not be read")
    return f"Cannot open the store: {reason}. Open the window and use the recovery key."
