"""Typed records of data/: one module per kind of record."""
