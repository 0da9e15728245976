"""The desktop UI (PySide6). The only package, with app.py, that imports Qt."""
