"""Class 7 problem families."""
