"""One store, five views: the run summary, the Prefect artifact markdown, ``vocmine topics
trends``, the workbook and the HTML report name the same emerging topics."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from typer.testing import CliRunner

from tests.conftest import fast_config_file
from vocmine.cli.main import app
from vocmine.config import Settings, load_settings
from vocmine.errors import ConfigError
from vocmine.export.run_summary import run_summary_markdown
from vocmine.pipeline.summary import emerging_topics_this_week
from vocmine.schemas import AnalysedItem, FeedbackItem, Insight, RunSummary
from vocmine.store import open_store
from vocmine.topics.trends import EmergingCriteria, emerging_topics

LABELS = {0: "late delivery", 1: "praise", 2: "double charge", 3: "app login"}
START = datetime(2026, 2, 2, 9, tzinfo=UTC)  # a Monday


def _items() -> list[AnalysedItem]:
    """Six weeks of steady topics 0 and 1; in the last week a burst of 8 double
    charges (topic 2) and 3 login complaints (topic 3), both new."""
    per_week = [{0: 10, 1: 6}] * 5 + [{0: 10, 1: 6, 2: 8, 3: 3}]
    items = []
    for week, topics in enumerate(per_week):
        for topic, count in topics.items():
            for i in range(count):
                n = len(items)
                created = START + timedelta(weeks=week, days=i % 5, hours=i)
                item = FeedbackItem(
                    source="reviews",
                    external_id=str(n),
                    text=f"{LABELS[topic]} {n}",
                    channel="review",
                    created_at=created,
                    lang="en",
                )
                insight = Insight(
                    id=item.item_id,
                    lang="en",
                    sentiment="negative" if topic in (0, 2, 3) else "positive",
                    sentiment_score=-0.6 if topic in (0, 2, 3) else 0.7,
                    topic_id=topic,
                    text_redacted=item.text,
                )
                items.append(AnalysedItem(item=item, insight=insight, content_hash=str(n)))
    return items


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """A store holding :func:`_items`; ``topics.emerging_min_items`` raised to 4."""
    path = fast_config_file(tmp_path, with_sources=False)
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    config["topics"]["emerging_min_items"] = 4
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    loaded = load_settings(path)
    with open_store(loaded.resolved_store_url) as store:
        store.upsert_insights("run-1", _items())
        store.save_topics(
            "test-model",
            [
                {"topic_id": t, "label": label, "keywords": [label], "size": 1}
                for t, label in LABELS.items()
            ],
        )
    return loaded


def _markdown_emerging(markdown: str) -> list[int]:
    section = markdown.split("### Emerging topics this week", 1)[1].split("###", 1)[0]
    return [int(m) for m in re.findall(r"^\| (\d+) \|", section, flags=re.MULTILINE)]


def _workbook_emerging(path: Path) -> list[int]:
    sheet = load_workbook(path, read_only=True)["emerging_topics"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    return [
        int(r[header.index("topic_id")]) for r in rows[1:] if r[header.index("emerging")] is True
    ]


def _report_emerging(path: Path) -> list[int]:
    html = path.read_text(encoding="utf-8")
    section = html.split('<section id="emerging">', 1)[1].split("</section>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", section)
    return [
        int(float(re.search(r'data-v="([\d.]+)"', row).group(1)))  # type: ignore[union-attr]
        for row in rows
        if 'class="badge up"' in row
    ]


def test_run_summary_artifact_cli_workbook_and_report_name_the_same_emerging_topics(
    settings: Settings, tmp_path: Path
) -> None:
    config = str(settings.base_dir / "vocmine.yaml")
    with open_store(settings.resolved_store_url) as store:
        assignments = store.read_topic_assignments()
        # The raised threshold matters: by default the 3 login complaints are emerging too.
        default = emerging_topics(assignments, EmergingCriteria())
        assert sorted(default.loc[default["emerging"], "topic_id"]) == [2, 3]
        summary_rows = emerging_topics_this_week(store, LABELS, settings)

    from_summary = [row["topic_id"] for row in summary_rows]
    assert from_summary == [2]
    assert summary_rows[0]["week"] == "2026-W11" and summary_rows[0]["items"] == 8

    summary = RunSummary(
        run_id="run-1", started_at=START, status="completed", emerging_topics=summary_rows
    )
    from_artifact = _markdown_emerging(run_summary_markdown(summary))

    runner = CliRunner()
    trends = runner.invoke(app, ["topics", "trends", "-c", config, "--json"])
    assert trends.exit_code == 0, trends.output
    from_cli = [
        row["topic_id"] for row in json.loads(trends.stdout.strip().splitlines()[-1])["emerging"]
    ]

    out = tmp_path / "exports"
    exported = runner.invoke(
        app, ["export", "-c", config, "--out", str(out), "-f", "xlsx", "-f", "html"]
    )
    assert exported.exit_code == 0, exported.output
    from_workbook = _workbook_emerging(out / "insights.xlsx")
    from_report = _report_emerging(out / "report.html")

    assert from_artifact == from_cli == from_workbook == from_report == from_summary == [2]
    assert "at least 4 items" in (out / "report.html").read_text(encoding="utf-8")


def test_old_emerging_setting_names_are_read_and_a_clash_is_an_error() -> None:
    old = load_settings(None, topics={"emerging_factor": 3.0, "emerging_min_count": 6})
    assert old.topics.emerging_criteria() == EmergingCriteria(min_items=6, min_lift=3.0)
    with pytest.raises(ConfigError, match="emerging_factor is the old name"):
        load_settings(None, topics={"emerging_factor": 3.0, "emerging_min_lift": 2.5})
    with pytest.raises(ConfigError, match="emerging_ratio"):
        load_settings(None, topics={"emerging_ratio": 3.0})  # a typo is no longer ignored
