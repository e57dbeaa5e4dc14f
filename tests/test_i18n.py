"""One translation mechanism that Qt's tools can see (kapjournal/i18n.py).

- every ``tr()`` in the code is written so ``pyside6-lupdate`` extracts it: a literal
  first argument, never an f-string, a concatenation or a variable, and never inside an
  f-string (lupdate does not look there); placeholders ``%1``.. are contiguous and
  ``arg()`` fills exactly as many; ``%n`` only with a count; no old wrapper remains;
- the catalogue in resources/translations is what lupdate finds in the code now (no
  message missing, none obsolete), and the checked-in .qm is compiled from it;
- a finished translation has the placeholders of its source;
- the app loads its catalogue and Qt's own for the system language.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from kapjournal import i18n

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kapjournal"
CATALOGUE = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%([1-9])")
OLD_WRAPPERS = {"t", "_tr", "dtr"}


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _calls(tree: ast.AST, name: str) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            yield node


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def tr_problems(path: Path, source: str) -> list[str]:
    """Why the ``tr()`` calls in *source* could not be extracted or filled."""
    tree = ast.parse(source)
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    problems = []
    for call in _calls(tree, "tr"):
        at = f"{where}:{call.lineno}"
        text = _literal(call.args[0]) if call.args else None
        if text is None:
            problems.append(f"{at}: the first argument of tr() is not a string literal")
            continue
        if call.keywords:
            problems.append(f"{at}: tr() takes positional arguments only (lupdate reads them so)")
        if len(call.args) > 1 and _literal(call.args[1]) is None:
            problems.append(f"{at}: the disambiguation of tr() is not a string literal")
        numbers = sorted({int(n) for n in PLACEHOLDER.findall(text)})
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(f"{at}: placeholders {numbers} are not %1..%{len(numbers)}")
        if ("%n" in text) != (len(call.args) == 3):
            problems.append(f"{at}: %n and a count go together (tr(text, '', n))")
    for call in _calls(tree, "arg"):
        first = call.args[0] if call.args else None
        if isinstance(first, ast.Call) and isinstance(first.func, ast.Name) and first.func.id == "tr":
            text = _literal(first.args[0]) if first.args else None
            wanted = len(set(PLACEHOLDER.findall(text or "")))
            if text is not None and len(call.args) - 1 != wanted:
                filled = len(call.args) - 1
                problems.append(f"{where}:{call.lineno}: arg() fills {filled} values, {wanted} placeholders")
    for call in _calls(tree, "QT_TR_NOOP"):
        if len(call.args) != 1 or _literal(call.args[0]) is None:
            problems.append(f"{where}:{call.lineno}: QT_TR_NOOP() takes one string literal")
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and any(True for _ in _calls(node, "tr")):
            problems.append(f"{where}:{node.lineno}: tr() inside an f-string (lupdate cannot see it)")
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in OLD_WRAPPERS | {"tr"}:
            problems.append(f"{where}:{node.lineno}: an old translation wrapper {node.name}()")
        if isinstance(node, ast.ImportFrom) and node.module != "kapjournal.i18n":
            names = {a.name for a in node.names} & (OLD_WRAPPERS | {"tr", "arg", "translated"})
            if names:
                problems.append(f"{where}:{node.lineno}: {sorted(names)} imported from {node.module}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in {"QCoreApplication", "QApplication"}
        ):
            problems.append(f"{where}:{node.lineno}: translate() outside kapjournal.i18n")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translated":
            inner = node.args[0] if node.args else None
            if isinstance(inner, ast.Constant | ast.JoinedStr) or (
                isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "str"
            ):
                problems.append(
                    f"{where}:{node.lineno}: translated() is for QT_TR_NOOP-marked tables, "
                    "not literals or str(exc)"
                )
    return problems


def _shown_error_classes(trees: list[ast.Module]) -> set[str]:
    bases: dict[str, list[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
    found = {"ShownError"}
    while True:
        more = {c for c, bs in bases.items() if c not in found and set(bs) & found}
        if not more:
            return found
        found |= more


def _marked_names(trees: list[ast.Module]) -> set[str]:
    names = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(True for _ in _calls(node.value, "QT_TR_NOOP")):
                names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def _params_around(tree: ast.AST) -> dict[int, set[str]]:
    """The parameters of the functions around each call (by the call's id)."""
    params: dict[int, set[str]] = {}

    def visit(node: ast.AST, around: set[str]) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            around = around | {a.arg for a in node.args.args + node.args.kwonlyargs}
        if isinstance(node, ast.Call):
            params[id(node)] = around
        for child in ast.iter_child_nodes(node):
            visit(child, around)

    visit(tree, set())
    return params


def raise_problems(sources: dict[Path, str]) -> list[str]:
    """Shown errors raised with a sentence that is not a stable, marked message id."""
    trees = {path: ast.parse(text) for path, text in sources.items()}
    classes = _shown_error_classes(list(trees.values())) - {"PackError"}  # a file's own problems
    marked = _marked_names(list(trees.values()))
    problems = []
    for path, tree in trees.items():
        params = _params_around(tree)
        for call in ast.walk(tree):
            if not (
                isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in classes
            ):
                continue
            if not call.args:
                continue
            first = call.args[0]
            ok = (
                (
                    isinstance(first, ast.Call)
                    and isinstance(first.func, ast.Name)
                    and first.func.id == "QT_TR_NOOP"
                )
                or (isinstance(first, ast.Name) and (first.id in marked or first.id in params[id(call)]))
                or (isinstance(first, ast.Attribute) and first.attr in {"reason", "message", "_reason"})
                or (isinstance(first, ast.Starred) and isinstance(first.value, ast.Call))
                or (
                    isinstance(first, ast.Call)
                    and isinstance(first.func, ast.Name)
                    and first.func.id == "_message_for"
                )
            )
            if not ok:
                where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                problems.append(f"{where}:{call.lineno}: {call.func.id}() without a marked message")
    return problems


def test_shown_errors_are_raised_with_marked_messages() -> None:
    sources = {p: p.read_text(encoding="utf-8") for p in _sources()}
    assert raise_problems(sources) == []


@pytest.mark.parametrize(
    "code",
    [
        "raise NotSaved('Could not save.')",
        "raise NotSaved(f'Please use at least {n} characters.')",
        "raise NotSaved('Could not ' + action)",
        "raise NotSaved(text)",
    ],
)
def test_the_raise_check_finds_unmarked_messages(code: str) -> None:
    base = "class ShownError(Exception): ...\nclass NotSaved(ShownError): ...\n"
    assert raise_problems({ROOT / "x.py": base + code})


def test_storage_actions_are_marked() -> None:
    """The actions passed to the storage helpers ("Could not %1: ...") are in ACTIONS."""
    from kapjournal.storage.errors import ACTIONS

    used = set()
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"translate_error", "describe_os_error", "atomic_output"}
            ):
                used |= {
                    a.value
                    for a in [*node.args[1:], *(k.value for k in node.keywords)]
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                }
            if isinstance(node, ast.FunctionDef) and node.name in {"translate_error", "atomic_output"}:
                used |= {d.value for d in node.args.defaults if isinstance(d, ast.Constant)}
    assert used and used <= set(ACTIONS), sorted(used - set(ACTIONS))


