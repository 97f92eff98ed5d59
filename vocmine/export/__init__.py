"""Exports for analysts: CSV, Parquet, XLSX with summary sheets, and the HTML report."""

from vocmine.export.drivers import NPS_10, STARS_5, ScoreScale, score_drivers
from vocmine.export.tables import (
    EXPORT_COLUMNS,
    EXPORT_FORMATS,
    analyst_views,
    filter_insights,
    insights_table,
    write_exports,
)

__all__ = [
    "EXPORT_COLUMNS",
    "EXPORT_FORMATS",
    "NPS_10",
    "STARS_5",
    "ScoreScale",
    "analyst_views",
    "filter_insights",
    "insights_table",
    "score_drivers",
    "write_exports",
]
