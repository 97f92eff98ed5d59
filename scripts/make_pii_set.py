"""Write the labelled PII test set data/eval/pii/{dev,blind}.jsonl.

Every text is written here: hand-written templates per language, filled with
hand-written names, streets, cities and phrases, plus hand-written one-off items.
Checksum identifiers (PESEL, NIP, IBAN, rodné číslo, Steuer-ID, SNILS, ...) are
computed and then validated with python-stdnum; every phone number is checked with
phonenumbers.is_valid_number for its region. Order/invoice/ticket numbers are drawn
so that they do NOT pass the checksum of an identifier of the same length and are not
valid phone numbers, so that a context-free checksum hit on them is a real error.

Template markup:

- ``{slot}``: a generator from :data:`SLOTS` (common) or the language's slot table;
  it returns segments, some tagged as PII or keep spans.
- ``<<kind|text>>`` / ``<<name.context|text>>``: a literal PII span.
- ``[[what|text]]``: a literal keep span (near-miss that must survive redaction).

The split (40 % dev, 60 % blind) is drawn per language with a fixed seed when the set
is written, before any redactor is measured. Deterministic: running it twice writes
the same files.

Run:
    .venv/bin/python scripts/make_pii_set.py [--out data/eval/pii] [--check]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat
from stdnum.eu import vat as eu_vat
from stdnum.gb import vat as gb_vat
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pl import regon as pl_regon
from stdnum.ru import inn as ru_inn
from stdnum.ru import ogrn as ru_ogrn
from stdnum.sk import dph as sk_dph
from stdnum.sk import rc as sk_rc
from stdnum.ua import edrpou as ua_edrpou
from stdnum.ua import rntrc as ua_rntrc

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "data" / "eval" / "pii"
SEED = 20260
SPLIT_SEED = 7
DEV_SHARE = 0.4
ITEMS_PER_LANG = 40
LANGS = ("pl", "cs", "sk", "ru", "uk", "en", "de")
REGION = {"pl": "PL", "cs": "CZ", "sk": "SK", "ru": "RU", "uk": "UA", "en": "GB", "de": "DE"}
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
KEEP_WHATS = (
    "order_number",
    "invoice_number",
    "ticket_number",
    "tracking_number",
    "date",
    "amount",
    "time",
    "product_code",
    "quantity",
    "url",
    "city",
    "brand",
    "greeting_without_name",
    "invalid_checksum_number",
    "version",
    "percent",
    "street_as_brand",
)

Tag = tuple[str, ...] | None
Seg = tuple[str, Tag]


# ---------------------------------------------------------------------------
# Validators (shared with the test through :func:`validate_item`)
# ---------------------------------------------------------------------------


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def snils_is_valid(value: str) -> bool:
    """Russian SNILS (11 digits): weighted sum 9..1 of the first 9 digits."""
    d = _digits(value)
    if len(d) != 11:
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(9, 0, -1), strict=True))
    check = total % 101
    if check == 100:
        check = 0
    return int(d[9:]) == check


def snils_check(first9: str) -> str:
    """Check digits of a SNILS body."""
    total = sum(int(c) * w for c, w in zip(first9, range(9, 0, -1), strict=True))
    check = total % 101
    return f"{0 if check == 100 else check:02d}"


def _pl_id_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def pl_id_card_is_valid(value: str) -> bool:
    """Polish ID card (dowód osobisty): AAA + 6 digits, the first digit a check digit."""
    v = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", v):
        return False
    weights = (7, 3, 1, 9, 7, 3, 1, 7, 3)
    return sum(_pl_id_value(c) * w for c, w in zip(v, weights, strict=True)) % 10 == 0


def ico_is_valid(value: str) -> bool:
    """Czech/Slovak IČO (8 digits, mod 11, the same rule as a Czech legal-entity DIČ)."""
    d = _digits(value)
    return len(d) == 8 and cz_dic.is_valid(d)


def nrb_or_iban_is_valid(value: str) -> bool:
    """IBAN, or a Polish 26-digit NRB (an IBAN without the PL prefix)."""
    compact = value.replace(" ", "")
    if compact.isdigit() and len(compact) == 26:
        return std_iban.is_valid("PL" + compact)
    return std_iban.is_valid(compact)


def card_is_valid(value: str) -> bool:
    """16-digit Luhn-valid card number."""
    d = _digits(value)
    return len(d) == 16 and luhn.is_valid(d)


def rc_is_valid(value: str) -> bool:
    """Czech or Slovak rodné číslo."""
    return cz_rc.is_valid(value) or sk_rc.is_valid(value)


NATIONAL_ID_CHECKS: tuple[Callable[[str], bool], ...] = (
    de_idnr.is_valid,
    ua_rntrc.is_valid,
    lambda v: len(_digits(v)) == 12 and ru_inn.is_valid(_digits(v)),
    snils_is_valid,
    pl_id_card_is_valid,
)
TAX_ID_CHECKS: tuple[Callable[[str], bool], ...] = (
    pl_nip.is_valid,
    pl_regon.is_valid,
    ico_is_valid,
    cz_dic.is_valid,
    sk_dph.is_valid,
    de_vat.is_valid,
    lambda v: len(_digits(v)) == 10 and ru_inn.is_valid(_digits(v)),
    ru_ogrn.is_valid,
    ua_edrpou.is_valid,
    gb_vat.is_valid,
    eu_vat.is_valid,
)
CHECKSUM_VALIDATORS: dict[str, tuple[Callable[[str], bool], ...]] = {
    "card": (card_is_valid,),
    "iban": (nrb_or_iban_is_valid,),
    "pesel": (pl_pesel.is_valid,),
    "birth_number": (rc_is_valid,),
    "national_id": NATIONAL_ID_CHECKS,
    "tax_id": TAX_ID_CHECKS,
}
PHONE_REGIONS = ("PL", "CZ", "SK", "RU", "UA", "DE", "GB", "US")


def phone_is_valid(value: str, lang: str, any_region: bool = True) -> bool:
    """True when phonenumbers accepts the number for the text's region.

    Args:
        value: the written number.
        lang: the text's language (its region is tried first).
        any_region: also try the other regions of the set (an English text may hold
            a US number); off for the keep-side check.
    """
    regions = (REGION[lang],)
    if any_region:
        regions += tuple(r for r in PHONE_REGIONS if r != REGION[lang])
    for region in regions:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


def passes_any_id_check(value: str) -> bool:
    """True when a number passes any identifier checksum used in the set."""
    checks = (
        card_is_valid,
        nrb_or_iban_is_valid,
        pl_pesel.is_valid,
        rc_is_valid,
        *NATIONAL_ID_CHECKS,
        *TAX_ID_CHECKS,
    )
    for check in checks:
        try:
            if check(value):
                return True
        except Exception:  # noqa: BLE001 - a validator rejecting odd input is a "no"
            continue
    return False


def reference_ok(value: str, lang: str) -> bool:
    """An order/invoice/ticket number that no checksum or phone rule can excuse."""
    if passes_any_id_check(value):
        return False
    return bool(re.search(r"[^\W\d_]", value)) or not phone_is_valid(value, lang, False)


BAD_EDGE = set(" \t\n,.;:!?\"'«»„“”()[]")


def validate_item(item: dict) -> list[str]:
    """Problems with one item (empty list when it is valid).

    Args:
        item: one parsed line of the set.

    Returns:
        Human-readable problems: offsets, kinds, overlaps, checksums, phones.
    """
    problems: list[str] = []
    text = item.get("text", "")
    lang = item.get("lang")
    if lang not in LANGS:
        problems.append(f"bad lang {lang!r}")
        return problems
    if not re.fullmatch(rf"{lang}-\d{{3}}", item.get("id", "")):
        problems.append(f"bad id {item.get('id')!r}")
    spans: list[tuple[int, int, str]] = []
    for span in item.get("pii", []):
        s, e, kind = span["start"], span["end"], span["kind"]
        if kind not in PII_KINDS:
            problems.append(f"bad kind {kind!r}")
        ctx = span.get("context")
        if kind == "name" and ctx not in NAME_CONTEXTS:
            problems.append(f"bad name context {ctx!r}")
        if kind != "name" and ctx is not None:
            problems.append(f"context on {kind}")
        spans.append((s, e, kind))
        value = text[s:e] if 0 <= s < e <= len(text) else ""
        if not value:
            problems.append(f"empty/out of range span {s}:{e}")
            continue
        if value[0] in BAD_EDGE and not (kind == "phone" and value[0] == "("):
            problems.append(f"{kind} span starts with {value[0]!r}: {value!r}")
        if value[-1] in BAD_EDGE:
            problems.append(f"{kind} span ends with {value[-1]!r}: {value!r}")
        if kind in CHECKSUM_VALIDATORS and not any(
            _safe(check, value) for check in CHECKSUM_VALIDATORS[kind]
        ):
            problems.append(f"{kind} {value!r} fails its checksum")
        if kind == "phone" and not phone_is_valid(value, lang):
            problems.append(f"phone {value!r} not valid")
        if kind == "email" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value):
            problems.append(f"email {value!r} malformed")
    for span in item.get("keep", []):
        s, e, what = span["start"], span["end"], span["what"]
        if what not in KEEP_WHATS:
            problems.append(f"bad keep what {what!r}")
        value = text[s:e] if 0 <= s < e <= len(text) else ""
        if not value:
            problems.append(f"empty/out of range keep {s}:{e}")
            continue
        if value != value.strip():
            problems.append(f"keep {value!r} has surrounding space")
        if what == "invalid_checksum_number" and passes_any_id_check(value):
            problems.append(f"invalid_checksum_number {value!r} passes a checksum")
        if what in ("order_number", "invoice_number", "ticket_number") and not reference_ok(
            value, lang
        ):
            problems.append(f"{what} {value!r} passes a checksum or is a phone")
        spans.append((s, e, "keep:" + what))
    spans.sort()
    for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            problems.append(f"overlap {k1} {s1}:{e1} and {k2} {s2}:{e2}")
    return problems


def _safe(check: Callable[[str], bool], value: str) -> bool:
    try:
        return bool(check(value))
    except Exception:  # noqa: BLE001
        return False


# ---------------------------------------------------------------------------
# Segment helpers and template rendering
# ---------------------------------------------------------------------------


def P(kind: str, text: str, ctx: str | None = None) -> Seg:
    """A PII segment."""
    return (text, ("pii", kind, ctx) if ctx else ("pii", kind))


def K(what: str, text: str) -> Seg:
    """A keep segment."""
    return (text, ("keep", what))


def T(text: str) -> Seg:
    """A plain segment."""
    return (text, None)


class Ctx:
    """Per-item state: language, RNG, the writer and the addressee."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang = lang
        self.rng = rng
        self.state: dict[str, object] = {}

    def person(self, role: str) -> dict:
        """The item's writer ("me") or addressee ("you"), drawn once per item."""
        if role not in self.state:
            people = PEOPLE[self.lang]
            taken = {id(v) for v in self.state.values()}
            sex = self.state.get(role + "_sex")
            choices = [p for p in people if id(p) not in taken and sex in (None, p["sex"])]
            self.state[role] = self.rng.choice(choices)
        return self.state[role]  # type: ignore[return-value]


MARKUP = re.compile(
    r"\{(?P<slot>\w+)\}|<<(?P<kind>\w+)(?:\.(?P<ctx>\w+))?\|(?P<ptext>.*?)>>|\[\[(?P<what>\w+)\|(?P<ktext>.*?)\]\]",
    re.S,
)


def render(template: str, ctx: Ctx) -> dict:
    """Fill a template and return text with its pii and keep spans."""
    segs: list[Seg] = []
    pos = 0
    for m in MARKUP.finditer(template):
        if m.start() > pos:
            segs.append(T(template[pos : m.start()]))
        if m.group("slot"):
            name = m.group("slot")
            fn = LANG_SLOTS[ctx.lang].get(name) or SLOTS.get(name)
            if fn is None:
                raise KeyError(f"{ctx.lang}: no slot {name!r} in {template[:60]!r}")
            segs.extend(fn(ctx))
        elif m.group("kind"):
            segs.append(P(m.group("kind"), m.group("ptext"), m.group("ctx")))
        else:
            segs.append(K(m.group("what"), m.group("ktext")))
        pos = m.end()
    if pos < len(template):
        segs.append(T(template[pos:]))
    text = ""
    pii: list[dict] = []
    keep: list[dict] = []
    for value, tag in segs:
        start = len(text)
        text += value
        if tag is None:
            continue
        if tag[0] == "pii":
            span: dict = {"start": start, "end": len(text), "kind": tag[1]}
            if tag[1] == "name":
                span["context"] = tag[2] if len(tag) > 2 else "other"
            pii.append(span)
        else:
            keep.append({"start": start, "end": len(text), "what": tag[1]})
    return {"text": text, "pii": pii, "keep": keep}


# ---------------------------------------------------------------------------
# Identifier generators (each value validated before it is used)
# ---------------------------------------------------------------------------


