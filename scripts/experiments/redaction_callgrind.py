"""Count the redactor's CPU instructions per realistic ticket with valgrind callgrind.

As docs/benchmarks/redaction.md counts them (stops 46-48): a child process loads
``vocmine.nlp.redact`` (with the name tagger unless ``--rules-only``), redacts the 420
tickets of ``data/eval/realistic/`` once with their language hint (a warm-up: lazy
tables, phonenumbers' metadata, the tagger's caches) and then N more times. Callgrind
counts the whole process for N = 2 and for N = 0; the difference divided by 840 is the
cost of a ticket in the steady state. ``PYTHONHASHSEED=0`` keeps the hash randomisation
(worth some 0.5% from run to run) out of the count.

The tree measured is the working tree's ``vocmine/``, or with ``--commit`` that commit's
(exported with ``git archive`` into a temporary directory and run by itself).

    PYTHONPATH=. .venv/bin/python scripts/experiments/redaction_callgrind.py \
        [--commit 5519a85] [--name-tagger models/pii_names/v3] [--rules-only] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from vocmine.nlp.redact import Redactor
passes, tagger = int(sys.argv[2]), sys.argv[3]
if tagger:
    from vocmine.nlp.name_tagger import NameTagger
    redactor = Redactor(name_tagger=NameTagger.load(Path(tagger)))
else:
    redactor = Redactor()
rows = []
for path in sorted(Path(sys.argv[4]).glob("*.jsonl")):
    with path.open(encoding="utf-8") as handle:
        rows += [(r["text"], r.get("lang")) for r in map(json.loads, handle) if r.get("text")]
for text, lang in rows:
    redactor.redact(text, lang=lang)
for _ in range(passes):
    for text, lang in rows:
        redactor.redact(text, lang=lang)
print(len(rows))
"""


def count(tree: Path, passes: int, tagger: str, out: Path) -> tuple[int, int]:
    """Return (instructions, tickets) of one callgrind run of ``passes`` passes."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    script = out.with_suffix(".py")
    script.write_text(CHILD, encoding="utf-8")
    realistic = REPO / "data" / "eval" / "realistic"
    result = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(script),
            str(tree),
            str(passes),
            tagger,
            str(realistic),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise RuntimeError(result.stderr[-2000:])
    return int(found.group(1)), int(result.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--commit", help="measure this commit's vocmine/ (default: the working tree)"
    )
    parser.add_argument("--name-tagger", default=str(REPO / "models" / "pii_names" / "v3"))
    parser.add_argument("--rules-only", action="store_true", help="no name tagger")
    parser.add_argument("--keep", type=Path, help="keep the callgrind outputs in this directory")
    args = parser.parse_args()

    tagger = "" if args.rules_only else str(Path(args.name_tagger).resolve())
    with tempfile.TemporaryDirectory() as scratch:
        tree = REPO
        if args.commit:
            tree = Path(scratch) / "tree"
            tree.mkdir()
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", args.commit, "vocmine"],
                capture_output=True,
                check=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        outdir = args.keep or Path(scratch)
        outdir.mkdir(parents=True, exist_ok=True)
        zero, tickets = count(tree, 0, tagger, outdir / "callgrind.n0")
        two, _ = count(tree, 2, tagger, outdir / "callgrind.n2")
    per_ticket = (two - zero) / (2 * tickets)
    side = "rules alone" if args.rules_only else "rules + tagger"
    print(
        f"{args.commit or 'working tree'}, {side}: N=0 {zero:,}, N=2 {two:,}, "
        f"{per_ticket / 1e6:.3f} M instructions per ticket ({tickets} tickets)"
    )


if __name__ == "__main__":
    main()
