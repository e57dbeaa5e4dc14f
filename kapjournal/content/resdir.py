"""Where the shipped data files live (``resources/`` in a checkout, inside the wheel
when installed). One function; nothing is read at import."""

from __future__ import annotations

from pathlib import Path


def resources_root() -> Path:
    package = Path(__file__).resolve().parents[1]  # kapjournal/
    installed = package / "resources"  # the wheel maps resources/ to kapjournal/resources/
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
