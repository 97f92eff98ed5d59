"""Write a workbook that opens ready to read: frozen header, filters, widths, number formats."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from vocmine.export.safe_cells import strings_not_formulas

HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
MAX_WIDTH = 60
WIDE_TEXT_COLUMNS = frozenset({"text_redacted", "example_1", "example_2", "example_3"})
"""Columns shown wide with wrapped text (quotes)."""


def number_format_for(column: str, series: pd.Series) -> str | None:
    """Return the Excel number format of a column from its name and dtype, or None."""
    name = column.lower()
    if pd.api.types.is_datetime64_any_dtype(series):
        return "yyyy-mm-dd hh:mm"
    if pd.api.types.is_bool_dtype(series) or not pd.api.types.is_numeric_dtype(series):
        return None
    if "share" in name or name.startswith(("promoter_diff", "detractor_diff")):
        return "0.0%"
    if (
        pd.api.types.is_integer_dtype(series)
        or name in ("items", "topic_id")
        or name.startswith("n_")
    ):
        return "0"
    if name in ("lift", "z", "hours_to_due", "rating", "mean_rating"):
        return "0.0"
    return "0.000"


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _width_of(column: str, series: pd.Series) -> float:
    if column in WIDE_TEXT_COLUMNS:
        return MAX_WIDTH + 20
    longest = max([len(column), *(len(str(v)) for v in series.head(500) if not _missing(v))])
    return float(min(MAX_WIDTH, max(8, longest + 2)))


def format_sheet(sheet: Worksheet, frame: pd.DataFrame) -> None:
    """Freeze the header row, add filters, size columns, set number formats and header style."""
    sheet.freeze_panes = "A2"
    if frame.shape[1]:
        sheet.auto_filter.ref = sheet.dimensions
    for index, column in enumerate(frame.columns, start=1):
        letter = get_column_letter(index)
        header = sheet.cell(row=1, column=index)
        header.font, header.fill = HEADER_FONT, HEADER_FILL
        header.alignment = Alignment(vertical="center")
        sheet.column_dimensions[letter].width = _width_of(str(column), frame[column])
        fmt = number_format_for(str(column), frame[column])
        wrap = column in WIDE_TEXT_COLUMNS
        if fmt is None and not wrap:
            continue
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if fmt:
                cell.number_format = fmt
            if wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")


EXCEL_CELL_LIMIT = 32_767
"""Longest text Excel keeps in one cell."""
TRUNCATED_MARK = " [...cut: see the CSV/Parquet export]"


def fit_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with its texts made to fit Excel cells.

    Texts longer than an Excel cell are cut and the cut is marked; control
    characters a workbook cannot hold (U+0000 to U+001F but tab, line feed and
    carriage return) are dropped. Only the workbook is changed: the CSV and
    Parquet exports keep every character.
    """
    limit = EXCEL_CELL_LIMIT - len(TRUNCATED_MARK)
    fitted = frame
    for column in frame.columns:
        values = frame[column]
        if not (pd.api.types.is_object_dtype(values) or pd.api.types.is_string_dtype(values)):
            continue
        illegal = values.map(lambda v: isinstance(v, str) and bool(ILLEGAL_CHARACTERS_RE.search(v)))
        if illegal.any():
            if fitted is frame:
                fitted = frame.copy()
            values = values.where(~illegal, values[illegal].map(_legal))
            fitted[column] = values
        too_long = values.map(lambda v: isinstance(v, str) and len(v) > EXCEL_CELL_LIMIT)
        if too_long.any():
            if fitted is frame:
                fitted = frame.copy()
            fitted.loc[too_long, column] = values[too_long].map(
                lambda v: v[:limit] + TRUNCATED_MARK
            )
    return fitted


def _legal(text: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def write_workbook(sheets: Mapping[str, pd.DataFrame], path: Path) -> None:
    """Write one formatted sheet per frame, in the given order.

    Over-long cells are cut and marked; text is always a string, never a formula
    (:func:`~vocmine.export.safe_cells.strings_not_formulas`).
    """
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame = fit_cells(frame)
            frame.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            strings_not_formulas(sheet)
            format_sheet(sheet, frame)
