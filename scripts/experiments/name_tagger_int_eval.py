"""Measure the integrated name tagger: fresh-rules LOSO, real-text added spans, speed.

(a) Leave-one-split-out over the development splits (dev, dev2 ... dev20; no blind
split is read): the tagger is trained on the other splits (threshold by its grouped
out-of-fold rule) and added to the rules *as they were before the held-out split was
added* (``git archive <commit>^ vocmine``: rules that never saw the writer; dev and dev2
came with the first redactor and have none). Pooled bar-context (salutation, signature,
self_intro) name recall and all-kind precision, rules alone vs rules + tagger.
(b) The shipped model on the first rows of each /work/shared/data/*/*.jsonl: added
name spans per 1,000 texts, with random examples to judge.
(c) The tagger's own cost per text on the same real texts.
(d) With ``--pool``: leave-one-writer-out over the larger writer pool of the v2 recipe (the
dev splits plus the spent blind splits of ``train_name_tagger.SPENT_BLIND_SPLITS``), the v1
recipe (dev splits only) against the v2 recipe on the *same* held-out splits: for each
writer, both arms are trained without any of that writer's splits (dev and blind are one
writer), so the v1 arm on a held-out blind split is the v1 recipe itself. Per held-out
split and pooled: bar-context name recall and all-kind precision, rules alone, + v1
arm, + v2 arm; with today's rules ("now") and with the rules as they were before the
split was added ("fresh", where that redactor exists). blind17, blind19 and blind20 are
never read (nor blind7 and blind8, which have looks left).

    PYTHONPATH=. .venv/bin/python scripts/experiments/name_tagger_int_eval.py [--skip-loso]
    PYTHONPATH=. .venv/bin/python scripts/experiments/name_tagger_int_eval.py --pool \
        --real-rows 0 [--json OUT] [--c 0.3] [--target 0.98]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from bench_pii import coverage, score  # noqa: E402
from train_name_tagger import (  # noqa: E402
    DEV_SPLITS,
    RECIPES,
    SEED,
    load_dev,
    load_splits,
    rule_spans,
    writer,
)

import vocmine.nlp.name_tagger as name_tagger_module  # noqa: E402
from vocmine.nlp.name_tagger import NameTagger, Span, candidates  # noqa: E402
from vocmine.nlp.redact import Redactor  # noqa: E402

REAL_DATA = Path("/work/shared/data")
REAL_LANG = {"allegro_reviews": "pl", "polemo2_klej": "pl", "czech_facebook": "cs"}
BAR = ("salutation", "signature", "self_intro")
CACHE = Path(tempfile.gettempdir()) / "vocmine_fresh_rules"

_FRESH_CODE = """
import json, sys
from vocmine.nlp.redact import Redactor
r = Redactor()
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        it = json.loads(line)
        out.append([(s.start, s.end, str(s.kind)) for s in r.redact(it["text"], lang=it["lang"]).spans])
