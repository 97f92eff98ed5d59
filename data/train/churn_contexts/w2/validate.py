"""Check the w2 churn-context files: counts, JSON, ids, split rule, lengths."""

import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path

D = Path(__file__).resolve().parent
LANGS = ["pl", "cs", "sk", "ru", "uk", "en", "de"]
WANT = {"explicit": 5, "implicit": 6, "conditional": 5, "hard_negative": 7, "complaint": 7}
CHURN = {
    "explicit": True,
    "implicit": True,
    "conditional": True,
    "hard_negative": False,
    "complaint": False,
}
CHANNELS = {"review", "email", "ticket", "chat", "social", "survey", "app_review"}
FIELDS = {"id", "lang", "domain", "channel", "text", "churn", "kind", "split"}
DIACR = re.compile(r"[ąćęłńóśźżáčďéěíňřšťúůýäĺľôŕöüßÄÖÜŁŚŻŹĆŃČŘŠŽŤĎŇĽĹÔ]")
errors, ids, texts = [], set(), set()
for lang in LANGS:
    rows = [
        json.loads(l)
        for l in (D / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
        if l.strip()
    ]
    kinds, pos, domains, plain, latin = Counter(), defaultdict(int), set(), 0, 0
    for r in rows:
        if set(r) != FIELDS:
            errors.append(f"{r.get('id')}: fields {set(r)}")
        if r["id"] in ids:
            errors.append(f"dup id {r['id']}")
        ids.add(r["id"])
        if not r["id"].startswith(f"w2-{lang}-") or r["lang"] != lang:
            errors.append(f"{r['id']}: lang/id")
        if r["text"] in texts:
            errors.append(f"dup text {r['id']}")
        texts.add(r["text"])
        if not 20 <= len(r["text"]) <= 300:
            errors.append(f"{r['id']}: len {len(r['text'])}")
        if r["channel"] not in CHANNELS:
            errors.append(f"{r['id']}: channel")
        if r["churn"] is not CHURN[r["kind"]]:
            errors.append(f"{r['id']}: churn/kind")
        kinds[r["kind"]] += 1
        pos[r["kind"]] += 1
        want_split = "holdout" if pos[r["kind"]] % 3 == 0 else "train"
        if r["split"] != want_split:
            errors.append(f"{r['id']}: split")
        domains.add(r["domain"])
        if not DIACR.search(r["text"]):
            plain += 1
        if re.search(r"[a-z]{3}", r["text"]) and not re.search(r"[а-яіїєґ]", r["text"].lower()):
            latin += 1
    if dict(kinds) != WANT:
        errors.append(f"{lang}: kinds {dict(kinds)}")
    if len(domains) < 12:
        errors.append(f"{lang}: only {len(domains)} domains")
    extra = (
        f"no-diacritics {plain}/30"
        if lang in ("pl", "cs", "sk", "de")
        else (f"latin-script {latin}/30" if lang in ("ru", "uk") else "")
    )
    print(
        lang,
        len(rows),
        dict(kinds),
        f"domains={len(domains)}",
        extra,
        "holdout=%d" % sum(r["split"] == "holdout" for r in rows),
    )
print("total", len(ids))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
