"""What every section of the sample journal shares: the journal, "today", how many days
back the history reaches, a seeded random generator, and the courses and sessions made
so far (each feature's section hangs its entries off them)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from kapjournal.storage.db import Database
from kapjournal.storage.models import Course, Session


@dataclass
class DemoContext:
    db: Database
    today: date
    days: int
    rng: random.Random
    courses: list[Course] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=UTC)

    def not_after_now(self, moment: datetime) -> datetime:
        """The sample never holds writing from the future (today's evening entries
        move to a few minutes ago when the sample is made in the morning)."""
        now = datetime.now(UTC).replace(microsecond=0)
        if self.today == now.date() and moment > now:
            return now - timedelta(minutes=5)
        return moment

    def ketamine_sessions(self) -> list[Session]:
        return [s for s in self.sessions if s.kind == "ketamine"]
