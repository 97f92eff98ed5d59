"""Why the name tagger misses bar-context names on writers it never saw.

Leave-one-writer-out over the v2 recipe's pool (the dev splits plus the spent blind
splits; blind7, blind8, blind17, blind19 and blind20 are never read), the v2 arm only:
for each held-out writer a tagger is trained on the other writers (today's rules as
features, threshold by its grouped out-of-fold rule) and added to the held-out split's
rules, "fresh" (the redactor before the split was added) and "now". Every bar-context
(salutation, signature, self_intro) gold name still under 80 % coverage is written to a
JSON lines file with a machine-given cause:

- ``rules_partial``: a rule span overlaps the name but covers too little of it;
- ``no_candidate:<why>``: no word of the name is a candidate (why the first word is
  not: ``window_line``, ``window_word``, ``lower``, ``common``, ``cue_word``,
  ``other_kind``, ``no_word``);
- ``under_threshold``: the name's words are candidates, none scored at the threshold;
- ``partial``: some of its words were added or taken, too few to cover 80 %.

    PYTHONPATH=. .venv/bin/python scripts/experiments/name_tagger_misses.py OUT.jsonl

Counts are printed; the file holds the texts of the dev and spent blind splits only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "scripts" / "experiments"))
sys.path.insert(0, str(REPO))

from bench_pii import coverage  # noqa: E402
from name_tagger_int_eval import (  # noqa: E402
    BAR,
    _counts,
    _memo_candidates,
    _pooled_report,
    fresh_rules,
)
from train_name_tagger import RECIPES, SEED, load_splits, rule_spans, writer  # noqa: E402

import vocmine.nlp.name_tagger as nt  # noqa: E402
from vocmine.nlp.redact import _fold_same_length  # noqa: E402

_WORD_RE = nt._WORD_RE


def _why_not(text: str, ws: int, we: int, rules: list) -> str:
    """The first candidate filter a word fails (a rough re-reading of ``candidates``)."""
    lines = text.split("\n")
    nonempty = [k for k, part in enumerate(lines) if part.strip()]
    line = text.count("\n", 0, ws)
    if line not in nonempty:
        return "no_word"
    fs = nonempty.index(line)
    fe = len(nonempty) - 1 - fs
    ls = sum(len(p) + 1 for p in lines[:line])
    le = ls + len(lines[line])
    speaker = nt._SPEAKER_RE.match(text, ls, le)
    if fs >= nt.HEAD_LINES and fe >= nt.TAIL_LINES and speaker is None:
        return "window_line"
    words = [m.span() for m in _WORD_RE.finditer(text, speaker.end() if speaker else ls, le)]
    idx = [k for k, (s, e) in enumerate(words) if s <= ws < e]
    if not idx:
        return "no_word"
    i = idx[0]
    if i > nt.MAX_FROM_START and len(words) - 1 - i > nt.MAX_FROM_END:
        return "window_word"
    word = text[ws:we]
    if not word[:1].isupper():
        return "lower"
    if word.lower() in nt.COMMON_WORDS and word.isupper():
        return "common"
    if nt._excluded(_fold_same_length(word).lower()):
        return "cue_word"
    if any(s < we and ws < e and k != "name" for s, e, k in rules):
        return "other_kind"
    if word.isupper() and len(word) > 1:
        return "caps_long_line"
    return "other"


def _shape_tags(text: str, gs: int, ge: int) -> list[str]:
    """Rough shape tags of a gold name and its line."""
    tags = []
    name = text[gs:ge]
    ls = text.rfind("\n", 0, gs) + 1
    le = text.find("\n", ge)
    le = len(text) if le < 0 else le
    before = text[ls:gs]
    if name[:1].islower():
        tags.append("lower")
    if name.isupper() and len(name) > 2:
        tags.append("caps")
    if re.search(r"\b\w\.", name):
        tags.append("initial")
    if re.search(r"[-–—]\s*$", before):
        tags.append("after_dash")
    if before.strip() and not re.search(r"[-–—~/,:]\s*$", before):
        tags.append("mid_line")
    if len(before.strip()) == 0:
        tags.append("line_start")
    if text[ge:le].strip():
        tags.append("text_after")
    return tags


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--target", type=float, default=0.98)
    parser.add_argument("--drop", type=float, default=0.0, help="drop_rule_names")
    parser.add_argument("--only", nargs="*", help="held-out writers (default: all)")
    parser.add_argument("--json", type=Path, help="write the per-split counts here")
    parser.add_argument(
        "--also-thr",
        nargs="*",
        type=float,
        default=[],
        help="also score the tagger at these fixed thresholds (arms t0.70 ...)",
    )
    args = parser.parse_args()
    _memo_candidates()
    items, splits = load_splits(RECIPES["v2"])
    writers = [writer(s) for s in splits]
    rules_now = rule_spans(items)
    rows = []
    split_rows: list[dict] = []
    causes: Counter = Counter()
    totals: Counter = Counter()
    for held in dict.fromkeys(writers):
        if args.only and held not in args.only:
            continue
        t0 = time.perf_counter()
        train = [k for k, w in enumerate(writers) if w != held]
        params = {"c": args.c, "target_precision": args.target, "seed": SEED}
        if args.drop:
            params["drop_rule_names"] = args.drop
        tagger = nt.NameTagger(**params).fit(
            [items[k] for k in train], [rules_now[k] for k in train], [writers[k] for k in train]
        )
        print(
            f"[{held}: thr {tagger.threshold_:.2f}, {time.perf_counter() - t0:.0f} s]",
            file=sys.stderr,
        )
        for split in dict.fromkeys(s for s, w in zip(splits, writers, strict=True) if w == held):
            test = [k for k, s in enumerate(splits) if s == split]
            variants = {"now": [rules_now[k] for k in test]}
            old = fresh_rules(split)
            if old is not None:
                variants["fresh"] = old
            row: dict = {"split": split, "writer": held, "items": len(test)}
            row["threshold"] = {"v2": tagger.threshold_}
            for vname, rules_list in variants.items():
                unions = []
                for k, rules in zip(test, rules_list, strict=True):
                    it = items[k]
                    text = it["text"]
                    cands = nt.candidates(text, it["lang"], rules, skip_taken=True)
                    probs = [tagger.proba(c) for c in cands]
                    added = tagger.extra_spans(text, it["lang"], rules)
                    union = [*rules, *((s, e, "name") for s, e in added)]
                    unions.append(union)
                    for g in it["pii"]:
                        if g["kind"] != "name" or g["context"] not in BAR:
                            continue
                        gs, ge = g["start"], g["end"]
                        totals[vname, "all"] += 1
                        if coverage(text, gs, ge, union) >= 0.8:
                            totals[vname, "found"] += 1
                            continue
                        in_rules = [r for r in rules if r[0] < ge and gs < r[1]]
                        in_added = [a for a in added if a[0] < ge and gs < a[1]]
                        gc = [
                            (round(p, 3), text[c.start : c.end])
                            for c, p in zip(cands, probs, strict=True)
                            if c.start < ge and gs < c.end
                        ]
                        if in_added or any(r[2] == "name" for r in in_rules):
                            cause = "partial" if not in_rules else "rules_partial"
                        elif gc:
                            cause = "under_threshold"
                        else:
                            ws = [m.span() for m in _WORD_RE.finditer(text, gs, ge)]
                            why = _why_not(text, *ws[0], rules) if ws else "no_word"
                            cause = f"no_candidate:{why}"
                            if in_rules:
                                cause += f"(in {in_rules[0][2]})"
                        causes[vname, cause] += 1
                        ls = text.rfind("\n", 0, gs) + 1
                        le = text.find("\n", ge)
                        rows.append(
                            {
                                "variant": vname,
                                "split": split,
                                "id": it["id"],
                                "lang": it["lang"],
                                "context": g["context"],
                                "name": text[gs:ge],
                                "line": text[ls : len(text) if le < 0 else le],
                                "above": text[max(0, ls - 80) : ls],
                                "cause": cause,
                                "cands": gc,
                                "tags": _shape_tags(text, gs, ge),
                                "threshold": tagger.threshold_,
                            }
                        )
                t_items = [items[k] for k in test]
                row[vname] = {
                    "rules": _counts(t_items, rules_list),
                    "v2": _counts(t_items, unions),
                }
                own = tagger.threshold_
                for thr in args.also_thr:
                    tagger.threshold_ = thr
                    fixed = [
                        [
                            *r,
                            *(
                                (s, e, "name")
                                for s, e in tagger.extra_spans(it["text"], it["lang"], r)
                            ),
                        ]
                        for it, r in zip(t_items, rules_list, strict=True)
                    ]
                    row[vname][f"t{thr:.2f}"] = _counts(t_items, fixed)
                tagger.threshold_ = own
            split_rows.append(row)
            cells = [
                f"{v} {row[v]['rules']['bar'][0] / row[v]['rules']['bar'][1]:.3f} > "
                f"{row[v]['v2']['bar'][0] / row[v]['v2']['bar'][1]:.3f}"
                for v in ("fresh", "now")
                if v in row
            ]
            print(f"{split:8} {tagger.threshold_:.2f} | " + " | ".join(cells))
            sys.stdout.flush()
    _pooled_report(split_rows, ("rules", "v2", *(f"t{t:.2f}" for t in args.also_thr)))
    if args.json is not None:
        args.json.write_text(json.dumps(split_rows, indent=1) + "\n", encoding="utf-8")
    args.out.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    for vname in ("fresh", "now"):
        n, f = totals[vname, "all"], totals[vname, "found"]
        print(f"\n{vname}: found {f} of {n} bar names ({f / max(1, n):.4f}); misses by cause:")
        for (v, cause), cnt in causes.most_common():
            if v == vname:
                print(f"  {cnt:5}  {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
