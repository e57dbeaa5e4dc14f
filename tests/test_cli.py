"""The command line contract (README.md, "Command line"): exit codes, one-line errors, passphrases
from standard input only. Mostly in-process with the cheap KDF; two real runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kapjournal.storage import keyslots as ks
from kapjournal.storage.journal import create_journal, unlock_journal
from tests._helpers import ROOT, demo_journal, run_cli, subprocess_env

PASS = "correct horse battery staple"


run = run_cli


@pytest.fixture
def demo_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    return demo_journal(monkeypatch, capsys, tmp_path / "demo", PASS, days=20)


def test_demo_check_search(demo_dir: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(monkeypatch, capsys, "check", "--data-dir", str(demo_dir), "--passphrase-stdin",
                         stdin=PASS + "\n")
    assert (code, err) == (0, "") and "whole" in out
    code, out, err = run(monkeypatch, capsys, "search", "--data-dir", str(demo_dir), "--passphrase-stdin",
                         "river", stdin=PASS + "\n")
    assert code == 0, err
    lines = out.splitlines()
    assert lines and all(line.count("\t") == 2 for line in lines)
    assert any("river" in line.lower() for line in lines)
    code, out, _ = run(monkeypatch, capsys, "search", "--data-dir", str(demo_dir), "--passphrase-stdin",
                       "zzqxnotaword", stdin=PASS + "\n")
    assert (code, out) == (0, "")
    code, out, _ = run(monkeypatch, capsys, "search", "--data-dir", str(demo_dir), "--passphrase-stdin",
                       '"(NEAR OR*', stdin=PASS + "\n")
    assert code == 0


def test_export_import_round_trip(demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "all.json"
    code, _, err = run(monkeypatch, capsys, "export", "--data-dir", str(demo_dir), "--passphrase-stdin",
                       "--format", "json", "--out", str(out_file), stdin=PASS + "\n")
    assert code == 0 and "not encrypted" in err
    doc = json.loads(out_file.read_text("utf-8"))
    assert len(doc["tables"]["entry"]) >= 20  # at least a note a day
    assert not list(tmp_path.glob(".tmp-*"))
    target = tmp_path / "imported"
    code, out, err = run(monkeypatch, capsys, "import", "--data-dir", str(target), "--passphrase-stdin",
                         str(out_file), stdin=PASS + "\n")
    assert code == 0, err
    assert "Recovery code:" in out
    code, out, _ = run(monkeypatch, capsys, "import", "--data-dir", str(target), "--passphrase-stdin",
                       str(out_file), stdin=PASS + "\n")
    assert code == 0 and "Imported 0 records." in out
    out2 = tmp_path / "again.json"
    run(monkeypatch, capsys, "export", "--data-dir", str(target), "--passphrase-stdin",
        "--format", "json", "--out", str(out2), stdin=PASS + "\n")
    assert json.loads(out2.read_text("utf-8"))["tables"] == doc["tables"]


def test_backup_needs_no_passphrase_and_is_refused_while_open(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "b.kapbackup"
    code, _, err = run(monkeypatch, capsys, "backup", "--data-dir", str(demo_dir), "--out", str(out_file))
    assert code == 0 and out_file.exists(), err
    journal = unlock_journal(demo_dir, ks.PASSPHRASE, PASS)
    try:
        code, _, err = run(monkeypatch, capsys, "backup", "--data-dir", str(demo_dir),
                             "--out", str(tmp_path / "c.kapbackup"))
    finally:
        journal.close()
    assert code == 1 and err.count("\n") == 1 and "already open" in err


def test_wrong_passphrase_one_line_exit_1(demo_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(monkeypatch, capsys, "check", "--data-dir", str(demo_dir), "--passphrase-stdin",
                         stdin="not the passphrase at all\n")
    assert code == 1 and out == ""
    assert err == "That passphrase does not open this journal.\n"
    assert "not the passphrase" not in err


def test_passphrase_never_from_argv_or_env(demo_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    for flag in ("--passphrase", "--password", "-p"):
        code, _, _ = run(monkeypatch, capsys, "check", "--data-dir", str(demo_dir), flag, PASS)
        assert code == 2
    for var in ("KAPJOURNAL_PASSPHRASE", "KAPJOURNAL_PASSWORD", "PASSPHRASE"):
        monkeypatch.setenv(var, PASS)
    code, _, err = run(monkeypatch, capsys, "check", "--data-dir", str(demo_dir), "--passphrase-stdin")
    assert code == 1 and "standard input" in err and err.count("\n") == 1
    code, _, _ = run(monkeypatch, capsys, "check", "--data-dir", str(demo_dir), stdin=PASS + "\n")
    assert code == 2  # --passphrase-stdin is required, not implied


def test_usage_errors_exit_2(demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(monkeypatch, capsys, "export", "--data-dir", str(demo_dir), "--passphrase-stdin",
                     "--format", "docx", "--out", str(tmp_path / "x"), stdin=PASS + "\n")
    assert code == 2
    assert run(monkeypatch, capsys, "frobnicate")[0] == 2
    assert run(monkeypatch, capsys, "export", "--data-dir", str(demo_dir), "--passphrase-stdin",
               "--format", "json", "--from", "yesterday", "--out", str(tmp_path / "x"))[0] == 2
    assert run(monkeypatch, capsys, "--version")[0] == 0


def test_failures_exit_1_with_one_line(tmp_path: Path, demo_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    cases = [
        (["check", "--data-dir", str(tmp_path / "nothing"), "--passphrase-stdin"], PASS),
        (["demo", "--data-dir", str(tmp_path / "weak"), "--passphrase-stdin"], "password"),
        (["demo", "--data-dir", str(demo_dir), "--passphrase-stdin"], PASS),
        (["export", "--data-dir", str(demo_dir), "--passphrase-stdin", "--format", "json",
          "--out", str(tmp_path / "no" / "such" / "x.json")], PASS),
        (["import", "--data-dir", str(demo_dir), "--passphrase-stdin", str(tmp_path / "none.json")], PASS),
        (["backup", "--data-dir", str(tmp_path / "nothing"), "--out", str(tmp_path / "b")], ""),
    ]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kapjournal-export", "format_version": 99, "tables": {}}')
    cases.append((["import", "--data-dir", str(demo_dir), "--passphrase-stdin", str(bad)], PASS))
    for args, secret in cases:
        code, _, err = run(monkeypatch, capsys, *args, stdin=secret + "\n")
        assert code == 1, (args, err)
        assert err.count("\n") == 1 and err.strip(), (args, err)
        assert "Traceback" not in err
    assert not (tmp_path / "weak").exists() or not any((tmp_path / "weak").iterdir())


def test_check_reports_damage(demo_dir: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    db = demo_dir / "journal.kapdb"
    data = bytearray(db.read_bytes())
    page = len(data) // 4096 - 1
    data[(page - 1) * 4096 + 500] ^= 0xFF
    db.write_bytes(bytes(data))
    code, out, err = run(monkeypatch, capsys, "check", "--data-dir", str(demo_dir), "--passphrase-stdin",
                         stdin=PASS + "\n")
    assert code == 1
    # The page is named (for support) on stdout; the reason is one line on stderr.
    assert f"page {page}" in out
    assert len(err.strip().splitlines()) == 1 and "damaged" in err


@pytest.mark.real_kdf
def test_real_subprocess_runs(tmp_path: Path) -> None:
    """Two real runs of ``python -m kapjournal`` with the production KDF."""
    folder = tmp_path / "j"
    env = subprocess_env()
    done = subprocess.run(
        [sys.executable, "-m", "kapjournal", "demo", "--data-dir", str(folder), "--passphrase-stdin",
         "--days", "3"],
        input=PASS + "\n", capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    slot = json.loads((folder / "journal.keys").read_text())["slots"][0]
    assert slot["kdf"]["memory_kib"] == ks.ARGON2_MEMORY_KIB == 64 * 1024
    done = subprocess.run(
        [sys.executable, "-m", "kapjournal", "check", "--data-dir", str(folder), "--passphrase-stdin"],
        input="wrong passphrase here\n", capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=120, check=False,
    )
    assert done.returncode == 1
    assert done.stderr == "That passphrase does not open this journal.\n"
    assert done.stdout == ""


def test_cli_journal_is_private(tmp_path: Path) -> None:
    """The created files are private even without the CLI's umask (library use)."""
    umask = os.umask(0o022)
    try:
        journal, _ = create_journal(tmp_path / "lib", PASS)
        journal.close()
    finally:
        os.umask(umask)
    for p in (tmp_path / "lib").iterdir():
        assert p.stat().st_mode & 0o077 == 0, p.name


