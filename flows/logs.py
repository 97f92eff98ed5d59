"""vocmine's own log lines in the flow run logs.

``PREFECT_LOGGING_EXTRA_LOGGERS=vocmine`` (exported by the Makefile) makes Prefect attach
its API handler, the one that writes the flow run log the UI shows, to the ``vocmine``
logger. Prefect 3.9 leaves that logger's level unset, so it inherits the root logger's
WARNING and vocmine's INFO lines (which build of the redactor runs, how the topic model was
fitted) never reach a handler. Each flow calls :func:`vocmine_logs_at_prefect_level` first.
"""

from __future__ import annotations

import logging

LIBRARY_LOGGER = "vocmine"


def vocmine_logs_at_prefect_level() -> logging.Logger:
    """Give the ``vocmine`` logger the level of Prefect's own, unless it has one already.

    Returns:
        The ``vocmine`` logger.
    """
    logger = logging.getLogger(LIBRARY_LOGGER)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.getLogger("prefect").getEffectiveLevel())
    return logger
