"""The sync service (ASGI) and the ``yjdesk-server`` command. No Qt, no UI imports."""
