"""Class 6 problem families."""
