"""Entry script of the frozen app: the same ``yjdesk`` command as ``pip install`` gives."""

from __future__ import annotations

import multiprocessing
import sys

from yjdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
