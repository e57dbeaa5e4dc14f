"""Key slots: the random data key, wrapped by the passphrase, the recovery code and
(optionally) a device secret kept in the OS keychain.

File format (JSON, UTF-8), written atomically beside the database::

    {"format": "kapjournal-keyslots", "version": 1, "journal_id": "<uuid hex>",
     "slots": [{"kind": "passphrase" | "recovery" | "device", "id": "<hex>",
                "kdf": {"name": "argon2id", "memory_kib": 65536, "iterations": 3,
                        "lanes": 4, "salt": "<b64>"}          # or {"name": "hkdf-sha256", ...}
                "aead": "aes-256-gcm", "nonce": "<b64>", "ciphertext": "<b64>"}]}

Each slot's AEAD binds the journal id and the slot kind as associated data, so a slot
cannot be moved to another journal or reused as another kind. A passphrase change
rewraps the same data key: the database is never rewritten.
"""

from __future__ import annotations

import base64
import json
import logging
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kapjournal.storage.errors import KeySlotsMissing, WrongSecret
from kapjournal.storage.fsutil import atomic_write_bytes

logger = logging.getLogger(__name__)

FORMAT = "kapjournal-keyslots"
VERSION = 1
DATA_KEY_BYTES = 32

# Argon2id cost. OWASP's minimum is 19 MiB and 2 passes; we use 64 MiB, 3 passes,
# 4 lanes, which takes ~0.15 s on a current desktop core and well under a second on a
# modest laptop (see benchmarks/bench.py). Stored per slot, so it can be raised later.
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_ITERATIONS = 3
ARGON2_LANES = 4
MIN_MEMORY_KIB = 19 * 1024
MIN_ITERATIONS = 2

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


@dataclass
class Slot:
    kind: str
    kdf: dict[str, Any]
    nonce: str
    ciphertext: str
    id: str = field(default_factory=lambda: secrets.token_hex(8))
    aead: str = "aes-256-gcm"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "kdf": self.kdf,
            "aead": self.aead,
            "nonce": self.nonce,
            "ciphertext": self.ciphertext,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Slot:
        kind = raw["kind"]
        if kind not in KINDS or raw.get("aead") != "aes-256-gcm":
            raise ValueError("unknown slot")
        kdf = dict(raw["kdf"])
        if kdf.get("name") == "argon2id":
            if int(kdf["memory_kib"]) < MIN_MEMORY_KIB or int(kdf["iterations"]) < MIN_ITERATIONS:
                raise ValueError("KDF parameters below the minimum")
            _unb64(kdf["salt"])
        elif kdf.get("name") != "hkdf-sha256":
            raise ValueError("unknown KDF")
        return cls(
            kind=kind,
            kdf=kdf,
            nonce=str(raw["nonce"]),
            ciphertext=str(raw["ciphertext"]),
            id=str(raw.get("id", secrets.token_hex(8))),
        )


def _derive(secret: bytes, kdf: dict[str, Any]) -> bytes:
    salt = _unb64(kdf["salt"])
    if kdf["name"] == "argon2id":
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
    return f"{FORMAT}/{VERSION}/{journal_id}/{kind}".encode("ascii")


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
        ks = cls(journal_id=uuid.uuid4().hex)
        ks.set_slot(PASSPHRASE, passphrase, data_key)
        ks.set_slot(RECOVERY, recovery_code, data_key)
        return ks

    def set_slot(self, kind: str, secret: str, data_key: bytes | bytearray) -> None:
        """Wrap ``data_key`` under ``secret``, replacing any slot of the same kind."""
        kdf = _kdf_for(kind)
        kek = _derive(secret_bytes(kind, secret), kdf)
        nonce = secrets.token_bytes(12)
        ct = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad(self.journal_id, kind))
        slot = Slot(kind=kind, kdf=kdf, nonce=_b64(nonce), ciphertext=_b64(ct))
        self.slots = [s for s in self.slots if s.kind != kind] + [slot]

    def remove_slot(self, kind: str) -> None:
        self.slots = [s for s in self.slots if s.kind != kind]

    def has_slot(self, kind: str) -> bool:
        return any(s.kind == kind for s in self.slots)

    # -- unwrapping -------------------------------------------------------------
    def unwrap(self, kind: str, secret: str) -> bytearray:
        """Return the data key, or raise :class:`WrongSecret`."""
        candidates = [s for s in self.slots if s.kind == kind]
        if not candidates:
            raise WrongSecret("This journal has no key of that kind.")
        raw = secret_bytes(kind, secret)
        for slot in candidates:
            kek = _derive(raw, slot.kdf)
            try:
                key = AESGCM(kek).decrypt(
                    _unb64(slot.nonce), _unb64(slot.ciphertext), _aad(self.journal_id, kind)
                )
            except InvalidTag:
                continue
            if len(key) == DATA_KEY_BYTES:
                return bytearray(key)
        if kind == RECOVERY:
            raise WrongSecret("That recovery code does not open this journal.")
        if kind == DEVICE:
            raise WrongSecret("The key remembered on this computer no longer fits this journal.")
        raise WrongSecret("That passphrase does not open this journal.")

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
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != FORMAT or int(doc.get("version", 0)) > VERSION:
                raise ValueError("not a key-slot file")
            journal_id = str(doc["journal_id"])
            uuid.UUID(hex=journal_id)
            slots = [Slot.from_json(s) for s in doc["slots"]]
            if not any(s.kind == PASSPHRASE for s in slots):
                raise ValueError("no passphrase slot")
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, json.JSONDecodeError):
            raise KeySlotsMissing(
                "The key file beside the journal is damaged. A backup holds a copy."
            ) from None
        return cls(journal_id=journal_id, slots=slots)

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise KeySlotsMissing(
                "The key file beside the journal is missing. A backup holds a copy."
            ) from None
        except OSError:
            raise KeySlotsMissing("The key file beside the journal cannot be read.") from None
        return cls.from_bytes(data)
