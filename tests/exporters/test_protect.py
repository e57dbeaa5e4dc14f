"""The protected summary PDF (SECURITY 40): AES-256 (revision 6), opens only with its
password (pikepdf/qpdf and Poppler's pdftotext both refuse without it), carries the
FHIR Bundle and the CSV byte-identical to the plain exports of the same summary, holds
no plaintext canary in its bytes, and nothing unencrypted touches the disk."""

from __future__ import annotations

import io
import math
import os
import re
import secrets
import shutil
import subprocess
import tempfile
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest

from kapjournal import exporters as X
from kapjournal.exporters import protect as P
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Checkin, Entry
from tests._helpers import files_under
from tests.domain.test_summary import at, build_fixed_journal, fixed_summary

PASSWORD = "cadillac acquire consuming manatee scowling"
#: Poppler's command-line tools read at most 32 characters of ``-upw`` (a fixed
#: buffer in pdftotext.cc); the library itself, Evince and PDFium take the full
#: password. A patient's own, shorter password checks Poppler's AES-256 R6 decryption.
SHORT_PASSWORD = "lantern orchard velvet quietly"


@pytest.fixture
def unique_canary(canary: str) -> str:
    return canary + secrets.token_hex(4)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of our own for the code under test (and everything it starts)."""
    folder = tmp_path / "private-tmp"
    folder.mkdir(mode=0o700)
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _fill(db: Database, c: str) -> None:
    """The fixed journal plus the canary where every part of the protected file
    shows it: the patient's name (PDF footer, FHIR Patient), an entry (PDF body) and a
    check-in note (PDF, FHIR Observation note)."""
    build_fixed_journal(db)
    repo.set_setting(db, "profile/name", f"Name {c}")
    repo.insert(
        db,
        Checkin(mood=6, note=f"note {c}", share=True, at_utc=at(14, 20), tz_offset_min=60),
    )
    repo.insert(
        db,
        Entry(
            kind="note",
            title=f"title {c}",
            body=f"body {c}",
            share=True,
            occurred_at=at(15, 9),
            tz_offset_min=60,
        ),
    )


def _forms(text: str) -> list[bytes]:
    """The ways a PDF or a JSON/CSV file may hold ``text``: UTF-8, UTF-16LE, and
    UTF-16BE (PDF text strings)."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _plain_views(data: bytes) -> Iterator[bytes]:
    """The file's bytes, and every stream in it inflated where it inflates: a
    compressed but unencrypted stream would hide a canary from a plain byte search."""
    yield data
    for match in re.finditer(rb"stream\r?\n", data):
        inflater = zlib.decompressobj()
        try:
            yield inflater.decompress(data[match.end() : match.end() + 4_000_000])
        except zlib.error:
            continue


def _holds(data: bytes, text: str) -> bool:
    return any(form in view for view in _plain_views(data) for form in _forms(text))


