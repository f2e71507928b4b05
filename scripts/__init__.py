"""Operator and teacher commands, run as `python -m scripts.NAME`."""
