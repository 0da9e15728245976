"""yjdesk: offline-first case management for youth justice services."""

__version__ = "0.1.0"