def rdigits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    """Random digit string."""
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def until(rng: random.Random, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    """Draw values until one passes."""
    for _ in range(10_000):
        value = make()
        if ok(value):
            return value
    raise RuntimeError("no valid value drawn")


def gen_pesel(rng: random.Random) -> str:
    """Valid PESEL for a birth date 1950-2007."""
    year = rng.randint(1950, 2007)
    month = rng.randint(1, 12) + (20 if year >= 2000 else 0)
    day = rng.randint(1, 28)
    body = f"{year % 100:02d}{month:02d}{day:02d}{rdigits(rng, 4, False)}"
    value = body + pl_pesel.calc_check_digit(body)
    assert pl_pesel.is_valid(value)
    return value


def gen_rc(rng: random.Random, slash: bool) -> str:
    """Valid Czech/Slovak rodné číslo (10 digits, born 1955-2004)."""

    def make() -> str:
        year = rng.randint(1955, 2004)
        month = rng.randint(1, 12) + (50 if rng.random() < 0.5 else 0)
        day = rng.randint(1, 28)
        head = f"{year % 100:02d}{month:02d}{day:02d}"
        tail3 = rdigits(rng, 3, False)
        rest = int(head + tail3) * 10
        check = (11 - rest % 11) % 11
        if check == 10:
            return "x"
        return head + tail3 + str(check)

    value = until(rng, make, lambda v: v != "x" and cz_rc.is_valid(v) and sk_rc.is_valid(v))
    return value[:6] + "/" + value[6:] if slash else value


def gen_nip(rng: random.Random) -> str:
    """Valid Polish NIP (10 digits)."""
    return until(rng, lambda: rng.choice("123456789") + rdigits(rng, 9, False), pl_nip.is_valid)


def fmt_nip(rng: random.Random, nip: str) -> str:
    """A NIP in one of its written forms."""
    style = rng.randrange(4)
    if style == 0:
        return f"{nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}"
    if style == 1:
        return f"{nip[:3]}-{nip[3:5]}-{nip[5:7]}-{nip[7:]}"
    if style == 2:
        return "PL" + nip
    return nip


def gen_regon(rng: random.Random) -> str:
    """Valid 9-digit REGON."""
    return until(rng, lambda: rdigits(rng, 9), pl_regon.is_valid)


def gen_pl_id_card(rng: random.Random) -> str:
    """Valid Polish ID card number (AAA + check digit + 5 digits)."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3))
    tail = rdigits(rng, 5, False)
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    chars = letters + tail
    check = sum(_pl_id_value(c) * w for c, w in zip(chars, weights, strict=True)) % 10
    value = letters + str(check) + tail
    assert pl_id_card_is_valid(value)
    return value


def gen_ico(rng: random.Random) -> str:
    """Valid Czech/Slovak IČO (8 digits)."""
    return until(rng, lambda: rdigits(rng, 8), ico_is_valid)


def gen_sk_dph(rng: random.Random) -> str:
    """Valid Slovak IČ DPH: SK + 10 digits (DIČ) divisible by 11."""
    return "SK" + until(rng, lambda: "20" + rdigits(rng, 8, False), sk_dph.is_valid)


def gen_de_vat(rng: random.Random) -> str:
    """Valid German USt-IdNr (DE + 9 digits)."""
    return "DE" + until(rng, lambda: rdigits(rng, 9), de_vat.is_valid)


def gen_de_idnr(rng: random.Random) -> str:
    """Valid German Steuer-IdNr (11 digits)."""

    def make() -> str:
        digits = rng.sample("0123456789", 9)
        if digits[0] == "0":
            digits[0], digits[1] = digits[1], digits[0]
        dup = rng.choice(digits[1:])
        body = digits[:]
        body.insert(rng.randint(1, 9), dup)
        return "".join(body[:10]) + rng.choice(string.digits)

    return until(rng, make, de_idnr.is_valid)


def gen_ru_inn(rng: random.Random, length: int) -> str:
    """Valid Russian INN: 10 digits (organisation) or 12 (person)."""
    return until(rng, lambda: rdigits(rng, length), ru_inn.is_valid)


def gen_ogrn(rng: random.Random) -> str:
    """Valid 13-digit OGRN."""
    body = rng.choice("15") + rdigits(rng, 11, False)
    value = body + ru_ogrn.calc_check_digit(body + "0")
    assert ru_ogrn.is_valid(value)
    return value


def gen_snils(rng: random.Random) -> str:
    """Valid SNILS, written XXX-XXX-XXX YY."""
    body = rdigits(rng, 9)
    value = f"{body[:3]}-{body[3:6]}-{body[6:]} {snils_check(body)}"
    assert snils_is_valid(value)
    return value


def gen_rntrc(rng: random.Random) -> str:
    """Valid Ukrainian RNOKPP (10 digits)."""
    return until(rng, lambda: rdigits(rng, 10), ua_rntrc.is_valid)


def gen_edrpou(rng: random.Random) -> str:
    """Valid Ukrainian EDRPOU (8 digits)."""
    return until(rng, lambda: rng.choice("234") + rdigits(rng, 7, False), ua_edrpou.is_valid)


def gen_gb_vat(rng: random.Random) -> str:
    """Valid GB VAT number written GB 123 4567 89."""
    v = until(rng, lambda: rdigits(rng, 9), gb_vat.is_valid)
    return f"GB {v[:3]} {v[3:7]} {v[7:]}"


def gen_card(rng: random.Random) -> str:
    """Luhn-valid 16-digit Visa/Mastercard number, grouped or not."""
    prefix = rng.choice(["4", "4", "51", "52", "53", "54", "55", "2221"])
    body = prefix + rdigits(rng, 15 - len(prefix), False)
    value = body + luhn.calc_check_digit(body)
    assert card_is_valid(value)
    if rng.random() < 0.6:
        return " ".join(value[i : i + 4] for i in range(0, 16, 4))
    if rng.random() < 0.3:
        return "-".join(value[i : i + 4] for i in range(0, 16, 4))
    return value


def _iban_from(cc: str, bban: str) -> str:
    check = std_iban.calc_check_digits(cc + "00" + bban)
    value = cc + check + bban
    assert std_iban.is_valid(value), value
    return value


def _cz_sk_account(rng: random.Random) -> str:
    w_prefix = (10, 5, 8, 4, 2, 1)
    w_acc = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
    prefix = (
        "000000"
        if rng.random() < 0.7
        else until(
            rng,
            lambda: "0000" + rdigits(rng, 2),
            lambda p: sum(int(c) * w for c, w in zip(p, w_prefix, strict=True)) % 11 == 0,
        )
    )
    acc = until(
        rng,
        lambda: "00" + rdigits(rng, 8),
        lambda a: sum(int(c) * w for c, w in zip(a, w_acc, strict=True)) % 11 == 0,
    )
    return prefix + acc


def gen_iban(rng: random.Random, cc: str) -> str:
    """Valid IBAN (compact) for PL, CZ, SK, DE, UA or GB."""
    if cc == "PL":
        bank = rng.choice(["102", "105", "109", "114", "116", "124", "175", "249"])
        branch = bank + rdigits(rng, 4, False)
        weights = (3, 9, 7, 1, 3, 9, 7)
        check = (10 - sum(int(c) * w for c, w in zip(branch, weights, strict=True)) % 10) % 10
        bban = branch + str(check) + rdigits(rng, 16, False)
    elif cc == "CZ":
        bban = rng.choice(["0800", "0100", "0300", "2010", "0600", "5500"]) + _cz_sk_account(rng)
    elif cc == "SK":
        bban = rng.choice(["0200", "1100", "0900", "7500", "5600"]) + _cz_sk_account(rng)
    elif cc == "DE":
        blz = rng.choice(["10070000", "20040000", "50010517", "70150000", "37040044"])
        bban = blz + rdigits(rng, 10, False)
    elif cc == "UA":
        bban = rng.choice(["305299", "322001", "300528", "380805"]) + "0000" + rdigits(rng, 15)
    elif cc == "GB":
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
        bban = bank + rdigits(rng, 6) + rdigits(rng, 8)
    else:
        raise ValueError(cc)
    return _iban_from(cc, bban)


def fmt_iban(rng: random.Random, value: str, nrb: bool = False) -> str:
    """An IBAN grouped in fours (or compact); nrb=True drops the PL prefix."""
    if nrb:
        digits = value[2:]
        return digits[:2] + " " + " ".join(digits[i : i + 4] for i in range(2, 26, 4))
    if rng.random() < 0.7:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# --- phones -----------------------------------------------------------------

PHONE_PATTERNS: dict[str, list[tuple[str, int]]] = {
    # (prefix, total national length)
    "PL": [
        ("50", 9),
        ("51", 9),
        ("60", 9),
        ("66", 9),
        ("69", 9),
        ("72", 9),
        ("78", 9),
        ("88", 9),
        ("22", 9),
        ("12", 9),
        ("58", 9),
        ("61", 9),
        ("71", 9),
    ],
    "CZ": [("60", 9), ("72", 9), ("73", 9), ("77", 9), ("2", 9), ("5", 9)],
    "SK": [("90", 9), ("91", 9), ("94", 9), ("2", 9), ("55", 9)],
    "RU": [("91", 10), ("92", 10), ("98", 10), ("495", 10), ("812", 10)],
    "UA": [("50", 9), ("67", 9), ("63", 9), ("93", 9), ("97", 9), ("44", 9)],
    "DE": [
        ("151", 11),
        ("160", 10),
        ("170", 11),
        ("176", 11),
        ("30", 10),
        ("89", 10),
        ("40", 10),
        ("221", 10),
    ],
    "GB": [("74", 10), ("77", 10), ("79", 10), ("20", 10), ("161", 10)],
    "US": [("212", 10), ("415", 10), ("312", 10), ("617", 10)],
}


def gen_phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    """A valid phone number object for the region."""
    for _ in range(10_000):
        prefix, length = rng.choice(PHONE_PATTERNS[region])
        national = prefix + rdigits(rng, length - len(prefix), False)
        try:
            number = phonenumbers.parse(national, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    raise RuntimeError(region)


def fmt_phone(rng: random.Random, number: phonenumbers.PhoneNumber, region: str) -> str:
    """A valid written form of the number (checked with phonenumbers)."""
    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    nat = phonenumbers.format_number(number, fmt.NATIONAL)
    e164 = phonenumbers.format_number(number, fmt.E164)
    nsn = phonenumbers.national_significant_number(number)
    cc = str(number.country_code)
    options = [intl, intl, nat, nat, e164, "00" + intl[1:]]
    if region in ("PL", "CZ", "SK"):
        options += [f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", nsn, f"+{cc} {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
        if region == "PL" and nsn[:2] in ("22", "12", "58", "61", "71"):
            options += [
                f"({nsn[:2]}) {nsn[2:5]} {nsn[5:7]} {nsn[7:]}",
                f"+48 ({nsn[:2]}) {nsn[2:5]}-{nsn[5:7]}-{nsn[7:]}",
            ]
    if region == "RU":
        options += [
            f"+7 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}",
            f"8-{nsn[:3]}-{nsn[3:6]}-{nsn[6:8]}-{nsn[8:]}",
            "8" + nsn,
        ]
    if region == "UA":
        options += [
            f"+380 ({nsn[:2]}) {nsn[2:5]}-{nsn[5:7]}-{nsn[7:]}",
            f"0{nsn[:2]}-{nsn[2:5]}-{nsn[5:7]}-{nsn[7:]}",
        ]
    if region == "DE":
        split = 3 if nsn[0] == "1" else (3 if nsn[:3] == "221" else 2)
        options += [
            f"+49 (0){nsn[:split]} {nsn[split:]}",
            f"0{nsn[:split]}/{nsn[split:]}",
            f"0{nsn[:split]}-{nsn[split:]}",
        ]
    if region == "GB":
        options += [f"+44 (0){nat[1:]}"]
    if region == "US":
        options = [
            nat,
            intl,
            f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            f"+1 {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
        ]
    rng.shuffle(options)
    for option in options:
        try:
            parsed = phonenumbers.parse(option, region)
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number(parsed)
            and parsed.national_number == number.national_number
        ):
            return option
    return intl


def gen_phone(rng: random.Random, region: str) -> str:
    """A valid phone number in a random written form."""
    return fmt_phone(rng, gen_phone_number(rng, region), region)


# --- keep-side numbers ------------------------------------------------------


def gen_plain_number(rng: random.Random, n: int, lang: str) -> str:
    """Digits that fail every identifier checksum and are no phone number."""
    return until(
        rng,
        lambda: rdigits(rng, n),
        lambda v: not passes_any_id_check(v) and not phone_is_valid(v, lang, False),
    )


def gen_bad11(rng: random.Random) -> str:
    """11 digits that fail PESEL and every other checksum."""
    return until(rng, lambda: rdigits(rng, 11), lambda v: not passes_any_id_check(v))


def gen_bad_luhn(rng: random.Random) -> str:
    """16 digits failing Luhn, grouped like a card."""
    v = until(
        rng,
        lambda: rng.choice("45") + rdigits(rng, 15, False),
        lambda v: not passes_any_id_check(v),
    )
    return " ".join(v[i : i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else v


def gen_bad_nip(rng: random.Random) -> str:
    """10 digits that are not a valid NIP (nor any other id)."""
    return until(rng, lambda: rdigits(rng, 10), lambda v: not passes_any_id_check(v))


def gen_token(rng: random.Random, n: int, alphabet: str = string.hexdigits[:16]) -> str:
    """Random token."""
    return "".join(rng.choice(alphabet) for _ in range(n))


B64URL = string.ascii_letters + string.digits + "-_"


def ascii_fold(text: str) -> str:
    """Latin diacritics off, Cyrillic transliterated, lower case."""
    table = {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "e",
        "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
        "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "yu", "я": "ya", "'": "", "ł": "l",
    }  # fmt: skip
    out = "".join(table.get(c, c) for c in text.lower())
    return unicodedata.normalize("NFKD", out).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------------------
# Hand-written language data
# ---------------------------------------------------------------------------


def _people(rows: list[tuple[str, ...]], keys: tuple[str, ...]) -> list[dict]:
    return [dict(zip(keys, row, strict=True)) for row in rows]


PEOPLE: dict[str, list[dict]] = {
    "pl": _people(
        [
            ("m", "Tomasz", "Tomaszu", "Kowalski"),
            ("m", "Piotr", "Piotrze", "Nowak"),
            ("m", "Marek", "Marku", "Wójcik"),
            ("m", "Krzysztof", "Krzysztofie", "Kamiński"),
            ("m", "Paweł", "Pawle", "Lewandowski"),
            ("m", "Michał", "Michale", "Zieliński"),
            ("m", "Andrzej", "Andrzeju", "Szymański"),
            ("m", "Jakub", "Jakubie", "Woźniak"),
            ("m", "Grzegorz", "Grzegorzu", "Dąbrowski"),
            ("m", "Łukasz", "Łukaszu", "Kozłowski"),
            ("f", "Anna", "Anno", "Wiśniewska"),
            ("f", "Katarzyna", "Katarzyno", "Kowalczyk"),
            ("f", "Magdalena", "Magdaleno", "Jankowska"),
            ("f", "Agnieszka", "Agnieszko", "Mazur"),
            ("f", "Joanna", "Joanno", "Krawczyk"),
            ("f", "Monika", "Moniko", "Piotrowska"),
            ("f", "Ewa", "Ewo", "Grabowska"),
            ("f", "Barbara", "Barbaro", "Pawłowska"),
            ("f", "Małgorzata", "Małgorzato", "Michalska"),
            ("f", "Aleksandra", "Aleksandro", "Nowicka"),
        ],
        ("sex", "first", "first_voc", "last"),
    ),
    "cs": _people(
        [
            ("m", "Petr", "Petře", "Svoboda", "Svobodo"),
            ("m", "Jan", "Jane", "Novák", "Nováku"),
            ("m", "Tomáš", "Tomáši", "Dvořák", "Dvořáku"),
            ("m", "Martin", "Martine", "Černý", "Černý"),
            ("m", "Jiří", "Jiří", "Procházka", "Procházko"),
            ("m", "Pavel", "Pavle", "Kučera", "Kučero"),
            ("m", "Lukáš", "Lukáši", "Veselý", "Veselý"),
            ("m", "Jakub", "Jakube", "Horák", "Horáku"),
            ("m", "Ondřej", "Ondřeji", "Němec", "Němče"),
            ("f", "Jana", "Jano", "Nováková", "Nováková"),
            ("f", "Eva", "Evo", "Svobodová", "Svobodová"),
            ("f", "Lenka", "Lenko", "Dvořáková", "Dvořáková"),
            ("f", "Petra", "Petro", "Černá", "Černá"),
            ("f", "Lucie", "Lucie", "Procházková", "Procházková"),
            ("f", "Kateřina", "Kateřino", "Kučerová", "Kučerová"),
            ("f", "Markéta", "Markéto", "Veselá", "Veselá"),
            ("f", "Tereza", "Terezo", "Horáková", "Horáková"),
        ],
        ("sex", "first", "first_voc", "last", "last_voc"),
    ),
    "sk": _people(
        [
            ("m", "Peter", "Horváth"),
            ("m", "Martin", "Kováč"),
            ("m", "Marek", "Varga"),
            ("m", "Ján", "Tóth"),
            ("m", "Tomáš", "Nagy"),
            ("m", "Michal", "Baláž"),
            ("m", "Juraj", "Szabó"),
            ("m", "Lukáš", "Molnár"),
            ("m", "Róbert", "Lukáč"),
            ("f", "Zuzana", "Horváthová"),
            ("f", "Mária", "Kováčová"),
            ("f", "Jana", "Vargová"),
            ("f", "Katarína", "Tóthová"),
            ("f", "Lucia", "Nagyová"),
            ("f", "Monika", "Balážová"),
            ("f", "Ivana", "Molnárová"),
            ("f", "Veronika", "Šimková"),
        ],
        ("sex", "first", "last"),
    ),
    "ru": _people(
        [
            ("m", "Сергей", "Викторович", "Смирнов"),
            ("m", "Алексей", "Иванович", "Кузнецов"),
            ("m", "Олег", "Николаевич", "Попов"),
            ("m", "Дмитрий", "Александрович", "Васильев"),
            ("m", "Андрей", "Петрович", "Соколов"),
            ("m", "Михаил", "Юрьевич", "Морозов"),
            ("m", "Игорь", "Сергеевич", "Волков"),
            ("m", "Павел", "Андреевич", "Лебедев"),
            ("f", "Ирина", "Петровна", "Смирнова"),
            ("f", "Елена", "Викторовна", "Кузнецова"),
            ("f", "Наталья", "Сергеевна", "Попова"),
            ("f", "Ольга", "Игоревна", "Новикова"),
            ("f", "Татьяна", "Алексеевна", "Федорова"),
            ("f", "Марина", "Владимировна", "Морозова"),
            ("f", "Анна", "Дмитриевна", "Волкова"),
        ],
        ("sex", "first", "patr", "last"),
    ),
    "uk": _people(
        [
            ("m", "Олег", "Олеже", "Шевчук"),
            ("m", "Тарас", "Тарасе", "Коваленко"),
            ("m", "Андрій", "Андрію", "Бондаренко"),
            ("m", "Василь", "Василю", "Ткаченко"),
            ("m", "Дмитро", "Дмитре", "Кравченко"),
            ("m", "Микола", "Миколо", "Олійник"),
            ("m", "Іван", "Іване", "Мельник"),
            ("m", "Богдан", "Богдане", "Савченко"),
            ("f", "Оксана", "Оксано", "Шевченко"),
            ("f", "Ірина", "Ірино", "Коваль"),
            ("f", "Наталія", "Наталіє", "Бойко"),
            ("f", "Олена", "Олено", "Руденко"),
            ("f", "Марія", "Маріє", "Лисенко"),
            ("f", "Юлія", "Юліє", "Мороз"),
            ("f", "Світлана", "Світлано", "Павленко"),
        ],
        ("sex", "first", "first_voc", "last"),
    ),
    "de": _people(
        [
            ("m", "Jonas", "Schneider"),
            ("m", "Lukas", "Fischer"),
            ("m", "Thomas", "Weber"),
            ("m", "Michael", "Becker"),
            ("m", "Stefan", "Wagner"),
            ("m", "Felix", "Hoffmann"),
            ("m", "Andreas", "Schulz"),
            ("m", "Markus", "Koch"),
            ("m", "Jürgen", "Bauer"),
            ("f", "Lena", "Müller"),
            ("f", "Anna", "Schmidt"),
            ("f", "Sabine", "Meyer"),
            ("f", "Julia", "Wolf"),
            ("f", "Katrin", "Schröder"),
            ("f", "Claudia", "Neumann"),
            ("f", "Laura", "Zimmermann"),
            ("f", "Petra", "Krüger"),
        ],
        ("sex", "first", "last"),
    ),
    "en": _people(
        [
            ("m", "James", "Wilson"),
            ("m", "Oliver", "Smith"),
            ("m", "David", "Brown"),
            ("m", "Daniel", "Taylor"),
            ("m", "Tom", "Harris"),
            ("m", "Michael", "Clarke"),
            ("m", "Ryan", "O'Connor"),
            ("m", "Chris", "Walker"),
            ("f", "Sarah", "Johnson"),
            ("f", "Emily", "Davies"),
            ("f", "Laura", "Evans"),
            ("f", "Rachel", "Thompson"),
            ("f", "Hannah", "Wright"),
            ("f", "Jessica", "Miller"),
            ("f", "Kate", "Robinson"),
            ("f", "Priya", "Patel"),
        ],
        ("sex", "first", "last"),
    ),
}

EMAIL_DOMAINS = {
    "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl", "op.pl"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "sk": ["azet.sk", "zoznam.sk", "gmail.com", "post.sk", "centrum.sk"],
    "ru": ["mail.ru", "yandex.ru", "bk.ru", "gmail.com", "list.ru", "rambler.ru"],
    "uk": ["ukr.net", "i.ua", "gmail.com", "meta.ua", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "en": [
        "gmail.com",
        "outlook.com",
        "yahoo.co.uk",
        "hotmail.co.uk",
        "btinternet.com",
        "icloud.com",
    ],
}

# (city, postcode prefixes) per language; addresses use these with the language's street list.
STREETS = {
    "pl": [
        "ul. Długa",
        "ul. Marszałkowska",
        "ul. Piotrkowska",
        "ul. Słowackiego",
        "al. Jana Pawła II",
        "ul. Kościuszki",
        "ul. Ogrodowa",
        "ul. Lipowa",
        "os. Tysiąclecia",
        "ul. Mickiewicza",
        "ul. Polna",
        "ul. Zielona",
        "al. Niepodległości",
        "ul. Świętokrzyska",
    ],
    "cs": [
        "Vinohradská",
        "Masarykova",
        "Husova",
        "Palackého",
        "Nádražní",
        "Jugoslávská",
        "Komenského",
        "Dlouhá",
        "Lidická",
        "Sokolská",
        "Bělehradská",
        "Milady Horákové",
    ],
    "sk": [
        "Hlavná",
        "Obchodná",
        "Mierová",
        "Štúrova",
        "Hviezdoslavova",
        "Kukučínova",
        "Hurbanova",
        "Jesenského",
        "Popradská",
        "Ružová",
        "Nám. SNP",
    ],
    "ru": [
        "ул. Ленина",
        "ул. Садовая",
        "пр-т Мира",
        "ул. Гагарина",
        "ул. Пушкина",
        "Невский пр-т",
        "ул. Советская",
        "ул. Лесная",
        "ул. Тверская",
        "ул. Комсомольская",
    ],
    "uk": [
        "вул. Хрещатик",
        "вул. Шевченка",
        "вул. Грушевського",
        "просп. Перемоги",
        "вул. Франка",
        "вул. Сумська",
        "вул. Садова",
        "вул. Лесі Українки",
        "вул. Соборна",
        "просп. Науки",
    ],
    "de": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Goethestr.",
        "Schillerstraße",
        "Lindenallee",
        "Am Markt",
        "Gartenweg",
        "Bergstraße",
        "Friedrichstraße",
        "Kastanienweg",
        "Rosenstraße",
        "Talstr.",
    ],
    "en": [
        "Baker Street",
        "Victoria Road",
        "Church Lane",
        "High Street",
        "Station Road",
        "Mill Close",
        "Queen's Drive",
        "Park Avenue",
        "Elm Grove",
        "Albert Terrace",
    ],
}
CITIES = {
    "pl": [
        ("Warszawa", ["00", "01", "02", "03", "04"]),
        ("Kraków", ["30", "31"]),
        ("Gdańsk", ["80"]),
        ("Wrocław", ["50", "51", "53"]),
        ("Poznań", ["60", "61"]),
        ("Łódź", ["90", "91", "93"]),
        ("Lublin", ["20"]),
        ("Katowice", ["40"]),
        ("Białystok", ["15"]),
        ("Rzeszów", ["35"]),
    ],
    "cs": [
        ("Praha 2", ["120"]),
        ("Praha 3", ["130"]),
        ("Praha 4", ["140"]),
        ("Praha 6", ["160"]),
        ("Brno", ["602", "612", "615"]),
        ("Ostrava", ["702"]),
        ("Plzeň", ["301"]),
        ("Olomouc", ["779"]),
        ("Liberec", ["460"]),
        ("Hradec Králové", ["500"]),
    ],
    "sk": [
        ("Bratislava", ["811", "821", "831", "851"]),
        ("Košice", ["040"]),
        ("Žilina", ["010"]),
        ("Nitra", ["949"]),
        ("Prešov", ["080"]),
        ("Banská Bystrica", ["974"]),
        ("Trnava", ["917"]),
        ("Trenčín", ["911"]),
    ],
    "ru": [
        ("Москва", ["115", "119", "125", "109"]),
        ("Санкт-Петербург", ["190", "191", "197"]),
        ("Екатеринбург", ["620"]),
        ("Новосибирск", ["630"]),
        ("Казань", ["420"]),
        ("Нижний Новгород", ["603"]),
        ("Самара", ["443"]),
    ],
    "uk": [
        ("Київ", ["01", "02", "03", "04"]),
        ("Львів", ["79"]),
        ("Харків", ["61"]),
        ("Одеса", ["65"]),
        ("Дніпро", ["49"]),
        ("Вінниця", ["21"]),
        ("Полтава", ["36"]),
    ],
    "de": [
        ("Berlin", ["10115", "10245", "10405", "12043", "13353"]),
        ("München", ["80331", "80469", "81369"]),
        ("Hamburg", ["20095", "22765"]),
        ("Köln", ["50667", "50823"]),
        ("Frankfurt am Main", ["60311", "60594"]),
        ("Leipzig", ["04109", "04277"]),
        ("Dresden", ["01067", "01307"]),
        ("Stuttgart", ["70173", "70565"]),
        ("Nürnberg", ["90402"]),
        ("Bremen", ["28195"]),
    ],
    "en": [
        ("London", ["NW1 6XE", "SE15 4QL", "E2 7DG", "N16 8JH", "W5 2NB"]),
        ("Manchester", ["M14 5RG", "M20 2LS"]),
        ("Birmingham", ["B15 2TT", "B29 6BD"]),
        ("Leeds", ["LS6 3HN"]),
        ("Bristol", ["BS6 5QA"]),
        ("Glasgow", ["G12 8QQ"]),
        ("Cardiff", ["CF24 4HQ"]),
        ("Edinburgh", ["EH9 1PR"]),
    ],
}
# a city mentioned alone (not an address), in the case the templates need (after "from")
CITY_FROM = {
    "pl": [
        "Krakowa",
        "Warszawy",
        "Gdańska",
        "Wrocławia",
        "Poznania",
        "Łodzi",
        "Katowic",
        "Rzeszowa",
    ],
    "cs": ["Prahy", "Brna", "Ostravy", "Plzně", "Olomouce", "Liberce"],
    "sk": ["Bratislavy", "Košíc", "Nitry", "Prešova", "Trnavy", "Popradu"],
    "ru": ["Москвы", "Казани", "Новосибирска", "Самары", "Екатеринбурга", "Твери"],
    "uk": ["Києва", "Харкова", "Одеси", "Вінниці", "Полтави", "Житомира"],
    "de": ["Berlin", "Hamburg", "Leipzig", "Köln", "Dortmund", "Hannover"],
    "en": ["Manchester", "Leeds", "Birmingham", "Glasgow", "Bristol", "Sheffield"],
}
BRANDS = {
    "pl": [
        "Allegro",
        "Media Expert",
        "Empik",
        "Rossmann",
        "Biedronka",
        "x-kom",
        "Zalando",
        "Ziaja",
        "Jan Niezbędny",
        "Reserved",
    ],
    "cs": ["Alza", "Rohlík.cz", "Mall.cz", "Datart", "Baťa", "Tesco", "Notino", "Kaufland"],
    "sk": ["Martinus", "Alza.sk", "Kaufland", "Tesco", "Nay", "Dráčik", "Hej.sk", "Tatra banka"],
    "ru": ["Ozon", "Wildberries", "DNS", "М.Видео", "Лента", "Перекрёсток", "Тинькофф", "Магнит"],
    "uk": ["Rozetka", "Епіцентр", "Сільпо", "Comfy", "Фокстрот", "АТБ", "Prom.ua", "Eva"],
    "de": ["MediaMarkt", "Otto", "Zalando", "Rossmann", "dm", "Lidl", "Hugo Boss", "Tchibo"],
    "en": [
        "Argos",
        "John Lewis",
        "Currys",
        "Marks & Spencer",
        "Tesco",
        "Boots",
        "Sainsbury's",
        "Ted Baker",
    ],
}
PLAIN_URLS = {
    "pl": [
        "https://www.allegro.pl/oferta",
        "https://www.inpost.pl/sledzenie-przesylek",
        "https://pomoc.mediaexpert.pl/zwroty",
        "https://www.orange.pl/moj-orange",
        "https://www.empik.com/regulamin",
    ],
    "cs": [
        "https://www.alza.cz/reklamace",
        "https://www.zasilkovna.cz/vyhledavani",
        "https://www.cez.cz/cs/podpora",
        "https://www.o2.cz/osobni/napoveda",
    ],
    "sk": [
        "https://www.posta.sk/sledovanie-zasielok",
        "https://www.telekom.sk/pomoc",
        "https://www.martinus.sk/obchodne-podmienky",
        "https://www.zse.sk/kontakty",
    ],
    "ru": [
        "https://www.ozon.ru/help",
        "https://www.pochta.ru/tracking",
        "https://www.mts.ru/personal/podderzhka",
        "https://www.gosuslugi.ru/help",
    ],
    "uk": [
        "https://rozetka.com.ua/ua/help/",
        "https://novaposhta.ua/tracking",
        "https://kyivstar.ua/uk/mm/support",
        "https://privatbank.ua/kontakty",
    ],
    "de": [
        "https://www.dhl.de/sendungsverfolgung",
        "https://www.telekom.de/hilfe",
        "https://www.otto.de/service",
        "https://www.bahn.de/service",
    ],
    "en": [
        "https://www.amazon.co.uk/returns",
        "https://www.royalmail.com/track-your-item",
        "https://www.bt.com/help",
        "https://www.argos.co.uk/help",
    ],
}
TOKEN_HOSTS = {
    "pl": [
        "konto.sklep-rtv.pl",
        "e-faktura.energia-plus.pl",
        "moj.operator-sieci.pl",
        "panel.bankdomowy.pl",
    ],
    "cs": ["ucet.eshop-elektro.cz", "moje.energie-online.cz", "portal.pojistovna-plus.cz"],
    "sk": ["konto.obchod-online.sk", "moj.telefon-plus.sk", "portal.energia-sk.sk"],
    "ru": ["lk.magazin-tehniki.ru", "my.svyaz-plus.ru", "bank-online.ru"],
    "uk": ["kabinet.energo-ua.com.ua", "my.zvyazok.ua", "shop-online.com.ua"],
    "de": [
        "konto.versandhaus-nord.de",
        "mein.stromanbieter-west.de",
        "kundenportal.mobilfunk24.de",
    ],
    "en": ["account.homeenergy.co.uk", "my.broadband-direct.co.uk", "secure.shopfast.co.uk"],
}
MONTHS_GEN = {
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "cs": [
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ],
    "sk": [
        "januára",
        "februára",
        "marca",
        "apríla",
        "mája",
        "júna",
        "júla",
        "augusta",
        "septembra",
        "októbra",
        "novembra",
        "decembra",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "uk": [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
QTY_UNIT = {
    "pl": "szt.",
    "cs": "ks",
    "sk": "ks",
    "ru": "шт.",
    "uk": "шт.",
    "de": "Stück",
    "en": "pcs",
}
COMPANIES = {
    "pl": [
        "TechBud Sp. z o.o.",
        "Zielony Ogród s.c.",
        "Piekarnia Kłos",
        "Kwiaciarnia Storczyk",
        "Serwis AGD Plus",
    ],
    "cs": [
        "Stavby Morava s.r.o.",
        "Pekárna U Mlýna",
        "Elektro Servis Plus s.r.o.",
        "Zahradnictví Lípa",
    ],
    "sk": [
        "Stavby Tatry s.r.o.",
        "Kaviareň Pod Hradom",
        "Elektro Servis SK s.r.o.",
        "Pekáreň Klas",
    ],
    "ru": ["ООО «Техносервис»", "ООО «Северный ветер»", "АО «СтройИнвест»", "ООО «Ромашка»"],
    "uk": ["ТОВ «Будсервіс»", "ТОВ «Зелений сад»", "ПП «Аптека Здоров'я»", "ТОВ «Техно Плюс»"],
    "de": [
        "Müller & Partner GmbH",
        "Bäckerei Sonnenschein",
        "Elektro Nord GmbH",
        "Gartenbau Linde KG",
    ],
    "en": [
        "Brightside Lettings Ltd",
        "Northern Oak Joinery Ltd",
        "Greenleaf Cafe Ltd",
        "Apex Print Solutions",
    ],
}
PRODUCTS = [
    "SM-A556B",
    "WH-1000XM5",
    "MQ2Y3ZD/A",
    "KT-2209",
    "RX-580/8G",
    "TV-55QN90",
    "BK-4471-XL",
    "HD-2045B",
    "ZX-310",
    "LP-88-2",
]


# ---------------------------------------------------------------------------
# Slots
# ---------------------------------------------------------------------------


def _name_full(p: dict) -> str:
    return f"{p['first']} {p['last']}"


def slot_sig(c: Ctx) -> list[Seg]:
    p = c.person("me")
    if c.lang == "ru" and c.rng.random() < 0.3:
        return [P("name", f"{p['first'][0]}. {p['last']}", "signature")]
    return [P("name", _name_full(p), "signature")]


def slot_sigf(c: Ctx) -> list[Seg]:
    return [P("name", c.person("me")["first"], "signature")]


def slot_intro(c: Ctx) -> list[Seg]:
    return [P("name", _name_full(c.person("me")), "self_intro")]


def slot_introf(c: Ctx) -> list[Seg]:
    return [P("name", c.person("me")["first"], "self_intro")]


def slot_myname(c: Ctx) -> list[Seg]:
    """The writer's full name in a form field or elsewhere (context other)."""
    p = c.person("me")
    if c.lang in ("ru",) and c.rng.random() < 0.5:
        return [P("name", f"{p['last']} {p['first']} {p['patr']}", "other")]
    return [P("name", _name_full(p), "other")]


def slot_sal(c: Ctx) -> list[Seg]:
    p = c.person("you")
    r = c.rng.random()
    lang, male = c.lang, p["sex"] == "m"
    if lang == "pl":
        if male:
            if p["last"].endswith("ski") and r < 0.5:
                return [T("Szanowny Panie "), P("name", p["last"], "salutation")]
            return [
                T("Szanowny Panie " if r < 0.75 else "Dzień dobry Panie "),
                P("name", p["first_voc"], "salutation"),
            ]
        if r < 0.35 and p["last"].endswith("ska"):
            return [T("Szanowna Pani "), P("name", p["last"], "salutation")]
        return [
            T("Szanowna Pani " if r < 0.7 else "Dzień dobry Pani "),
            P("name", p["first_voc"], "salutation"),
        ]
    if lang == "cs":
        if r < 0.75:
            head = (
                ("Dobrý den, pane " if r < 0.4 else "Vážený pane ")
                if male
                else ("Dobrý den, paní " if r < 0.4 else "Vážená paní ")
            )
            return [T(head), P("name", p["last_voc"], "salutation")]
        return [T("Ahoj " if male else "Milá "), P("name", p["first_voc"], "salutation")]
    if lang == "sk":
        if r < 0.75:
            head = (
                ("Dobrý deň, pán " if r < 0.4 else "Vážený pán ")
                if male
                else ("Dobrý deň, pani " if r < 0.4 else "Vážená pani ")
            )
            return [T(head), P("name", p["last"], "salutation")]
        return [T("Ahoj "), P("name", p["first"], "salutation")]
    if lang == "ru":
        if r < 0.45:
            return [T("Здравствуйте, "), P("name", f"{p['first']} {p['patr']}", "salutation")]
        if r < 0.85:
            return [
                T("Уважаемый " if male else "Уважаемая "),
                P("name", f"{p['first']} {p['patr']}", "salutation"),
            ]
        return [T("Добрый день, "), P("name", p["first"], "salutation")]
    if lang == "uk":
        if r < 0.5:
            return [
                T("Шановний пане " if male else "Шановна пані "),
                P("name", p["first_voc"], "salutation"),
            ]
        if r < 0.8:
            return [
                T("Добрий день, пане " if male else "Добрий день, пані "),
                P("name", p["first_voc"], "salutation"),
            ]
        return [T("Вітаю, "), P("name", f"{p['first']} {p['last']}", "salutation")]
    if lang == "de":
        if r < 0.6:
            return [
                T("Sehr geehrter Herr " if male else "Sehr geehrte Frau "),
                P("name", p["last"], "salutation"),
            ]
        if r < 0.8:
            return [T("Hallo Herr " if male else "Hallo Frau "), P("name", p["last"], "salutation")]
        return [T("Lieber " if male else "Liebe "), P("name", p["first"], "salutation")]
    if lang == "en":
        if r < 0.5:
            return [
                T("Dear Mr " if male else c.rng.choice(["Dear Ms ", "Dear Mrs "])),
                P("name", p["last"], "salutation"),
            ]
        if r < 0.8:
            return [T("Hi "), P("name", p["first"], "salutation")]
        return [T("Hello "), P("name", _name_full(p), "salutation")]
    raise ValueError(lang)


def slot_email(c: Ctx) -> list[Seg]:
    p = c.person("me")
    first, last = ascii_fold(p["first"]), ascii_fold(p["last"])
    dom = c.rng.choice(EMAIL_DOMAINS[c.lang])
    n = c.rng.randint(1, 99)
    local = c.rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}{n}",
            f"{last}.{first}",
            f"{first}{last[0]}{1960 + n % 45}",
            f"{first}_{last}",
            f"{last}{n}",
        ]
    )
    return [P("email", f"{local}@{dom}")]


