"""Screenshots of every screen, overlay and dialog: light and dark × three screen sizes.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT_DIR [light|dark ...] [--sizes S,S]
        [--language de]

Files are named ``<screen>-<theme>-<size>.png``, sizes from ``shotlib.SIZES``: 1024x600,
1366x768 and 1.5x (1.5× text on a 1366×768 screen: taken in a child process with
``QT_SCALE_FACTOR=1.5``, so the PNG has the screen's 1366×768 pixels). The screens are
the layout test's tour (``shotlib.tour``), on a throw-away data folder with 90 days of
demo data and no keychain. For docs/screenshots: ``--sizes 1366x768``. ``--language de``:
the window in German (its catalogue, Qt's own and the German data files, as on a German
system).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shotlib import SIZES, Camera, main_window

SCALED = {"1.5x": "1.5"}  # sizes taken with a device pixel ratio


def shoot_size(out: Path, modes: list[str], size: str, language: str = "en") -> None:
    from PySide6.QtCore import QSize
    from shotlib import tour

    from kapjournal.storage import keyslots
    from kapjournal.ui.app import create_application
    from kapjournal.ui.common import fit

    room = QSize(*SIZES[size])
    fit.available_size = lambda widget=None: room  # the screen the window opens on
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    create_application(language=language)
    for mode in modes:
        cam = Camera(out, f"{mode}-{size}", shot_ms=200)
        first = fit.first_window_size(room)
        with main_window(cam, "kap-shots-", size=(first.width(), first.height()), theme=mode) as w:
            for name, top in tour(w, cam.until, w.ctx.now):
                cam.shoot(top, name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("modes", nargs="*", default=["light", "dark"])
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--language", default="en", choices=["en", "de"])
    parser.add_argument("--one-size", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one_size:
        shoot_size(args.out, args.modes, args.one_size, args.language)
        return 0
    for size in args.sizes.split(","):
        if size not in SIZES:
            parser.error(f"unknown size {size!r} (one of {', '.join(SIZES)})")
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        if size in SCALED:
            env["QT_SCALE_FACTOR"] = SCALED[size]
        else:
            env.pop("QT_SCALE_FACTOR", None)
        cmd = [sys.executable, __file__, str(args.out), *args.modes, "--one-size", size]
        cmd += ["--language", args.language]
        subprocess.run(cmd, check=True, env=env)  # noqa: S603 - this very script
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
