"""Key slots: the random data key, wrapped by the passphrase, the recovery code and
(optionally) a device secret kept in the OS keychain.

File format (JSON, UTF-8), written atomically beside the database::

    {"format": "kapjournal-keyslots", "version": 2, "journal_id": "<uuid hex>",
     "slots": [{"kind": "passphrase" | "recovery" | "device", "id": "<hex>",
                "kdf": {"name": "argon2id", "memory_kib": 65536, "iterations": 3,
                        "lanes": 4, "salt": "<b64>"}          # device: {"name": "hkdf-sha256", ...}
                "aead": "x25519-hkdf-aes-256-gcm", "public_key": "<b64>",
                "ephemeral": "<b64>", "nonce": "<b64>", "ciphertext": "<b64>"}]}

**Sealed slots (version 2).** The slot's secret (stretched with Argon2id, or HKDF for
the random device secret) is the private half of an X25519 key pair; the slot keeps
only its public half. The data key is sealed to that public key (an ephemeral X25519
exchange, HKDF-SHA256, AES-256-GCM), as age and ECIES do. Sealing needs no secret, so
the data key can be **rotated** (a passphrase change, a new recovery code) and sealed
again to every remaining slot without asking for the recovery code, which stays
valid. Each slot's AEAD binds the journal id and the slot kind as associated data, so
a slot cannot be moved to another journal or reused as another kind.

Version 1 slots (the first release) wrap the data key with AES-256-GCM under the
stretched secret directly. They are still read; a journal's slot is upgraded to a
sealed one the next time its secret is used.

Key-slot files are read strictly: known versions, exact types, floors *and* ceilings
on every KDF parameter, exact lengths for salts, nonces, keys and ciphertexts. A file
that fails any check is refused with a one-line reason and the mirror copy is used.
"""

from __future__ import annotations

import base64
import json
import logging
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kapjournal.storage.errors import QT_TR_NOOP, KeySlotsMissing, WrongSecret
from kapjournal.storage.fsutil import atomic_write_bytes

logger = logging.getLogger(__name__)

FORMAT = "kapjournal-keyslots"
VERSION = 2
KNOWN_VERSIONS = (1, 2)
DATA_KEY_BYTES = 32
AEAD_V1 = "aes-256-gcm"
AEAD_SEALED = "x25519-hkdf-aes-256-gcm"

# Argon2id cost. OWASP's minimum is 19 MiB and 2 passes; we use 64 MiB, 3 passes,
# 4 lanes, which takes ~0.15 s on a current desktop core and well under a second on a
# modest laptop (see benchmarks/bench.py). Stored per slot, so it can be raised later.
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_ITERATIONS = 3
ARGON2_LANES = 4
MIN_MEMORY_KIB = 19 * 1024
MIN_ITERATIONS = 2
# Ceilings: a key file is untrusted input. Without them, iterations = 10**6 hangs the
# unlock and memory_kib = 2**31 raises MemoryError.
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 20
MIN_LANES, MAX_LANES = 1, 16
MIN_SALT_BYTES, MAX_SALT_BYTES = 16, 64
NONCE_BYTES = 12
TAG_BYTES = 16
X25519_BYTES = 32
_UUID_HEX_DIGITS = frozenset("0123456789abcdef")
MAX_SLOTS = 16
MAX_KEY_FILE_BYTES = 64 * 1024

# Recovery codes: 25 characters from a 32-symbol alphabet without look-alikes
# (125 bits), shown in five groups of five.
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LEN = 5

PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret
RECOVERY = "recovery"
DEVICE = "device"
KINDS = (PASSPHRASE, RECOVERY, DEVICE)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalize so the same words typed on another keyboard/OS still match."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(chars[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN))


def normalize_recovery_code(code: str) -> bytes:
    """Accept lower case, spaces and missing or extra dashes."""
    cleaned = "".join(ch for ch in code.upper() if ch.isascii() and ch.isalnum())
    return cleaned.encode("ascii")


def new_device_secret() -> str:
    """A random secret for the OS keychain (44 characters: fits every platform)."""
    return _b64(secrets.token_bytes(32))