#: What the light commands must not load: Qt widgets and painting, the exporters and the
#: summary, the UI, and the libraries only they use.
HEAVY_MODULES = (
    "PySide6.QtWidgets", "PySide6.QtGui", "kapjournal.exporters", "kapjournal.summary", "kapjournal.ui",
    "markdown", "nh3", "zxcvbn", "icalendar",
)
_REPORT_MODULES = (
    "import json, sys\n"
    "from kapjournal.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print(json.dumps({'code': code, 'modules': sorted(sys.modules)}))\n"
)


@pytest.mark.parametrize("command", ["--version", "search", "check", "backup"])
def test_light_commands_import_nothing_heavy(command: str, demo_dir: Path, tmp_path: Path) -> None:
    """``--version``, ``search``, ``check`` and ``backup`` parse their arguments before
    importing anything heavy, and never load Qt widgets or the exporters."""
    args = {
        "--version": ["--version"],
        "search": ["search", "--data-dir", str(demo_dir), "--passphrase-stdin", "river"],
        "check": ["check", "--data-dir", str(demo_dir), "--passphrase-stdin"],
        "backup": ["backup", "--data-dir", str(demo_dir), "--out", str(tmp_path / "b.kapbackup")],
    }[command]
    done = subprocess.run(
        [sys.executable, "-c", _REPORT_MODULES, *args], input=PASS + "\n", capture_output=True, text=True,
        cwd=ROOT, env=subprocess_env(), timeout=120, check=False,
    )
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["code"] == 0, done.stderr
    loaded = [m for m in report["modules"] if any(m == h or m.startswith(h + ".") for h in HEAVY_MODULES)]
    assert loaded == []
    # Not even QtCore: the device preferences they read are plain INI values.
    assert [m for m in report["modules"] if m.startswith("PySide6")] == []
    if command == "--version":
        assert done.stdout.splitlines()[0] == "kapjournal 0.1.0"
        # Nor the translations (pathlib, typing, contextvars): the answer is fixed.
        early = ("PySide6", "kapjournal.storage", "argparse", "kapjournal.i18n", "pathlib")
        assert not [m for m in report["modules"] if m.startswith(early)]


