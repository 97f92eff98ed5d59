"""Exports for analysts (CSV, Parquet, XLSX)."""

from vocmine.export.tables import EXPORT_COLUMNS, insights_table, write_exports

__all__ = ["EXPORT_COLUMNS", "insights_table", "write_exports"]
