"""Device settings read without Qt (the command line's start-up) read exactly what
QSettings reads from the same INI file, whatever is in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kapjournal.paths import Paths
from kapjournal.prefs import DEVICE, PREFS, Preferences, read_plain_ini

DEVICE_KEYS = sorted(k for k, p in PREFS.items() if p.scope is DEVICE)


def by_qt(folder: Path, key: str) -> Any:
    prefs = Preferences(Paths(folder))
    prefs._settings()
    return prefs.get(key)


def test_values_written_by_the_app_read_the_same_without_qt(tmp_path: Path) -> None:
    writer = Preferences(Paths(tmp_path))
    values = {
        "lock/idle_enabled": False, "lock/idle_minutes": 17, "lock/on_screen_lock": True,
        "unlock/remembered": True, "unlock/failures": 4, "unlock/not_before": 1764604800.123456,
        "ui/theme": "dark", "ui/language": "de", "ui/geometry": b"\x01\x02, =\\", "safety/country": "NL",
    }
    assert sorted(values) == DEVICE_KEYS  # a new device setting gets a value here
    for key, value in values.items():
        writer.set(key, value)
    fresh = Preferences(Paths(tmp_path))
    plain = [k for k in DEVICE_KEYS if k != "ui/geometry"]
    assert {k: fresh.get(k) for k in plain} == {k: values[k] for k in plain}
    assert fresh._qs is None
    assert fresh.get("ui/geometry") == values["ui/geometry"]  # by QSettings (@Variant)
    assert {k: by_qt(tmp_path, k) for k in DEVICE_KEYS} == values


@pytest.mark.parametrize("text", [
    "[unlock]\nfailures=3\nnot_before=1e+20\nremembered=true\n",
    "[unlock]\nfailures = 3 \n; a comment\n# another\nremembered=false\n",
    '[unlock]\nfailures="3"\nremembered="true, false"\n[ui]\ntheme=dark\\\n, light\n',
    "[unlock]\nfailures=3\nfailures=5\n[General]\nunlock/failures=9\n",
    "[unlock]\nfailures=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x3)\nnot_before=-2.5\n[lock]\nidle_minutes=\n",
    "[unlock]\nfail%75res=7\n[ui]\ntheme=d%61rk\n[safety]\ncountry=n\\x4c\n",
    "\ufeff[unlock]\nfailures=3\n",
    "",
])
def test_hand_edited_files_read_as_qsettings_reads_them(tmp_path: Path, text: str) -> None:
    Paths(tmp_path).prefs_file.write_text(text, encoding="utf-8")
    assert {k: Preferences(Paths(tmp_path)).get(k) for k in DEVICE_KEYS} == {
        k: by_qt(tmp_path, k) for k in DEVICE_KEYS
    }


def test_a_write_elsewhere_is_seen(tmp_path: Path) -> None:
    reader = Preferences(Paths(tmp_path))
    assert reader.get("unlock/failures") == 0  # no file yet
    Preferences(Paths(tmp_path)).set("unlock/failures", 2)
    assert reader.get("unlock/failures") == 2
    assert read_plain_ini("[unlock]\nfailures=2\n") == {"unlock/failures": "2"}
