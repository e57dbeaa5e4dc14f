"""The renderers and writing files: golden Markdown/HTML, CSV columns (FHIR: test_fhir.py),
PDF fonts and scripts, hostile text, unwritable paths, long ranges and the CLI."""

from __future__ import annotations

import csv
import html.parser
import io
import os
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from kapjournal import exporters as X
from kapjournal import summary as S
from kapjournal.exporters.csv_export import COLUMNS
from kapjournal.exporters.html import CSP, render_html
from kapjournal.exporters.markdown_export import render_markdown_doc
from kapjournal.richtext import ALLOWED_TAGS
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import NotSaved
from kapjournal.storage.models import Checkin, Entry
from kapjournal.ui.common.chart_export import qt_chart_renderer
from tests.conftest import PASS
from tests.domain.test_summary import (
    EMOJI,
    END,
    GENERATED,
    NON_LATIN,
    PRIVATE_CHECKIN,
    PRIVATE_NOTE,
    START,
    UNTICK_TEXT,
    at,
    build_fixed_journal,
    fixed_summary,
)

REFERENCE = Path(__file__).resolve().parents[1] / "_reference"
UPDATE = os.environ.get("KAPJOURNAL_UPDATE_GOLDEN") == "1"
#: A fixed stand-in chart so the golden HTML does not depend on the chart's drawing.
FIXED_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10" viewBox="0 0 40 10">'
    b'<rect width="40" height="10" fill="#2f7d7a"/></svg>'
)
HOSTILE = (
    "<script>document.title='PWNED-SCRIPT'</script>\n\n"
    "<img src=x onerror=\"document.title='PWNED-IMG'\">\n\n"
    "[click me](javascript:document.title='PWNED-LINK')\n\n"
    "<svg onload=\"document.title='PWNED-SVG'\"><circle r=5/></svg>\n\n"
    '<iframe src="https://example.org/"></iframe>\n\n'
    '<a href="http://127.0.0.1:9/beacon" onclick="x()">remote</a> '
    '<img src="https://example.org/pixel.png"> <style>body{background:url(https://example.org/x)}</style>'
)


@pytest.fixture
def fixed(db: Database) -> dict[str, str]:
    return build_fixed_journal(db)


def _fixed_chart(s: S.Summary, fmt: str) -> bytes:
    return FIXED_SVG if fmt == "svg" else _tiny_png()


def _tiny_png() -> bytes:
    import base64

    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    )


def golden(name: str, data: bytes) -> None:
    path = REFERENCE / name
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if not UPDATE:
            pytest.fail(f"golden file {name} was missing and has been written; run again")
    assert data.decode("utf-8") == path.read_text(encoding="utf-8")


# -- golden files ------------------------------------------------------------------------
def test_markdown_matches_golden(db: Database, fixed: dict[str, str]) -> None:
    s = fixed_summary(db, excluded=frozenset({fixed["untick"]}))
    golden("summary.md", render_markdown_doc(s))


def test_html_matches_golden(db: Database, fixed: dict[str, str]) -> None:
    s = S.attach_chart(fixed_summary(db, excluded=frozenset({fixed["untick"]})), _fixed_chart)
    golden("summary.html", render_html(s))


def test_empty_range_golden(db: Database, fixed: dict[str, str]) -> None:
    s = S.build_summary(db, S.SummaryOptions(date(2020, 1, 1), date(2020, 1, 31)), now=GENERATED)
    text = render_markdown_doc(s).decode()
    assert "Nothing shared for this period" in text
    golden("summary-empty.md", render_markdown_doc(s))


