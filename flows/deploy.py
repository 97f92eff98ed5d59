"""Register the deployments of ``prefect.yaml`` with the Prefect API.

``prefect deploy`` of Prefect 3.8.8 creates a deployment and then fails (its
client sends null paging fields its own server refuses when it looks for
workers), which stops ``--all`` after the first deployment. This does the
same registration through :class:`RunnerDeployment`, reading the same
``prefect.yaml`` (anchors resolved), so the YAML stays the one source of
truth. The deployments run from this checkout (their path is the current
folder, like the ``set_working_directory`` pull step).

Usage::

    python -m flows.deploy                      # every deployment
    python -m flows.deploy -n nightly-pipeline  # only the ones named
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

import yaml
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron

logger = logging.getLogger(__name__)


def read_deployment_specs(prefect_file: Path, names: list[str] | None = None) -> list[dict]:
    """Return the ``deployments:`` of ``prefect_file`` (all, or those in ``names``)."""
    specs = yaml.safe_load(prefect_file.read_text(encoding="utf-8"))["deployments"]
    if names:
        unknown = set(names) - {s["name"] for s in specs}
        if unknown:
            raise ValueError(f"no deployment named {', '.join(sorted(unknown))} in {prefect_file}")
        specs = [s for s in specs if s["name"] in names]
    return specs


def cron_schedules(spec: dict[str, Any]) -> list:
    """Return the spec's cron schedules (each with its explicit timezone)."""
    return [
        Cron(s["cron"], timezone=s["timezone"], active=s.get("active", True))
        for s in spec.get("schedules") or []
    ]


def apply_deployment(spec: dict[str, Any]) -> str:
    """Register one deployment spec; return its id."""
    pool = spec["work_pool"]
    deployment = RunnerDeployment.from_entrypoint(
        spec["entrypoint"],
        name=spec["name"],
        description=spec.get("description"),
        tags=spec.get("tags"),
        parameters=spec.get("parameters") or {},
        schedules=cron_schedules(spec),
        concurrency_limit=spec.get("concurrency_limit"),
        work_pool_name=pool["name"],
        work_queue_name=pool.get("work_queue_name"),
        job_variables=pool.get("job_variables") or {},
    )
    return str(deployment.apply(work_pool_name=pool["name"]))


def deploy_all(prefect_file: Path, names: list[str] | None = None) -> dict[str, str]:
    """Register the deployments; skip (with a warning) those whose flow file is missing.

    Returns:
        ``{deployment name: id}`` of the deployments registered.
    """
    registered = {}
    for spec in read_deployment_specs(prefect_file, names):
        flow_file = prefect_file.parent / spec["entrypoint"].split(":", 1)[0]
        if not flow_file.exists():
            logger.warning("skipping %s: %s does not exist", spec["name"], flow_file)
            continue
        registered[spec["name"]] = apply_deployment(spec)
    return registered


def main(argv: list[str] | None = None) -> None:
    """Command line: register the deployments of prefect.yaml."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, default=Path("prefect.yaml"))
    parser.add_argument("-n", "--name", action="append", help="deployment to register")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    for name, deployment_id in deploy_all(args.file, args.name).items():
        print(f"deployed {name}: {deployment_id}")


if __name__ == "__main__":
    main()
