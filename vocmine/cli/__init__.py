"""Typer command groups of the ``vocmine`` CLI (one module per group)."""