# -- what never appears ----------------------------------------------------------------------
def test_private_and_unticked_absent_from_every_format(qapp, db: Database, fixed: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    excluded = frozenset({fixed["untick"], fixed["checkin_14"]})
    s = S.attach_chart(fixed_summary(db, excluded=excluded), _fixed_chart)
    for fmt in X.FORMATS:
        data = X.render(s, fmt)
        text = _pdf_text(data) if fmt == "pdf" else data.decode("utf-8")
        for secret in (PRIVATE_NOTE, PRIVATE_CHECKIN, UNTICK_TEXT, fixed["checkin_14"]):
            assert secret not in text, (fmt, secret)
    assert fixed["checkin_13"] in X.render(s, "csv").decode()


def _pdf_text(data: bytes, tmp: Path | None = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


class _TagCollector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def test_hostile_text_does_not_survive_into_html(db: Database, fixed: dict[str, str]) -> None:
    repo.insert(
        db,
        Entry(kind="note", body=HOSTILE, title=HOSTILE, share=True, occurred_at=at(17, 9), tz_offset_min=60),
    )
    repo.insert(
        db,
        Entry(
            kind="integration",
            answers={"<img src=x onerror=alert(1)>": HOSTILE, "plain": "<script>alert(2)</script>"},
            share=True,
            occurred_at=at(17, 10),
            tz_offset_min=60,
        ),
    )
    repo.insert(db, Checkin(mood=5, note=HOSTILE, at_utc=at(17, 11), tz_offset_min=60))
    repo.set_setting(db, "profile/name", "<script>alert('name')</script>Alex")
    doc = render_html(S.attach_chart(fixed_summary(db), _fixed_chart)).decode()
    lower = doc.lower()
    for bad in ("<script", "<iframe", "<svg", "<style>body", "<img src=x", "href=", 'src="http'):
        assert bad not in lower, bad
    collector = _TagCollector()
    collector.feed(doc)
    allowed = ALLOWED_TAGS | {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "div",
        "footer",
        "img",
        "li",
        "ul",
    }
    for tag, attrs in collector.tags:
        assert tag in allowed, tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src"):  # links are written out as text; images are data
                assert (value or "").startswith("data:image/"), (tag, value)
    assert "javascript:" not in lower
    assert f'content="{CSP}"' in doc
    assert doc.count("<style>") == 1


def test_html_is_self_contained(db: Database, fixed: dict[str, str]) -> None:
    doc = render_html(S.attach_chart(fixed_summary(db), _fixed_chart)).decode()
    assert 'http-equiv="Content-Security-Policy"' in doc
    assert "data:image/svg+xml;base64," in doc
    collector = _TagCollector()
    collector.feed(doc)
    for _tag, attrs in collector.tags:
        for name, value in attrs:
            if name in ("src", "href"):
                assert (value or "").startswith("data:"), value
    assert "<link" not in doc and "@import" not in doc and "url(" not in doc


# -- CSV and FHIR ----------------------------------------------------------------------------------
def test_csv_columns_and_rows(db: Database, fixed: dict[str, str]) -> None:
    s = fixed_summary(db)
    data = X.render(s, "csv")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0].keys()) == COLUMNS
    checkins = [r for r in rows if r["record"] == "checkin"]
    scores = [r for r in rows if r["record"] == "questionnaire"]
    assert len(checkins) == 20 and len(scores) == 5
    first = checkins[0]
    assert (first["date"], first["time"], first["utc_offset"], first["mood"]) == (
        "2026-03-01",
        "20:00",
        "+01:00",
        "4",
    )
    phq = scores[0]
    assert (phq["instrument"], phq["score"], phq["max_score"], phq["band"], phq["item_9"]) == (
        "PHQ-9",
        "14",
        "27",
        "moderate",
        "1",
    )
    assert scores[2]["change"] == "-5"
    only_mood = X.render(fixed_summary(db, sections=frozenset({"mood"})), "csv").decode("utf-8-sig")
    assert "questionnaire" not in only_mood


def test_csv_defuses_formulas(db: Database, fixed: dict[str, str]) -> None:
    repo.insert(db, Checkin(mood=5, note='=HYPERLINK("http://x")', at_utc=at(19, 9), tz_offset_min=60))
    data = X.render(fixed_summary(db), "csv").decode("utf-8-sig")
    assert "'=HYPERLINK" in data


