"""The outputs of a report: named fields, then a table, CSV, JSON or a PNG chart of them."""
