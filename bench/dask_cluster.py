"""Start a real Dask cluster on loopback with the Makefile's targets, and stop it.

``make dask-scheduler`` and ``make dask-worker`` (docs/prefect.md, section 5)
are run as separate process groups, as an operator runs them in terminals:
one scheduler, ``workers`` worker processes of one task thread each. Used by
the Dask benchmark and the distributed-cluster test; nothing outlives the
``with`` block.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# -o: never (re)build the venv here; BIN: the interpreter running this code
MAKE = ["make", "-o", ".venv/.installed", f"BIN={BIN}"]
START_TIMEOUT = 120.0


def free_port() -> int:
    """Return a TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop_process_group(process: subprocess.Popen[bytes]) -> None:
    """Stop a process group started here: SIGTERM, then SIGKILL after 20 s."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:  # already gone
        pass


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"dask scheduler exited early:\n{log.read_text()[-3000:]}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise RuntimeError(f"dask scheduler not listening after {START_TIMEOUT:.0f} s")


@contextmanager
def local_dask_cluster(workers: int, log_dir: Path) -> Iterator[str]:
    """Run a scheduler and ``workers`` single-threaded workers; yield the scheduler address.

    Args:
        workers: Worker processes to start.
        log_dir: Where each process's output goes (``scheduler.log``,
            ``worker-N.log``).

    Yields:
        ``tcp://127.0.0.1:<port>``, once every worker has joined.

    Raises:
        RuntimeError: The scheduler or the workers did not come up in time.
    """
    from distributed import Client

    log_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    processes: list[subprocess.Popen[bytes]] = []

    def start(target: list[str], log: Path) -> subprocess.Popen[bytes]:
        with log.open("wb") as handle:
            process = subprocess.Popen(
                [*MAKE, *target],
                cwd=REPO,
                stdout=handle,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        processes.append(process)
        return process

    try:
        scheduler_log = log_dir / "scheduler.log"
        scheduler = start(["dask-scheduler", f"DASK_PORT={port}"], scheduler_log)
        _wait_for_port(port, scheduler, scheduler_log)
        for number in range(workers):
            start(["dask-worker", f"DASK_SCHEDULER={address}"], log_dir / f"worker-{number}.log")
        with Client(address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(workers, timeout=START_TIMEOUT)
        yield address
    finally:
        for process in reversed(processes):
            stop_process_group(process)
