"""Class 8 problem families."""
