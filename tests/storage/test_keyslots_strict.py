"""Key slots are read strictly (SECURITY 37; issue "Security hardening", finding 5).

The first release had floors but no ceilings: ``iterations = 10**6`` hung the unlock,
``memory_kib = 2**31`` raised MemoryError, odd ``lanes``, empty salts and bad nonces
escaped as "Something went wrong", ``version`` 0 or -5 was accepted, and an unusable
primary never fell back to an intact mirror.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kapjournal.storage import keyslots as ks
from kapjournal.storage import repo
from kapjournal.storage.errors import KeySlotsMissing
from kapjournal.storage.journal import create_journal, unlock_journal
from kapjournal.storage.models import Entry

PASS = "correct horse battery staple"


def _doc() -> dict[str, Any]:
    slots = ks.KeySlots.create(bytes(32), PASS, ks.new_recovery_code())
    doc: dict[str, Any] = json.loads(slots.to_bytes())
    return doc


def _argon(doc: dict[str, Any]) -> dict[str, Any]:
    kdf: dict[str, Any] = doc["slots"][0]["kdf"]
    assert kdf["name"] == "argon2id"
    return kdf


def _b64(n: int) -> str:
    return base64.b64encode(b"\x01" * n).decode()


HOSTILE: dict[str, Callable[[dict[str, Any]], object]] = {
    "iterations a million": lambda d: _argon(d).update(iterations=10**6),
    "iterations below the floor": lambda d: _argon(d).update(iterations=1),
    "memory 2**31 KiB": lambda d: _argon(d).update(memory_kib=2**31),
    "memory below the floor": lambda d: _argon(d).update(memory_kib=1024),
    "lanes 0": lambda d: _argon(d).update(lanes=0),
    "lanes 17": lambda d: _argon(d).update(lanes=17),
    "lanes as text": lambda d: _argon(d).update(lanes="4"),
    "lanes as a float": lambda d: _argon(d).update(lanes=4.0),
    "iterations as a boolean": lambda d: _argon(d).update(iterations=True),
    "empty salt": lambda d: _argon(d).update(salt=""),
    "short salt": lambda d: _argon(d).update(salt=_b64(8)),
    "salt not base64": lambda d: _argon(d).update(salt="***"),
    "nonce of 11 bytes": lambda d: d["slots"][0].update(nonce=_b64(11)),
    "nonce of 13 bytes": lambda d: d["slots"][0].update(nonce=_b64(13)),
    "short ciphertext": lambda d: d["slots"][0].update(ciphertext=_b64(20)),
    "public key of 31 bytes": lambda d: d["slots"][0].update(public_key=_b64(31)),
    "an unstretched passphrase slot": lambda d: d["slots"][0].update(
        kdf={"name": "hkdf-sha256", "salt": _b64(16)}
    ),
    "an unknown cipher": lambda d: d["slots"][0].update(aead="rot13"),
    "version 0": lambda d: d.update(version=0),
    "version -5": lambda d: d.update(version=-5),
    "version 3": lambda d: d.update(version=3),
    "version as text": lambda d: d.update(version="2"),
    "a journal id that is not hex": lambda d: d.update(journal_id="../../etc/passwd"),
    "a journal id in capitals": lambda d: d.update(journal_id="0F1E2D3C4B5A69788796A5B4C3D2E1F0"),
    "a journal id with an underscore": lambda d: d.update(journal_id="0f1e2d3c_4b5a69788796a5b4c3d2e1f"),
    "a journal id of 32 letters": lambda d: d.update(journal_id="zy" * 16),
    "no slots": lambda d: d.update(slots=[]),
    "a slot that is a list": lambda d: d["slots"].append([]),
    "a thousand slots": lambda d: d.update(slots=d["slots"] * 500),
    "an unknown top-level field": lambda d: d.update(extra=1),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_key_file_is_refused_with_one_line(case: str) -> None:
    doc = _doc()
    HOSTILE[case](doc)
    with pytest.raises(KeySlotsMissing) as info:
        ks.KeySlots.from_bytes(json.dumps(doc).encode())
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("The key file beside the journal is damaged.")
    assert "(" in message and message.endswith(".)"), message  # the reason is named


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\xfe", b"[]", b"null", b"[" * 100_000, b'{"format": "kapjournal-keyslots"}', b" " * 70_000],
    ids=["empty", "not utf-8", "a list", "null", "deep nesting", "no version", "huge"],
)
def test_garbage_key_file_is_refused(data: bytes) -> None:
    with pytest.raises(KeySlotsMissing):
        ks.KeySlots.from_bytes(data)


def test_a_good_file_reads_back_identically() -> None:
    slots = ks.KeySlots.create(bytes(range(32)), PASS, ks.new_recovery_code())
    again = ks.KeySlots.from_bytes(slots.to_bytes())
    assert again.to_bytes() == slots.to_bytes()
    assert again.unwrap(ks.PASSPHRASE, PASS) == bytearray(range(32))


@pytest.mark.parametrize("damage", ["garbage", "hostile cost", "tampered ciphertext"])
def test_unusable_primary_falls_back_to_the_mirror_and_is_repaired(journal_dir: Path, damage: str) -> None:
    journal, _ = create_journal(journal_dir, PASS)
    repo.insert(journal.db, Entry(body="kept"))
    journal.close()
    primary = journal_dir / "journal.keys"
    good = primary.read_bytes()
    if damage == "garbage":
        primary.write_bytes(b"\x00garbage")
    else:
        doc = json.loads(good)
        if damage == "hostile cost":
            doc["slots"][0]["kdf"]["iterations"] = 10**6
        else:
            ct = bytearray(base64.b64decode(doc["slots"][0]["ciphertext"]))
            ct[0] ^= 1
            doc["slots"][0]["ciphertext"] = base64.b64encode(bytes(ct)).decode()
        primary.write_text(json.dumps(doc))
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        assert [e.body for e in repo.select(journal.db, Entry)] == ["kept"]
    finally:
        journal.close()
    assert primary.read_bytes() == (journal_dir / "journal.keys.mirror").read_bytes()
    ks.KeySlots.load(primary).unwrap(ks.PASSPHRASE, PASS)