def slot_email_shop(c: Ctx) -> list[Seg]:
    """A shop's functional mailbox (still labelled email)."""
    box = {
        "pl": "reklamacje",
        "cs": "reklamace",
        "sk": "reklamacie",
        "ru": "support",
        "uk": "pidtrymka",
        "de": "kundenservice",
        "en": "customercare",
    }[c.lang]
    tld = {
        "pl": "pl",
        "cs": "cz",
        "sk": "sk",
        "ru": "ru",
        "uk": "com.ua",
        "de": "de",
        "en": "co.uk",
    }[c.lang]
    host = c.rng.choice(["sklep-elektro", "modny-butik", "dom-i-ogrod", "tech-shop", "bestprice"])
    return [P("email", f"{box}@{host}.{tld}")]


def slot_phone(c: Ctx) -> list[Seg]:
    region = REGION[c.lang]
    if c.lang == "en" and c.rng.random() < 0.25:
        region = "US"
    return [P("phone", gen_phone(c.rng, region))]


def _postcode(c: Ctx, prefix: str) -> str:
    lang, rng = c.lang, c.rng
    if lang == "pl":
        return f"{prefix}-{rng.randint(0, 999):03d}"
    if lang in ("cs", "sk"):
        return f"{prefix} {rng.choice(['00', '01', '02', '04', '06', '11'])}"
    if lang == "ru":
        return prefix + f"{rng.randint(0, 999):03d}"
    if lang == "uk":
        return prefix + f"{rng.randint(1, 999):03d}"
    return prefix  # de, en: full postcodes in the table


