"""A list of ids given to the laptop's SQLite as one JSON text parameter.

``row_id IN (SELECT value FROM json_each(...))`` is one statement, built and compiled once,
whatever the number of ids, where ``IN (?, ?, ...)`` is a new statement for every length
of list. The service's counterpart, which also speaks PostgreSQL, is
``yjdesk.server.idlist``.
"""

from __future__ import annotations

from sqlalchemy import TextualSelect, column, text

#: The ids of the statement's ``?`` parameter, for driver SQL (``exec_driver_sql``).
IDS_OF_PARAMETER = "(SELECT value FROM json_each(?))"


def ids_of(param: str = "ids") -> TextualSelect:
    """The ids of the named parameter ``param``, for ``column.in_(...)`` in SQLAlchemy."""
    return text(f"SELECT value FROM json_each(:{param})").columns(column("value"))
