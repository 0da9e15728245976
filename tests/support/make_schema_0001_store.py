"""Make tests/support/schema-0001/: an encrypted store frozen at schema revision 0001.

Run once when revision 0001 was current; the output is committed so upgrade tests always
start from a genuinely old file. Password: see OLD_PASSWORD.

    python tests/support/make_schema_0001_store.py
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from alembic import command
from sqlalchemy import insert

from yjdesk.models import Base
from yjdesk.models.types import new_id, utcnow
from yjdesk.store import keys
from yjdesk.store.engine import make_engine
from yjdesk.store.schema import alembic_config

OLD_PASSWORD = "old schema password"
HERE = Path(__file__).resolve().parent / "schema-0001"


def main() -> None:
    shutil.rmtree(HERE, ignore_errors=True)
    HERE.mkdir()
    data_key = keys.new_data_key()
    keys.write_keyfile(HERE / "yjdesk.key.json",
                       keys.wrap(data_key, OLD_PASSWORD, keys.KdfParams(n=2**10)))
    engine = make_engine(HERE / "yjdesk.db", data_key)
    with engine.begin() as conn:
        cfg = alembic_config("client")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        now = utcnow()
        team = new_id()
        tables = Base.metadata.tables
        conn.execute(insert(tables["team"]), [{"id": team, "name": "Old Team", "code": "OLD",
                                               "rev": 3, "server_seq": 10, "updated_at": now,
                                               "deleted": False}])
        conn.execute(insert(tables["child"]), [{
            "id": new_id(), "case_number": "YJ-000001", "given_name": "Oldrecord",
            "family_name": "Keptsafe", "date_of_birth": dt.date(2009, 3, 4),
            "gender": "female", "ethnicity": "white_british", "looked_after": "never",
            "child_in_need": "previously", "cp_plan": "never", "team_id": team,
            "rev": 2, "server_seq": 11, "updated_at": now, "deleted": False}])
    with engine.connect() as conn:
        conn.connection.dbapi_connection.execute(
            "PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    for side in HERE.glob("yjdesk.db-*"):
        side.unlink()


if __name__ == "__main__":
    main()