class SlotRefused(ValueError):
    """A key-slot file or slot that fails the strict checks; ``reason`` is one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _exact_int(raw: dict[str, Any], name: str, low: int, high: int) -> int:
    value = raw.get(name)
    if type(value) is not int:  # not bool, not float, not str
        raise SlotRefused(f"its {name} is not a whole number")
    if not low <= value <= high:
        raise SlotRefused(f"its {name} is outside {low}–{high}")
    return value


def _exact_b64(raw: dict[str, Any], name: str, low: int, high: int | None = None) -> bytes:
    value = raw.get(name)
    if not isinstance(value, str) or len(value) > 4 * ((high or low) + 2):
        raise SlotRefused(f"its {name} is missing or too long")
    try:
        data = _unb64(value)
    except (ValueError, UnicodeEncodeError):
        raise SlotRefused(f"its {name} is not valid base64") from None
    if len(data) < low or len(data) > (low if high is None else high):
        raise SlotRefused(f"its {name} has the wrong length")
    return data


def _check_kdf(kind: str, raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise SlotRefused("its key derivation is not described")
    name = raw.get("name")
    if name == "argon2id":
        memory = _exact_int(raw, "memory_kib", MIN_MEMORY_KIB, MAX_MEMORY_KIB)
        _exact_int(raw, "iterations", MIN_ITERATIONS, MAX_ITERATIONS)
        lanes = _exact_int(raw, "lanes", MIN_LANES, MAX_LANES)
        if memory < 8 * lanes:
            raise SlotRefused("its memory_kib is too small for its lanes")
        _exact_b64(raw, "salt", MIN_SALT_BYTES, MAX_SALT_BYTES)
        keys = {"name", "memory_kib", "iterations", "lanes", "salt"}
    elif name == "hkdf-sha256" and kind == DEVICE:
        # Only the device secret (256 random bits) may skip stretching; a passphrase
        # or recovery slot with HKDF would be a downgrade to an unstretched secret.
        _exact_b64(raw, "salt", MIN_SALT_BYTES, MAX_SALT_BYTES)
        keys = {"name", "salt"}
    else:
        raise SlotRefused("its key derivation is unknown")
    if set(raw) != keys:
        raise SlotRefused("its key derivation has unexpected fields")
    return dict(raw)


@dataclass
class Slot:
    kind: str
    kdf: dict[str, Any]
    nonce: str
    ciphertext: str
    id: str = field(default_factory=lambda: secrets.token_hex(8))
    aead: str = AEAD_SEALED
    public_key: str = ""
    ephemeral: str = ""

    @property
    def sealed(self) -> bool:
        return self.aead == AEAD_SEALED

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "kind": self.kind,
            "id": self.id,
            "kdf": self.kdf,
            "aead": self.aead,
            "nonce": self.nonce,
            "ciphertext": self.ciphertext,
        }
        if self.sealed:
            doc["public_key"] = self.public_key
            doc["ephemeral"] = self.ephemeral
        return doc

    @classmethod
    def from_json(cls, raw: Any, file_version: int = VERSION) -> Slot:
        """Read one slot strictly; raises :class:`SlotRefused` with the reason."""
        if not isinstance(raw, dict):
            raise SlotRefused("a slot is not an object")
        kind = raw.get("kind")
        if kind not in KINDS:
            raise SlotRefused("a slot is of an unknown kind")
        aead = raw.get("aead")
        allowed = (AEAD_V1,) if file_version == 1 else (AEAD_V1, AEAD_SEALED)
        if aead not in allowed:
            raise SlotRefused("a slot uses an unknown cipher")
        slot_id = raw.get("id", secrets.token_hex(8))
        if not isinstance(slot_id, str) or not 1 <= len(slot_id) <= 64 or not slot_id.isalnum():
            raise SlotRefused("a slot has an unusable id")
        kdf = _check_kdf(kind, raw.get("kdf"))
        _exact_b64(raw, "nonce", NONCE_BYTES)
        _exact_b64(raw, "ciphertext", DATA_KEY_BYTES + TAG_BYTES)
        expected = {"kind", "id", "kdf", "aead", "nonce", "ciphertext"}
        if aead == AEAD_SEALED:
            _exact_b64(raw, "public_key", X25519_BYTES)
            _exact_b64(raw, "ephemeral", X25519_BYTES)
            expected |= {"public_key", "ephemeral"}
        if not set(raw) <= expected:
            raise SlotRefused("a slot has unexpected fields")
        return cls(
            kind=kind,
            kdf=kdf,
            nonce=raw["nonce"],
            ciphertext=raw["ciphertext"],
            id=slot_id,
            aead=str(aead),
            public_key=raw.get("public_key", ""),
            ephemeral=raw.get("ephemeral", ""),
        )


def _derive(secret: bytes, kdf: dict[str, Any]) -> bytes:
    salt = _unb64(kdf["salt"])
    if kdf["name"] == "argon2id":
        # Imported here: opening with the device secret (HKDF) needs no Argon2id.
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(
            salt=salt,
            length=32,
            iterations=int(kdf["iterations"]),
            lanes=int(kdf["lanes"]),
            memory_cost=int(kdf["memory_kib"]),
        ).derive(secret)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"kapjournal device slot").derive(
        secret
    )


def _aad(journal_id: str, kind: str) -> bytes:
    # The "/1/" is part of the format, not the file version: version-2 files bind the
    # same associated data, so a slot's identity does not change when it is upgraded.
    return f"{FORMAT}/1/{journal_id}/{kind}".encode("ascii")


def wrong_secret(kind: str) -> WrongSecret:
    """The one-line refusal for a secret of ``kind`` that opens nothing."""
    if kind == RECOVERY:
        return WrongSecret(QT_TR_NOOP("That recovery code does not open this journal."))
    if kind == DEVICE:
        return WrongSecret(QT_TR_NOOP("The key remembered on this computer no longer fits this journal."))
    return WrongSecret(QT_TR_NOOP("That passphrase does not open this journal."))


def _sealing_key(shared: bytes, ephemeral: bytes, public: bytes, aad: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + public, info=aad).derive(shared)


def _seal(slot: Slot, journal_id: str, data_key: bytes | bytearray) -> Slot:
    """Fill ``slot``'s nonce, ephemeral key and ciphertext: ``data_key`` sealed to its
    public key."""
    public = _unb64(slot.public_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    aad = _aad(journal_id, slot.kind)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    nonce = secrets.token_bytes(NONCE_BYTES)
    ct = AESGCM(_sealing_key(shared, ephemeral_public, public, aad)).encrypt(nonce, bytes(data_key), aad)
    slot.aead = AEAD_SEALED
    slot.nonce = _b64(nonce)
    slot.ephemeral = _b64(ephemeral_public)
    slot.ciphertext = _b64(ct)
    return slot


def _open_slot(slot: Slot, secret: bytes, journal_id: str) -> bytearray | None:
    """The data key from ``slot`` with ``secret``, or None when it does not fit."""
    aad = _aad(journal_id, slot.kind)
    derived = _derive(secret, slot.kdf)
    try:
        if slot.sealed:
            private = X25519PrivateKey.from_private_bytes(derived)
            public = private.public_key().public_bytes_raw()
            if not secrets.compare_digest(public, _unb64(slot.public_key)):
                return None
            shared = private.exchange(X25519PublicKey.from_public_bytes(_unb64(slot.ephemeral)))
            kek = _sealing_key(shared, _unb64(slot.ephemeral), public, aad)
        else:
            kek = derived
        key = AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.ciphertext), aad)
    except (InvalidTag, ValueError):
        return None
    return bytearray(key) if len(key) == DATA_KEY_BYTES else None


def _kdf_for(kind: str) -> dict[str, Any]:
    salt = _b64(secrets.token_bytes(16))
    if kind == DEVICE:
        # The device secret is already 256 random bits: no stretching needed.
        return {"name": "hkdf-sha256", "salt": salt}
    return {
        "name": "argon2id",
        "memory_kib": ARGON2_MEMORY_KIB,
        "iterations": ARGON2_ITERATIONS,
        "lanes": ARGON2_LANES,
        "salt": salt,
    }


def secret_bytes(kind: str, secret: str) -> bytes:
    if kind == PASSPHRASE:
        return normalize_passphrase(secret)
    if kind == RECOVERY:
        return normalize_recovery_code(secret)
    return secret.encode("utf-8")


@dataclass
class KeySlots:
    journal_id: str
    slots: list[Slot] = field(default_factory=list)

    # -- construction -----------------------------------------------------------
    @classmethod
    def create(cls, data_key: bytes | bytearray, passphrase: str, recovery_code: str) -> KeySlots:
        import uuid  # only for a new journal: opening one needs no uuid (nor its platform)

        ks = cls(journal_id=uuid.uuid4().hex)
        ks.set_slot(PASSPHRASE, passphrase, data_key)
        ks.set_slot(RECOVERY, recovery_code, data_key)
        return ks

    def set_slot(self, kind: str, secret: str, data_key: bytes | bytearray) -> None:
        """Seal ``data_key`` to ``secret``, replacing any slot of the same kind."""
        kdf = _kdf_for(kind)
        private = X25519PrivateKey.from_private_bytes(_derive(secret_bytes(kind, secret), kdf))
        public = private.public_key().public_bytes_raw()
        slot = _seal(
            Slot(kind=kind, kdf=kdf, nonce="", ciphertext="", public_key=_b64(public)),
            self.journal_id,
            data_key,
        )
        self.slots = [s for s in self.slots if s.kind != kind] + [slot]

    def resealed(self, data_key: bytes | bytearray) -> tuple[KeySlots, list[str]]:
        """These slots with ``data_key`` sealed to each sealed slot, for a key rotation.

        Needs no secret. Returns the new slots and the kinds of version-1 slots that
        could not be carried over (they need their secret: the caller makes new ones).
        """
        kept: list[Slot] = []
        dropped: list[str] = []
        for slot in self.slots:
            if slot.sealed:
                fresh = Slot(
                    kind=slot.kind,
                    kdf=dict(slot.kdf),
                    nonce="",
                    ciphertext="",
                    id=slot.id,
                    public_key=slot.public_key,
                )
                kept.append(_seal(fresh, self.journal_id, data_key))
            else:
                dropped.append(slot.kind)
        return KeySlots(self.journal_id, kept), dropped

    def needs_upgrade(self, kind: str) -> bool:
        """True when the slot of ``kind`` is a version-1 (unsealed) slot."""
        return any(s.kind == kind and not s.sealed for s in self.slots)

    def remove_slot(self, kind: str) -> None:
        self.slots = [s for s in self.slots if s.kind != kind]

    def has_slot(self, kind: str) -> bool:
        return any(s.kind == kind for s in self.slots)

    # -- unwrapping -------------------------------------------------------------
    def unwrap(self, kind: str, secret: str) -> bytearray:
        """Return the data key, or raise :class:`WrongSecret`."""
        candidates = [s for s in self.slots if s.kind == kind]
        if not candidates:
            raise WrongSecret(QT_TR_NOOP("This journal has no key of that kind."))
        raw = secret_bytes(kind, secret)
        for slot in candidates:
            key = _open_slot(slot, raw, self.journal_id)
            if key is not None:
                return key
        raise wrong_secret(kind)

    # -- persistence ------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "journal_id": self.journal_id,
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeySlots:
        """Read a key-slot file strictly; :class:`KeySlotsMissing` names the reason."""
        try:
            return cls._parse(data)
        except SlotRefused as exc:
            reason = exc.reason[:1].upper() + exc.reason[1:]
            raise KeySlotsMissing(
                QT_TR_NOOP("The key file beside the journal is damaged. A backup holds a copy. (%1.)"), reason
            ) from None

    @classmethod
    def _parse(cls, data: bytes) -> KeySlots:
        if len(data) > MAX_KEY_FILE_BYTES:
            raise SlotRefused("it is far too large")
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise SlotRefused("it is not readable JSON") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise SlotRefused("it is not a key file")
        version = doc.get("version")
        if type(version) is not int or version not in KNOWN_VERSIONS:
            raise SlotRefused("its version is unknown")
        journal_id = doc.get("journal_id")
        if not isinstance(journal_id, str) or len(journal_id) != 32:
            raise SlotRefused("its journal id is unusable")
        if not set(journal_id) <= _UUID_HEX_DIGITS:  # what uuid4().hex writes, exactly
            raise SlotRefused("its journal id is unusable")
        raw_slots = doc.get("slots")
        if not isinstance(raw_slots, list) or not 1 <= len(raw_slots) <= MAX_SLOTS:
            raise SlotRefused("its list of slots is unusable")
        slots = [Slot.from_json(s, version) for s in raw_slots]
        if not any(s.kind == PASSPHRASE for s in slots):
            raise SlotRefused("it has no passphrase slot")
        if set(doc) - {"format", "version", "journal_id", "slots"}:
            raise SlotRefused("it has unexpected fields")
        return cls(journal_id=journal_id, slots=slots)

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_KEY_FILE_BYTES + 1)
        except FileNotFoundError:
            raise KeySlotsMissing(
                QT_TR_NOOP("The key file beside the journal is missing. A backup holds a copy.")
            ) from None
        except OSError:
            raise KeySlotsMissing(QT_TR_NOOP("The key file beside the journal cannot be read.")) from None
        return cls.from_bytes(data)
