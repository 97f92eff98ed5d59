"""Prefect flows: the only place vocmine meets Prefect."""
