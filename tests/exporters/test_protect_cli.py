"""``kapjournal export --format pdf --protect``: the passphrase on the first line of
standard input, the PDF password on the second; without ``--protect`` as before."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from tests._helpers import demo_journal, run_cli

PASS = "correct horse battery staple"
PDF_PASSWORD = "lantern orchard velvet quietly"


@pytest.fixture
def demo_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    return demo_journal(monkeypatch, capsys, tmp_path / "demo", PASS, days=14)


def _export(monkeypatch, capsys, folder: Path, out: Path, stdin: str, *extra: str):  # type: ignore[no-untyped-def]
    return run_cli(monkeypatch, capsys, "export", "--data-dir", str(folder), "--passphrase-stdin",
                   "--format", "pdf", "--out", str(out), *extra, stdin=stdin)


def test_protect_reads_the_pdf_password_as_the_second_line(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "summary.pdf"
    out.parent.mkdir()
    code, _, err = _export(monkeypatch, capsys, demo_dir, out, f"{PASS}\n{PDF_PASSWORD}\n", "--protect")
    assert code == 0, err
    assert "protected" in err and "not encrypted" not in err
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["summary.pdf"]
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password=PDF_PASSWORD) as pdf:
        assert pdf.encryption.R == 6 and pdf.encryption.bits == 256
        assert {name.split(".", 1)[1] for name in pdf.attachments} == {"fhir.json", "csv"}
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out, password=PASS)  # the journal's passphrase does not open it


def test_protect_refuses_a_missing_or_weak_password_and_writes_nothing(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "summary.pdf"
    code, _, err = _export(monkeypatch, capsys, demo_dir, out, f"{PASS}\n", "--protect")
    assert code == 1 and "PDF password" in err
    code, _, err = _export(monkeypatch, capsys, demo_dir, out, f"{PASS}\npassword1\n", "--protect")
    assert code == 1 and "PDF password refused" in err
    code, _, err = run_cli(monkeypatch, capsys, "export", "--data-dir", str(demo_dir), "--passphrase-stdin",
                           "--format", "csv", "--out", str(out), "--protect",
                           stdin=f"{PASS}\n{PDF_PASSWORD}\n")
    assert code == 1 and "--format pdf" in err
    assert not out.exists() and not list(tmp_path.glob(".tmp-*"))


def test_without_protect_the_pdf_is_plain_as_before(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "summary.pdf"
    code, _, err = _export(monkeypatch, capsys, demo_dir, out, f"{PASS}\n")
    assert code == 0 and "not encrypted" in err
    with pikepdf.open(out) as pdf:
        assert not pdf.is_encrypted and len(pdf.attachments) == 0
