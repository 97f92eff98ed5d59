"""The complaint taxonomy: pydantic models, validation and the YAML loader.

The taxonomy is data, not code: ``vocmine/resources/taxonomy.yaml`` ships a default
that users edit or replace. Every regex in it is written against *folded* text
(see :func:`fold_text`).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import ErrorDetails

from vocmine.nlp.fold import MATCHING

KEY_PATTERN = r"^[a-z][a-z0-9_]*$"
LANG_PATTERN = r"^[a-z]{2,3}$"


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used; the message names the file and the bad key."""


fold_text = MATCHING.fold
"""Return ``text`` lower-cased with diacritics removed (the form every pattern matches).

``"Zásilka NEPŘIŠLA"`` -> ``"zasilka neprisla"``, ``"łódź"`` -> ``"lodz"``,
``"ещё"`` -> ``"еще"``, ``"йод"`` -> ``"иод"``, ``"Straße"`` -> ``"strasse"``: the
:data:`vocmine.nlp.fold.MATCHING` fold.
"""


def _check_regexes(values: list[str]) -> list[str]:
    for value in values:
        try:
            re.compile(fold_text(value))
        except re.error as exc:
            raise ValueError(f"invalid regular expression {value!r}: {exc}") from exc
    return values


class LanguageRules(BaseModel):
    """What one category or signal looks like in one language.

    Attributes:
        examples: Seed sentences; with an embedder they become prototypes.
        patterns: Strong regexes over folded text.
        topics: Weak regexes (what the text is about); count only with a problem cue.
        exclude: Regexes whose matches are removed before ``patterns`` run.
    """

    model_config = ConfigDict(extra="forbid")

    examples: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)

    _validate_regexes = field_validator("patterns", "topics", "exclude")(_check_regexes)


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    key: str = Field(pattern=KEY_PATTERN)
    description: str = ""
    lang: dict[str, LanguageRules] = Field(default_factory=dict)

    @field_validator("lang")
    @classmethod
    def _lang_codes(cls, value: dict[str, LanguageRules]) -> dict[str, LanguageRules]:
        for code in value:
            if not re.match(LANG_PATTERN, code):
                raise ValueError(f"language code {code!r} is not an ISO 639 code like 'pl'")
        return value


class Category(_Entry):
    """A complaint category (or ``praise`` / ``other``).

    Attributes:
        key: Machine name, part of the output contract (``delivery``).
        weight: Importance in [0, 1] used by :func:`vocmine.categorise.severity`.
        description: One line for analysts.
        lang: Rules per ISO 639-1 language code.
    """

    weight: float = Field(ge=0.0, le=1.0)


class Signal(_Entry):
    """An effort signal (``long_wait`` ...) or the churn-risk flag."""


class Taxonomy(BaseModel):
    """Categories, effort signals and churn rules for every language.

    Attributes:
        version: File format version (1).
        fallback: Category key given when nothing else fits (``other``).
        praise: Category key of the positive category; negation phrases are not
            removed before it runs.
        negation_phrases: Per language, regexes for "no problem"-like spans that
            are removed before complaint categories run.
        problem_cues: Per language, regexes that turn a topic mention into a complaint.
        categories: The categories, in output order.
        effort_signals: The effort signals.
        churn: The churn-risk rules.
    """

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    fallback: str = "other"
    praise: str = "praise"
    negation_phrases: dict[str, list[str]] = Field(default_factory=dict)
    problem_cues: dict[str, list[str]] = Field(default_factory=dict)
    categories: list[Category]
    effort_signals: list[Signal] = Field(default_factory=list)
    churn: Signal | None = None

    @field_validator("negation_phrases", "problem_cues")
    @classmethod
    def _regex_lists(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for regexes in value.values():
            _check_regexes(regexes)
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Taxonomy:
        keys = [c.key for c in self.categories]
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        if duplicates:
            raise ValueError(f"duplicate category keys: {duplicates}")
        signal_keys = [s.key for s in self.effort_signals]
        duplicates = sorted({k for k in signal_keys if signal_keys.count(k) > 1})
        if duplicates:
            raise ValueError(f"duplicate effort signal keys: {duplicates}")
        if self.fallback not in keys:
            raise ValueError(f"fallback category {self.fallback!r} is not among the categories")
        if self.praise and self.praise not in keys:
            raise ValueError(f"praise category {self.praise!r} is not among the categories")
        return self

    @property
    def category_keys(self) -> list[str]:
        """Category keys in file order."""
        return [c.key for c in self.categories]

    @property
    def signal_keys(self) -> list[str]:
        """Effort signal keys in file order."""
        return [s.key for s in self.effort_signals]

    @property
    def languages(self) -> list[str]:
        """Every language some category has rules for, sorted."""
        return sorted({code for c in self.categories for code in c.lang})

    def category_weights(self) -> dict[str, float]:
        """Return ``{category key: weight}``, the ``weights`` argument of ``severity``."""
        return {c.key: c.weight for c in self.categories}


def _location(error: ErrorDetails, raw: Any) -> str:
    """Turn a pydantic error location into ``categories[delivery].lang.pl.patterns[2]``."""
    parts: list[str] = []
    node = raw
    for loc in error["loc"]:
        if isinstance(loc, int):
            key = (
                node[loc].get("key")
                if isinstance(node, list) and isinstance(node[loc], dict)
                else None
            )
            parts[-1] += f"[{key}]" if key else f"[{loc}]"
        else:
            parts.append(str(loc))
        try:
            node = node[loc]
        except (KeyError, IndexError, TypeError):
            node = None
    return ".".join(parts) or "<root>"


def parse_taxonomy(raw: Any, source: str = "<taxonomy>") -> Taxonomy:
    """Validate an already-parsed taxonomy mapping.

    Args:
        raw: The mapping read from YAML.
        source: Name used in error messages (a file path).

    Returns:
        The validated taxonomy.

    Raises:
        TaxonomyError: Naming ``source`` and the first bad key.
    """
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{source}: a taxonomy must be a mapping with a 'categories' list")
    try:
        return Taxonomy.model_validate(raw)
    except ValidationError as exc:
        lines = [f"{_location(err, raw)}: {err['msg']}" for err in exc.errors()]
        raise TaxonomyError(f"{source}: invalid taxonomy\n  " + "\n  ".join(lines)) from exc


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy YAML file.

    Args:
        path: The file; ``None`` reads the packaged default
            (``vocmine/resources/taxonomy.yaml``).

    Returns:
        The validated taxonomy.

    Raises:
        TaxonomyError: If the file is missing, not YAML, or invalid; the message
            names the file and the bad key.

    Example:
        >>> load_taxonomy().category_keys[:2]
        ['delivery', 'product_quality']
    """
    if path is None:
        resource = resources.files("vocmine").joinpath("resources", "taxonomy.yaml")
        source, text = str(resource), resource.read_text(encoding="utf-8")
    else:
        source = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise TaxonomyError(f"{source}: cannot read taxonomy file: {exc}") from exc
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TaxonomyError(f"{source}: not valid YAML: {exc}") from exc
    return parse_taxonomy(raw, source)