def _house(c: Ctx) -> str:
    rng = c.rng
    n = rng.randint(1, 160)
    lang = c.lang
    if lang == "pl":
        return rng.choice(
            [
                f"{n}",
                f"{n}/{rng.randint(1, 80)}",
                f"{n} m. {rng.randint(1, 60)}",
                f"{n}{rng.choice('ABC')}",
            ]
        )
    if lang == "cs":
        return rng.choice([f"{rng.randint(100, 2999)}/{n}", f"{n}"])
    if lang == "sk":
        return rng.choice([f"{n}", f"{rng.randint(100, 2999)}/{n}"])
    if lang == "de":
        return rng.choice([f"{n}", f"{n}{rng.choice('ab')}"])
    return str(n)


def address_text(c: Ctx, street_only: bool = False) -> str:
    rng, lang = c.rng, c.lang
    street = rng.choice(STREETS[lang])
    city, prefixes = rng.choice(CITIES[lang])
    pc = _postcode(c, rng.choice(prefixes))
    house = _house(c)
    if lang == "ru":
        flat = rng.randint(1, 300)
        line = f"{street}, д. {house}" + (f", кв. {flat}" if rng.random() < 0.8 else "")
        if street_only:
            return line
        return rng.choice(
            [f"{line}, г. {city}, {pc}", f"{pc}, г. {city}, {line}", f"г. {city}, {line}"]
        )
    if lang == "uk":
        flat = rng.randint(1, 200)
        line = f"{street}, {house}" + (f", кв. {flat}" if rng.random() < 0.7 else "")
        if street_only:
            return line
        return rng.choice(
            [f"{line}, м. {city}, {pc}", f"{pc}, м. {city}, {line}", f"м. {city}, {line}"]
        )
    if lang == "en":
        line = f"{house} {street}"
        if rng.random() < 0.3:
            line = f"Flat {rng.randint(1, 12)}, {line}"
        if street_only:
            return line
        if rng.random() < 0.2:
            us = rng.choice(
                [
                    ("Springfield", "IL 62704"),
                    ("Austin", "TX 78701"),
                    ("Portland", "OR 97205"),
                    ("Columbus", "OH 43215"),
                ]
            )
            return f"{rng.randint(100, 4999)} {rng.choice(['Maple Avenue', 'Oak Street', 'Pine Road'])}, {us[0]}, {us[1]}"
        return rng.choice(
            [f"{line}, {city} {pc}", f"{line}\n{city}\n{pc}", f"{line}, {city}, {pc}"]
        )
    line = f"{street} {house}"
    if street_only:
        return line
    sep = rng.choice([", ", ", ", "\n"])
    if lang == "pl" and rng.random() < 0.2:
        return f"{pc} {city}, {line}"
    return f"{line}{sep}{pc} {city}"


