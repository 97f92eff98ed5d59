"""No export cell from customer text is ever a formula (OWASP CSV injection)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from tests.export.test_export_incremental import row
from vocmine.export import EXPORT_COLUMNS, write_exports
from vocmine.export.incremental import write_run_partition
from vocmine.export.safe_cells import (
    FORMULA_TRIGGERS,
    neutralised_cell,
    spreadsheet_safe_frame,
)

ATTACK = '=HYPERLINK("http://evil.example/x","Kliknij tutaj") paczka nie dotarła'


def text_row(item: str, text: str, external_id: str | None = None) -> dict:
    return row(
        item,
        "r1",
        "2026-11-02",
        external_id=external_id if external_id is not None else item,
        text_redacted=text,
        sentences=[{"text": text, "sentiment": "negative"}],
    )


def csv_column(path: Path, column: str) -> list[str]:
    """The raw cells of ``column`` as a spreadsheet would read them (stdlib csv, no typing)."""
    with path.open(newline="", encoding="utf-8") as handle:
        return [r[column] for r in csv.DictReader(handle)]


def test_neutralised_cell_prefixes_only_text_a_spreadsheet_would_run():
    for trigger in FORMULA_TRIGGERS:
        assert neutralised_cell(f"{trigger}1+1") == f"'{trigger}1+1"
    assert neutralised_cell("Paczka =nie dotarła") == "Paczka =nie dotarła"
    assert neutralised_cell("") == ""
    assert neutralised_cell(-0.5) == -0.5
    assert neutralised_cell(None) is None


def test_safe_frame_keeps_numbers_and_leaves_the_input_alone():
    frame = pd.DataFrame({"text": ["=1+1", "ok"], "score": [-0.5, 0.2]})
    safe = spreadsheet_safe_frame(frame)
    assert list(safe["text"]) == ["'=1+1", "ok"]
    assert list(safe["score"]) == [-0.5, 0.2]
    assert list(frame["text"]) == ["=1+1", "ok"]


def test_the_issues_hyperlink_is_text_in_every_export(tmp_path):
    table = pd.DataFrame([text_row("a", ATTACK), text_row("b", "ok")], columns=list(EXPORT_COLUMNS))
    paths = write_exports(table, [], tmp_path, formats=["csv", "xlsx", "parquet"])
    sheet = openpyxl.load_workbook(paths["xlsx"])["insights"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("text_redacted") + 1)
    assert cell.value == ATTACK and cell.data_type == "s"
    assert csv_column(Path(paths["csv"]), "text_redacted") == ["'" + ATTACK, "ok"]
    assert pq.read_table(paths["parquet"]).column("text_redacted").to_pylist() == [ATTACK, "ok"]


customer_text = st.one_of(
    st.builds(lambda head, tail: head + tail, st.sampled_from(FORMULA_TRIGGERS), st.text()),
    st.text(),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=customer_text, external_id=customer_text)
def test_fuzz_no_export_format_ever_holds_a_formula(tmp_path_factory, text, external_id):
    out = tmp_path_factory.mktemp("out")
    table = pd.DataFrame(
        [text_row("a", text, external_id), text_row("b", "spokojny klient")],
        columns=list(EXPORT_COLUMNS),
    )
    paths = write_exports(table, [], out, formats=["csv", "xlsx", "parquet"])
    paths.update(write_run_partition(table, out, "r1"))

    workbook = openpyxl.load_workbook(paths["xlsx"])
    for sheet in workbook.worksheets:
        assert all(cell.data_type != "f" for r in sheet.iter_rows() for cell in r), sheet.title
    sheet = workbook["insights"]
    header = [c.value for c in sheet[1]]
    shown = sheet.cell(row=2, column=header.index("text_redacted") + 1).value or ""
    # Excel cannot hold control characters; XML reads a carriage return as a line feed.
    expected = ILLEGAL_CHARACTERS_RE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    assert shown.replace("\r", "\n") == expected

    for name in ("csv", "run_csv"):
        for column, value in (("text_redacted", text), ("external_id", external_id)):
            cell = csv_column(Path(paths[name]), column)[0]
            assert cell == (f"'{value}" if value.startswith(FORMULA_TRIGGERS) else value)
            assert not cell.startswith(FORMULA_TRIGGERS)

    for name in ("parquet", "run_parquet"):  # for programs: the text exactly
        assert pq.read_table(paths[name]).column("text_redacted").to_pylist()[0] == text


@pytest.fixture
def store_with_a_hostile_case(tmp_path):
    from vocmine.followups.rules import FollowupRules, followup_cases
    from vocmine.schemas import AnalysedItem, FeedbackItem, Insight
    from vocmine.store import open_store

    item = FeedbackItem(source="tickets", external_id="=cmd|' /C calc'!A0", text="x")
    insight = Insight(
        id=item.item_id, lang="pl", sentiment="negative", sentiment_score=-0.9, severity=0.9
    )
    url = f"duckdb:///{tmp_path / 'queue.duckdb'}"
    now = datetime.now(UTC)
    with open_store(url) as opened:
        opened.upsert_followups(
            followup_cases(
                [AnalysedItem(item, insight, "h", customer_key="k")],
                FollowupRules(),
                now - timedelta(hours=1),
            )
        )
    return url


def test_followup_case_exports_hold_no_formula(store_with_a_hostile_case, tmp_path):
    from typer.testing import CliRunner

    from vocmine.cli.main import app

    runner = CliRunner()
    for name in ("cases.csv", "cases.xlsx"):
        result = runner.invoke(
            app, ["followups", "export", str(tmp_path / name), "--store", store_with_a_hostile_case]
        )
        assert result.exit_code == 0, result.output
    assert csv_column(tmp_path / "cases.csv", "external_id") == ["'=cmd|' /C calc'!A0"]
    workbook = openpyxl.load_workbook(tmp_path / "cases.xlsx")
    assert set(workbook.sheetnames) == {"followups", "audit_trail", "loop_metrics", "root_causes"}
    cells = [cell for s in workbook.worksheets for r in s.iter_rows() for cell in r]
    assert all(cell.data_type != "f" for cell in cells)
    assert "=cmd|' /C calc'!A0" in {cell.value for cell in cells}
