"""Smoke-test an installed or frozen KAP Journal from outside the checkout.

    python tools/smoke_app.py --label installed /tmp/x/venv/bin/kapjournal
    python tools/smoke_app.py --label frozen dist/kapjournal/kapjournal

Runs the given ``kapjournal`` executable as a person's machine would: in a fresh
folder that is not the checkout, with a private HOME and XDG folders, headless
(``QT_QPA_PLATFORM=offscreen``) and with no keychain. It checks

- ``--version`` prints the version;
- ``demo`` makes a sample journal;
- ``export`` writes every format (json, pdf, html, md, csv, fhir), each a real file
  of its kind;
- the GUI comes up on a fresh data folder (welcome page) and on the demo journal
  (unlock page), unlocking reaches Today, and the window quits cleanly
  (``--self-test``);
- with a private D-Bus session and gnome-keyring, the app finds the system keychain
  (required when CI is set; skipped elsewhere when the two are not installed);
- no step logs a line at ERROR or prints a traceback.

Prints one line per step with its time, and exits 1 on the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASS = "smoke test horse battery staple"  # noqa: S105 - a throwaway journal's passphrase
FORMATS = {
    "json": ".json",
    "pdf": ".pdf",
    "html": ".html",
    "md": ".md",
    "csv": ".csv",
    "fhir": ".fhir.json",
}
STEP_TIMEOUT = 300  # seconds; a hung step fails the stage instead of CI's limit
BAD_OUTPUT = re.compile(r"^(ERROR|CRITICAL)\b|Traceback \(most recent call last\)", re.MULTILINE)


class SmokeFailure(Exception):
    pass


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "KAPJOURNAL_", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        TMPDIR=str(home / "tmp"),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        LANG=os.environ.get("LANG", "C.UTF-8"),
    )
    for sub in ("data", "config", "cache", "state", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    return env


class Runner:
    def __init__(self, exe: list[str], work: Path, label: str) -> None:
        self.exe = exe
        self.work = work
        self.label = label
        self.env = _env(work / "home")

    def run(
        self, step: str, args: list[str], stdin: str = "", expect: int = 0, wrapper: list[str] | None = None
    ) -> str:
        start = time.perf_counter()
        try:
            proc = subprocess.run(  # noqa: S603 - our own executable
                [*(wrapper or []), *self.exe, *args],
                cwd=self.work,
                env=self.env,
                input=stdin,
                capture_output=True,
                text=True,
                timeout=STEP_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise SmokeFailure(f"{step}: no answer within {STEP_TIMEOUT} s") from None
        took = time.perf_counter() - start
        output = proc.stdout + proc.stderr
        if proc.returncode != expect:
            raise SmokeFailure(f"{step}: exit {proc.returncode}, expected {expect}\n{output}")
        bad = BAD_OUTPUT.search(proc.stderr)
        if bad:
            raise SmokeFailure(f"{step}: an error was logged\n{proc.stderr}")
        print(f"  ok  {self.label}: {step} ({took:.1f} s)", flush=True)
        return proc.stdout


def _check_file(fmt: str, path: Path) -> None:
    data = path.read_bytes()
    if not data:
        raise SmokeFailure(f"export {fmt}: the file is empty")
    if fmt == "pdf" and not data.startswith(b"%PDF-"):
        raise SmokeFailure("export pdf: not a PDF")
    if fmt == "html" and b"<html" not in data[:400].lower():
        raise SmokeFailure("export html: not an HTML document")
    if fmt == "json":
        doc = json.loads(data)
        if not isinstance(doc, dict) or not doc.get("tables"):
            raise SmokeFailure("export json: no tables")
    if fmt == "fhir":
        doc = json.loads(data)
        if doc.get("resourceType") != "Bundle" or not doc.get("entry"):
            raise SmokeFailure("export fhir: not a FHIR Bundle with entries")
    if fmt == "csv" and b"," not in data.splitlines()[0]:
        raise SmokeFailure("export csv: no header row")
    if fmt == "md" and not data.lstrip().startswith(b"#"):
        raise SmokeFailure("export md: no heading")


def smoke(exe: list[str], label: str, expect_version: str, require_keychain: bool) -> None:
    with tempfile.TemporaryDirectory(prefix=f"kapjournal-smoke-{label}-") as tmp:
        work = Path(tmp)
        r = Runner(exe, work, label)

        out = r.run("--version", ["--version"])
        if expect_version not in out:
            raise SmokeFailure(f"--version printed {out.strip()!r}, expected {expect_version}")

        out = r.run("self-test on a fresh folder", ["--data-dir", "fresh", "--self-test"])
        if "first-screen: welcome" not in out or "quit: clean" not in out:
            raise SmokeFailure(f"self-test on a fresh folder:\n{out}")

        r.run("demo", ["demo", "--data-dir", "demo", "--passphrase-stdin", "--days", "30"], PASS + "\n")

        for fmt, suffix in FORMATS.items():
            target = work / f"summary{suffix}"
            r.run(
                f"export {fmt}",
                ["export", "--data-dir", "demo", "--passphrase-stdin", "--format", fmt, "--out", str(target)],
                PASS + "\n",
            )
            _check_file(fmt, target)

        out = r.run("self-test: unlock reaches Today", ["--data-dir", "demo", "--self-test"], PASS + "\n")
        for needed in ("first-screen: unlock", "reached: today", "quit: clean"):
            if needed not in out:
                raise SmokeFailure(f"self-test on the demo journal did not report {needed!r}:\n{out}")

        r.run(
            "self-test: a wrong passphrase stays locked",
            ["--data-dir", "demo", "--self-test"],
            "not the passphrase at all\n",
            expect=3,
        )
        if shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"):
            # The system keychain (Secret Service) as a desktop has it: a private D-Bus
            # session with an unlocked gnome-keyring in the private home. A frozen
            # build that lost keyring's backends would say "unavailable".
            keyring_env = {k: v for k, v in r.env.items() if k != "PYTHON_KEYRING_BACKEND"}
            script = (
                'printf smoke | gnome-keyring-daemon --unlock --components=secrets -d >/dev/null; '
                'for _ in $(seq 1 50); do dbus-send --session --print-reply '
                "--dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner "
                "string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break; "
                'sleep 0.1; done; exec "$@"'
            )
            saved, r.env = r.env, keyring_env
            try:
                out = r.run(
                    "self-test: the system keychain is found",
                    ["--data-dir", "fresh", "--self-test"],
                    wrapper=["dbus-run-session", "--", "sh", "-c", script, "sh"],
                )
            finally:
                r.env = saved
            if "keychain: available" not in out:
                raise SmokeFailure(f"the keychain was not found:\n{out}")
        elif require_keychain:
            raise SmokeFailure("dbus-run-session and gnome-keyring-daemon are needed for the keychain step")
        # What the app leaves behind in its private home holds no passphrase.
        for path in (work / "home").rglob("*"):
            if path.is_file() and PASS.encode() in path.read_bytes():
                raise SmokeFailure(f"the passphrase was written to {path.relative_to(work)}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--label", default="app", help="name for the log lines (installed, frozen)")
    parser.add_argument("--version", dest="expect_version", required=True, help="version the app must print")
    parser.add_argument("exe", help="the kapjournal executable to test")
    args = parser.parse_args()
    exe = shutil.which(args.exe) or args.exe
    start = time.perf_counter()
    try:
        smoke([str(Path(exe).resolve())], args.label, args.expect_version, bool(os.environ.get("CI")))
    except SmokeFailure as exc:
        print(f"FAILED {args.label}: {exc}", file=sys.stderr, flush=True)
        return 1
    print(f"{args.label} app smoke test passed in {time.perf_counter() - start:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
