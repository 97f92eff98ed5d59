"""Check that the name tagger's candidates and features are the same as a reference commit's.

Training reads the tagger's candidates (offsets, line, whether the rules took the word)
and their features, so a speed change must leave them as they are, not only the spans.
For the development PII splits (``data/eval/pii/dev*.jsonl``; the blind splits are not
read) and the 420 realistic tickets, the rules' spans (the redactor without the tagger,
with the item's language) are given to ``candidates`` with ``skip_taken`` off and on; the
working tree's results are compared with the reference's, each side run in its own process
(the reference's ``vocmine/`` exported with ``git archive``) with ``PYTHONHASHSEED=0``.

    PYTHONPATH=. .venv/bin/python scripts/experiments/name_tagger_candidates_check.py \
        [--reference 5519a85]
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import json, pickle, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from vocmine.nlp.name_tagger import candidates
from vocmine.nlp.redact import Redactor
repo = Path(sys.argv[2])
paths = sorted((repo / "data" / "eval" / "pii").glob("dev*.jsonl"))
paths += sorted((repo / "data" / "eval" / "realistic").glob("*.jsonl"))
rules = Redactor()
out = []
for path in paths:
    with path.open(encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            text, lang = row.get("text"), row.get("lang")
            if not text:
                continue
            spans = [(s.start, s.end, s.kind) for s in rules.redact(text, lang=lang).spans]
            for skip in (False, True):
                out.append([
                    (c.start, c.end, c.line, c.taken, tuple(c.features))
                    for c in candidates(text, lang, spans, skip_taken=skip)
                ])
Path(sys.argv[3]).write_bytes(pickle.dumps(out))
"""


def run(tree: Path, out: Path) -> list:
    """The candidates computed by ``tree``'s ``vocmine/``."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    subprocess.run(
        [sys.executable, "-c", CHILD, str(tree), str(REPO), str(out)], env=env, check=True
    )
    return pickle.loads(out.read_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default="5519a85")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "tree"
        tree.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", args.reference, "vocmine"],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        old = run(tree, Path(scratch) / "old.pickle")
        new = run(REPO, Path(scratch) / "new.pickle")
    differ = sum(a != b for a, b in zip(old, new, strict=True))
    count = sum(len(a) for a in old)
    print(
        f"{len(old) // 2} texts, {len(old)} candidate lists ({count} candidates) compared, "
        f"{differ} differ"
    )
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
