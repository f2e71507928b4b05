"""Problem families, one module per chapter and grade, each declaring TOPIC and FAMILIES."""
