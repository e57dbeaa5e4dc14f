"""Entry script for frozen builds (PyInstaller): the same as the ``kapjournal`` command."""

from __future__ import annotations

import sys

from kapjournal.cli import main

if __name__ == "__main__":
    sys.exit(main())
