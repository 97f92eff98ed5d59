"""Score the PII redactor on the labelled set in data/eval/pii/.

The set (written by scripts/make_pii_set.py, see data/eval/pii/README.md) holds
customer texts in the seven languages with gold PII spans (``pii``: start, end, kind,
and for names a context) and near-misses that must survive redaction (``keep``:
start, end, what). The redactor is run as
``Redactor().redact(text, lang=item["lang"])`` and its ``spans`` (objects with
``start``, ``end``, ``kind``; offsets into the original text) are scored:

- **Recall.** A gold PII span is *found* when the predicted spans (of any kind)
  together cover at least 80 % of its non-whitespace characters. Recall is reported
  overall, per gold kind, per language, and for names per context (salutation,
  signature, self_intro, other).
- **Kind agreement** (reported separately, not used for precision/recall): a found
  span agrees when the predicted span overlapping it most has the gold kind.
- **Precision.** A predicted span is correct when it overlaps (by at least one
  character) any gold PII span, of any kind. Precision overall and per predicted kind.
- **Keep.** A keep span is kept when no predicted span overlaps it. Kept rate per
  ``what``; every failure is listed (dev only).
- **Bars** (PASS/FAIL): checksum ids (card, iban, pesel, birth_number, national_id,
  tax_id) recall >= 0.99; email recall >= 0.99; phone recall >= 0.99; names in
  salutation + signature + self_intro recall >= 0.90; overall precision >= 0.95;
  order and invoice numbers all kept.
- Items/s of the redactor over the set (informative; the redactor is built once
  before timing).

Texts of missed spans, false positives and keep failures are printed only for
``--split dev``. The blind splits (``blind``, ``blind2`` ...) are never used for
tuning: for them (and for ``all``, which contains ``blind``) only counts are printed or
written.

Run:
    PYTHONPATH=. .venv/bin/python bench/bench_pii.py [--split dev|all|blind|blind2|...] [--json OUT]

Every ``data/eval/pii/blind*.jsonl`` file is a ``--split`` choice.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data" / "eval" / "pii"
SPLITS = ("dev", "blind")
BLIND_SPLITS = tuple(
    sorted((p.stem for p in DATA.glob("blind*.jsonl")), key=lambda name: int(name[5:] or 1))
)
"""Every blind split on disk: ``blind``, ``blind2`` ... (a new file is a new choice)."""
LANGS = ("pl", "cs", "sk", "ru", "uk", "en", "de")
PII_KINDS = (
    "email",
    "url_token",
    "card",
    "iban",
    "pesel",
    "birth_number",
    "national_id",
    "tax_id",
    "phone",
    "name",
    "address",
)
NAME_CONTEXTS = ("salutation", "signature", "self_intro", "other")
CHECKSUM_KINDS = ("card", "iban", "pesel", "birth_number", "national_id", "tax_id")
COVER = 0.8

Span = tuple[int, int, str]


# ---------------------------------------------------------------------------
# Loading and structural checks
# ---------------------------------------------------------------------------


def check_item(item: dict) -> list[str]:
    """Structural problems of one item: offsets, kinds, contexts, overlaps."""
    problems: list[str] = []
    text = item["text"]
    if item.get("lang") not in LANGS:
        problems.append(f"lang {item.get('lang')!r}")
    spans: list[Span] = []
    for sp in item.get("pii", []):
        if sp["kind"] not in PII_KINDS:
            problems.append(f"kind {sp['kind']!r}")
        if sp["kind"] == "name" and sp.get("context") not in NAME_CONTEXTS:
            problems.append(f"name context {sp.get('context')!r}")
        spans.append((sp["start"], sp["end"], sp["kind"]))
    for sp in item.get("keep", []):
        spans.append((sp["start"], sp["end"], "keep:" + sp["what"]))
    for s, e, k in spans:
        if not (0 <= s < e <= len(text)):
            problems.append(f"{k} offsets {s}:{e} out of range")
        elif text[s:e] != text[s:e].strip():
            problems.append(f"{k} span {text[s:e]!r} has surrounding whitespace")
    spans.sort()
    for (s1, e1, k1), (s2, _e2, k2) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            problems.append(f"{k1} {s1}:{e1} overlaps {k2} at {s2}")
    return problems


def load(split: str, data: Path = DATA) -> list[dict]:
    """Items of ``dev``, ``blind``, ``blind2`` ... or ``all`` (dev then blind).

    Raises on bad data.
    """
    names = SPLITS if split == "all" else (split,)
    items: list[dict] = []
    for name in names:
        with (data / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    item = json.loads(line)
                    problems = check_item(item)
                    if problems:
                        raise ValueError(f"{item.get('id')}: {problems}")
                    items.append(item)
    return items


# ---------------------------------------------------------------------------
# Scoring (pure)
# ---------------------------------------------------------------------------


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def coverage(text: str, start: int, end: int, predicted: Iterable[Span]) -> float:
    """Share of the non-whitespace characters of text[start:end] that predicted spans cover."""
    positions = [i for i in range(start, end) if not text[i].isspace()] or list(range(start, end))
    covered: set[int] = set()
    for s, e, _k in predicted:
        if e > start and s < end:
            covered.update(range(max(s, start), min(e, end)))
    return sum(1 for i in positions if i in covered) / len(positions) if positions else 0.0


def _rate(num: int, den: int) -> float | None:
    return num / den if den else None


def _bucket() -> dict[str, int]:
    return {"n": 0, "hit": 0}


def _finish(buckets: dict[str, dict[str, int]], key: str) -> dict[str, dict[str, Any]]:
    return {
        name: {"n": b["n"], key: b["hit"], "rate": _rate(b["hit"], b["n"])}
        for name, b in sorted(buckets.items())
    }


def score(items: Sequence[dict], predicted: Sequence[Iterable[Span]]) -> dict[str, Any]:
    """Score predicted spans against the gold set.

    Args:
        items: the set's items (``text``, ``lang``, ``pii``, ``keep``).
        predicted: per item, the predicted ``(start, end, kind)`` spans.

    Returns:
        A dict with ``recall`` (all, by_kind, by_lang, name_by_context),
        ``kind_agreement``, ``precision`` (all, by_kind), ``keep`` (all, by_what),
        ``bars`` (name, value, target, passed) and the lists ``missed``,
        ``false_positives`` and ``keep_failures`` (with texts).
    """
    if len(items) != len(predicted):
        raise ValueError(f"{len(items)} items but {len(predicted)} predictions")
    rec_kind: dict[str, dict[str, int]] = defaultdict(_bucket)
    rec_lang: dict[str, dict[str, int]] = defaultdict(_bucket)
    rec_ctx: dict[str, dict[str, int]] = defaultdict(_bucket)
    agree_kind: dict[str, dict[str, int]] = defaultdict(_bucket)
    prec_kind: dict[str, dict[str, int]] = defaultdict(_bucket)
    keep_what: dict[str, dict[str, int]] = defaultdict(_bucket)
    missed: list[dict] = []
    false_positives: list[dict] = []
    keep_failures: list[dict] = []
    for item, preds in zip(items, predicted, strict=True):
        text = item["text"]
        preds = [(int(s), int(e), str(k)) for s, e, k in preds]
        for gold in item["pii"]:
            gs, ge, kind = gold["start"], gold["end"], gold["kind"]
            found = coverage(text, gs, ge, preds) >= COVER
            buckets = [rec_kind[kind], rec_lang[item["lang"]]]
            if kind == "name":
                buckets.append(rec_ctx[gold.get("context", "other")])
            for b in buckets:
                b["n"] += 1
                b["hit"] += found
            if found:
                best = max(preds, key=lambda p: _overlap(p[0], p[1], gs, ge))
                agree_kind[kind]["n"] += 1
                agree_kind[kind]["hit"] += best[2] == kind
            else:
                missed.append(
                    {
                        "id": item["id"],
                        "kind": kind,
                        "context": gold.get("context"),
                        "text": text[gs:ge],
                        "coverage": round(coverage(text, gs, ge, preds), 3),
                    }
                )
        for s, e, kind in preds:
            correct = any(_overlap(s, e, g["start"], g["end"]) for g in item["pii"])
            prec_kind[kind]["n"] += 1
            prec_kind[kind]["hit"] += correct
            if not correct:
                false_positives.append({"id": item["id"], "kind": kind, "text": text[s:e]})
        for keep in item["keep"]:
            ks, ke, what = keep["start"], keep["end"], keep["what"]
            hits = [p for p in preds if _overlap(p[0], p[1], ks, ke)]
            keep_what[what]["n"] += 1
            keep_what[what]["hit"] += not hits
            if hits:
                keep_failures.append(
                    {
                        "id": item["id"],
                        "what": what,
                        "text": text[ks:ke],
                        "by": sorted({k for _s, _e, k in hits}),
                    }
                )

    def pooled(buckets: dict[str, dict[str, int]], names: Iterable[str]) -> tuple[int, int]:
        n = sum(buckets[x]["n"] for x in names if x in buckets)
        hit = sum(buckets[x]["hit"] for x in names if x in buckets)
        return hit, n

    all_hit, all_n = pooled(rec_kind, list(rec_kind))
    p_hit, p_n = pooled(prec_kind, list(prec_kind))
    k_hit, k_n = pooled(keep_what, list(keep_what))
    a_hit, a_n = pooled(agree_kind, list(agree_kind))
    bars = []
    for name, (hit, n), target in (
        ("checksum ids recall", pooled(rec_kind, CHECKSUM_KINDS), 0.99),
        ("email recall", pooled(rec_kind, ["email"]), 0.99),
        ("phone recall", pooled(rec_kind, ["phone"]), 0.99),
        (
            "names (salutation+signature+self_intro) recall",
            pooled(rec_ctx, ["salutation", "signature", "self_intro"]),
            0.90,
        ),
        ("overall precision", (p_hit, p_n), 0.95),
        ("order+invoice numbers kept", pooled(keep_what, ["order_number", "invoice_number"]), 1.0),
    ):
        value = _rate(hit, n)
        bars.append(
            {
                "name": name,
                "value": value,
                "n": n,
                "target": target,
                "passed": None if value is None else value >= target,
            }
        )
    return {
        "items": len(items),
        "recall": {
            "all": {"n": all_n, "found": all_hit, "rate": _rate(all_hit, all_n)},
            "by_kind": _finish(rec_kind, "found"),
            "by_lang": _finish(rec_lang, "found"),
            "name_by_context": _finish(rec_ctx, "found"),
        },
        "kind_agreement": {
            "all": {"n": a_n, "same_kind": a_hit, "rate": _rate(a_hit, a_n)},
            "by_kind": _finish(agree_kind, "same_kind"),
        },
        "precision": {
            "all": {"n": p_n, "correct": p_hit, "rate": _rate(p_hit, p_n)},
            "by_kind": _finish(prec_kind, "correct"),
        },
        "keep": {
            "all": {"n": k_n, "kept": k_hit, "rate": _rate(k_hit, k_n)},
            "by_what": _finish(keep_what, "kept"),
        },
        "bars": bars,
        "missed": missed,
        "false_positives": false_positives,
        "keep_failures": keep_failures,
    }


def without_texts(result: dict[str, Any]) -> dict[str, Any]:
    """The result with the text lists replaced by counts (for blind)."""
    out = dict(result)
    for key in ("missed", "false_positives", "keep_failures"):
        out[key] = len(result[key])
    return out


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def report(result: dict[str, Any], show_texts: bool) -> str:
    """Human-readable report; texts only when ``show_texts``."""
    lines: list[str] = []
    rec, agr, prec = result["recall"], result["kind_agreement"], result["precision"]
    lines.append(f"items: {result['items']}")
    lines.append("")
    lines.append(
        f"{'kind':14}{'gold':>6}{'found':>7}{'recall':>8}{'agree':>8}{'pred':>7}{'ok':>6}{'prec':>8}"
    )
    kinds = sorted(
        set(rec["by_kind"]) | set(prec["by_kind"]),
        key=lambda k: (k not in PII_KINDS, PII_KINDS.index(k) if k in PII_KINDS else 0, k),
    )
    for kind in kinds:
        r = rec["by_kind"].get(kind, {"n": 0, "found": 0, "rate": None})
        a = agr["by_kind"].get(kind, {"rate": None})
        p = prec["by_kind"].get(kind, {"n": 0, "correct": 0, "rate": None})
        lines.append(
            f"{kind:14}{r['n']:>6}{r['found']:>7}{_fmt(r['rate']):>8}{_fmt(a['rate']):>8}"
            f"{p['n']:>7}{p['correct']:>6}{_fmt(p['rate']):>8}"
        )
    lines.append(
        f"{'ALL':14}{rec['all']['n']:>6}{rec['all']['found']:>7}{_fmt(rec['all']['rate']):>8}"
        f"{_fmt(agr['all']['rate']):>8}{prec['all']['n']:>7}{prec['all']['correct']:>6}"
        f"{_fmt(prec['all']['rate']):>8}"
    )
    lines.append("")
    lines.append(
        "recall by language:  "
        + "  ".join(
            f"{k} {_fmt(v['rate']).strip()} ({v['found']}/{v['n']})"
            for k, v in rec["by_lang"].items()
        )
    )
    lines.append(
        "names by context:    "
        + "  ".join(
            f"{k} {_fmt(v['rate']).strip()} ({v['found']}/{v['n']})"
            for k, v in rec["name_by_context"].items()
        )
    )
    lines.append("")
    lines.append(f"{'keep':26}{'n':>5}{'kept':>6}{'rate':>8}")
    for what, v in result["keep"]["by_what"].items():
        lines.append(f"{what:26}{v['n']:>5}{v['kept']:>6}{_fmt(v['rate']):>8}")
    k = result["keep"]["all"]
    lines.append(f"{'ALL':26}{k['n']:>5}{k['kept']:>6}{_fmt(k['rate']):>8}")
    lines.append("")
    lines.append("bars:")
    for bar in result["bars"]:
        status = "n/a " if bar["passed"] is None else ("PASS" if bar["passed"] else "FAIL")
        lines.append(
            f"  {status}  {bar['name']:48} {_fmt(bar['value'])}  (target {bar['target']}, n={bar['n']})"
        )
    if "items_per_s" in result:
        lines.append("")
        lines.append(
            f"redactor: {result['items_per_s']:.1f} items/s (built in {result['build_seconds']:.2f} s)"
        )
    lines.append("")
    if show_texts:
        lines.append(f"missed gold spans ({len(result['missed'])}):")
        lines += [
            f"  {m['id']}  {m['kind']}{'/' + m['context'] if m['context'] else ''}  cov={m['coverage']}  {m['text']!r}"
            for m in result["missed"]
        ]
        lines.append(f"false positives ({len(result['false_positives'])}):")
        lines += [f"  {f['id']}  {f['kind']}  {f['text']!r}" for f in result["false_positives"]]
        lines.append(f"keep failures ({len(result['keep_failures'])}):")
        lines += [
            f"  {f['id']}  {f['what']}  {f['text']!r}  by {','.join(f['by'])}"
            for f in result["keep_failures"]
        ]
    else:
        counts = {
            key: v if isinstance(v, int) else len(v)
            for key in ("missed", "false_positives", "keep_failures")
            for v in [result[key]]
        }
        lines.append(
            f"missed gold spans: {counts['missed']}, false positives: "
            f"{counts['false_positives']}, keep failures: {counts['keep_failures']} "
            "(texts are shown for --split dev only; blind is never used for tuning)"
        )
    return "\n".join(lines)


def run_redactor(
    items: Sequence[dict], name_tagger: Path | None = None
) -> tuple[list[list[Span]], float, float]:
    """Predicted spans per item, redactor items/s and build seconds.

    With ``name_tagger`` (a model folder), the redactor adds that learned tagger's names.
    """
    from vocmine.nlp.redact import Redactor

    t0 = time.perf_counter()
    if name_tagger is None:
        redactor = Redactor()
    else:
        from vocmine.nlp.name_tagger import NameTagger

        redactor = Redactor(name_tagger=NameTagger.load(name_tagger))
    build = time.perf_counter() - t0
    predicted: list[list[Span]] = []
    t0 = time.perf_counter()
    for item in items:
        redaction = redactor.redact(item["text"], lang=item["lang"])
        predicted.append([(sp.start, sp.end, str(sp.kind)) for sp in redaction.spans])
    elapsed = time.perf_counter() - t0
    return predicted, len(items) / elapsed if elapsed else float("inf"), build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the PII redactor on data/eval/pii.")
    parser.add_argument(
        "--split",
        choices=("dev", "all", *BLIND_SPLITS),
        default="blind",
    )
    parser.add_argument("--json", type=Path, help="write the scores here (texts for dev only)")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--name-tagger",
        type=Path,
        help="add the learned name tagger in this folder (e.g. models/pii_names/v2)",
    )
    args = parser.parse_args(argv)
    items = load(args.split, args.data)
    predicted, items_per_s, build = run_redactor(items, args.name_tagger)
    result = score(items, predicted)
    result["items_per_s"] = items_per_s
    result["build_seconds"] = build
    result["split"] = args.split
    show_texts = args.split == "dev"
    if not show_texts:
        result = without_texts(result)
    print(f"split: {args.split}")
    print(report(result, show_texts))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