def test_version_fast_path_says_what_the_parser_says(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from kapjournal import __version__

    assert run(monkeypatch, capsys, "--version") == (0, f"kapjournal {__version__}\n", "")
    assert run(monkeypatch, capsys, "--debug", "--version") == (0, f"kapjournal {__version__}\n", "")


def test_summary_formats_are_the_exporters_own() -> None:
    """The parser names the export formats without importing the exporters: the same set."""
    from kapjournal.cli import SUMMARY_FORMATS
    from kapjournal.exporters import CLI_EXPORTERS

    assert sorted(SUMMARY_FORMATS) == sorted(CLI_EXPORTERS)


def test_lighter_pyside_import_hook_answers_as_pyside_does() -> None:
    """The GUI start-up's cheaper answer to PySide6's "does this module use PySide6?"."""
    import importlib
    import inspect

    from kapjournal.cli import lighter_pyside_imports

    lighter_pyside_imports()
    lighter_pyside_imports()  # once only
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.skip("this PySide6 has no feature hook")
    check = feature._mod_uses_pyside
    names = ["kapjournal.ui.common.workers", "kapjournal.storage.db", "kapjournal.cli", "json", "sys"]
    for name in names:
        module = importlib.import_module(name)
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (TypeError, OSError):
            expected = False
        assert check(module) is expected, name


#: For each command: its help, a valid line, and mistakes (parsed by both parsers).
PARSER_CASES = {
    "demo": [["--help"], ["--data-dir", "d", "--passphrase-stdin", "--days", "9"], ["--data-dir", "d"],
             ["--data-dir", "d", "--passphrase-stdin", "--days", "x"]],
    "export": [["--help"], ["--data-dir", "d", "--keychain", "--format", "pdf", "--out", "o.pdf",
                            "--from", "2024-01-02", "--paper", "letter", "--protect"],
               ["--data-dir", "d", "--passphrase-stdin", "--keychain", "--format", "md", "--out", "o"],
               ["--data-dir", "d", "--keychain", "--format", "doc", "--out", "o"],
               ["--data-dir", "d", "--keychain", "--format", "md", "--out", "o", "--to", "2024-13-01"]],
    "import": [["--help"], ["--data-dir", "d", "--passphrase-stdin", "f.json"], ["--data-dir", "d"]],
    "search": [["--help"], ["--data-dir", "d", "--keychain", "river"], ["--data-dir", "d", "river"],
               ["--data-dir", "d", "--passphrase-stdin", "a", "b"]],
    "check": [["--help"], ["--data-dir", "d", "--passphrase-stdin"], ["--data-dir", "d", "--nope"]],
    "backup": [["--help"], ["--data-dir", "d", "--out", "b.kapbackup"], ["--data-dir", "d"]],
    "passphrase": [["--help"], ["--data-dir", "d", "--passphrase-stdin"], []],
    "restore": [["--help"], ["--data-dir", "d", "--passphrase-stdin", "b.kapbackup"], ["--data-dir", "d"]],
}


@pytest.mark.parametrize("command", sorted(PARSER_CASES))
def test_one_command_parser_parses_as_the_whole_parser(command: str) -> None:
    """``main`` builds only the named command's parser: same results, same help, same
    usage errors as the whole parser."""
    import contextlib
    import io

    from kapjournal.cli import COMMAND_NAMES, COMMANDS, build_parser

    assert sorted(PARSER_CASES) == sorted(COMMANDS) == sorted(COMMAND_NAMES)

    def outcome(parser: object, argv: list[str]) -> tuple[object, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                result: object = vars(parser.parse_args(argv))  # type: ignore[attr-defined]
            except SystemExit as exc:
                result = ("exit", exc.code)
        return result, out.getvalue(), err.getvalue()

    for argv in PARSER_CASES[command]:
        whole = outcome(build_parser(), [command, *argv])
        assert outcome(build_parser(command), [command, *argv]) == whole, argv
    assert outcome(build_parser(command), [command, "--help"])[1].startswith(f"usage: kapjournal {command}")
