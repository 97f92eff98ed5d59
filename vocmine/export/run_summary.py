"""Human-readable run summaries (the Prefect artifact and the CLI share them)."""

from __future__ import annotations

from vocmine.schemas import RunSummary


def _table(title: str, counts: dict[str, int], header: str) -> list[str]:
    if not counts:
        return []
    lines = [f"### {title}", "", f"| {header} | items |", "|---|---:|"]
    lines += [f"| {key} | {value} |" for key, value in counts.items()]
    return [*lines, ""]


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _share(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def run_summary_markdown(summary: RunSummary) -> str:
    """Return a Markdown summary of a run: counts, breakdowns, topics, exports.

    Args:
        summary: A completed run's summary.

    Returns:
        Markdown text (tables render in the Prefect UI).
    """
    lines = [
        f"# vocmine run `{summary.run_id}`",
        "",
        f"Status **{summary.status}**. "
        f"Rows in **{summary.rows_in}** = stored {summary.stored} + updated {summary.updated} "
        f"+ quarantined {summary.quarantined} + skipped duplicates {summary.skipped_duplicates}"
        f"{f' + expired {summary.expired}' if summary.expired else ''}. "
        f"{_purged(summary)}"
        f"Analysis errors: {summary.analysis_errors}. "
        f"Follow-up cases opened: **{summary.followups_opened}**. "
        f"Marked for review: **{summary.marked_for_review}** "
        f"({_share(summary.review_share)} of the items analysed).",
        "",
    ]
    lines += stage_table(summary)
    lines += _table("By language", summary.by_language, "language")
    lines += _table("By sentiment", summary.by_sentiment, "sentiment")
    lines += _table(
        "By category", dict(sorted(summary.by_category.items(), key=lambda kv: -kv[1])), "category"
    )
    if summary.top_topics:
        lines += ["### Top topics", "", "| topic | label | items |", "|---:|---|---:|"]
        lines += [f"| {t['topic_id']} | {t['label']} | {t['items']} |" for t in summary.top_topics]
        lines.append("")
    if summary.emerging_topics:
        lines += [
            "### Emerging topics this week",
            "",
            "| topic | label | week | items | share | share before | lift |",
            "|---:|---|---|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {t['topic_id']} | {t['label']} | {t['week']} | {t['items']} | "
            f"{100 * t['share']:.1f}% | {100 * t['baseline_share']:.1f}% | "
            f"{_number(t.get('lift'))} |"
            for t in summary.emerging_topics
        ]
        lines.append("")
    if summary.followup_loop:
        lines += [
            "### Follow-up loop by team",
            "",
            "| team | cases | open | overdue | median h to first contact | median h to resolve "
            "| within SLA | reopen rate |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {row['team']} | {row['cases']} | {row['open']} | {row['overdue']} | "
            f"{_number(row.get('hours_to_first_contact_median'))} | {_number(row.get('hours_to_resolve_median'))} | "
            f"{_share(row.get('within_sla_share'))} | {_share(row.get('reopen_rate'))} |"
            for row in summary.followup_loop
        ]
        lines.append("")
    lines += _table("Marked for review, by reason", summary.review_reasons, "reason")
    lines += _table("Quarantined rows by reason", summary.quarantine_reasons, "reason")
    if summary.exports:
        lines += ["### Exports", ""]
        lines += [f"- {kind}: `{path}`" for kind, path in summary.exports.items()]
        lines.append("")
    if summary.model_versions:
        lines += ["### Models", ""]
        lines += [f"- {name}: `{version}`" for name, version in summary.model_versions.items()]
    return "\n".join(lines) + "\n"


def _purged(summary: RunSummary) -> str:
    """Say what retention purged (nothing when the run purged nothing)."""
    if not summary.purged_rows or not any(summary.purged_rows.values()):
        return ""
    rows = ", ".join(f"{table} {n}" for table, n in summary.purged_rows.items() if n)
    return f"Retention purged **{summary.purged}** expired items ({rows} rows). "


def stage_table(summary: RunSummary) -> list[str]:
    """Return the Markdown lines of the run's time per step, items/s and peak memory.

    An operator sees a slow night here without opening logs: the steps in
    order with their seconds, share of the run, items and items per second.
    """
    if not summary.stages:
        return []
    total = sum(stage["seconds"] for stage in summary.stages) or 1.0
    lines = [
        "### Time per step",
        "",
        "| step | seconds | share | items | items/s |",
        "|---|---:|---:|---:|---:|",
    ]
    for stage in summary.stages:
        seconds, items = stage["seconds"], stage.get("items")
        rate = f"{items / seconds:,.1f}" if items and seconds > 0 else ""
        count = "" if items is None else f"{items:,}"
        lines.append(
            f"| {stage['stage']} | {seconds:,.2f} | {100 * seconds / total:.0f}% | {count} | {rate} |"
        )
    lines.append("")
    if summary.peak_rss_mb is not None:
        lines += [f"Peak memory of the run's process: **{summary.peak_rss_mb:,.0f} MB**.", ""]
    return lines
