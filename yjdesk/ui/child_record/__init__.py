"""A child's record: header, built-in tabs, feature tabs, and the forms that edit it."""
