"""Child processes for crash tests: ``python -m tests._helpers.procs ACTION FOLDER``.

Secrets come on standard input, one per line. Uses OWASP's minimum Argon2id cost
(still real Argon2id) like the test fixtures. Prints ``ready`` once the journal is
open, then one line per completed step, flushed, so the parent knows exactly what
returned before it kills this process.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kapjournal.storage import keyslots, repo
from kapjournal.storage.journal import unlock_journal
from kapjournal.storage.models import Entry


def _cheap_kdf() -> None:
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    keyslots.ARGON2_LANES = 1


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    _cheap_kdf()
    action, folder = argv[0], Path(argv[1])
    secret = sys.stdin.readline().rstrip("\n")
    journal = unlock_journal(folder, keyslots.PASSPHRASE, secret)
    if action == "change":
        new = sys.stdin.readline().rstrip("\n")
        _say("ready")
        journal.change_passphrase(new)
        _say("changed")
    elif action == "rotate":
        # One committed entry, then a key rotation (a passphrase change) from the
        # passphrase on line 1 to the one on line 2; each step said when it returned.
        new = sys.stdin.readline().rstrip("\n")
        _say("ready")
        entry = repo.insert(journal.db, Entry(kind="note", body="written just before the rotation"))
        _say(entry.uid)
        _say("rotate-start")
        journal.change_passphrase(new)
        _say("rotated")
    elif action == "writer":
        _say("ready")
        n = 0
        while True:
            n += 1
            entry = repo.insert(
                journal.db, Entry(kind="note", body=f"entry {n} " + "words " * (n % 200), tags=["t"])
            )
            _say(entry.uid)
    elif action == "hold":
        _say("ready")
        sys.stdin.read()  # until the parent closes our stdin
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