def slot_addr(c: Ctx) -> list[Seg]:
    return [P("address", address_text(c))]


def slot_street(c: Ctx) -> list[Seg]:
    return [P("address", address_text(c, street_only=True))]


def slot_pc(c: Ctx) -> list[Seg]:
    _city, prefixes = c.rng.choice(CITIES[c.lang])
    return [P("address", _postcode(c, c.rng.choice(prefixes)))]


def slot_url_token(c: Ctx) -> list[Seg]:
    rng = c.rng
    host = rng.choice(TOKEN_HOSTS[c.lang])
    tok = gen_token(rng, rng.choice([24, 32, 40]))
    tok64 = gen_token(rng, rng.choice([22, 32, 43]), B64URL)
    url = rng.choice(
        [
            f"https://{host}/reset-password?token={tok}",
            f"https://{host}/reset/{tok64}",
            f"https://{host}/login?session_id={tok}&lang={c.lang}",
            f"https://{host}/account/confirm?uid={rng.randint(10000, 99999)}&key={tok64}",
            f"https://{host}/invoice/download?t={tok64}",
            f"http://{host}/pay?sid={tok}",
        ]
    )
    return [P("url_token", url)]


def slot_card(c: Ctx) -> list[Seg]:
    return [P("card", gen_card(c.rng))]


def slot_iban(c: Ctx) -> list[Seg]:
    cc = {"pl": "PL", "cs": "CZ", "sk": "SK", "de": "DE", "uk": "UA", "en": "GB", "ru": "DE"}[
        c.lang
    ]
    return [P("iban", fmt_iban(c.rng, gen_iban(c.rng, cc)))]


def slot_nrb(c: Ctx) -> list[Seg]:
    return [P("iban", fmt_iban(c.rng, gen_iban(c.rng, "PL"), nrb=True))]


def slot_pesel(c: Ctx) -> list[Seg]:
    return [P("pesel", gen_pesel(c.rng))]


def slot_rc(c: Ctx) -> list[Seg]:
    return [P("birth_number", gen_rc(c.rng, slash=c.rng.random() < 0.6))]


def slot_nip(c: Ctx) -> list[Seg]:
    return [P("tax_id", fmt_nip(c.rng, gen_nip(c.rng)))]


def _id_slot(kind: str, make: Callable[[random.Random], str]) -> Callable[[Ctx], list[Seg]]:
    return lambda c: [P(kind, make(c.rng))]


def slot_date(c: Ctx) -> list[Seg]:
    rng, lang = c.rng, c.lang
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    month = MONTHS_GEN[lang][m - 1]
    forms = {
        "pl": [f"{d:02d}.{m:02d}.{y}", f"{d} {month}", f"{d} {month} {y}"],
        "cs": [f"{d}. {m}. {y}", f"{d}.{m}.{y}", f"{d}. {month}"],
        "sk": [f"{d}. {m}. {y}", f"{d}.{m}.{y}", f"{d}. {month}"],
        "ru": [f"{d:02d}.{m:02d}.{y}", f"{d} {month}", f"{d} {month} {y} г."],
        "uk": [f"{d:02d}.{m:02d}.{y}", f"{d} {month}", f"{d} {month} {y} р."],
        "de": [f"{d:02d}.{m:02d}.{y}", f"{d}. {month}", f"{d}. {month} {y}"],
        "en": [f"{d} {month}", f"{d}/{m:02d}/{y}", f"{month} {d}, {y}"],
    }[lang]
    return [K("date", rng.choice(forms))]


def slot_time(c: Ctx) -> list[Seg]:
    h, m = c.rng.randint(7, 21), c.rng.choice([0, 5, 15, 20, 30, 45, 50])
    if c.lang == "en" and c.rng.random() < 0.5:
        return [K("time", f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}")]
    return [K("time", f"{h}:{m:02d}")]


def slot_amount(c: Ctx) -> list[Seg]:
    rng = c.rng
    whole = rng.choice([19, 49, 89, 129, 249, 399, 1299, 2450, 4999, 349])
    cents = rng.choice([0, 99, 90, 50])
    comma = f"{whole:,}".replace(",", " ")
    form = {
        "pl": [f"{comma},{cents:02d} zł", f"{comma} zł", f"{whole} PLN"],
        "cs": [f"{comma} Kč", f"{comma},{cents:02d} Kč", f"{whole} CZK"],
        "sk": [f"{comma},{cents:02d} €", f"{whole} eur", f"{comma},{cents:02d} EUR"],
        "ru": [f"{comma} ₽", f"{whole} руб", f"{comma} рублей"],
        "uk": [f"{comma} грн", f"{whole},{cents:02d} грн", f"{whole} гривень"],
        "de": [
            f"{comma.replace(' ', '.')},{cents:02d} €",
            f"{whole} Euro",
            f"{whole},{cents:02d} EUR",
        ],
        "en": [f"£{whole}.{cents:02d}", f"£{whole:,}", f"${whole}.{cents:02d}"],
    }[c.lang]
    return [K("amount", rng.choice(form))]


def slot_order(c: Ctx) -> list[Seg]:
    rng = c.rng
    if c.lang in ("en", "de") and rng.random() < 0.4:
        prefix = {"en": rng.choice(["ORD-", "#", "W"]), "de": rng.choice(["AB-", "BE-", ""])}[
            c.lang
        ]
        value = prefix + gen_plain_number(rng, rng.choice([7, 8]), c.lang)
        if not reference_ok(value, c.lang):
            return slot_order(c)
        return [K("order_number", value)]
    n = rng.choice([8, 9, 10, 10, 11, 12])
    return [K("order_number", gen_plain_number(rng, n, c.lang))]


def slot_invoice(c: Ctx) -> list[Seg]:
    rng = c.rng
    y, m, n = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 9999)
    form = {
        "pl": [f"FV/{y}/{m:02d}/{n:04d}", f"FS {n}/{m:02d}/{y}", f"F/{n:05d}/{y % 100}"],
        "cs": [f"FV{y}-{n:05d}", f"{y}{n:06d}", f"FA-{y}-{n:04d}"],
        "sk": [f"FA {y}/{n:04d}", f"{y}{n:06d}", f"VF-{y}-{n:05d}"],
        "ru": [f"СФ-{n:06d}", f"{n:05d}/{y % 100}", f"УТ-{n:08d}"],
        "uk": [f"СФ-{n:07d}", f"РФ-{y}-{n:04d}", f"{n:06d}/{y}"],
        "de": [f"RE-{y}-{n:06d}", f"R{y}{n:05d}", f"RG-{n:07d}"],
        "en": [f"INV-{n:06d}", f"INV/{y}/{n:05d}", f"SI-{y}{n:04d}"],
    }[c.lang]
    value = rng.choice(form)
    if not reference_ok(value, c.lang):
        return slot_invoice(c)
    return [K("invoice_number", value)]


def slot_ticket(c: Ctx) -> list[Seg]:
    rng = c.rng
    n = rng.randint(100000, 999999)
    form = [
        f"#{n}",
        f"SR-{n}{rng.randint(0, 9)}",
        f"ZGL-{rng.choice([2025, 2026])}-{n % 100000:05d}",
        f"TKT-{n}",
    ]
    value = rng.choice(form)
    if not reference_ok(value, c.lang):
        return slot_ticket(c)
    return [K("ticket_number", value)]


def slot_tracking(c: Ctx) -> list[Seg]:
    rng = c.rng
    form = [
        "00" + rdigits(rng, 18, False),
        "JJD" + rdigits(rng, 15, False),
        rdigits(rng, 24),
        "R"
        + rng.choice("ABR")
        + rdigits(rng, 9, False)
        + rng.choice(["PL", "CZ", "SK", "DE", "GB", "RU", "UA"]),
        "1Z" + gen_token(rng, 16, string.ascii_uppercase[:12] + string.digits),
    ]
    return [K("tracking_number", rng.choice(form))]


def slot_product(c: Ctx) -> list[Seg]:
    return [K("product_code", c.rng.choice(PRODUCTS))]


def slot_qty(c: Ctx) -> list[Seg]:
    return [K("quantity", f"{c.rng.randint(2, 6)} {QTY_UNIT[c.lang]}")]


def slot_version(c: Ctx) -> list[Seg]:
    r = c.rng
    return [K("version", f"{r.randint(2, 9)}.{r.randint(0, 19)}.{r.randint(0, 9)}")]


def slot_percent(c: Ctx) -> list[Seg]:
    n = c.rng.choice([5, 10, 15, 20, 25, 30, 40])
    return [
        K(
            "percent",
            f"{n}%" if c.lang in ("en", "ru", "uk") else f"{n} %" if c.lang == "de" else f"{n}%",
        )
    ]


def slot_url(c: Ctx) -> list[Seg]:
    return [K("url", c.rng.choice(PLAIN_URLS[c.lang]))]


def slot_city_from(c: Ctx) -> list[Seg]:
    return [K("city", c.rng.choice(CITY_FROM[c.lang]))]


def slot_brand(c: Ctx) -> list[Seg]:
    return [K("brand", c.rng.choice(BRANDS[c.lang]))]


def slot_company(c: Ctx) -> list[Seg]:
    return [K("brand", c.rng.choice(COMPANIES[c.lang]))]


def slot_bad11(c: Ctx) -> list[Seg]:
    return [K("invalid_checksum_number", gen_bad11(c.rng))]


def slot_badluhn(c: Ctx) -> list[Seg]:
    return [K("invalid_checksum_number", gen_bad_luhn(c.rng))]


def slot_bad10(c: Ctx) -> list[Seg]:
    return [K("invalid_checksum_number", gen_bad_nip(c.rng))]


def _sex(sex: str) -> Callable[[Ctx], list[Seg]]:
    """Slot that fixes the writer's sex (for gendered verb forms); writes nothing."""

    def slot(c: Ctx) -> list[Seg]:
        c.state["me_sex"] = sex
        return []

    return slot


