"""``python -m yjdesk``."""

from __future__ import annotations

import sys

from yjdesk.cli import main

sys.exit(main())
