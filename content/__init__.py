"""Dars content: the fixed problem library (problems/) and generated problem families (families/)."""
