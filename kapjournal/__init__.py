"""KAP Journal: a private, encrypted journal for ketamine-assisted psychotherapy."""

from __future__ import annotations

__version__ = "0.1.0"

#: One reverse-DNS application id, used by the .desktop file, AppStream metadata,
#: ``QGuiApplication.setDesktopFileName`` and the keychain service name.
APP_ID = "io.github.kapjournal.KapJournal"
APP_NAME = "KAP Journal"
