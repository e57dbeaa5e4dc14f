from __future__ import annotations

import sys

from kapjournal.cli import main

sys.exit(main())
