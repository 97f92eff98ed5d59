"""vocmine's own logger takes Prefect's level in a flow run (flows/logs.py)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from flows.logs import LIBRARY_LOGGER, vocmine_logs_at_prefect_level


@pytest.fixture
def levels() -> Iterator[None]:
    vocmine, prefect = logging.getLogger(LIBRARY_LOGGER), logging.getLogger("prefect")
    saved = vocmine.level, prefect.level
    yield
    vocmine.setLevel(saved[0])
    prefect.setLevel(saved[1])


def test_an_unset_vocmine_level_takes_prefects(levels):
    logging.getLogger(LIBRARY_LOGGER).setLevel(logging.NOTSET)
    logging.getLogger("prefect").setLevel(logging.INFO)
    logger = vocmine_logs_at_prefect_level()
    assert logger.level == logging.INFO
    assert logging.getLogger("vocmine.nlp.redact").isEnabledFor(logging.INFO)


def test_a_level_set_by_the_operator_is_kept(levels):
    logging.getLogger(LIBRARY_LOGGER).setLevel(logging.ERROR)
    logging.getLogger("prefect").setLevel(logging.DEBUG)
    assert vocmine_logs_at_prefect_level().level == logging.ERROR