SLOTS: dict[str, Callable[[Ctx], list[Seg]]] = {
    "she": _sex("f"),
    "he": _sex("m"),
    "sal": slot_sal,
    "sig": slot_sig,
    "sigf": slot_sigf,
    "intro": slot_intro,
    "introf": slot_introf,
    "myname": slot_myname,
    "email": slot_email,
    "email_shop": slot_email_shop,
    "phone": slot_phone,
    "addr": slot_addr,
    "street": slot_street,
    "pc": slot_pc,
    "url_token": slot_url_token,
    "card": slot_card,
    "iban": slot_iban,
    "nrb": slot_nrb,
    "pesel": slot_pesel,
    "rc": slot_rc,
    "nip": slot_nip,
    "regon": _id_slot("tax_id", gen_regon),
    "pl_id": _id_slot(
        "national_id",
        lambda r: (
            gen_pl_id_card(r)
            if r.random() < 0.7
            else (lambda v: v[:3] + " " + v[3:])(gen_pl_id_card(r))
        ),
    ),
    "ico": _id_slot("tax_id", gen_ico),
    "cz_dic": _id_slot("tax_id", lambda r: "CZ" + gen_ico(r)),
    "sk_dph": _id_slot("tax_id", gen_sk_dph),
    "de_vat": _id_slot(
        "tax_id",
        lambda r: (lambda v: v if r.random() < 0.7 else f"DE {v[2:5]} {v[5:8]} {v[8:]}")(
            gen_de_vat(r)
        ),
    ),
    "idnr": _id_slot(
        "national_id",
        lambda r: (lambda v: v if r.random() < 0.6 else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}")(
            gen_de_idnr(r)
        ),
    ),
    "inn10": _id_slot("tax_id", lambda r: gen_ru_inn(r, 10)),
    "inn12": _id_slot("national_id", lambda r: gen_ru_inn(r, 12)),
    "ogrn": _id_slot("tax_id", gen_ogrn),
    "snils": _id_slot("national_id", gen_snils),
    "rntrc": _id_slot("national_id", gen_rntrc),
    "edrpou": _id_slot("tax_id", gen_edrpou),
    "gb_vat": _id_slot("tax_id", gen_gb_vat),
    "date": slot_date,
    "time": slot_time,
    "amount": slot_amount,
    "order": slot_order,
    "invoice": slot_invoice,
    "ticket": slot_ticket,
    "tracking": slot_tracking,
    "product": slot_product,
    "qty": slot_qty,
    "version": slot_version,
    "percent": slot_percent,
    "url": slot_url,
    "city_from": slot_city_from,
    "brand": slot_brand,
    "company": slot_company,
    "bad11": slot_bad11,
    "badluhn": slot_badluhn,
    "bad10": slot_bad10,
}
LANG_SLOTS: dict[str, dict[str, Callable[[Ctx], list[Seg]]]] = {lang: {} for lang in LANGS}


# ---------------------------------------------------------------------------
# Templates (cycled) and one-off items (used once), per language
# ---------------------------------------------------------------------------

