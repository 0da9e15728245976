"""The laptop's sync client: push, pull, merge, accounts (no Qt; wire schema: yjdesk.wire)."""
