"""The sync service (ASGI) and the ``yjdesk-server`` command. No Qt, no UI imports.

Importing any of it registers the central database's own tables (``yjdesk.models.server``,
``yjdesk.models.imports``) beside the laptop's: :data:`yjdesk.models.Base.metadata` is then
the whole central schema, whichever of the service's modules was imported first.
"""

from yjdesk.models import register_server_tables

register_server_tables()
