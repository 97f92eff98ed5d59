"""A flow for the alert tests of test_deploy.py: it fails on request, or sleeps to be killed.

Its name starts with ``vocmine-`` like every vocmine flow, so the automations
of automations.yaml cover it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from prefect import flow


@flow(name="vocmine-test-sleeper")
def sleeper(pid_file: str, seconds: float = 300.0, fail: bool = False) -> None:
    if fail:
        raise RuntimeError("failing on purpose")
    Path(pid_file).write_text(str(os.getpid()), encoding="utf-8")
    time.sleep(seconds)
