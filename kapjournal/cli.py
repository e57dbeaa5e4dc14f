"""Command line (the contract in README.md, "Command line"). The GUI is the product; this serves
scripting, tests and support. Passphrases come from standard input only.

Exit codes: 0 done, 1 failed (one-line reason on stderr), 2 bad usage.

Start-up cost: the arguments are parsed before anything heavy is imported. This module
imports only the standard library at the top; each command imports what it needs, so
``--version``, ``search``, ``check`` and ``backup`` never load Qt widgets, the
exporters or the summary (``tests/test_cli.py`` checks it, ``benchmarks/compare.py``
times it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from kapjournal import __version__
from kapjournal.shown import QT_TR_NOOP, ShownError

# ``kapjournal.i18n`` is imported by the functions that use it: ``--version`` needs
# neither it nor what it loads (pathlib, typing, contextvars).

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (2 ms)
if TYPE_CHECKING:
    import argparse
    from datetime import date
    from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

#: The summary formats of ``export --format`` besides json, named here so that parsing
#: the arguments needs no exporter; a test checks they are the exporters' own
#: (``kapjournal.exporters.CLI_EXPORTERS``).
SUMMARY_FORMATS = ("csv", "fhir", "html", "md", "pdf")

#: The commands, in the order ``--help`` lists them.
COMMAND_NAMES = ("demo", "export", "import", "search", "check", "backup", "passphrase", "restore")

#: Export formats -> writer(journal, args, out_path), filled on the first export.
EXPORTERS: dict[str, Callable[..., None]] = {}


class CliError(ShownError):
    """A failure with a one-line, patient-safe reason."""


def harden_process() -> None:
    """No core dumps (they would hold decrypted pages and keys); private file modes."""
    from kapjournal.storage.fsutil import private_umask

    private_umask()
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # pragma: no cover - non-POSIX
        pass


def _read_secret(prompt: str = "Passphrase: ") -> str:
    """One line from standard input; at a terminal it is not echoed (getpass)."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        try:
            line = getpass.getpass(prompt)
        except EOFError:
            line = ""
    else:
        line = sys.stdin.readline() if sys.stdin is not None else ""
    if line.endswith("\n"):
        line = line[:-1]
    if line.endswith("\r"):
        line = line[:-1]
    if not line:
        raise CliError(QT_TR_NOOP("No passphrase was given on standard input."))
    return line


