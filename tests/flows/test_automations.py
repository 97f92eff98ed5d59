"""automations.yaml reads into valid Prefect automations that post to the alert block."""

from __future__ import annotations

import uuid

import pytest

pytest.importorskip("prefect")

from flows.automations import (  # noqa: E402
    ALERT_BLOCK,
    AUTOMATIONS_FILE,
    AlertSetupError,
    read_automations,
)


def test_automations_post_to_the_alert_block():
    block_id = uuid.uuid4()
    automations = {a.name: a for a in read_automations(AUTOMATIONS_FILE, {ALERT_BLOCK: block_id})}
    assert set(automations) == {
        "vocmine flow run failed or crashed",
        "vocmine nightly run late by more than an hour",
    }
    for automation in automations.values():
        (action,) = automation.actions
        assert action.type == "send-notification"
        assert action.block_document_id == block_id  # type: ignore[union-attr]
    failed = automations["vocmine flow run failed or crashed"].trigger
    assert failed.expect == {"prefect.flow-run.Failed", "prefect.flow-run.Crashed"}  # type: ignore[union-attr]
    late = automations["vocmine nightly run late by more than an hour"].trigger
    assert late.posture == "Proactive"  # type: ignore[union-attr]
    assert late.within.total_seconds() == 3600  # type: ignore[union-attr]


def test_an_unknown_block_is_refused():
    with pytest.raises(AlertSetupError, match="unknown block 'vocmine-alerts'"):
        read_automations(AUTOMATIONS_FILE, {"another-block": uuid.uuid4()})
