"""Domain operations: pure Python, given a Session (through a unit of work), no Qt."""
