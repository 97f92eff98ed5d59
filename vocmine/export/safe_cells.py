"""Cells that a spreadsheet never runs as formulas (OWASP "CSV injection").

Customer text is untrusted: a review that starts with
``=HYPERLINK("http://evil.example/x","Click here")`` becomes a live link, or
worse, when an analyst opens an export in Excel or LibreOffice. So:

* **XLSX**: every text cell is written as a string, never as a formula
  (:func:`strings_not_formulas`); the text is kept exactly.
* **CSV**: a spreadsheet decides for itself what a cell is, so a text cell that
  starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
  leading apostrophe (:func:`neutralised_cell`), as OWASP recommends. Numeric
  columns (scores, probabilities) are numbers and are left alone. Parquet keeps
  every text exactly: use it when a program reads the export.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a CSV cell as a formula."""
ESCAPE_PREFIX = "'"
"""What a neutralised CSV cell starts with (spreadsheets show the rest as text)."""


def neutralised_cell(value: object) -> object:
    r"""Return ``value`` with an apostrophe in front when it is text a spreadsheet would run.

    Example:
        >>> neutralised_cell('=HYPERLINK("http://evil.example")')
        '\'=HYPERLINK("http://evil.example")'
        >>> neutralised_cell("paczka nie dotarła"), neutralised_cell(-0.5)
        ('paczka nie dotarła', -0.5)
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return ESCAPE_PREFIX + value
    return value


def spreadsheet_safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with every text cell neutralised (:func:`neutralised_cell`).

    Only text columns are touched; the input frame is not changed.
    """
    text_columns = [
        column
        for column in frame.columns
        if pd.api.types.is_object_dtype(frame[column])
        or pd.api.types.is_string_dtype(frame[column])
    ]
    if not text_columns:
        return frame
    safe = frame.copy()
    for column in text_columns:
        safe[column] = safe[column].map(neutralised_cell).astype(object)
    return safe


def write_safe_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write ``frame`` as CSV (no index) with formula-like text cells neutralised.

    Rows end in CRLF (RFC 4180), so a cell holding a line break or a lone
    carriage return is quoted and reads back whole.
    """
    spreadsheet_safe_frame(frame).to_csv(path, index=False, lineterminator="\r\n")


def strings_not_formulas(sheet: Worksheet) -> int:
    """Turn every cell that openpyxl took for a formula back into a plain string.

    openpyxl stores a string that starts with ``=`` as a formula; nothing
    vocmine writes is meant as one, so the text is kept and marked as a string.

    Returns:
        How many cells were changed.
    """
    changed = 0
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
                changed += 1
    return changed
