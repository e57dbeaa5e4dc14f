"""Which kinds of entry are shared with the therapist by default (settable in Settings).

Only entries marked ``share`` can reach a summary; each entry keeps its own switch.
"""

from __future__ import annotations

from kapjournal import prefs
from kapjournal.storage.db import Database
from kapjournal.storage.models import ENTRY_KINDS

#: What a therapist sees unless the patient changes it: intentions, reflections,
#: thought records and practice are material for the next session; the raw
#: same-evening capture and free notes stay private until the patient decides otherwise.
SHARE_DEFAULTS: dict[str, bool] = {
    "intention": True,
    "capture": False,
    "integration": True,
    "thought_record": True,
    "mbct": True,
    "note": False,
    "question": True,
}


def share_defaults(db: Database) -> dict[str, bool]:
    stored = prefs.journal_value(db, prefs.SHARE_DEFAULTS)
    result = dict(SHARE_DEFAULTS)
    for kind, value in stored.items():
        if kind in ENTRY_KINDS and isinstance(value, bool):
            result[kind] = value
    return result
