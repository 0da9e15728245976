"""Client sync engine and the wire protocol shared with the server (no Qt)."""
