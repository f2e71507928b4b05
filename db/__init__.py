"""Dars's data layer: models, engine, sessions and queries."""
