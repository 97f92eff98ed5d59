"""``vocmine followups``: the follow-up queue service teams work."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from vocmine.cli._common import err, print_json_last
from vocmine.config import Settings, load_settings
from vocmine.errors import VocmineError
from vocmine.export.safe_cells import write_safe_csv
from vocmine.export.xlsx import write_workbook
from vocmine.followups.replies import draft_reply
from vocmine.followups.routing import department_root_causes
from vocmine.followups.workflow import (
    STATUSES,
    assign_case,
    followup_loop_metrics,
    set_case_status,
)
from vocmine.pipeline.alerts import send_followup_alerts
from vocmine.store import Store, open_store

app = typer.Typer(help="The follow-up queue: unhappy customers to call back.", no_args_is_help=True)

ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="YAML config.")]
StoreOpt = Annotated[str | None, typer.Option("--store", help="Store URL.")]
ByOpt = Annotated[
    str | None, typer.Option("--by", help="Who makes the change (default: your login name).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _settings(config: Path | None, store: str | None) -> Settings:
    return load_settings(config, store_url=store)


def _open(config: Path | None, store: str | None) -> tuple[Settings, Store]:
    settings = _settings(config, store)
    return settings, open_store(
        settings.resolved_store_url, auto_upgrade=settings.store_auto_upgrade
    )


def _fail(exc: VocmineError) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}")
    return typer.Exit(2)


def _actor(by: str | None) -> str:
    if by:
        return by
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _case_json(c: dict[str, Any], now: datetime) -> dict[str, Any]:
    return {
        "id": c["case_id"],
        "external_id": c["external_id"],
        "source": c["source"],
        "priority": c["priority"],
        "status": c["status"],
        "reasons": c["reasons"],
        "severity": c["severity"],
        "lang": c["lang"],
        "team": c["team"],
        "owner": c["owner"],
        "channel": c["channel"],
        "categories": c["categories"],
        "contacts": c["contacts"],
        "version": c["version"],
        "opened_at": c["opened_at"],
        "due_at": c["due_at"],
        "overdue": c["status"] not in ("resolved", "closed") and c["due_at"] < now,
    }


@app.command("list")
def list_cases(
    config: ConfigOpt = None,
    store: StoreOpt = None,
    status: Annotated[
        str, typer.Option("--status", help="open (default), all, or one status such as new.")
    ] = "open",
    priority: Annotated[str | None, typer.Option("--priority", help="P1..P4.")] = None,
    owner: Annotated[str | None, typer.Option("--owner", help="Assigned person.")] = None,
    team: Annotated[str | None, typer.Option("--team", help="Owner team.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", "--language", help="Language.")] = None,
    category: Annotated[str | None, typer.Option("--category", help="Category.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only open cases past due.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """List follow-up cases, most urgent first."""
    now = datetime.now(UTC)
    try:
        _, opened = _open(config, store)
        with opened:
            cases = opened.list_followups(
                None if status == "all" else status,
                priority=priority,
                owner=owner,
                team=team,
                lang=lang,
                category=category,
                overdue_at=now if overdue else None,
            )
    except VocmineError as exc:
        raise _fail(exc) from exc
    if as_json:
        print_json_last([_case_json(c, now) for c in cases])
        return
    table = Table(title=f"{len(cases)} follow-up cases ({status})")
    for column in ("id", "pri", "status", "team", "owner", "lang", "categories", "due", "contacts"):
        table.add_column(column)
    for c in cases:
        late = c["status"] not in ("resolved", "closed") and c["due_at"] < now
        due = f"{c['due_at']:%Y-%m-%d %H:%M}" + (" [red]OVERDUE[/red]" if late else "")
        table.add_row(
            c["case_id"],
            c["priority"],
            c["status"],
            c["team"] or "",
            c["owner"] or "",
            c["lang"] or "",
            ", ".join(c["categories"]),
            due,
            str(c["contacts"]),
        )
    Console().print(table)


@app.command("show")
def show_case(
    case_id: Annotated[str, typer.Argument(help="Case id.")],
    config: ConfigOpt = None,
    store: StoreOpt = None,
    signature: Annotated[
        str | None, typer.Option("--signature", help="Who signs the reply draft.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Show one case: facts, contacts, audit trail and a reply draft in the customer's language."""
    now = datetime.now(UTC)
    try:
        _, opened = _open(config, store)
        with opened:
            case = opened.get_followup(case_id)
    except VocmineError as exc:
        raise _fail(exc) from exc
    reply = draft_reply(case, signature=signature or case["owner"] or case["team"])
    if as_json:
        print_json_last(
            {
                **_case_json(case, now),
                "item_ids": case["item_ids"],
                "events": case["events"],
                "reply": reply,
            }
        )
        return
    console = Console()
    facts = _case_json(case, now)
    for key, value in facts.items():
        console.print(f"[bold]{key}[/bold]: {value}")
    console.print(f"[bold]item_ids[/bold]: {', '.join(case['item_ids'])}")
    trail = Table(title="audit trail")
    for column in ("at", "who", "action", "from", "to", "owner", "note"):
        trail.add_column(column)
    for e in case["events"]:
        trail.add_row(
            f"{e['at']:%Y-%m-%d %H:%M}",
            e["actor"],
            e["action"],
            e["from_status"] or "",
            e["to_status"] or "",
            e["owner"] or "",
            e["note"] or "",
        )
    console.print(trail)
    console.print("[bold]reply draft[/bold]:")
    console.print(reply, markup=False)


