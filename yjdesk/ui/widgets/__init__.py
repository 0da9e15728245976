"""Reusable widgets: form rows with field errors, code-list combos, date entry."""
