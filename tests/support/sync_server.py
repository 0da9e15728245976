"""The sync service in its own process, so a test can SIGKILL and restart it.

    python -m tests.support.sync_server DATABASE_URL PORT
"""

from __future__ import annotations

import sys

import uvicorn

from tests.integration.serverkit import fast_settings
from yjdesk.server.app import create_app


def main() -> int:
    url, port = sys.argv[1], int(sys.argv[2])
    uvicorn.run(create_app(fast_settings(url)), host="127.0.0.1", port=port,
                log_level="warning", lifespan="off", access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