def _parse_date(text: str) -> date:
    import argparse
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only`` (a command's name) the same top level
    with just that command, which parses its arguments exactly as the whole parser does
    at a fraction of the cost (``main`` builds it when the first argument is a command)."""
    import argparse

    from kapjournal.i18n import LANGUAGES

    parser = argparse.ArgumentParser(
        prog="kapjournal",
        description="KAP Journal: a private, encrypted journal for ketamine-assisted psychotherapy.",
    )
    parser.add_argument("--version", action="version", version=version_text())
    parser.add_argument("--data-dir", help="folder holding the journal (default: per-user data folder)")
    parser.add_argument("--debug", action="store_true", help="log more (never patient text)")
    # For CI and support: start the real app, report the first screen, unlock with a
    # passphrase from stdin if one is given, reach Today, quit (kapjournal.ui.selftest).
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    # A one-command parser names them all, so that its usage lines read as the whole one's
    # (the whole one's own default).
    full = None if only is None else "{" + ",".join(COMMAND_NAMES) + "}"
    sub = parser.add_subparsers(dest="command", metavar=full)

    def journal_cmd(
        name: str, help_text: str, *, secret: bool = True, keychain: bool = False
    ) -> argparse.ArgumentParser | None:
        if only is not None and name != only:
            return None
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--data-dir", required=True, dest="cmd_data_dir", help="journal folder")
        if secret:
            how = p.add_mutually_exclusive_group(required=True) if keychain else p
            how.add_argument(
                "--passphrase-stdin", action="store_true", required=not keychain,
                help="read the passphrase from standard input",
            )
            if keychain:
                how.add_argument(
                    "--keychain", action="store_true",
                    help="unlock with the key this computer remembers in the system keychain "
                    '(after "Remember on this computer" in the app)',
                )
        return p

    if p := journal_cmd("demo", "create a realistic sample journal"):
        p.add_argument("--days", type=int, default=30, help="days of history (default 30)")

    if p := journal_cmd("export", "export a therapist summary, or everything as json", keychain=True):
        p.add_argument("--format", required=True, choices=sorted({"json", *SUMMARY_FORMATS}))
        p.add_argument("--from", dest="date_from", type=_parse_date)
        p.add_argument("--to", dest="date_to", type=_parse_date)
        p.add_argument("--out", required=True, type=_path)
        p.add_argument("--paper", choices=["a4", "letter"], default="a4", help="PDF paper size")
        p.add_argument(
            "--language",
            choices=sorted(LANGUAGES),
            default="",
            help="language of the summary's fixed words (default: the system's); the patient's "
            "words stay as written",
        )
        p.add_argument(
            "--protect", action="store_true",
            help="encrypt the PDF (AES-256) with a password read as the second line of standard "
            "input; the FHIR and CSV files go inside it",
        )

    if p := journal_cmd("import", "bring a full json export into a journal"):
        p.add_argument("file", type=_path)

    if p := journal_cmd("search", "list every matching entry: date, kind, first line", keychain=True):
        p.add_argument("query")

    journal_cmd("check", "integrity check; exit 0 when whole", keychain=True)

    if p := journal_cmd("backup", "write an encrypted backup (no passphrase needed)", secret=False):
        p.add_argument("--out", required=True, type=_path)

    journal_cmd("passphrase", "change the passphrase (stdin: the current one, then the new one)")

    if p := journal_cmd("restore", "put a backup of this journal back in place; the current state is kept"):
        p.add_argument("backup", type=_path, help="the .kapbackup file to restore")
    return parser


def _path(text: str) -> Path:
    from pathlib import Path

    return Path(text)


# -- commands -------------------------------------------------------------------------
def _folder(args: argparse.Namespace) -> Path:
    """The journal folder of ``--data-dir``."""
    return _path(args.cmd_data_dir)


#: Tests put an in-memory keyring here; ``None`` is the system keychain.
KEYCHAIN_BACKEND: object | None = None


def _vault(folder: Path, *, keychain: bool = False):  # type: ignore[no-untyped-def]
    """The app's own vault for ``folder``: the same unlock, and the same growing delay
    after wrong passphrases (counted in the folder's device preferences), as the app.
    With ``keychain`` it reads the system keychain as the app does at start-up."""
    from kapjournal.paths import Paths
    from kapjournal.prefs import Preferences
    from kapjournal.storage.keychain import KeyringSecretStore, NullSecretStore
    from kapjournal.vault import Vault

    store = KeyringSecretStore(KEYCHAIN_BACKEND, trust_backend=KEYCHAIN_BACKEND is not None)
    return Vault(folder, Preferences(Paths(folder)), store if keychain else NullSecretStore())


def _unlock(folder: Path, args: argparse.Namespace | None = None):  # type: ignore[no-untyped-def]
    """The open journal: with ``--keychain`` by the device key remembered in the system
    keychain, otherwise by the passphrase on standard input."""
    if args is not None and getattr(args, "keychain", False):
        return _unlock_with_keychain(folder)
    return _unlock_with_secret(folder, _read_secret())


def _unlock_with_secret(folder: Path, secret: str):  # type: ignore[no-untyped-def]
    vault = _vault(folder)
    vault.unlock(secret)
    return vault.journal


def _unlock_with_keychain(folder: Path):  # type: ignore[no-untyped-def]
    from kapjournal.vault import DeviceUnlock

    vault = _vault(folder, keychain=True)
    if not vault.exists():
        raise _keychain_message("absent")
    result = vault.unlock_with_saved_key()
    if result is not DeviceUnlock.OPENED:
        reason = vault.secrets.availability().reason if result is DeviceUnlock.UNAVAILABLE else ""
        raise _keychain_message(result.value, reason)
    return vault.journal


def _keychain_message(kind: str, reason: str = "") -> CliError:
    """What ``--keychain`` says when it cannot open the journal (one line, kind)."""
    from kapjournal.shown import Phrase

    if kind == "absent":
        return CliError(QT_TR_NOOP("There is no journal in this folder."))
    if kind == "unavailable":
        return CliError(
            QT_TR_NOOP(
                "The journal stays locked: %1 You can give the passphrase on standard input "
                "instead (--passphrase-stdin)."
            ),
            Phrase(reason or QT_TR_NOOP("The system keychain did not answer.")),
        )
    if kind == "stale":
        return CliError(
            QT_TR_NOOP(
                "The key this computer remembered no longer opens this journal. Give the passphrase "
                "on standard input instead (--passphrase-stdin), and turn on \"Remember on this "
                "computer\" again in the app if you like."
            )
        )
    return CliError(
        QT_TR_NOOP(
            "This computer does not remember a key for this journal. Give the passphrase on "
            "standard input instead (--passphrase-stdin), or turn on \"Remember on this computer\" "
            "in the app first."
        )
    )


def cmd_demo(args: argparse.Namespace) -> int:
    from kapjournal.i18n import arg, tr
    from kapjournal.passphrase import assess
    from kapjournal.sample.build import build_demo
    from kapjournal.storage.journal import create_journal

    if args.days < 1 or args.days > 36500:
        raise CliError(QT_TR_NOOP("--days must be between 1 and 36500."))
    secret = _read_secret()
    verdict = assess(secret)
    if not verdict.acceptable:
        raise CliError(QT_TR_NOOP("Passphrase refused: %1"), ShownError(verdict.reason, *verdict.values))
    journal, recovery = create_journal(_folder(args), secret)
    try:
        build_demo(journal.db, days=args.days)
    finally:
        journal.close()
    print(tr("Sample journal created with %n days of history.", "", args.days))
    print(arg(tr("Recovery code: %1"), recovery))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from kapjournal.exporters import exchange
    from kapjournal.i18n import arg, choose_language, tr, using_language
    from kapjournal.storage.fsutil import atomic_write_bytes

    out: Path = args.out
    if not out.parent.is_dir():
        raise CliError(QT_TR_NOOP("The folder for --out does not exist."))
    if args.protect and args.format != "pdf":
        raise CliError(QT_TR_NOOP("--protect works with --format pdf only."))
    if getattr(args, "keychain", False):
        journal = _unlock(_folder(args), args)
        password = _read_pdf_password() if args.protect else None
    else:
        secret = _read_secret()  # the passphrase is the first line, the PDF password the second
        password = _read_pdf_password() if args.protect else None
        journal = _unlock_with_secret(_folder(args), secret)
    try:
        if password is not None:
            from kapjournal.exporters import build_for_cli
            from kapjournal.exporters.protect import export_protected
            from kapjournal.ui.common.chart_export import ensure_gui_app, qt_chart_renderer

            ensure_gui_app()
            with using_language(choose_language(args.language)):
                summary = build_for_cli(journal.db, args.date_from, args.date_to, qt_chart_renderer())
                export_protected(summary, password, out, paper=args.paper)
        elif args.format == "json":
            atomic_write_bytes(out, exchange.dumps(exchange.export_all(journal.db)))
        else:
            _register_exporters()
            # App wiring: the chart is the app's own (QtCharts, offscreen here).
            from kapjournal.ui.common.chart_export import ensure_gui_app, qt_chart_renderer

            ensure_gui_app()
            with using_language(choose_language(args.language)):
                EXPORTERS[args.format](journal, args, out, chart_renderer=qt_chart_renderer())
    finally:
        journal.close()
    if password is not None:
        done = tr("Exported to %1 (protected: it opens only with the PDF password).")
        print(arg(done, out), file=sys.stderr)
    else:
        print(arg(tr("Exported to %1 (this file is not encrypted)."), out), file=sys.stderr)
    return EXIT_OK


def _read_pdf_password() -> str:
    """The PDF password, the second line of standard input; the same strength rules
    as a passphrase."""
    from kapjournal.exporters.protect import check_own_password

    try:
        password = _read_secret("PDF password: ")
    except CliError:
        raise CliError(QT_TR_NOOP("No PDF password was given (the second line of standard input).")) from None
    verdict = check_own_password(password)
    if not verdict.acceptable:
        raise CliError(QT_TR_NOOP("PDF password refused: %1"), ShownError(verdict.reason, *verdict.values))
    return password


def cmd_import(args: argparse.Namespace) -> int:
    from kapjournal.exporters import exchange
    from kapjournal.i18n import arg, tr
    from kapjournal.storage.files import JournalFiles
    from kapjournal.storage.journal import create_journal

    try:
        data = args.file.read_bytes()
    except OSError:
        raise CliError(QT_TR_NOOP("Could not read the file to import.")) from None
    doc = exchange.parse(data)
    folder = _folder(args)
    if JournalFiles(folder).exists():
        journal = _unlock(folder)
        recovery = None
    else:
        from kapjournal.passphrase import assess

        secret = _read_secret()
        verdict = assess(secret)
        if not verdict.acceptable:
            raise CliError(QT_TR_NOOP("Passphrase refused: %1"), ShownError(verdict.reason, *verdict.values))
        journal, recovery = create_journal(folder, secret)
    try:
        added = exchange.import_all(journal.db, doc)
    finally:
        journal.close()
    print(tr("Imported %n records.", "", sum(added.values())))
    if recovery:
        print(arg(tr("Recovery code: %1"), recovery))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """Every matching entry, newest first, as the window's search finds them."""
    from kapjournal.richtext import first_line
    from kapjournal.storage.models import to_local
    from kapjournal.storage.queries.entries import matching_entries
    from kapjournal.storage.search import entry_plain_text  # not all of repo

    journal = _unlock(_folder(args), args)
    try:
        # Every hit (SQLite: a negative LIMIT has no upper bound) in one query, no snippets.
        lines = []
        for entry in matching_entries(journal.db, args.query, -1):
            when = to_local(entry.occurred_at, entry.tz_offset_min).date().isoformat()
            lines.append(f"{when}\t{entry.kind}\t{first_line(entry.title or entry_plain_text(entry))}\n")
        sys.stdout.write("".join(lines))
    finally:
        journal.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from kapjournal.i18n import arg, tr
    from kapjournal.storage.files import JournalFiles

    folder = _folder(args)
    journal = _unlock(folder, args)
    try:
        problems = journal.db.integrity_problems()
    finally:
        journal.close()
    if problems:
        backups = JournalFiles(folder).list_backups()
        for p in problems[:20]:
            print(p)  # page numbers, for support; the reason goes to stderr in one line
        reason = tr("The journal is damaged (%n problems).", "", len(problems))
        if backups:
            reason += " " + arg(tr("The newest backup is %1."), backups[0].name)
        print(reason, file=sys.stderr)
        return EXIT_FAILED
    print(tr("The journal is whole."))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from kapjournal.i18n import arg, tr
    from kapjournal.storage.backups import backup_closed_journal

    out: Path = args.out
    if not out.parent.is_dir():
        raise CliError(QT_TR_NOOP("The folder for --out does not exist."))
    backup_closed_journal(_folder(args), out)
    print(arg(tr("Encrypted backup written to %1."), out))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Same code path as the app: refused with nothing changed for another journal's
    backup; the current database and key slots are kept as a ``before-restore`` backup."""
    from kapjournal.i18n import arg, tr
    from kapjournal.storage.backups import restore_bundle
    from kapjournal.storage.files import JournalFiles

    folder = _folder(args)
    if not JournalFiles(folder).exists():
        raise CliError(QT_TR_NOOP("There is no journal in this folder."))
    _unlock(folder).close()  # the passphrase opens the current journal (and counts failures)
    kept = restore_bundle(args.backup, folder)
    print(tr("The backup is back in place. Open it with the passphrase you had when it was made."))
    if kept is not None:
        print(arg(tr("The previous state is kept as a backup: %1"), kept))
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace) -> int:
    """Standard input: the current passphrase, then the new one. The same code path as
    Settings: a weak new passphrase is refused with the reason; the change rotates the
    data key and re-encrypts the backups in the folder."""
    from kapjournal.i18n import arg, tr
    from kapjournal.passphrase import assess

    folder = _folder(args)
    current = _read_secret()
    new = _read_secret("New passphrase: ")
    verdict = assess(new)
    if not verdict.acceptable:
        raise CliError(QT_TR_NOOP("New passphrase refused: %1"), ShownError(verdict.reason, *verdict.values))
    vault = _vault(folder)
    vault.unlock(current)
    try:
        code = vault.change_passphrase(current, new)
    finally:
        vault.lock()
    print(
        tr("Passphrase changed. The journal has a new key, and the backups in its folder were re-encrypted.")
    )
    if code:
        print(arg(tr("Your recovery code changed too. New recovery code: %1"), code))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "passphrase": cmd_passphrase,
    "demo": cmd_demo,
    "export": cmd_export,
    "import": cmd_import,
    "search": cmd_search,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def _register_exporters() -> None:
    """Add the summary formats of the exporters package. A missing package is a broken
    install and must fail loudly: hiding it once shipped a wheel that offered only
    ``--format json``."""
    from kapjournal.exporters import CLI_EXPORTERS

    EXPORTERS.update(CLI_EXPORTERS)


def lighter_pyside_imports() -> None:
    """After PySide6 is imported, it reads the source of every module imported later
    (``inspect.getsource``, which keeps every line in ``linecache``: ~4 MiB and ~20 ms
    at start-up) only to see whether it names PySide6 (for its opt-in ``__feature__``
    switches). The same question is answered here from the file's bytes; anything but
    a plain ``.py`` file is left to PySide6's own check, and a PySide6 without this
    hook is left alone."""
    import PySide6.QtCore  # noqa: F401 - installs the hook

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "kapjournal", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as f:
                    return b"PySide6" in f.read()
            except OSError:
                pass
        return bool(upstream(module))

    uses_pyside.kapjournal = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def version_text() -> str:
    return f"kapjournal {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else list(argv)
    if args_in == ["--version"]:
        # The common probe of scripts and packagers, answered before the parser is built
        # (building it costs more than the rest of this path); argparse prints the same.
        print(version_text())
        return EXIT_OK
    from kapjournal.i18n import arg, error_text, tr

    # ``kapjournal search ...``: only that command's parser (what it parses is the same).
    parser = build_parser(args_in[0] if args_in and args_in[0] in COMMANDS else None)
    try:
        args = parser.parse_args(args_in)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    harden_process()
    import logging


    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from kapjournal.paths import resolve_paths

        paths = resolve_paths(args.data_dir or os.environ.get("KAPJOURNAL_DATA_DIR"))
        lighter_pyside_imports()
        if args.self_test:
            from kapjournal.ui.selftest import read_optional_secret, run_self_test

            return run_self_test(paths, read_optional_secret())
        from kapjournal.ui.app import run_app

        return run_app(paths)
    if getattr(args, "date_from", None) and getattr(args, "date_to", None) and args.date_from > args.date_to:
        print(tr("--from must not be after --to."), file=sys.stderr)
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error worth a traceback.
        import contextlib

        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except ShownError as exc:  # the command's own (CliError) and storage's: both for people
        print(error_text(exc), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(tr("Interrupted."), file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        logging.getLogger(__name__).debug("command failed", exc_info=False)
        print(arg(tr("Something went wrong (%1)."), type(exc).__name__), file=sys.stderr)
        return EXIT_FAILED
