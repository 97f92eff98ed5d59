"""THE run sequence (vocmine.pipeline.run.run_pipeline), tested once for every kind of steps.

A recording :class:`LocalSteps` checks what the store holds as each step
starts: follow-up cases before insights, watermarks only after the insights,
exports last; and that a failing step leaves a ``failed`` run whose next run
loses and doubles nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, fast_settings
from vocmine.config import Settings
from vocmine.ingest import manifest_key
from vocmine.pipeline.run import LocalSteps, Steps, run_pipeline
from vocmine.schemas import RunSummary
from vocmine.store import Store, open_store

TICKETS = REPO / "data" / "sample" / "tickets.json"
SEQUENCE = [
    "read_sources",
    "select",
    "load_models",
    "analyse",
    "assign_topics",
    "add_contact_history",
    "open_followups",
    "store_insights",
    "advance_watermarks",
    "write_exports",
]


class RecordingSteps(LocalSteps):
    """LocalSteps that note each step, look at the store as it starts, and can fail one."""

    def __init__(self, fail_at: str | None = None) -> None:
        self.fail_at = fail_at
        self.calls: list[str] = []
        self.seen: dict[str, dict[str, int | bool]] = {}
        self.store: Store | None = None  # the run's store, as the first step got it


def _recorded(name: str) -> Callable[..., Any]:
    def step(self: RecordingSteps, *args: Any) -> Any:
        self.calls.append(name)
        store = self.store = next((a for a in args if hasattr(a, "read_runs")), self.store)
        assert store is not None
        self.seen[name] = {
            "cases": len(store.list_followups("all")),
            "insights": len(store.read_insights()),
            "manifest": store.get_watermark(manifest_key("cli")) is not None,
        }
        if name == self.fail_at:
            raise RuntimeError(f"{name} broke")
        return getattr(LocalSteps, name)(self, *args)

    return step


for _name in SEQUENCE:
    setattr(RecordingSteps, _name, _recorded(_name))


@pytest.fixture
def quick_settings(tmp_path: Path) -> Settings:
    settings = fast_settings(tmp_path)
    return settings.model_copy(
        update={"topics": settings.topics.model_copy(update={"enabled": False})}
    )


def statuses(settings: Settings) -> list[str]:
    with open_store(settings.resolved_store_url) as store:
        return sorted(store.read_runs()["status"])


def test_local_steps_are_steps() -> None:
    assert isinstance(LocalSteps(), Steps)


def test_steps_run_in_order_cases_before_insights_watermarks_after_exports_last(
    quick_settings: Settings,
) -> None:
    steps = RecordingSteps()
    summary = run_pipeline(quick_settings, inputs=[TICKETS], steps=steps)

    assert summary.status == "completed"
    assert steps.calls == SEQUENCE
    seen = steps.seen
    assert seen["store_insights"]["cases"] == summary.followups_opened > 0  # cases first
    assert seen["store_insights"]["insights"] == 0
    assert seen["advance_watermarks"]["insights"] == summary.stored > 0
    assert not seen["advance_watermarks"]["manifest"]  # nothing advanced before
    assert seen["write_exports"]["manifest"]  # exports come last
    assert summary.exports
    assert statuses(quick_settings) == ["completed"]


def test_nothing_new_loads_no_models_and_stores_nothing(quick_settings: Settings) -> None:
    run_pipeline(quick_settings, inputs=[TICKETS])
    steps = RecordingSteps()
    again = run_pipeline(quick_settings, inputs=[TICKETS], steps=steps)
    assert steps.calls == [
        "read_sources",
        "select",
        "assign_topics",
        "advance_watermarks",
        "write_exports",
    ]
    assert (again.stored, again.updated, again.followups_opened) == (0, 0, 0)


@pytest.mark.parametrize(
    ("fail_at", "step"),
    [
        ("analyse", "analysing the items"),
        ("store_insights", "storing insights and follow-ups"),
        ("advance_watermarks", "storing insights and follow-ups"),
        ("write_exports", "writing the exports"),
    ],
)
def test_a_failed_step_fails_the_run_and_the_next_run_loses_and_doubles_nothing(
    quick_settings: Settings, fail_at: str, step: str
) -> None:
    with pytest.raises(RuntimeError, match=f"{fail_at} broke") as failure:
        run_pipeline(quick_settings, inputs=[TICKETS], steps=RecordingSteps(fail_at))
    assert any(f"failed while {step}" in note for note in failure.value.__notes__)
    assert statuses(quick_settings) == ["failed"]
    with open_store(quick_settings.resolved_store_url) as store:
        cases_before = {c["case_id"] for c in store.list_followups("all")}
        stored_before = len(store.read_insights())
        advanced = store.get_watermark(manifest_key("cli")) is not None
    assert advanced == (fail_at == "write_exports")  # only after the insights are stored

    summary = run_pipeline(quick_settings, inputs=[TICKETS])

    with open_store(quick_settings.resolved_store_url) as store:
        insights = store.read_insights()
        cases = {c["case_id"] for c in store.list_followups("all")}
    assert summary.status == "completed"
    assert insights["item_id"].is_unique and len(insights) > 0
    assert cases_before <= cases and cases
    if fail_at == "analyse":
        assert (stored_before, cases_before) == (0, set())
    if fail_at == "store_insights":
        assert stored_before == 0 and cases_before == cases  # the cases were already open
        assert summary.followups_opened == 0
    if fail_at in ("advance_watermarks", "write_exports"):
        assert stored_before == len(insights)
    assert statuses(quick_settings) == ["completed", "failed"]


def test_a_run_left_running_is_marked_interrupted_by_the_next(quick_settings: Settings) -> None:
    with open_store(quick_settings.resolved_store_url) as store:
        store.start_run(RunSummary(run_id="killed", started_at=datetime.now(UTC)))
    run_pipeline(quick_settings, inputs=[TICKETS])
    assert statuses(quick_settings) == ["completed", "interrupted"]
