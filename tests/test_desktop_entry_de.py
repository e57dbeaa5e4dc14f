"""The desktop entry and the AppStream metainfo speak German too (issue 13)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"
DESKTOP = PACKAGING / "io.github.kapjournal.KapJournal.desktop"
METAINFO = PACKAGING / "io.github.kapjournal.KapJournal.metainfo.xml"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_desktop_entry_has_german_name_comment_and_keywords() -> None:
    entry = ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    group = entry["Desktop Entry"]
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert group.get(f"{key}[de]", "").strip(), key
    assert "verschlüsselt" in group["Comment[de]"]
    assert group["Keywords[de]"].endswith(";") and len(group["Keywords[de]"].split(";")) >= 4


def test_metainfo_has_a_german_summary_and_description() -> None:
    root = ET.parse(METAINFO).getroot()
    assert [e.text for e in root.findall("summary") if e.get(LANG) == "de"]
    description = root.find("description")
    assert description is not None
    english = [p for p in description.findall("p") if p.get(LANG) is None]
    german = [p for p in description.findall("p") if p.get(LANG) == "de"]
    assert len(german) == len(english) == 2
    assert "kein Medizinprodukt" in " ".join(p.text or "" for p in german)
    assert [k for k in root.iter("keyword") if k.get(LANG) == "de"]


@pytest.mark.parametrize(
    ("tool", "args", "path"),
    [("desktop-file-validate", [], DESKTOP), ("appstreamcli", ["validate", "--no-net"], METAINFO)],
)
def test_packaging_files_validate(tool: str, args: list[str], path: Path) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    proc = subprocess.run([tool, *args, str(path)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in (proc.stdout + proc.stderr).lower()