def test_zxcvbn_feedback_is_all_ours() -> None:
    """Every message zxcvbn's feedback can give is marked as ours, so none reaches the
    window untranslated; one we do not know becomes our general message."""
    import zxcvbn.feedback

    from kapjournal import passphrase

    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    theirs = {c.args[0].value for c in _calls(tree, "_") if isinstance(c.args[0], ast.Constant)}
    assert len(theirs) > 20
    assert theirs <= passphrase.ZXCVBN_FEEDBACK
    verdict = passphrase.assess("password123")
    assert not verdict.acceptable
    assert verdict.reason in passphrase.ZXCVBN_FEEDBACK | {passphrase.EASY_TO_GUESS}
    assert set(verdict.hints) <= passphrase.ZXCVBN_FEEDBACK | {passphrase.ADD_A_WORD}
    assert passphrase._ours("A message a newer zxcvbn might add.", passphrase.EASY_TO_GUESS) == (
        passphrase.EASY_TO_GUESS
    )


def test_an_error_is_shown_by_its_message_id_with_its_values() -> None:
    from kapjournal.storage.errors import NotSaved, Phrase
    from kapjournal.storage.fsutil import describe_os_error

    exc = NotSaved(*describe_os_error(OSError(28, "No space left"), "create the journal"))
    assert str(exc) == "Could not create the journal: the disk is full."
    assert exc.message == "Could not %1: the disk is full."
    assert exc.values == (Phrase("create the journal"),)
    assert i18n.error_text(exc) == str(exc)


