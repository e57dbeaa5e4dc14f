"""What we ship is what we test: the wheel (built from the sdist, as a distributor
would) holds every module under ``kapjournal/``, every file under ``resources/`` and
the migrations, and nothing of the checkout that is not the app.

The first release listed its packages by hand and left ``kapjournal.exporters`` out:
every test imported the source tree, so none saw it. The installed app itself is
exercised end to end by ``scripts/smoke-installed.sh`` (run by ``scripts/test.sh``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def _project_files() -> list[str]:
    """The files a clean clone would have: tracked, plus untracked ones git does not
    ignore (so a new module counts before it is committed)."""
    if shutil.which("git") and (ROOT / ".git").exists():
        out = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout
        return [line for line in out.splitlines() if line and (ROOT / line).is_file()]
    return [
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*")
        if p.is_file() and not IGNORED_PARTS & set(p.parts) and ".venv" not in p.parts[-10:]
    ]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    pytest.importorskip("build", reason="the test tools include 'build'")
    work = tmp_path_factory.mktemp("packaging")
    src = work / "src"
    for rel in _project_files():
        target = src / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target)
    dist = work / "dist"
    # Without an --sdist/--wheel flag, build makes the sdist and then the wheel *from
    # the sdist*: a file the sdist forgets is missing from the wheel too.
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(src)],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    (wheel,) = dist.glob("kapjournal-*.whl")
    (sdist,) = dist.glob("kapjournal-*.tar.gz")
    return wheel, sdist


def _expected_in_wheel() -> set[str]:
    expected = set()
    for rel in _project_files():
        parts = Path(rel).parts
        if IGNORED_PARTS & set(parts):
            continue
        if parts[0] == "kapjournal" and (rel.endswith(".py") or parts[-2:-1] == ("migrations",)):
            expected.add(rel)
        elif parts[0] == "resources":
            expected.add(str(Path("kapjournal", *parts)))
    return expected


def test_wheel_holds_every_module_and_resource(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = _expected_in_wheel()
    assert "kapjournal/exporters/__init__.py" in expected  # the one the first release lost
    assert any(name.startswith("kapjournal/resources/questionnaires/") for name in expected)
    missing = sorted(expected - names)
    assert not missing, f"missing from the wheel: {missing}"
    for package in {str(Path(n).parent) for n in expected if n.endswith(".py")}:
        assert f"{package}/__init__.py" in names, f"{package} is not a package in the wheel"


def test_wheel_holds_only_the_app(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    names = zipfile.ZipFile(wheel).namelist()
    app_files = [n for n in names if ".dist-info/" not in n]
    strays = [n for n in app_files if not n.startswith("kapjournal/") or "__pycache__" in n]
    assert not strays, f"not part of the app: {strays}"
    assert not [n for n in app_files if n.startswith(("kapjournal/tests", "tests/", "tools/"))]


def test_licence_is_declared_and_shipped(built: tuple[Path, Path]) -> None:
    wheel, sdist = built
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert meta["license"] == "GPL-3.0-or-later"  # an SPDX expression, not the old table
    licence_text = (ROOT / "LICENSE").read_text("utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in licence_text and "Version 3" in licence_text
    with zipfile.ZipFile(wheel) as zf:
        metadata_name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = zf.read(metadata_name).decode()
        assert "License-Expression: GPL-3.0-or-later" in metadata
        licence_name = next(n for n in zf.namelist() if n.endswith(".dist-info/licenses/LICENSE"))
        assert zf.read(licence_name).decode("utf-8") == licence_text
    with tarfile.open(sdist) as tf:
        members = {Path(m).relative_to(Path(m).parts[0]).as_posix() for m in tf.getnames() if "/" in m}
    assert "LICENSE" in members
    assert "resources/questionnaires/phq9.toml" in members


def test_entry_points(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/entry_points.txt"))
        points = zf.read(name).decode()
    assert "[gui_scripts]" in points and "kapjournal = kapjournal.cli:main" in points
    assert "kapjournal-cli = kapjournal.cli:main" in points