@app.command("assign")
def assign(
    case_id: Annotated[str, typer.Argument(help="Case id.")],
    to: Annotated[str, typer.Option("--to", help="Who works the case from now on.")],
    note: Annotated[str | None, typer.Option("--note", help="Note for the audit trail.")] = None,
    by: ByOpt = None,
    version: Annotated[
        int | None, typer.Option("--version", help="Refuse if the case changed since this version.")
    ] = None,
    config: ConfigOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Assign a case to a person (a new case becomes assigned)."""
    try:
        _, opened = _open(config, store)
        with opened:
            case = assign_case(
                opened, case_id, to, actor=_actor(by), note=note, expected_version=version
            )
    except VocmineError as exc:
        raise _fail(exc) from exc
    _report_change(case, as_json)


@app.command("status")
def change_status(
    case_id: Annotated[str, typer.Argument(help="Case id.")],
    to_status: Annotated[str, typer.Option("--set", help=f"New status: {', '.join(STATUSES)}.")],
    note: Annotated[str | None, typer.Option("--note", help="Note for the audit trail.")] = None,
    by: ByOpt = None,
    version: Annotated[
        int | None, typer.Option("--version", help="Refuse if the case changed since this version.")
    ] = None,
    config: ConfigOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Move a case along the workflow (invalid moves are refused)."""
    try:
        _, opened = _open(config, store)
        with opened:
            case = set_case_status(
                opened, case_id, to_status, actor=_actor(by), note=note, expected_version=version
            )
    except VocmineError as exc:
        raise _fail(exc) from exc
    _report_change(case, as_json)


def _report_change(case: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print_json_last(_case_json(case, datetime.now(UTC)))
        return
    err.print(
        f"case {case['case_id']}: status {case['status']}, owner {case['owner'] or '-'}, "
        f"version {case['version']}"
    )


@app.command("export")
def export_cases(
    out: Annotated[Path, typer.Argument(help="File to write: .csv, .parquet, .json or .xlsx.")],
    status: Annotated[str, typer.Option("--status", help="open, all (default) or one status.")] = (
        "all"
    ),
    config: ConfigOpt = None,
    store: StoreOpt = None,
) -> None:
    """Export cases (xlsx also gets the audit trail, loop metrics and root causes per team)."""
    now = datetime.now(UTC)
    try:
        settings, opened = _open(config, store)
        with opened:
            cases = opened.list_followups(None if status == "all" else status)
            events = opened.list_followup_events()
            all_cases = opened.list_followups(None)
            insights = opened.read_insights() if out.suffix.lower() == ".xlsx" else None
    except VocmineError as exc:
        raise _fail(exc) from exc
    frame = _tz_naive(pd.DataFrame([_case_json(c, now) for c in cases]))
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        write_safe_csv(frame, out)
    elif suffix == ".parquet":
        frame.assign(
            reasons=frame.get("reasons", pd.Series(dtype=object)).map(json.dumps),
            categories=frame.get("categories", pd.Series(dtype=object)).map(json.dumps),
        ).to_parquet(out, index=False)
    elif suffix == ".json":
        out.write_text(
            json.dumps([_case_json(c, now) for c in cases], ensure_ascii=False, default=str),
            encoding="utf-8",
        )
    elif suffix == ".xlsx":
        rules = settings.followups
        assert insights is not None  # read above for .xlsx
        root_causes = department_root_causes(insights, rules.routes, rules.default_team)
        write_workbook(
            {
                "followups": frame,
                "audit_trail": _tz_naive(pd.DataFrame(events)),
                "loop_metrics": followup_loop_metrics(all_cases, events, now),
                "root_causes": root_causes.assign(top_topics=root_causes["top_topics"].map(str)),
            },
            out,
        )
    else:
        err.print(f"[red]error:[/red] unsupported file type {out.suffix!r}")
        raise typer.Exit(2)
    err.print(f"{len(cases)} cases written to {out}")


def _tz_naive(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the frame with timezone-aware columns as naive UTC (Excel needs it)."""
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.DatetimeTZDtype):
            frame[column] = frame[column].dt.tz_convert("UTC").dt.tz_localize(None)
        elif (
            frame[column].dtype == object
            and frame[column].map(lambda v: isinstance(v, datetime)).any()
        ):
            frame[column] = pd.to_datetime(frame[column], utc=True).dt.tz_localize(None)
    return frame


@app.command("metrics")
def metrics(
    config: ConfigOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Loop metrics per team and category: time to first contact and resolve, SLA, reopens."""
    try:
        _, opened = _open(config, store)
        with opened:
            frame = followup_loop_metrics(
                opened.list_followups(None), opened.list_followup_events(), datetime.now(UTC)
            )
    except VocmineError as exc:
        raise _fail(exc) from exc
    if as_json:
        print_json_last(json.loads(frame.to_json(orient="records")))
        return
    table = Table(title="follow-up loop metrics")
    for column in frame.columns:
        table.add_column(str(column))
    for row in frame.itertuples(index=False):
        table.add_row(
            *[
                "" if pd.isna(v) else str(round(v, 2)) if isinstance(v, float) else str(v)
                for v in row
            ]
        )
    Console().print(table)


@app.command("notify")
def notify_cmd(config: ConfigOpt = None, store: StoreOpt = None) -> None:
    """Post the P1 and overdue alerts not sent yet to the configured webhook."""
    try:
        settings, opened = _open(config, store)
        with opened:
            sent = send_followup_alerts(opened, settings.followups, datetime.now(UTC))
    except VocmineError as exc:
        raise _fail(exc) from exc
    except OSError as exc:
        err.print(f"[red]error:[/red] webhook unreachable: {exc}")
        raise typer.Exit(1) from exc
    err.print(f"{len(sent)} alerts sent")