def test_every_tr_call_is_extractable_and_filled_right() -> None:
    problems = []
    for path in _sources():
        if path.name == "i18n.py":
            continue
        problems += tr_problems(path, path.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "code",
    [
        "tr(f'Saved {name}')",
        "tr('Saved ' + name)",
        "tr(name)",
        "tr('Saved %2')",
        "tr('%n entries')",
        "arg(tr('Saved %1 and %2'), a)",
        "x = f\"{tr('Side effect')}: {text}\"",
        "from kapjournal.ui.common.widgets import tr",
        "def dtr(context, text): return text",
        "QCoreApplication.translate('KapJournal', 'Saved')",
        "translated(str(exc))",
        "QT_TR_NOOP(name)",
    ],
)
def test_the_check_finds_each_kind_of_mistake(code: str) -> None:
    assert tr_problems(ROOT / "x.py", code)


def test_the_check_accepts_the_documented_forms() -> None:
    code = textwrap.dedent(
        """
        a = tr("Saved")
        b = arg(tr("Saved %1 on %2"), name, day)
        c = tr("%n entries", "", n)
        d = tr("Open", "verb")
        e = QT_TR_NOOP("Intention")
        f = translated(KIND_NAMES[kind])
        """
    )
    assert tr_problems(ROOT / "x.py", code) == []


# -- the catalogue -------------------------------------------------------------------------
def _lupdate() -> Path:
    tool = BIN / "pyside6-lupdate"
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    return tool


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        assert (context.findtext("name") or "") == "", "every message lives in the empty context"
        for message in context.iter("message"):
            key = (message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def test_the_catalogue_is_what_the_code_asks_for_and_nothing_obsolete(tmp_path: Path) -> None:
    committed = CATALOGUE / "kapjournal_de.ts"
    fresh = tmp_path / "kapjournal_de.ts"
    shutil.copy(committed, fresh)
    subprocess.run(
        [
            str(_lupdate()),
            *map(str, _sources()),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "de",
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    now, kept = _messages(fresh), _messages(committed)
    assert set(now) == set(kept), (
        f"run scripts/update_translations.sh: new {sorted(set(now) - set(kept))[:5]}, "
        f"vanished {sorted(set(kept) - set(now))[:5]}"
    )
    stale = [key for key, m in kept.items() if m.find("translation").get("type") in {"obsolete", "vanished"}]
    assert stale == []
    # a message with plural forms is marked so in the catalogue
    assert kept[("%n days after the last session", "")].get("numerus") == "yes"


def test_the_checked_in_qm_is_compiled_from_the_catalogue(tmp_path: Path) -> None:
    tool = BIN / "pyside6-lrelease"
    if not tool.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    for ts in sorted(CATALOGUE.glob("kapjournal_*.ts")):
        out = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(out)], check=True)
        assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.name}: run scripts/update_translations.sh"
        )


def placeholder_problems(ts: Path) -> list[str]:
    """Finished translations whose placeholders differ from their source's."""
    problems = []
    for (source, _), message in _messages(ts).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{source!r} → {form!r}: %1.. differ")
            if message.get("numerus") == "yes" and "%n" in source and "%n" not in form and len(forms) == 1:
                problems.append(f"{source!r} → {form!r}: %n is missing")
    return problems


def test_finished_translations_keep_their_placeholders() -> None:
    for ts in sorted(CATALOGUE.glob("kapjournal_*.ts")):
        assert placeholder_problems(ts) == [], ts.name