def _qtpdf_pages(path: Path, password: str) -> int | None:
    """Pages of the file as Qt PDF (PDFium) opens it with ``password``, or None."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.setPassword(password)
    error = doc.load(str(path))
    try:
        return doc.pageCount() if error == QPdfDocument.Error.None_ else None
    finally:
        doc.close()


def _pdftotext(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", *extra, str(path), "-"], capture_output=True, text=True, check=False)


# -- the password ---------------------------------------------------------------------
@pytest.mark.parametrize("language", P.LANGUAGES)
def test_word_lists_are_clean_and_the_entropy_is_what_we_say(language: str) -> None:
    words = P.wordlist(language)
    assert len(words) == len(set(words)) >= P.MIN_WORDS
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)?", w) for w in words), language
    avoid = (
        Path(__file__).resolve().parents[2] / "resources" / "wordlists" / f"avoid-{language}.txt"
    ).read_text()
    assert not set(avoid.split()) & set(words)
    # 7,776 words shipped; 64 (English) or 34 (German) avoided: 5 × log2(7,712) ≈ 64.56
    # and 5 × log2(7,742) ≈ 64.59 bits, the READMEs' figures.
    usable = {"en": 7712, "de": 7742}[language]
    assert len(words) == usable
    assert P.entropy_bits(language) == pytest.approx(5 * math.log2(usable))
    assert 64.5 < P.entropy_bits(language) < 64.7


def test_new_passwords_are_random_words_from_the_list(seed: int) -> None:
    pool = set(P.wordlist("en"))
    made = [P.new_password("en") for _ in range(2000)]
    assert len(set(made)) == len(made)  # 2000 draws from 2^64.6: no repeat
    for pw in made:
        parts = pw.split(" ")
        assert len(parts) == P.WORDS and set(parts) <= pool
    # Every position draws from the whole list: 10,000 words fall on close to 10,000
    # / 7,742 per word, so no word turns up more than a handful of times. (The draws
    # are secrets', not seeded: one word 10 times or more happens in ~1 run of 120,
    # 15 times or more in ~1 of 12 million; a position drawing from a few hundred
    # words would put ~20 on each.)
    counts = Counter(w for pw in made for w in pw.split(" "))
    assert len(counts) > 5000 and max(counts.values()) < 15
    assert set(P.new_password("de").split(" ")) <= set(P.wordlist("de"))
    assert P.wordlist("xx") == P.wordlist("en")  # another language falls back to English


def test_own_password_is_checked_like_a_passphrase() -> None:
    assert not P.check_own_password("").acceptable
    assert not P.check_own_password("password1").acceptable
    assert P.check_own_password(P.new_password()).acceptable
    assert P.check_own_password("Lantern orchard velvet 1987 quietly").acceptable


# -- the file ---------------------------------------------------------------------------
def test_protected_pdf_opens_only_with_its_password(qapp, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    build_fixed_journal(db)
    summary = fixed_summary(db)
    path = tmp_path / "summary.pdf"
    P.export_protected(summary, PASSWORD, path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.read_bytes().startswith(b"%PDF-2.0")

    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(path)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(path, password="cadillac acquire consuming manatee")
    refused = _pdftotext(path)
    assert refused.returncode != 0 and "Spring course" not in refused.stdout
    assert _pdftotext(path, "-upw", "wrong words").returncode != 0

    with pikepdf.open(path, password=PASSWORD) as pdf:
        assert pdf.is_encrypted
        enc = pdf.encryption
        assert (enc.R, enc.V) == (6, 5)
        assert enc.bits == 256
        # AES-256 (AESV3) for streams, strings and embedded files alike.
        assert {m.name for m in (enc.stream_method, enc.string_method, enc.file_method)} == {"aesv3"}
        allow = pdf.allow
        assert allow.print_highres and allow.print_lowres and allow.accessibility
        assert not (
            allow.modify_other or allow.modify_annotation or allow.modify_form or allow.modify_assembly
        )
        assert pdf.pdf_version == "2.0"
        pages = len(pdf.pages)
    assert _qtpdf_pages(path, "") is None and _qtpdf_pages(path, "wrong words") is None
    assert _qtpdf_pages(path, PASSWORD) == pages  # PDFium, the engine of Chrome's viewer

    short = tmp_path / "short.pdf"
    P.export_protected(summary, SHORT_PASSWORD, short)
    assert _pdftotext(short).returncode != 0
    opened = _pdftotext(short, "-upw", SHORT_PASSWORD)
    assert opened.returncode == 0 and "Spring course" in opened.stdout
    # The same pages as the plain PDF of the same summary.
    with pikepdf.open(io.BytesIO(X.render(summary, "pdf"))) as plain:
        assert len(plain.pages) == pages


def test_attachments_are_the_plain_exports_byte_for_byte(qapp, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    build_fixed_journal(db)
    summary = fixed_summary(db)
    plain_dir = tmp_path / "plain"
    plain_dir.mkdir()
    for fmt in ("fhir", "csv"):
        X.export(summary, fmt, plain_dir / fmt)
    path = tmp_path / "summary.pdf"
    P.export_protected(summary, SHORT_PASSWORD, path)
    with pikepdf.open(path, password=SHORT_PASSWORD) as pdf:
        files = dict(pdf.attachments)
        assert set(files) == {"kapjournal-summary-2026-03-20.fhir.json", "kapjournal-summary-2026-03-20.csv"}
        fhir = files["kapjournal-summary-2026-03-20.fhir.json"]
        csv = files["kapjournal-summary-2026-03-20.csv"]
        assert fhir.get_file().read_bytes() == (plain_dir / "fhir").read_bytes()
        assert csv.get_file().read_bytes() == (plain_dir / "csv").read_bytes()
        assert fhir.get_file().mime_type == "application/fhir+json"
        assert csv.get_file().mime_type == "text/csv"
        assert "FHIR" in fhir.description and "CSV" in csv.description
        # Associated files of the document (PDF 2.0 /AF), as data.
        af = pdf.Root.AF
        assert len(af) == 2
        assert {str(spec.AFRelationship) for spec in af} == {"/Data"}
        assert {str(spec.UF) for spec in af} == set(files)
    if shutil.which("pdfdetach"):
        listed = subprocess.run(
            ["pdfdetach", "-upw", SHORT_PASSWORD, "-list", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert listed.returncode == 0 and "fhir.json" in listed.stdout and ".csv" in listed.stdout
        refused = subprocess.run(
            ["pdfdetach", "-list", str(path)], capture_output=True, text=True, check=False
        )
        assert refused.returncode != 0


def test_no_canary_in_the_protected_file_and_nothing_plain_on_disk(
    qapp,
    db: Database,
    tmp_path: Path,
    unique_canary: str,
    private_tmp: Path,  # type: ignore[no-untyped-def]
) -> None:
    _fill(db, unique_canary)
    summary = fixed_summary(db)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "summary.pdf"
    before = set(files_under(tmp_path))
    P.export_protected(summary, SHORT_PASSWORD, path)
    # Control: the canary is in what the file protects (the pages and both attachments).
    assert unique_canary in _pdftotext(path, "-upw", SHORT_PASSWORD).stdout
    for att in P.summary_attachments(summary)[:1]:
        assert unique_canary.encode() in att.data
    with pikepdf.open(path, password=SHORT_PASSWORD) as pdf:
        unprotected = tmp_path / "unprotected-control.pdf"
        pdf.save(unprotected)  # the same objects, decrypted
    assert _holds(unprotected.read_bytes(), unique_canary)  # the scan can see a leak
    unprotected.unlink()
    # The protected file's bytes, inflated where they inflate: no canary in any form.
    data = path.read_bytes()
    assert not _holds(data, unique_canary)
    assert not any(w.encode() in data for w in SHORT_PASSWORD.split())
    # Exactly one new file, in the target folder; nothing in the temp folder.
    assert set(files_under(tmp_path)) - before == {path}
    assert sorted(os.listdir(out)) == ["summary.pdf"]
    assert list(private_tmp.iterdir()) == []


def test_a_failed_write_leaves_nothing(qapp, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.storage.errors import NotSaved

    build_fixed_journal(db)
    with pytest.raises(NotSaved):
        P.export_protected(fixed_summary(db), PASSWORD, tmp_path / "missing" / "s.pdf")
    assert not (tmp_path / "missing").exists()


def test_every_export_gets_a_fresh_file_key(qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Same summary, same password, twice: different bytes (random salts and keys)."""
    build_fixed_journal(db)
    summary = fixed_summary(db)
    assert P.render_protected(summary, PASSWORD) != P.render_protected(summary, PASSWORD)
    with pytest.raises(ValueError):
        P.protect_pdf(X.render(summary, "pdf"), "")


