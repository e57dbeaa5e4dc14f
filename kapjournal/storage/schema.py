"""Schema migrations: an ordered list, one transaction each, version in user_version."""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import resources

from kapjournal.storage.db import Database
from kapjournal.storage.errors import QT_TR_NOOP, NotAJournal

logger = logging.getLogger(__name__)

#: (version reached, SQL file). Append only; never edit a released file.
MIGRATIONS: list[tuple[int, str]] = [
    (1, "0001_initial.sql"),
    (2, "0002_search_prefix.sql"),
    (3, "0003_more_instruments.sql"),
]
LATEST = MIGRATIONS[-1][0]


def _sql(name: str) -> str:
    return (resources.files("kapjournal.storage") / "migrations" / name).read_text("utf-8")


def migrate(db: Database, before_step: Callable[[int], None] | None = None) -> int:
    """Bring ``db`` to :data:`LATEST`. ``before_step(current)`` runs before each step
    on an existing journal (the caller makes an encrypted backup there).

    Returns the number of steps applied.
    """
    current = db.user_version
    if current > LATEST:
        raise NotAJournal(
            QT_TR_NOOP("This journal was made by a newer version of KAP Journal. Please update the app.")
        )
    applied = 0
    for version, name in MIGRATIONS:
        if version <= current:
            continue
        if current > 0 and before_step is not None:
            before_step(current)
        script = f"BEGIN IMMEDIATE;\n{_sql(name)}\nPRAGMA user_version = {version};\nCOMMIT;\n"
        db.executescript(script)
        logger.info("journal schema migrated to version %d", version)
        current = version
        applied += 1
    return applied
