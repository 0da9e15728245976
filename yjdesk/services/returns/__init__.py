"""The YJB quarterly case-level return (issue 15): data items, checks, the file, the ledger."""