def test_the_readmes_state_the_entropy_the_code_has() -> None:
    root = Path(__file__).resolve().parents[2]
    stated = f"≈ {P.entropy_bits('en'):.1f} bits"
    sharing = (root / "README.md").read_text(encoding="utf-8").split("## Sharing with your care team")[1]
    assert stated in sharing.split("\n## ")[0]
    assert stated in (root / "resources" / "wordlists" / "README.md").read_text(encoding="utf-8")
    assert f"{len(P.wordlist('en')):,} words" in sharing


_WRITES: list[str] | None = None


def _record_writes(event: str, args: tuple[object, ...]) -> None:
    """An audit hook (it cannot be removed, so it records only while a test asks)."""
    if _WRITES is None or event != "open":
        return
    path, mode, flags = [*args, None, None, None][:3]
    writing = isinstance(mode, str) and any(c in mode for c in "wax+")
    writing = writing or (isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) != 0)
    if writing:
        _WRITES.append(str(path))


def test_the_only_file_written_is_the_encrypted_one(  # type: ignore[no-untyped-def]
    qapp, db: Database, tmp_path: Path, monkeypatch
) -> None:
    """Every file Python opens for writing while the protected PDF is made is the
    atomic writer's temp file beside the target, and what it writes is encrypted."""
    global _WRITES
    import sys

    from kapjournal.storage import fsutil

    build_fixed_journal(db)
    summary = fixed_summary(db)
    written: list[bytes] = []
    real = fsutil.atomic_write_bytes

    def spy(path: Path, data: bytes) -> None:
        written.append(data)
        real(path, data)

    monkeypatch.setattr("kapjournal.exporters.atomic_write_bytes", spy)
    sys.addaudithook(_record_writes)
    target = tmp_path / "out.pdf"
    _WRITES = []
    try:
        P.export_protected(summary, SHORT_PASSWORD, target)
        opened = list(_WRITES)
    finally:
        _WRITES = None
    assert opened, "the audit hook saw no write at all"
    assert all(Path(p).parent == tmp_path and Path(p).name.startswith(".tmp-") for p in opened), opened
    (data,) = written
    assert data == target.read_bytes() and b"/Encrypt" in data
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data))