# -- PDF ---------------------------------------------------------------------------------------------
def test_pdf_pages_fonts_and_scripts(qapp, db: Database, fixed: dict[str, str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    s = fixed_summary(db)
    data = X.render(s, "pdf")
    assert data.startswith(b"%PDF")
    text = unicodedata.normalize("NFKC", _pdf_text(data))  # Arabic comes out in presentation forms
    for word in NON_LATIN.split(" · "):
        assert word in text, word
    assert "Page 1 of" in text and "Spring course" in text and "Safety notes" in text
    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    lines = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert lines, fonts
    for line in lines:
        assert " yes " in line.split("Identity-H")[-1] or line.split()[-5] == "yes", line
    assert any("Noto" in line for line in lines)
    # Colour emoji are bitmap glyphs: Qt's PDF engine draws them as small images (there is
    # no chart in this summary, so every image is an emoji).
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    drawn = [line for line in images.splitlines()[2:] if " image " in line]
    assert EMOJI[0] in text or len(drawn) >= len(EMOJI)


def test_a_german_pdf_has_umlauts_and_sharp_s_with_embedded_fonts(  # type: ignore[no-untyped-def]
    qapp, db: Database, fixed: dict[str, str], tmp_path: Path
) -> None:
    """The summary in German (its own language): the fixed words are German, umlauts and
    ß come out as text (not boxes), and every font is embedded."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    from kapjournal.i18n import using_language

    note = "Größer als gedacht: der Fußweg an der Straße, Übelkeit vorbei"
    repo.insert(
        db, Entry(kind="note", body=note, title=note, share=True, occurred_at=at(18, 9), tz_offset_min=60)
    )
    with using_language("de"):
        data = X.render(fixed_summary(db), "pdf")
    text = _pdf_text(data)
    for word in ("Seite 1 von", "Überblick über die Behandlungsreihe", "Hinweise zur Sicherheit", "März"):
        assert word in text, word  # the summary's fixed words, in German
    assert "Page 1 of" not in text and "Safety notes" not in text
    assert "Fußweg an der Straße" in text and "Größer" in text  # ß and umlauts as text
    pdf = tmp_path / "de.pdf"
    pdf.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    lines = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert lines, fonts
    for line in lines:
        assert " yes " in line.split("Identity-H")[-1] or line.split()[-5] == "yes", line


def test_pdf_letter_and_a4_differ(qapp, db: Database, fixed: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    s = fixed_summary(db)
    a4, letter = X.render(s, "pdf", paper="a4"), X.render(s, "pdf", paper="letter")
    assert b"/MediaBox [0 0 595" in a4 and b"/MediaBox [0 0 612" in letter


def test_ten_year_range_stays_readable(qapp, db: Database, fixed: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    s = S.build_summary(db, S.SummaryOptions(date(2016, 3, 21), END), now=GENERATED)
    s = S.attach_chart(s, qt_chart_renderer())
    assert s.mood is not None and s.mood.granularity == "month"
    data = X.render(s, "pdf")
    text = _pdf_text(data)
    assert "Month" in text and "Page 1 of" in text


# -- writing files ---------------------------------------------------------------------------------------
def test_export_is_atomic_private_and_leaves_nothing(
    qapp, db: Database, fixed: dict[str, str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    s = fixed_summary(db)
    for fmt in X.FORMATS:
        target = out / S.default_filename(fmt, date(2026, 3, 20))
        X.export(s, fmt, target)
        assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in out.iterdir()) == sorted(
        S.default_filename(f, date(2026, 3, 20)) for f in X.FORMATS
    )


@pytest.fixture
def unwritable(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A folder this process cannot write to (a read-only mount when running as root)."""
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        yield locked
        locked.chmod(0o700)
        return
    candidate = Path("/sys")
    probe = candidate / ".kapjournal-probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        yield candidate
        return
    probe.unlink()
    pytest.skip("no folder here refuses writes to root")


def test_unwritable_folder_is_a_clear_error(db: Database, fixed: dict[str, str], unwritable: Path) -> None:
    before = set(unwritable.iterdir())
    with pytest.raises(NotSaved) as err:
        X.export(fixed_summary(db), "md", unwritable / "summary.md")
    assert "cannot be written" in str(err.value)
    assert set(unwritable.iterdir()) == before


# -- command line ----------------------------------------------------------------------------------------
def _cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    return subprocess.run(
        [sys.executable, "-m", "kapjournal", *args],
        input=PASS + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_cli_exports_every_format(new_journal, tmp_path: Path, unwritable: Path) -> None:  # type: ignore[no-untyped-def]
    build_fixed_journal(new_journal.db)
    folder = new_journal.files.folder if hasattr(new_journal, "files") else None
    new_journal.close()
    data_dir = folder or tmp_path / "journal"
    out = tmp_path / "exports"
    out.mkdir()
    for fmt in X.FORMATS:
        target = out / f"summary.{fmt}"
        result = _cli(
            [
                "export",
                "--data-dir",
                str(data_dir),
                "--passphrase-stdin",
                "--format",
                fmt,
                "--from",
                START.isoformat(),
                "--to",
                END.isoformat(),
                "--out",
                str(target),
            ],
            tmp_path,
        )
        assert result.returncode == 0, result.stderr
        assert target.stat().st_mode & 0o777 == 0o600
        assert "not encrypted" in result.stderr
    md = (out / "summary.md").read_text()
    assert "Spring course" in md and PRIVATE_NOTE not in md
    assert "2026" in md and "Alex Example" in md
    result = _cli(
        [
            "export",
            "--data-dir",
            str(data_dir),
            "--passphrase-stdin",
            "--format",
            "pdf",
            "--out",
            str(tmp_path / "no-such-folder" / "s.pdf"),
        ],
        tmp_path,
    )
    assert result.returncode == 1 and result.stderr.strip().count("\n") == 0 and result.stderr.strip()
    result = _cli(
        [
            "export",
            "--data-dir",
            str(data_dir),
            "--passphrase-stdin",
            "--format",
            "md",
            "--out",
            str(unwritable / "s.md"),
        ],
        tmp_path,
    )
    assert result.returncode == 1
    assert "cannot be written" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0
