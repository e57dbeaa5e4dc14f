"""The one place that resolves where KAP Journal keeps things.

``--data-dir`` (or a test's ``tmp_path``) overrides the platform default. Nothing is
created here; callers create folders (0700) when they first write.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SAMPLE_DIR = "sample-journal"
PREFS_FILE = "preferences.ini"


def default_data_dir() -> Path:
    """The platform's per-user data location, e.g. ``~/.local/share/kapjournal``."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    if not base:
        base = str(Path.home() / ".local" / "share")
    return Path(base) / "kapjournal"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def journal_dir(self) -> Path:
        """The patient's own journal lives directly in the data folder."""
        return self.data_dir

    @property
    def sample_dir(self) -> Path:
        """The clearly separate sample journal ("Explore with sample data")."""
        return self.data_dir / SAMPLE_DIR

    @property
    def prefs_file(self) -> Path:
        """Non-sensitive device preferences (QSettings, INI format)."""
        return self.data_dir / PREFS_FILE


def resolve_paths(data_dir: str | Path | None = None) -> Paths:
    if data_dir:
        return Paths(Path(data_dir).expanduser().resolve())
    return Paths(default_data_dir())
