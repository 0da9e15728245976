"""PDF reports (reportlab) built from plain data; no Qt."""
