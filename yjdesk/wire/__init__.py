"""The sync wire schema, shared by the laptop's sync client and the sync service.

:mod:`~yjdesk.wire.protocol` holds the request and response bodies and the protocol
version; :mod:`~yjdesk.wire.codec` turns column values into wire values and back. Both
sides import this package; neither imports the other.
"""