TEMPLATES: dict[str, list[str]] = {
    "pl": [
        "{sal},\nw nawiązaniu do zamówienia nr {order} proszę o pilny kontakt pod numerem {phone}. Paczka miała dotrzeć {date}, a do dziś jej nie ma.\n[[greeting_without_name|Pozdrawiam]]\n{sig}",
        "{he}Dzień dobry, nazywam się {intro}, mój PESEL to {pesel}. Chciałbym zaktualizować adres korespondencyjny na {addr}. Potwierdzenie proszę wysłać na {email}.",
        "W e-recepcie wpisano błędny PESEL: jest {bad11}, a powinno być {pesel}. Pacjentka: {myname}. Apteka odmówiła wydania leku.",
        "{he}Chcę przedłużyć umowę na internet światłowodowy. Dane abonenta: {myname}, PESEL {pesel}, dowód osobisty {pl_id}. Kontakt: {phone}.",
        "Faktura {invoice} została wystawiona na złe dane. Poprawne dane: {company}, NIP {nip}, REGON {regon}, siedziba {addr}. Proszę o fakturę korygującą do {date}.",
        "[[greeting_without_name|Dzień dobry Państwu]], zamówienie nr {order} złożone {date} nadal ma status „w realizacji”. Zapłaciłem {amount}, a paczka miała wyjść z {city_from} w 24 godziny. Numer przesyłki {tracking} nic nie pokazuje.",
        "Ktoś obciążył moją kartę {card} kwotą {amount} w sklepie internetowym, którego nie znam. Proszę natychmiast zablokować kartę i oddzwonić na {phone}.\nPozdrawiam, {sigf}",
        "{she}{sal},\nproszę o zwrot {amount} za odesłany towar ({qty}) na konto {nrb}. Zwrot zgłosiłam {date}, numer zgłoszenia {ticket}.\nZ poważaniem\n{sig}",
        "hej, nie mogę się zalogować do aplikacji (wersja {version}), link z maila {url_token} wyrzuca błąd 500. mój mail to {email}",
        "Przy odbiorze przesyłki {tracking} kurier spisał numer mojego dowodu osobistego {pl_id}. Czy to na pewno zgodne z RODO? Kurier przedstawił się jako pan <<name.other|Zbigniew>>.",
        "Aplikacja [[brand|mBank]] w wersji {version} zawiesza się przy płatności BLIK. Próbowałem trzy razy, ostatnio o {time}, i za każdym razem błąd. Opis problemu jest też na {url}.",
        "W systemie widnieje numer klienta {bad11} zamiast mojego. Reklamacja {ticket} z {date} nadal bez odpowiedzi.\n[[greeting_without_name|Pozdrawiam serdecznie]]",
        "{she}[[greeting_without_name|Szanowni Państwo]],\nnazywam się {intro} i od pięciu lat jestem Waszą klientką. Dzwoniłam na infolinię kilka razy, pani <<name.other|Kasia>> obiecała oddzwonić, ale nikt się nie odezwał. Mój numer: {phone}, adres: {addr}.\nZ wyrazami szacunku\n{sig}",
        "{sal},\ndotyczy umowy na prąd, punkt poboru pod adresem {addr}. Rachunek {invoice} na {amount} jest zawyżony o {percent} w stosunku do prognozy. Kontakt: {email}, tel. {phone}.",
        "{she}Zapisałam syna do dermatologa na {date} na godz. {time}, PESEL dziecka {pesel}. Przychodnia nie potwierdza wizyty. Proszę o kontakt: {phone}.\n{sig}",
        "Produkt {product} ({qty}) przyszedł uszkodzony, karton był rozerwany. Numer zamówienia {order}, faktura {invoice}. Kupione w [[brand|Media Expert]], wysyłka z {city_from}.",
        "Kurier twierdzi, że kod pocztowy {pc} nie pasuje do adresu, a mieszkam tu od lat. Przesyłka {tracking} wróciła do nadawcy. {sigf}",
        "Przelew na rachunek {iban} tytułem {invoice} nie został zaksięgowany. Dane naszej firmy: {company}, NIP {nip}. Odpowiedź proszę kierować na {email}.",
        "Numer referencyjny transakcji {badluhn} – bank twierdzi, że płatność za zamówienie {order} wyszła {date}. Sklep [[brand|Allegro]] pokazuje jednak inny numer: {bad10}.",
        "{he}Cześć, tu {introf}! Doładowałem telefon w [[brand|Play]] na {amount}, numer {phone}, a środki nie doszły. Co robić?",
        "Reklamuję pralkę {product}. Serwisant, pan <<name.other|Wojciech>>, był {date} i nic nie naprawił. Adres naprawy: {street}. Proszę o kontakt z {sigf} pod {phone}.",
    ],
    "cs": [
        "{sal},\nděkuji za odpověď. Objednávka č. {order} ale stále nedorazila, ačkoli byla odeslána {date}. Prosím zavolejte mi na {phone}.\nS pozdravem\n{sig}",
        "Dobrý den, jmenuji se {intro}, rodné číslo {rc}. Chci změnit adresu trvalého bydliště na {addr}. Potvrzení prosím na {email}.",
        "Faktura č. {invoice} je vystavena na špatnou firmu. Správné údaje: {company}, IČO {ico}, DIČ {cz_dic}, sídlo {addr}.",
        "[[greeting_without_name|Dobrý den]], zásilka {tracking} odeslaná z {city_from} leží na depu [[brand|Zásilkovny]] od {date}. Zaplatil jsem {amount} za expresní doručení, to je vtip.",
        "{he}Z mé karty {card} byla stržena částka {amount}, kterou jsem neprovedl. Kartu prosím zablokujte, jsem k zastižení na {phone}.\nDíky, {sigf}",
        "{sal},\nprosím o vrácení {amount} za vrácené zboží ({qty}) na účet {iban}. Reklamace {ticket}.\nS pozdravem\n{sig}",
        "ahoj, odkaz pro obnovení hesla {url_token} nefunguje, hází to chybu. můj email je {email}",
        "Aplikace [[brand|George]] od [[brand|České spořitelny]] ve verzi {version} po aktualizaci padá. Dnes v {time} jsem nemohl zaplatit a sleva {percent} se nezapočítala. Návod na {url} nepomohl.",
        "Číslo objednávky {order}, zákaznické číslo {bad10} – systém píše, že neexistuje. Požadavek {ticket} ze dne {date} je stále bez odpovědi.\n[[greeting_without_name|Děkuji a přeji hezký den]]",
        "Dobrý den,\njmenuji se {intro} a jsem vaším zákazníkem šest let. Na infolince mi paní <<name.other|Procházková>> slíbila, že se ozve, ale nic. Můj telefon: {phone}, adresa: {addr}.\nDěkuji\n{sig}",
        "{sal},\nodběrné místo na adrese {addr}: vyúčtování č. {invoice} na {amount} je o {percent} vyšší než loni. Kontakt: {email}, tel. {phone}.",
        "{she}Objednala jsem syna k zubaři na {date} v {time}, rodné číslo {rc}. Ambulance nebere telefon. Prosím o zpětné zavolání na {phone}.\n{sig}",
        "Produkt {product} ({qty}) dorazil poškozený. Objednávka {order}, faktura {invoice}, nakoupeno na [[brand|Alza.cz]].",
        "Kurýr tvrdí, že PSČ {pc} k adrese nepatří, ale bydlím tu roky. Zásilka {tracking} se vrátila odesílateli. {sigf}",
        "Platba na účet {iban} s variabilním symbolem {invoice} nebyla připsána. Naše DIČ: {cz_dic}. Odpověď prosím na {email}.",
        "Ahoj, tady {introf}, mám problém s dobitím kreditu u [[brand|Vodafone]], číslo {phone}, kredit {amount} zmizel.",
        "Číslo transakce {badluhn} – banka tvrdí, že platba za objednávku {order} odešla {date}. [[brand|Mall.cz]] ji ale nevidí.",
        "Údaje k pojistné smlouvě: jméno {myname}, r. č. {rc}, bydliště {addr}, tel. {phone}.",
        "Servisní technik pan <<name.other|Kratochvíl>> přišel {date} o tři hodiny později a pračku {product} neopravil. Zakázka {ticket}. Prosím o nový termín, {sigf}",
    ],
    "sk": [
        "{sal},\nďakujem za odpoveď. Objednávka č. {order} však stále neprišla, hoci bola odoslaná {date}. Prosím zavolajte mi na {phone}.\nS pozdravom\n{sig}",
        "Dobrý deň, volám sa {intro}, rodné číslo {rc}. Chcem zmeniť adresu trvalého pobytu na {addr}. Potvrdenie prosím na {email}.",
        "Faktúra č. {invoice} je vystavená na nesprávnu firmu. Správne údaje: {company}, IČO {ico}, IČ DPH {sk_dph}, sídlo {addr}.",
        "[[greeting_without_name|Dobrý deň]], zásielka {tracking} odoslaná z {city_from} leží na pošte od {date}. Zaplatila som {amount} za expresné doručenie a nič.",
        "Z mojej karty {card} niekto strhol {amount}. Kartu prosím zablokujte, som k dispozícii na čísle {phone}.\nVďaka, {sigf}",
        "{sal},\nprosím o vrátenie {amount} za vrátený tovar ({qty}) na účet {iban}. Reklamácia {ticket}.\nS pozdravom\n{sig}",
        "ahoj, odkaz na obnovenie hesla {url_token} nefunguje, vypisuje chybu. môj email je {email}",
        "Aplikácia [[brand|Tatra banka]] vo verzii {version} po aktualizácii padá. Dnes o {time} som nemohol zaplatiť a zľava {percent} sa nezapočítala. Návod na {url} nepomohol.",
        "Číslo objednávky {order}, zákaznícke číslo {bad10} – systém píše, že neexistuje. Požiadavka {ticket} zo dňa {date} je stále bez odpovede.\n[[greeting_without_name|Ďakujem a prajem pekný deň]]",
        "Dobrý deň,\nvolám sa {intro} a som vaším zákazníkom päť rokov. Na linke mi pani <<name.other|Kováčová>> sľúbila, že sa ozve, ale nič. Môj telefón: {phone}, adresa: {addr}.\nĎakujem\n{sig}",
        "{sal},\nodberné miesto na adrese {addr}: vyúčtovanie č. {invoice} na {amount} je o {percent} vyššie ako vlani. Kontakt: {email}, tel. {phone}.",
        "{she}Objednala som dcéru k lekárke na {date} o {time}, rodné číslo {rc}. Ambulancia nedvíha telefón. Prosím o spätné volanie na {phone}.\n{sig}",
        "Produkt {product} ({qty}) prišiel poškodený. Objednávka {order}, faktúra {invoice}, kúpené v [[brand|Martinus]].",
        "Kuriér tvrdí, že PSČ {pc} nesedí s adresou, ale bývam tu roky. Zásielka {tracking} sa vrátila odosielateľovi. {sigf}",
        "Platba na účet {iban} s variabilným symbolom {invoice} nebola pripísaná. Naše IČ DPH: {sk_dph}. Odpoveď prosím na {email}.",
        "Ahoj, tu {introf}, mám problém s dobitím kreditu v [[brand|Orange]], číslo {phone}, kredit {amount} zmizol.",
        "Číslo transakcie {badluhn} – banka tvrdí, že platba za objednávku {order} odišla {date}. Obchod [[brand|Nay]] ju ale nevidí.",
        "Údaje k poistnej zmluve: meno {myname}, rodné číslo {rc}, bydlisko {addr}, tel. {phone}.",
        "Technik pán <<name.other|Baláž>> prišiel {date} o tri hodiny neskôr a práčku {product} neopravil. Zákazka {ticket}. Prosím o nový termín, {sigf}",
    ],
    "ru": [
        "{sal}!\nПо заказу № {order} до сих пор нет никакой информации, хотя доставку обещали {date}. Прошу перезвонить мне по номеру {phone}.\nС уважением,\n{sig}",
        "Здравствуйте, меня зовут {intro}. Для оформления вычета прошу внести мой ИНН {inn12} и СНИЛС {snils} в карту клиента. Адрес регистрации: {addr}.",
        "Счёт {invoice} выставлен на неверные реквизиты. Правильные: {company}, ИНН {inn10}, ОГРН {ogrn}, юридический адрес: {addr}.",
        "[[greeting_without_name|Добрый день]]! Заказ № {order} от {date} так и висит в статусе «собирается». Оплатил {amount}, посылка должна была уйти из {city_from} за сутки. Трек-номер {tracking} не отслеживается.",
        "С моей карты {card} списали {amount} в магазине, которого я не знаю. Прошу срочно заблокировать карту и перезвонить на {phone}.\n{sigf}",
        "{sal}!\nПрошу вернуть {amount} за возвращённый товар ({qty}) на карту {card}. Обращение {ticket}.\nС уважением, {sig}",
        "не могу войти в личный кабинет (версия приложения {version}), ссылка из письма {url_token} выдаёт ошибку. моя почта {email}",
        "Приложение [[brand|Тинькофф]] версии {version} вылетает при оплате. Сегодня в {time} не смог оплатить, скидка {percent} тоже не применилась. Инструкция на {url} не помогла.",
        "В системе указан номер клиента {bad11}, а не мой. Обращение {ticket} от {date} до сих пор без ответа.\n[[greeting_without_name|Спасибо]]",
        "[[greeting_without_name|Здравствуйте]].\nМеня зовут {intro}, я ваш клиент уже шесть лет. Оператор <<name.other|Марина>> обещала перезвонить, но никто так и не позвонил. Мой телефон: {phone}, адрес: {addr}.\nС уважением,\n{sig}",
        "{sal}!\nПо лицевому счёту за квартиру по адресу {addr} пришла квитанция {invoice} на {amount}, это на {percent} больше, чем в прошлом месяце. Связь: {email}, тел. {phone}.",
        "{she}Записала ребёнка к педиатру на {date} в {time}, СНИЛС ребёнка {snils}. Поликлиника не подтверждает запись. Перезвоните, пожалуйста: {phone}.\n{sig}",
        "Товар {product} ({qty}) пришёл повреждённым. Заказ {order}, счёт {invoice}, покупал на [[brand|Ozon]], отправка из {city_from}.",
        "Курьер говорит, что индекс {pc} не совпадает с адресом, хотя я живу здесь много лет. Посылка {tracking} вернулась отправителю. {sigf}",
        "Платёж по счёту {invoice} не зачислен. Наши реквизиты: ИНН {inn10}, ОГРН {ogrn}. Ответ прошу направить на {email}.",
        "{he}Привет, это {introf}. Пополнил баланс [[brand|МТС]] на {amount}, номер {phone}, деньги не пришли.",
        "Номер транзакции {badluhn} — банк говорит, что оплата заказа {order} прошла {date}. [[brand|Wildberries]] её не видит.",
        "Данные для договора: ФИО {myname}, ИНН {inn12}, адрес {addr}, тел. {phone}.",
        "{sal}!\nВ договоре на подключение интернета ошибка в ИНН. Верный ИНН: {inn12}, паспортные данные я передавал курьеру. Исправьте, пожалуйста.\n{sig}",
        "Мастер <<name.other|Геннадий>> пришёл {date} на три часа позже и стиральную машину {product} так и не починил. Заявка {ticket}. Прошу назначить новую дату. {sigf}",
    ],
    "uk": [
        "{sal}!\nЩодо замовлення № {order}: досі немає жодної інформації, хоча доставку обіцяли {date}. Прошу передзвонити мені за номером {phone}.\nЗ повагою,\n{sig}",
        "Добрий день, мене звати {intro}. Прошу внести мій РНОКПП {rntrc} до договору. Адреса реєстрації: {addr}. Підтвердження надішліть на {email}.",
        "Рахунок {invoice} виставлено на неправильні реквізити. Правильні: {company}, код ЄДРПОУ {edrpou}, IBAN {iban}, адреса: {addr}.",
        "[[greeting_without_name|Добрий день]]! Замовлення № {order} від {date} досі в статусі «комплектується». Оплатив {amount}, посилка мала виїхати з {city_from} за добу. ТТН {ttn} не відстежується.",
        "З моєї картки {card} списали {amount} в магазині, якого я не знаю. Прошу терміново заблокувати картку та передзвонити на {phone}.\n{sigf}",
        "{sal}!\nПрошу повернути {amount} за повернений товар ({qty}) на рахунок {iban}. Звернення {ticket}.\nЗ повагою, {sig}",
        "не можу увійти в кабінет (версія застосунку {version}), посилання з листа {url_token} видає помилку. моя пошта {email}",
        "Застосунок [[brand|Приват24]] версії {version} вилітає під час оплати. Сьогодні о {time} не зміг оплатити, знижка {percent} теж не застосувалася. Інструкція на {url} не допомогла.",
        "У системі вказано номер клієнта {bad11}, а не мій. Звернення {ticket} від {date} досі без відповіді.\n[[greeting_without_name|Дякую]]",
        "{she}[[greeting_without_name|Доброго дня]].\nМене звати {intro}, я ваша клієнтка вже шість років. Оператор <<name.other|Наталя>> обіцяла передзвонити, але ніхто так і не зателефонував. Мій телефон: {phone}, адреса: {addr}.\nЗ повагою,\n{sig}",
        "{sal}!\nЗа особовим рахунком квартири за адресою {addr} прийшов рахунок {invoice} на {amount}, це на {percent} більше, ніж минулого місяця. Зв'язок: {email}, тел. {phone}.",
        "{she}Записала дитину до педіатра на {date} о {time}, РНОКПП дитини {rntrc}. Клініка не підтверджує запис. Передзвоніть, будь ласка: {phone}.\n{sig}",
        "Товар {product} ({qty}) прийшов пошкодженим. Замовлення {order}, рахунок {invoice}, купував на [[brand|Rozetka]], відправка з {city_from}.",
        "Кур'єр каже, що індекс {pc} не збігається з адресою, хоча я живу тут багато років. Посилка {tracking} повернулася відправнику. {sigf}",
        "Платіж за рахунком {invoice} не зараховано. Наші реквізити: ЄДРПОУ {edrpou}, IBAN {iban}. Відповідь прошу надіслати на {email}.",
        "{he}Привіт, це {introf}. Поповнив рахунок [[brand|Київстар]] на {amount}, номер {phone}, гроші не надійшли.",
        "Номер транзакції {badluhn} — банк каже, що оплата замовлення {order} пройшла {date}. [[brand|Епіцентр]] її не бачить.",
        "Дані для договору: ПІБ {myname}, РНОКПП {rntrc}, адреса {addr}, тел. {phone}.",
        "Майстер <<name.other|Віталій>> прийшов {date} на три години пізніше і пральну машину {product} так і не полагодив. Заявка {ticket}. Прошу призначити нову дату. {sigf}",
    ],
    "de": [
        "{sal},\nzu meiner Bestellung {order} habe ich noch immer keine Versandbestätigung, obwohl die Lieferung für den {date} angekündigt war. Bitte rufen Sie mich unter {phone} zurück.\nMit freundlichen Grüßen\n{sig}",
        "Guten Tag, mein Name ist {intro}. Für die Lohnabrechnung bitte ich Sie, meine Steuer-ID {idnr} zu hinterlegen. Meine neue Anschrift lautet {addr}.",
        "Die Rechnung {invoice} ist auf die falsche Firma ausgestellt. Richtig wäre: {company}, USt-IdNr. {de_vat}, {addr}.",
        "[[greeting_without_name|Hallo zusammen]], meine Bestellung {order} vom {date} steht immer noch auf „in Bearbeitung“. Ich habe {amount} bezahlt, das Paket sollte aus {city_from} innerhalb von 24 Stunden verschickt werden. Die Sendungsnummer {tracking} zeigt nichts an.",
        "Von meiner Kreditkarte {card} wurden {amount} abgebucht, die ich nicht veranlasst habe. Bitte sperren Sie die Karte sofort und rufen Sie mich unter {phone} an.\nGruß {sigf}",
        "{sal},\nbitte erstatten Sie {amount} für die Retoure ({qty}) auf mein Konto {iban}. Vorgangsnummer {ticket}.\nViele Grüße\n{sig}",
        "hi, ich komm nicht in mein kundenkonto (app version {version}), der link aus der mail {url_token} zeigt nur fehler 500. meine mail ist {email}",
        "Die App von [[brand|Deutsche Telekom]] stürzt in Version {version} beim Bezahlen ab. Heute um {time} ging gar nichts, der Rabatt von {percent} wurde auch nicht abgezogen. Die Anleitung unter {url} hilft nicht.",
        "Im System steht die Kundennummer {bad11} statt meiner. Meine Reklamation {ticket} vom {date} ist immer noch unbeantwortet.\n[[greeting_without_name|Vielen Dank und freundliche Grüße]]",
        "{she}[[greeting_without_name|Sehr geehrte Damen und Herren]],\nich heiße {intro} und bin seit sechs Jahren Kundin bei Ihnen. Frau <<name.other|Yilmaz>> von der Hotline hat einen Rückruf versprochen, passiert ist nichts. Telefon: {phone}, Adresse: {addr}.\nMit freundlichen Grüßen\n{sig}",
        "{sal},\nbetrifft die Zählerstelle an der Adresse {addr}: die Jahresabrechnung {invoice} über {amount} liegt {percent} über dem Vorjahr. Kontakt: {email}, Tel. {phone}.",
        "Ich habe für meine Tochter einen Termin beim Kinderarzt am {date} um {time} gebucht. Für die Abrechnung: Steuer-ID {idnr}. Die Praxis bestätigt den Termin nicht, bitte Rückruf unter {phone}.\n{sig}",
        "Der Artikel {product} ({qty}) kam beschädigt an. Bestellnummer {order}, Rechnung {invoice}, gekauft bei [[brand|MediaMarkt]], Versand aus {city_from}.",
        "Der Paketbote sagt, die PLZ {pc} passe nicht zur Adresse, dabei wohne ich hier seit Jahren. Sendung {tracking} ging zurück an den Absender. {sigf}",
        "Die Zahlung auf Rechnung {invoice} ist nicht verbucht. Unsere USt-IdNr.: {de_vat}, IBAN {iban}. Antwort bitte an {email}.",
        "Hi, hier ist {introf}. Ich habe mein [[brand|O2]]-Guthaben um {amount} aufgeladen, Nummer {phone}, das Geld ist nicht angekommen.",
        "Transaktionsnummer {badluhn} – die Bank sagt, die Zahlung für Bestellung {order} ist am {date} raus. [[brand|Otto]] sieht sie aber nicht.",
        "Daten für den Vertrag: Name {myname}, Steuer-ID {idnr}, Anschrift {addr}, Tel. {phone}.",
        "In der Steuer-App [[brand|WISO]] (Version {version}) wird meine Steuer-ID {idnr} als ungültig angezeigt, obwohl sie stimmt. {sigf}",
        "Der Techniker Herr <<name.other|Krause>> kam am {date} drei Stunden zu spät und hat die Waschmaschine {product} nicht repariert. Auftrag {ticket}. Bitte um einen neuen Termin. {sigf}",
    ],
    "en": [
        "{sal},\nI still have no update on order {order}, although delivery was promised for {date}. Please call me back on {phone}.\nKind regards,\n{sig}",
        "Hello, my name is {intro} and I moved house last month. Please update my address to {addr} and send the confirmation to {email}.",
        "Invoice {invoice} was issued to the wrong company. The correct details are {company}, VAT number {gb_vat}, registered office {addr}.",
        "[[greeting_without_name|Hi there]], my order {order} placed on {date} still says 'processing'. I paid {amount} and it was supposed to ship from {city_from} within 24 hours. Tracking {tracking} shows nothing.",
        "Someone charged {amount} to my card {card} at a shop I have never heard of. Please block the card immediately and call me on {phone}.\nThanks, {sigf}",
        "{sal},\nPlease refund {amount} for the returned items ({qty}) to my account {iban}. Case reference {ticket}.\nBest wishes,\n{sig}",
        "cant log in to my account (app version {version}), the link from the email {url_token} just gives error 500. my email is {email}",
        "The [[brand|Monzo]] app version {version} crashes at checkout. At {time} today I couldn't pay at all and the {percent} discount wasn't applied. The guide at {url} didn't help.",
        "Your system shows customer number {bad11} instead of mine. Complaint {ticket} from {date} is still unanswered.\n[[greeting_without_name|Many thanks]]",
        "[[greeting_without_name|Dear Customer Service team]],\nmy name is {intro} and I've been a customer for six years. <<name.other|Gemma>> from your helpline promised a call back, but nobody rang. Phone: {phone}, address: {addr}.\nYours sincerely,\n{sig}",
        "{sal},\nRegarding the meter at {addr}: bill {invoice} for {amount} is {percent} higher than last year. Contact: {email}, tel. {phone}.",
        "I booked my son in with the GP on {date} at {time} but the surgery hasn't confirmed. Please ring me on {phone}.\n{sig}",
        "Item {product} ({qty}) arrived damaged. Order number {order}, invoice {invoice}, bought from [[brand|Currys]], shipped from {city_from}.",
        "The courier says postcode {pc} doesn't match my address, but I've lived here for years. Parcel {tracking} went back to the sender. {sigf}",
        "Payment against invoice {invoice} hasn't been allocated. Our VAT number is {gb_vat}, paid from {iban}. Please reply to {email}.",
        "hey it's {introf}, topped up my [[brand|Vodafone]] by {amount} on {phone} and the credit never showed up",
        "Transaction reference {badluhn} – the bank says payment for order {order} left on {date}. [[brand|Argos]] can't see it.",
        "Details for the tenancy agreement: name {myname}, current address {addr}, phone {phone}, email {email}.",
        "The engineer, <<name.other|Steve>>, turned up three hours late on {date} and didn't fix the washing machine {product}. Job {ticket}. Please book a new slot. {sigf}",
    ],
}


