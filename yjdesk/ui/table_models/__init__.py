"""Qt table models (``...TableModel``) over service data objects."""