def test_the_placeholder_check_finds_a_mismatch(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de"><context><name></name>'
        "<message><source>Saved %1 on %2</source><translation>Am %2 gespeichert</translation></message>"
        '<message><source>Open %1</source><translation type="unfinished"></translation></message>'
        "<message><source>Saved %1</source><translation>%1 gespeichert</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert placeholder_problems(ts) == ["'Saved %1 on %2' → 'Am %2 gespeichert': %1.. differ"]


# -- at run time ---------------------------------------------------------------------------
def test_arg_fills_once_so_patient_text_is_never_filled_again() -> None:
    assert i18n.arg("Saved %1 on %2", "50 %2 off", "Tuesday") == "Saved 50 %2 off on Tuesday"


def test_system_language_and_the_choice_in_settings() -> None:
    from PySide6.QtCore import QLocale

    assert i18n.system_language(QLocale("de_AT")) == "de"
    assert i18n.system_language(QLocale("en_US")) == "en"
    assert i18n.system_language(QLocale("fr_FR")) == "en"
    assert i18n.choose_language("", QLocale("de_CH")) == "de"
    assert i18n.choose_language("en", QLocale("de_DE")) == "en"
    assert i18n.choose_language("xx", QLocale("en_GB")) == "en"


def test_the_summary_writes_dates_and_numbers_in_its_own_language() -> None:
    """English stays exactly as it was ("3 Nov 2026", "4.5"); another language takes
    its month and weekday names and its decimal comma from QLocale."""
    from datetime import date, datetime, timedelta, timezone

    from kapjournal.summary import average_text, fmt_date, fmt_datetime, fmt_day, fmt_month

    day = date(2026, 3, 3)
    at = datetime(2026, 3, 3, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert (fmt_date(day), fmt_day(day), fmt_month(day)) == ("3 Mar 2026", "Tue 3 Mar 2026", "Mar 2026")
    assert (fmt_datetime(at), average_text(4.5)) == ("3 Mar 2026, 09:30", "4.5")
    with i18n.using_language("de"):
        assert i18n.language() == "de"
        assert "März" in fmt_date(day) and "März" in fmt_month(day)
        assert fmt_day(day).startswith("Di")
        assert fmt_datetime(at).endswith("09:30")
        assert average_text(4.5) == "4,5"
    assert fmt_date(day) == "3 Mar 2026"


TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Create my journal</source>
        <translation>Mein Tagebuch anlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n days after the last session</source>
        <translation>
            <numerusform>%n Tag nach der letzten Sitzung</numerusform>
            <numerusform>%n Tage nach der letzten Sitzung</numerusform>
        </translation>
    </message>
</context>
</TS>
"""

UNDER_GERMAN = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QPushButton
from kapjournal.context import AppContext
from kapjournal.i18n import language
from kapjournal.measures.checkins import Phase
from kapjournal.paths import resolve_paths
from kapjournal.ui.app import create_application
from kapjournal.ui.main_window import MainWindow

app = create_application(translations=Path(sys.argv[1]))
window = MainWindow(AppContext.create(resolve_paths(sys.argv[2])))
window.show()
app.processEvents()
buttons = {b.text() for b in window.findChildren(QPushButton) if b.isVisible()}
print("button:", "Mein Tagebuch anlegen" in buttons)
print("plural:", Phase("after_course", days=1).text(), "|", Phase("after_course", days=3).text())
print("qtbase:", QCoreApplication.translate("QPlatformTheme", "Cancel"))
print("language:", language(), QLocale().name(), QLocale().firstDayOfWeek().name)
print("time:", QLocale().toString(QLocale().toTime("14:05", "HH:mm"), QLocale.FormatType.ShortFormat))
"""


def _run_under(lang: str, tmp_path: Path) -> str:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "kapjournal_de.ts").write_text(TINY_TS, encoding="utf-8")
    tool = BIN / "pyside6-lrelease"
    if not tool.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    subprocess.run([str(tool), "-silent", str(folder / "kapjournal_de.ts")], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in {"LANG", "LANGUAGE"}}
    env.update(LANG=lang, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", UNDER_GERMAN, str(folder), str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_a_german_system_gets_our_catalogue_and_qts_own(tmp_path: Path) -> None:
    out = _run_under("de_DE.UTF-8", tmp_path)
    assert "button: True" in out
    assert "plural: 1 Tag nach der letzten Sitzung | 3 Tage nach der letzten Sitzung" in out
    assert "qtbase: Abbrechen" in out
    assert "language: de de_DE Monday" in out
    assert "time: 14:05" in out


def test_an_english_system_stays_english(tmp_path: Path) -> None:
    out = _run_under("en_US.UTF-8", tmp_path)
    assert "button: False" in out
    assert "plural: 1 day after the last session | 3 days after the last session" in out
    assert "qtbase: Cancel" in out
    assert "language: en en_US" in out
