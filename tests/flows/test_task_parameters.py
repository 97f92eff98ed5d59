"""Prefect tasks take data as parameters, never a live store or model."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

pytest.importorskip("prefect")

from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402
from prefect.tasks import Task  # noqa: E402

from flows.pipeline import vocmine_pipeline  # noqa: E402
from flows.refit_topics import refit_topics_flow  # noqa: E402
from tests.conftest import fast_config_file  # noqa: E402
from vocmine.analysis.analyser import Analyser  # noqa: E402
from vocmine.pipeline.run import Models  # noqa: E402
from vocmine.sentiment.classifier import SentimentClassifier  # noqa: E402
from vocmine.store._sql_store import SqlStore  # noqa: E402
from vocmine.topics.modeler import TopicModeler  # noqa: E402

pytestmark = pytest.mark.slow

LIVE = (SqlStore, Analyser, Models, SentimentClassifier, TopicModeler)


def _live_values(values: Iterable[Any]) -> list[str]:
    found = []
    for value in values:
        if isinstance(value, LIVE) or hasattr(value, "embed"):
            found.append(type(value).__name__)
    return found


@pytest.fixture
def task_parameters(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """Record, per task call or submission, the live objects among its parameters."""
    calls: list[tuple[str, list[str]]] = []
    real_call, real_submit = Task.__call__, ThreadPoolTaskRunner.submit

    def call(self: Task, *args: Any, **kwargs: Any) -> Any:
        calls.append((self.name, _live_values([*args, *kwargs.values()])))
        return real_call(self, *args, **kwargs)

    def submit(self: ThreadPoolTaskRunner, task: Task, parameters: dict, *a: Any, **k: Any) -> Any:
        calls.append((task.name, _live_values(parameters.values())))
        return real_submit(self, task, parameters, *a, **k)

    monkeypatch.setattr(Task, "__call__", call)
    monkeypatch.setattr(ThreadPoolTaskRunner, "submit", submit)
    return calls


def test_pipeline_and_refit_tasks_get_no_live_store_or_model(
    prefect_harness, tmp_path, task_parameters
):
    config = str(fast_config_file(tmp_path))
    assert vocmine_pipeline(config=config)["status"] == "completed"
    refit_topics_flow(config=config)
    names = {name for name, _ in task_parameters}
    assert {"load models", "analyse chunk", "store insights", "refit topics"} <= names, names
    with_live = [(name, live) for name, live in task_parameters if live]
    assert not with_live, with_live
