"""Putting a summary together: collect (or reuse a collection), leave out what the
patient unticked, and let every section builder fill its part."""

from __future__ import annotations

from datetime import datetime

from kapjournal.storage.db import Database
from kapjournal.storage.models import utc_now
from kapjournal.summary.collect import Collected, collect
from kapjournal.summary.model import SECTIONS, Summary, SummaryOptions
from kapjournal.summary.sections import SECTION_BUILDERS, Selection


def build_summary(
    db: Database,
    options: SummaryOptions,
    *,
    now: datetime | None = None,
    collected: Collected | None = None,
) -> Summary:
    """The summary for ``options`` (``collected`` reuses an earlier :func:`collect`)."""
    col = collected or collect(db, options.start, options.end)
    generated = now if now is not None and now.tzinfo is not None else utc_now().astimezone()
    sel = Selection.of(db, options, col)
    parts = {name: build(sel) for name, build in SECTION_BUILDERS}
    sections = frozenset(s for s in options.sections if s in SECTIONS)
    return Summary(
        start=col.start,
        end=col.end,
        generated_at=generated,
        # CLINICAL.md: an item-9 answer (or a lowest-mood check-in) that is in the
        # export is flagged in it, whatever sections were switched off.
        sections=sections | {"safety"} if parts["flags"] else sections,
        **parts,
    )
