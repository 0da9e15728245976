"""PostgreSQL privileges for the service's database role (ARCHITECTURE.md section 3).

The schema is created and owned by the migration role (the one ``yjdesk-server init``
connects as). The service role owns nothing: it may read and write the synced tables, may
only insert into ``audit_event`` (append-only, enforced by the database itself), may
change nothing but ``server_seq`` on ``row_revision`` (who changed what), and may
delete only the service's own short-lived bookkeeping (expired or rotated tokens, revoked
children a laptop has purged, stale sign-in counters).
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, inspect

#: Tables the service may delete rows from.
DELETABLE = ("server_token", "device_child", "login_throttle")
#: Tables the service may only append to.
APPEND_ONLY = ("audit_event", "audit_chain_break")
#: Tables the service may append to and renumber (``server_seq``) but never rewrite: the
#: service's own history of who changed what.
RENUMBER_ONLY = ("row_revision",)

_ROLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def grant_service_role(conn: Connection, role: str) -> list[str]:
    """Grant ``role`` what the service needs, and nothing more; returns the statements."""
    if conn.dialect.name != "postgresql":
        raise ValueError("--grant-to applies to PostgreSQL only")
    if not _ROLE.match(role):
        raise ValueError(f"{role!r} is not a plain role name")
    quoted = f'"{role}"'
    statements = [f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}",
                  f"GRANT USAGE ON SCHEMA public TO {quoted}"]
    for table in sorted(inspect(conn).get_table_names(schema="public")):
        if table == "alembic_version":
            statements.append(f"GRANT SELECT ON alembic_version TO {quoted}")
        elif table in APPEND_ONLY:
            statements.append(f'GRANT SELECT, INSERT ON "{table}" TO {quoted}')
        elif table in RENUMBER_ONLY:
            statements.append(f'GRANT SELECT, INSERT, UPDATE (server_seq) ON "{table}" '
                              f"TO {quoted}")
        elif table in DELETABLE:
            statements.append(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{table}" TO {quoted}')
        else:
            statements.append(f'GRANT SELECT, INSERT, UPDATE ON "{table}" TO {quoted}')
    for sql in statements:
        conn.exec_driver_sql(sql)
    return statements