print(json.dumps(out))
"""


def fresh_rules(split: str) -> list[list[Span]] | None:
    """The spans of the redactor as it was before ``split`` was added (cached)."""
    if split in ("dev", "dev2", "blind"):
        # dev and dev2 came with the first redactor; blind is dev's writer, and the first
        # blind split was scored by its author against the work-in-progress redactor
        return None
    path = f"data/eval/pii/{split}.jsonl"
    log = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", path],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not log:
        return None
    CACHE.mkdir(exist_ok=True)
    cached = CACHE / f"{log[-1][:12]}_{split}.json"
    if not cached.exists():
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(
                ["git", "archive", f"{log[-1]}^", "vocmine"],
                cwd=REPO,
                capture_output=True,
                check=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            run = subprocess.run(
                [sys.executable, "-c", _FRESH_CODE, str(REPO / path)],
                cwd=tmp,
                env={**os.environ, "PYTHONPATH": tmp},
                capture_output=True,
                text=True,
            )
        if run.returncode:
            return None
        cached.write_text(run.stdout, encoding="utf-8")
    data = json.loads(cached.read_text(encoding="utf-8"))
    return [[(int(s), int(e), str(k)) for s, e, k in spans] for spans in data]


def recall(items: list[dict], preds: list[list[Span]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item, p in zip(items, preds, strict=True):
        for g in item["pii"]:
            if g["kind"] != "name":
                continue
            found = coverage(item["text"], g["start"], g["end"], p) >= 0.8
            for key in (g["context"], "bar") if g["context"] in BAR else (g["context"],):
                out[key][0] += found
                out[key][1] += 1
    return out


def with_tagger(tagger: NameTagger, item: dict, rules: list[Span]) -> tuple[list[Span], int, int]:
    added = tagger.extra_spans(item["text"], item["lang"], rules)
    ok = sum(any(g["start"] < e and s < g["end"] for g in item["pii"]) for s, e in added)
    return [*rules, *((s, e, "name") for s, e in added)], ok, len(added) - ok


def loso() -> None:
    items, groups = load_dev()
    rules_now = rule_spans(items)
    pooled: dict[str, list] = defaultdict(list)
    fp = defaultdict(int)
    print("split  thr  | bar fresh>+model | bar now>+model | prec fresh>+model | +fp fresh")
    for split in DEV_SPLITS:
        train = [k for k, g in enumerate(groups) if g != split]
        test = [k for k, g in enumerate(groups) if g == split]
        tagger = NameTagger(seed=SEED).fit(
            [items[k] for k in train], [rules_now[k] for k in train], [groups[k] for k in train]
        )
        t_items = [items[k] for k in test]
        variants = {"now": [rules_now[k] for k in test]}
        old = fresh_rules(split)
        if old is not None:
            variants["fresh"] = old
        row = {}
        for name, rules in variants.items():
            unions = []
            for it, r in zip(t_items, rules, strict=True):
                u, _ok, bad = with_tagger(tagger, it, r)
                unions.append(u)
                fp[name] += bad
            pooled[name + "_items"] += t_items
            pooled[name + "_rules"] += rules
            pooled[name + "_union"] += unions
            rr, ur = recall(t_items, rules)["bar"], recall(t_items, unions)["bar"]
            rp = score(t_items, rules)["precision"]["all"]["rate"]
            up = score(t_items, unions)["precision"]["all"]["rate"]
            row[name] = f"{rr[0] / rr[1]:.3f}>{ur[0] / ur[1]:.3f}", f"{rp:.3f}>{up:.3f}"
        fr = row.get("fresh", ("  -  ", "  -  "))
        print(f"{split:6} {tagger.threshold_:.2f} | {fr[0]} | {row['now'][0]} | {fr[1]} |")
        sys.stdout.flush()
    for name in ("fresh", "now"):
        it, r, u = pooled[name + "_items"], pooled[name + "_rules"], pooled[name + "_union"]
        rr, ur = recall(it, r), recall(it, u)
        rs, us = score(it, r)["precision"]["all"], score(it, u)["precision"]["all"]
        print(f"\npooled, {name} rules ({len(it)} items): rules alone -> rules + tagger")
        for k in ("signature", "salutation", "self_intro", "bar", "other"):
            print(
                f"  {k:11} {rr[k][0] / rr[k][1]:.3f} -> {ur[k][0] / ur[k][1]:.3f}"
                f"  ({rr[k][0]} -> {ur[k][0]} of {rr[k][1]})"
            )
        print(
            f"  precision   {rs['rate']:.4f} -> {us['rate']:.4f}  (+fp spans {fp[name]},"
            f" {fp[name] / len(it) * 1000:.1f} per 1,000 texts)"
        )


def _memo_candidates() -> None:
    """Memoise ``candidates`` inside the tagger module for the many fits below.

    ``NameTagger.fit`` recomputes every item's candidates on each call; they depend only
    on (text, lang, rules' spans, options), so the pool's 50-odd fits share them. The
    function itself is untouched (same outputs).
    """
    plain = name_tagger_module.candidates
    memo: dict[tuple, list] = {}

    def cached(text, lang, rules, skip_taken=False, folded=None):  # type: ignore[no-untyped-def]
        key = (text, lang, tuple(tuple(r) for r in rules), skip_taken)
        out = memo.get(key)
        if out is None:
            out = memo[key] = plain(text, lang, rules, skip_taken=skip_taken, folded=folded)
        return out

    name_tagger_module.candidates = cached  # type: ignore[assignment]


def _counts(items: list[dict], preds: list[list[Span]]) -> dict[str, list[int]]:
    """Found / gold per name context (and "bar"), and correct / predicted spans."""
    out = {k: list(v) for k, v in recall(items, preds).items()}
    p = score(items, preds)["precision"]["all"]
    out["precision"] = [p["correct"], p["n"]]
    return out


def loso_pool(
    c: float,
    target: float,
    json_out: Path | None,
    drop: float = 0.0,
    arms: tuple[str, ...] = ("v1", "v2"),
    only: tuple[str, ...] = (),
) -> None:
    """Leave-one-writer-out over the v2 pool: rules, + v1-recipe arm, + v2-recipe arm."""
    _memo_candidates()
    items, splits = load_splits(RECIPES["v2"])
    writers = [writer(s) for s in splits]
    rules_now = rule_spans(items)
    dev_set = set(DEV_SPLITS)
    fits: dict[tuple[str, str], NameTagger] = {}

    def arm(name: str, held: str) -> NameTagger:
        if name == "v1":
            train = [k for k, s in enumerate(splits) if s in dev_set and writers[k] != held]
            params = {"seed": SEED}
        else:
            train = [k for k, w in enumerate(writers) if w != held]
            params = {"c": c, "target_precision": target, "seed": SEED, "drop_rule_names": drop}
        key = (name, ",".join(sorted({writers[k] for k in train})))
        if key not in fits:
            t0 = time.perf_counter()
            fits[key] = NameTagger(**params).fit(  # type: ignore[arg-type]
                [items[k] for k in train],
                [rules_now[k] for k in train],
                [writers[k] for k in train],
            )
            print(
                f"  [{name} without {held}: {len(train)} items, thr {fits[key].threshold_:.2f},"
                f" {time.perf_counter() - t0:.0f} s]",
                file=sys.stderr,
            )
        return fits[key]

    rows: list[dict] = []
    print(
        "split    thr v1/v2 | bar fresh: rules > +v1 > +v2 | prec fresh: rules > +v1 > +v2"
        " | bar now: rules > +v1 > +v2 | prec now: rules > +v1 > +v2"
    )
    for held in dict.fromkeys(writers):
        if only and held not in only:
            continue
        taggers = {name: arm(name, held) for name in arms}
        for split in dict.fromkeys(s for s, w in zip(splits, writers, strict=True) if w == held):
            test = [k for k, s in enumerate(splits) if s == split]
            t_items = [items[k] for k in test]
            variants = {"now": [rules_now[k] for k in test]}
            old = fresh_rules(split)
            if old is not None:
                variants["fresh"] = old
            row: dict = {"split": split, "writer": held, "items": len(test)}
            row["threshold"] = {n: t.threshold_ for n, t in taggers.items()}
            for vname, rules in variants.items():
                res = {"rules": _counts(t_items, rules)}
                for n, tagger in taggers.items():
                    unions = [
                        with_tagger(tagger, it, r)[0] for it, r in zip(t_items, rules, strict=True)
                    ]
                    res[n] = _counts(t_items, unions)
                row[vname] = res
            rows.append(row)
            cells = []
            for vname in ("fresh", "now"):
                if vname not in row:
                    cells += ["        -          ", "        -          "]
                    continue
                r = row[vname]
                cells.append(
                    " > ".join(f"{r[a]['bar'][0] / r[a]['bar'][1]:.3f}" for a in ("rules", *arms))
                )
                cells.append(
                    " > ".join(
                        f"{r[a]['precision'][0] / r[a]['precision'][1]:.3f}"
                        for a in ("rules", *arms)
                    )
                )
            thr = "/".join(f"{t:.2f}" for t in row["threshold"].values())
            print(f"{split:8} {thr} | " + " | ".join(cells))
            sys.stdout.flush()
    _pooled_report(rows, ("rules", *arms))
    if json_out is not None:
        json_out.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


def _pooled_report(rows: list[dict], arms: tuple[str, ...] = ("rules", "v1", "v2")) -> None:
    """Pooled figures over the dev splits, the spent blind splits, and all."""
    groups = {
        "dev splits": [r for r in rows if not r["split"].startswith("blind")],
        "spent blind splits": [r for r in rows if r["split"].startswith("blind")],
        "all": rows,
    }
    for gname, grows in groups.items():
        for vname in ("fresh", "now"):
            have = [r for r in grows if vname in r]
            if not have:
                continue
            tot: dict[str, dict[str, list[int]]] = {}
            for r in have:
                for a, counts in r[vname].items():
                    for k, (hit, n) in counts.items():
                        cell = tot.setdefault(a, {}).setdefault(k, [0, 0])
                        cell[0] += hit
                        cell[1] += n
            nitems = sum(r["items"] for r in have)
            below = {
                a: sum(r[vname][a]["bar"][0] / r[vname][a]["bar"][1] < 0.90 for r in have)
                for a in arms
            }
            print(
                f"\npooled, {gname}, {vname} rules ({len(have)} splits, {nitems} items): "
                + " > ".join(arms)
            )
            for k in ("signature", "salutation", "self_intro", "bar", "other", "precision"):
                cells = "  ".join(
                    f"{tot[a][k][0] / tot[a][k][1]:.4f} ({tot[a][k][0]}/{tot[a][k][1]})"
                    for a in arms
                )
                print(f"  {k:11} {cells}")
            print("  splits with bar < 0.90: " + ", ".join(f"{a} {n}" for a, n in below.items()))


def real_text(rows: int, show: int, model: Path) -> None:
    tagger = NameTagger.load(model)
    rules_only = Redactor()
    rng = random.Random(SEED)
    shown: list[str] = []
    total = added_total = 0
    texts: list[tuple[str, str | None, list[Span]]] = []
    print(f"\n## Real text (first {rows} rows of each data set)")
    for path in sorted(REAL_DATA.glob("*/*.jsonl")):
        n = added = 0
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if n >= rows:
                    break
                if not line.strip():
                    continue
                row = json.loads(line)
                text = row.get("text") or ""
                lang = row.get("lang") or REAL_LANG.get(path.parent.name)
                n += 1
                if not text:
                    continue
                rules = [(s.start, s.end, s.kind) for s in rules_only.redact(text, lang=lang).spans]
                texts.append((text, lang, rules))
                for s, e in tagger.extra_spans(text, lang, rules):
                    added += 1
                    left = text[max(0, s - 40) : s].replace("\n", "⏎")
                    right = text[e : e + 40].replace("\n", "⏎")
                    shown.append(f"  [{path.parent.name}] …{left}[[{text[s:e]}]]{right}…")
        total += n
        added_total += added
        print(f"  {path.parent.name:28} texts {n:5}  added {added:4}")
    print(
        f"  total: {total} texts, {added_total} added ({added_total / total * 1000:.1f} per 1,000)"
    )
    print(f"\nexamples (random {show}):")
    for line in rng.sample(shown, min(show, len(shown))):
        print(line)
    # the tagger's own cost per text (rules' spans given), best of 3
    best = float("inf")
    ncand = 0
    for _ in range(3):
        t0 = time.perf_counter()
        for text, lang, rules in texts:
            tagger.extra_spans(text, lang, rules)
        best = min(best, time.perf_counter() - t0)
    for text, lang, rules in texts:
        ncand += len(candidates(text, lang, rules, skip_taken=True))
    print(
        f"\ntagger cost on real texts: {best / len(texts) * 1000:.4f} ms per text "
        f"({ncand / len(texts):.2f} candidates per text, {len(texts)} texts)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-loso", action="store_true")
    parser.add_argument("--real-rows", type=int, default=2500)
    parser.add_argument("--show", type=int, default=30)
    parser.add_argument(
        "--model", type=Path, default=REPO / "models" / "pii_names" / "v2", help="for (b), (c)"
    )
    parser.add_argument("--pool", action="store_true", help="(d): v1 vs v2 recipe, larger pool")
    parser.add_argument("--c", type=float, default=0.3, help="C of the v2 arm (--pool)")
    parser.add_argument("--target", type=float, default=0.98, help="target of the v2 arm (--pool)")
    parser.add_argument("--json", type=Path, help="write the --pool rows here (counts only)")
    parser.add_argument(
        "--drop", type=float, default=0.0, help="drop_rule_names of the v2 arm (--pool)"
    )
    parser.add_argument(
        "--writers", default="", help="held-out writers of --pool, comma-separated (all)"
    )
    parser.add_argument(
        "--arms", default="v1,v2", help="arms of --pool, comma-separated (v1, v2 or both)"
    )
    args = parser.parse_args()
    if args.pool:
        loso_pool(
            args.c,
            args.target,
            args.json,
            args.drop,
            tuple(args.arms.split(",")),
            tuple(w for w in args.writers.split(",") if w),
        )
    elif not args.skip_loso:
        loso()
    if args.real_rows:
        real_text(args.real_rows, args.show, args.model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