def slot_ttn(c: Ctx) -> list[Seg]:
    """Nova Poshta waybill (14 digits starting 204/590), never a valid REGON-14."""
    rng = c.rng
    value = until(
        rng,
        lambda: rng.choice(["20450", "59000"]) + rdigits(rng, 9, False),
        lambda v: not passes_any_id_check(v),
    )
    return [K("tracking_number", value)]


LANG_SLOTS["uk"]["ttn"] = slot_ttn

ONE_OFFS: dict[str, list[str]] = {
    "pl": [
        "{he}Temat: Reklamacja – zamówienie {order}\n\n{sal},\n\nzwracam się z prośbą o ponowne rozpatrzenie reklamacji {ticket}. Odkurzacz {product} kupiony {date} przestał działać po dwóch tygodniach. Serwis z {city_from} odesłał go bez naprawy, a w protokole wpisano „brak usterki”.\n\nProszę o zwrot {amount} na rachunek {nrb} albo o wymianę na nowy egzemplarz. Jestem dostępny pod numerem {phone} w godzinach 8–16.\n\nZ poważaniem\n{sig}\n{addr}",
        "Zamówiłam kosmetyki [[brand|Ziaja]] i zestaw [[brand|Jan Niezbędny]], przyszło tylko {qty} z {qty}… Numer zamówienia {order}. [[greeting_without_name|Pozdrawiam]]",
        "Byłem w salonie [[brand|Orange]] w [[street_as_brand|Galerii Mokotów]] i konsultant nie umiał przenieść numeru. Strata czasu, zamówienie {order} anulowane.",
        "Dane do faktury: {company}, NIP {nip}. Osoba kontaktowa: {myname}, {email}, {phone}.",
        "{she}Dzień dobry, w [[brand|PKO BP]] odrzucono mój wniosek, bo rzekomo PESEL {pesel} nie zgadza się z dowodem {pl_id}. Dane są poprawne, sprawdzałam trzy razy!\n{sig}",
        "Rejestruję mamę na badanie USG na {date}, PESEL mamy {pesel}. Proszę o SMS z potwierdzeniem na {phone}, bo na infolinii nikt nie odbiera od {time}.",
        "Przesyłka z paczkomatu nie dotarła, a w aplikacji [[brand|InPost]] status „doręczono” od {date} {time}. Numer {tracking}. Czy ktoś może to sprawdzić?",
    ],
    "cs": [
        "Předmět: Reklamace – objednávka {order}\n\n{sal},\n\nobracím se na Vás znovu kvůli reklamaci {ticket}. Vysavač {product} koupený {date} přestal fungovat po dvou týdnech. Servis z {city_from} ho vrátil bez opravy s poznámkou „vada nezjištěna“.\n\nŽádám o vrácení {amount} na účet {iban} nebo výměnu za nový kus. Jsem k zastižení na {phone}.\n\nS pozdravem\n{sig}\n{addr}",
        "Boty od [[brand|Baťa]] se rozpadly po měsíci, účtenka {invoice}. Prodejna na [[street_as_brand|Václavském náměstí]] reklamaci odmítla. [[greeting_without_name|Děkuji předem za vyřízení]]",
        "Dodávka z [[brand|Rohlík.cz]] přišla o dvě hodiny později, zmrzlina roztekla. Objednávka {order}, {amount}.",
        "Fakturační údaje: {company}, IČO {ico}. Kontaktní osoba {myname}, {email}, tel. {phone}.",
        "Ve čtvrtek v {time} mi volala paní <<name.other|Jarmila>> z vaší firmy, že mám nedoplatek {amount}. Je to pravda, nebo podvod? Klientské číslo {bad10}.",
    ],
    "sk": [
        "Predmet: Reklamácia – objednávka {order}\n\n{sal},\n\nobraciam sa na Vás opäť kvôli reklamácii {ticket}. Vysávač {product} kúpený {date} prestal fungovať po dvoch týždňoch. Servis v Bratislave ho vrátil bez opravy s poznámkou „chyba nezistená“.\n\nŽiadam o vrátenie {amount} na účet {iban} alebo výmenu za nový kus. Som k zastihnutiu na {phone}.\n\nS pozdravom\n{sig}\n{addr}",
        "Knihy z [[brand|Martinus]] prišli pokrčené, objednávka {order}. Predajňa na [[street_as_brand|Obchodnej]] mi povedala, nech to riešim online. [[greeting_without_name|Ďakujem]]",
        "Fakturačné údaje: {company}, IČO {ico}, IČ DPH {sk_dph}. Kontaktná osoba {myname}, {email}.",
        "[[greeting_without_name|Dobrý deň prajem]], [[brand|Slovenská pošta]] mi nedoručila balík {tracking} od {date}. Na pobočke tvrdia, že ho vrátili do {city_from}.",
        "Volám sa {intro}, moje rodné číslo je {rc} a potrebujem zrušiť zmluvu s [[brand|4ka]]. Zavolajte mi na {phone}, prosím.",
    ],
    "ru": [
        "Тема: Претензия по заказу {order}\n\n{sal}!\n\nПовторно обращаюсь по претензии {ticket}. Пылесос {product}, купленный {date}, сломался через две недели. Сервисный центр вернул его без ремонта с пометкой «дефект не выявлен».\n\nПрошу вернуть {amount} на карту {card} или заменить товар. Мой телефон: {phone}.\n\nС уважением,\n{sig}\n{addr}",
        "Купил в [[brand|М.Видео]] телевизор {product}, а привезли другой. Заказ {order}, чек на {amount}. [[greeting_without_name|Всего доброго]]",
        "Реквизиты для счёта: {company}, ИНН {inn10}, ОГРН {ogrn}. Контактное лицо: {myname}, {email}, {phone}.",
        "В [[brand|Пятёрочке]] на [[street_as_brand|Тверской]] кассир дважды пробил товар, переплата {amount}. Чек {invoice}, {date}, {time}.",
        "Работодатель требует СНИЛС {snils}, а в [[brand|Госуслугах]] он не отображается. Обращение {ticket}. {sig}",
        "Звонила некая <<name.other|Светлана>> из «службы безопасности банка» и просила продиктовать код из СМС. Это мошенники? Мой номер {phone}.",
    ],
    "uk": [
        "Тема: Претензія щодо замовлення {order}\n\n{sal}!\n\nПовторно звертаюся щодо претензії {ticket}. Пилосос {product}, придбаний {date}, зламався через два тижні. Сервісний центр повернув його без ремонту з позначкою «дефект не виявлено».\n\nПрошу повернути {amount} на рахунок {iban} або замінити товар. Мій телефон: {phone}.\n\nЗ повагою,\n{sig}\n{addr}",
        "[[brand|Нова Пошта]] загубила посилку {ttn}, у відділенні кажуть чекати ще тиждень. Оплачено {amount}. [[greeting_without_name|Дякую за розуміння]]",
        "Реквізити: {company}, код ЄДРПОУ {edrpou}. Контактна особа: {myname}, {email}, {phone}.",
        "У [[brand|Сільпо]] на [[street_as_brand|Хрещатику]] двічі пробили товар, переплата {amount}. Чек {invoice}, {date}, {time}.",
        "У застосунку [[brand|Дія]] мій РНОКПП {rntrc} відображається правильно, а у вашому кабінеті — з помилкою. Звернення {ticket}. {sig}",
        "Телефонувала якась <<name.other|Людмила>> нібито з банку й просила номер картки. Я нічого не казала. Мій номер {phone}, перевірте, будь ласка.",
    ],
    "de": [
        "Betreff: Reklamation – Bestellung {order}\n\n{sal},\n\nich wende mich erneut wegen der Reklamation {ticket} an Sie. Der Staubsauger {product}, gekauft am {date}, funktionierte nach zwei Wochen nicht mehr. Der Service hat ihn ohne Reparatur zurückgeschickt („kein Fehler feststellbar“).\n\nBitte erstatten Sie {amount} auf mein Konto {iban} oder tauschen Sie das Gerät aus. Sie erreichen mich unter {phone}.\n\nMit freundlichen Grüßen\n{sig}\n{addr}",
        "Der Anzug von [[brand|Hugo Boss]] hatte einen Riss, Bestellung {order}. In der Filiale [[street_as_brand|Königsallee]] wollte man die Reklamation nicht annehmen. [[greeting_without_name|Danke im Voraus]]",
        "Rechnungsdaten: {company}, USt-IdNr. {de_vat}. Ansprechpartnerin: {myname}, {email}, {phone}.",
        "Bei [[brand|Dr. Oetker]] Pizza aus dem [[brand|Rewe]]-Markt war die Packung offen, MHD {date}. Kassenbon {invoice}, {time}.",
        "Ich bin Grenzgänger und wohne in Polen: mein PESEL ist {pesel}, für die Steuer in Deutschland gilt die Steuer-ID {idnr}. Bitte beides im Kundenkonto vermerken.",
    ],
    "en": [
        "Subject: Complaint – order {order}\n\n{sal},\n\nI'm writing again about complaint {ticket}. The vacuum cleaner {product} bought on {date} stopped working after two weeks, and your repair centre sent it back unrepaired ('no fault found').\n\nPlease refund {amount} to {iban} or replace the unit. You can reach me on {phone}.\n\nKind regards,\n{sig}\n{addr}",
        "Bought a [[brand|Ted Baker]] coat at [[brand|John Lewis]] and the zip broke in a week. Receipt {invoice}. The [[street_as_brand|Oxford Street]] store told me to go online. [[greeting_without_name|Cheers]]",
        "I'm a Polish citizen living in Leeds; my PESEL is {pesel} and my old Polish ID card was {pl_id}. Please update my KYC record.",
        "[[greeting_without_name|Good morning]], the [[brand|Marks & Spencer]] click-and-collect order {order} wasn't ready at {time} as promised on {date}. Very disappointing.",
        "A man called <<name.other|Dave>> rang claiming to be from your fraud team and asked for my card number. I hung up. My number is {phone}, please check.",
    ],
}


# ---------------------------------------------------------------------------
# Build, split, write
# ---------------------------------------------------------------------------


def build(seed: int = SEED) -> list[dict]:
    """All items, ids numbered per language in generation order."""
    items: list[dict] = []
    for li, lang in enumerate(LANGS):
        rng = random.Random(seed * 100 + li)
        sources = list(ONE_OFFS[lang])
        templates = TEMPLATES[lang]
        i = 0
        while len(sources) < ITEMS_PER_LANG:
            sources.append(templates[i % len(templates)])
            i += 1
        rng.shuffle(sources)
        for n, template in enumerate(sources, start=1):
            item = {"id": f"{lang}-{n:03d}", "lang": lang, **render(template, Ctx(lang, rng))}
            problems = validate_item(item)
            if problems:
                raise ValueError(f"{item['id']}: {problems}\n{item['text']}")
            items.append(item)
    return items


def split(items: list[dict], seed: int = SPLIT_SEED) -> dict[str, list[dict]]:
    """40 % dev / 60 % blind, drawn per language with a fixed seed."""
    out: dict[str, list[dict]] = {"dev": [], "blind": []}
    for lang in LANGS:
        ids = sorted(it["id"] for it in items if it["lang"] == lang)
        random.Random(f"{seed}-{lang}").shuffle(ids)
        dev = set(ids[: round(DEV_SHARE * len(ids))])
        for it in items:
            if it["lang"] == lang:
                out["dev" if it["id"] in dev else "blind"].append(it)
    return out


def stats(parts: dict[str, list[dict]]) -> dict[str, Counter]:
    """Counts per split: items per language, gold spans per kind, keeps per what."""
    out: dict[str, Counter] = {}
    for name, items in parts.items():
        c: Counter = Counter()
        for it in items:
            c[f"items:{it['lang']}"] += 1
            c["items:all"] += 1
            if not it["pii"]:
                c["items:no_pii"] += 1
            for sp in it["pii"]:
                c[f"pii:{sp['kind']}"] += 1
                if sp["kind"] == "name":
                    c[f"name:{sp['context']}"] += 1
            for sp in it["keep"]:
                c[f"keep:{sp['what']}"] += 1
        out[name] = c
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--check",
        action="store_true",
        help="only verify the files on disk are what the script writes",
    )
    args = parser.parse_args(argv)
    parts = split(build())
    texts = {
        name: "".join(
            json.dumps(it, ensure_ascii=False) + "\n"
            for it in sorted(items, key=lambda it: (LANGS.index(it["lang"]), it["id"]))
        )
        for name, items in parts.items()
    }
    if args.check:
        stale = [
            n
            for n, t in texts.items()
            if (args.out / f"{n}.jsonl").read_text(encoding="utf-8") != t
        ]
        print("stale: " + ", ".join(stale) if stale else "up to date")
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (args.out / f"{name}.jsonl").write_text(text, encoding="utf-8")
    st = stats({**parts, "all": parts["dev"] + parts["blind"]})
    keys = sorted(set().union(*st.values()))
    print(f"{'':28}{'dev':>6}{'blind':>7}{'all':>6}")
    for key in keys:
        print(f"{key:28}{st['dev'][key]:>6}{st['blind'][key]:>7}{st['all'][key]:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
