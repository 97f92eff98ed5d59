"""THE training recipe of the shipped category head (``models/categories/head_v1``).

Data: the English category sets of the shared data folder, their labels mapped to
the taxonomy by ``resources/category_maps.yaml`` (a seeded sample of at most
``limit`` rows per set: the first rows of ``numpy.random.default_rng(0)``'s
permutation of the rows with a text), plus our own hand-written items
(``data/eval/categories_eval.jsonl`` split ``dev``,
``data/eval/categories_heldout.jsonl`` split ``a`` and the long company feedback of
``data/train/support`` split ``train``, cut to the customer's own words as the
analyser does; splits ``b``, ``c``, ``d`` and ``holdout`` stay held out). Every
source gets the same total weight.

Steps (:func:`fit_category_head`):

1. out-of-fold predictions of our own items: ``folds`` folds over them, the head
   fitted on all English rows plus the other folds;
2. the stacker and the threshold per category calibrated on those predictions
   (:meth:`CategoryHead.calibrate`);
3. the head refitted on everything.

scripts/train_category_head.py and ``make train-categories`` call :func:`train_and_save`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from vocmine.categorise import Categoriser
from vocmine.categorise.category_maps import SetMap, load_category_maps, mapped_targets
from vocmine.categorise.head import CategoryHead
from vocmine.categorise.lexicon import lexicon_scores
from vocmine.ingest.labelled import read_labelled_rows
from vocmine.nlp.customer_text import customer_text
from vocmine.protocols import Embedder

CATEGORY_SETS = (
    "twitter_us_airline",
    "banking77",
    "app_review_issues",
    "cfpb_complaints_sample",
    "complaints_social_media",
    "twcs_topics_labeled",
)
"""The English category sets the recipe reads (those without a usable row are skipped)."""
OWN_TRAINING = (
    ("categories_eval.jsonl", "dev"),
    ("categories_heldout.jsonl", "a"),
    ("../train/support", "train"),
)
"""Our own labelled items used for training and calibration: (file or folder relative to
the evaluation folder ``data/eval``, split)."""
CHECK_SET_TRAINING = (
    ("realistic", "dev"),
    ("realistic", "blind"),
)
"""Both halves of the first realistic check set (long tickets in new domains, other
writers), added to :data:`OWN_TRAINING` for the chunk-mean head (``make
train-categories-chunks``); ``data/eval/realistic_blind2`` then stays held out."""
HELD_OUT_PARTS = (
    ("categories_heldout.jsonl", "b"),
    ("categories_heldout.jsonl", "c"),
    ("categories_heldout.jsonl", "d"),
    ("../train/support", "holdout"),
)
"""Our own items never trained or tuned on: (file or folder relative to ``data/eval``, split)."""
COMPLAINT_ONLY = ("information",)
"""Categories the taxonomy defines as complaints only: ``information`` is "missing, unclear
or wrong information; no status updates", and a plain question is ``other``. The writers
of ``data/train/support`` and of the check sets also tagged enquiries ``information``
with a neutral polarity (46% of its labels in the support train split, 31% in the later
check sets). :func:`training_categories` can drop those labels before a head learns them;
held out set by set on the nine spent check sets this changed category micro-F1 from 0.672
to 0.671 (docs/benchmarks/categories_checkset_lodo.md, stop 56; the bench's recipe
``enquiries``), so the shipped recipe
learns the labels as written."""
SET_LIMIT = 3000
"""Rows read per English set (a seeded sample)."""
DISTIL_SETS = (
    ("allegro_reviews", 500),
    ("polemo2_klej", 500),
    ("czech_facebook", 500),
    ("germeval2017_db_feedback", 500),
    ("sentirueval2015_reviews_ru", 400),
    ("sentirueval_tweets_ru", 500),
    ("complaints_social_media", 300),
)
"""Unlabelled shared sets whose texts a teacher labels for a student head: (set, rows of a
seeded sample, seed 1). Reviews and posts in pl, cs, de, ru and en from domains the
category sets do not cover (shops, hotels, clinics, schools, rail, banks, telecom)."""
DISTIL_MAX_CHARS = 3000
"""Texts of the distilled sets are cut to the customer's words, then to this many characters."""

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


@dataclass
class LabelledRows:
    """Texts of one source with their targets and features.

    Attributes:
        name: The source (a set name, or ``own``, or a split name).
        texts: The raw texts.
        langs: Their languages.
        targets: ``(n, n_categories)`` of 1, 0 or -1 (unknown).
        vectors: Document vectors (after :func:`add_features`).
        lexicon: Lexicon scores per category (after :func:`add_features`).
        prototype: Prototype scores per category (after :func:`add_features`).
    """

    name: str
    texts: list[str]
    langs: list[str | None]
    targets: np.ndarray
    vectors: np.ndarray | None = None
    lexicon: np.ndarray | None = None
    prototype: np.ndarray | None = None

    def subset(self, index: np.ndarray, name: str | None = None) -> LabelledRows:
        """Return the rows at ``index``."""

        def take(a: np.ndarray | None) -> np.ndarray | None:
            return None if a is None else a[index]

        return LabelledRows(
            name=name or self.name,
            texts=[self.texts[i] for i in index],
            langs=[self.langs[i] for i in index],
            targets=self.targets[index],
            vectors=take(self.vectors),
            lexicon=take(self.lexicon),
            prototype=take(self.prototype),
        )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Return the JSON objects of a JSONL file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def training_categories(row: dict[str, Any], complaint_only: Sequence[str] = ()) -> set[str]:
    """Return the category keys a head learns from one labelled item.

    With ``complaint_only`` empty (the default) these are the labels as written. A key of
    ``complaint_only`` (:data:`COMPLAINT_ONLY`) whose ``aspect_sentiment`` polarity is given and is not
    ``negative`` (an enquiry, or thanks for clear information) is dropped; the item's
    other keys stay. An item left with no key is the fallback (``other``) to the head.
    Items without an aspect polarity for the key keep it.
    """
    labels = set(row.get("categories") or [])
    aspects = row.get("aspect_sentiment")
    if not isinstance(aspects, dict):
        return labels
    return {
        key for key in labels if key not in complaint_only or aspects.get(key) in (None, "negative")
    }


def sample_set_rows(path: Path, limit: int = SET_LIMIT, seed: int = 0) -> list[dict[str, Any]]:
    """Return at most ``limit`` rows with a text, in a seeded random order."""
    rows = [r for r in read_jsonl(path) if isinstance(r.get("text"), str) and r["text"].strip()]
    order = np.random.default_rng(seed).permutation(len(rows))
    return [rows[i] for i in order[:limit]]


def head_categories(categoriser: Categoriser) -> list[str]:
    """Return the taxonomy's category keys the head learns (all but the fallback)."""
    return [k for k in categoriser.categories_ if k != categoriser.taxonomy_.fallback]


def load_mapped_set(
    data_dir: Path, name: str, set_map: SetMap, categories: Sequence[str], limit: int = SET_LIMIT
) -> LabelledRows:
    """Return the usable rows of one shared set with their mapped targets.

    Raises:
        FileNotFoundError: If ``<data_dir>/<name>/data.jsonl`` is missing.
    """
    path = data_dir / name / "data.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"category set {name!r} not found: {path} is missing")
    rows = sample_set_rows(path, limit)
    targets, used = mapped_targets(rows, set_map, categories)
    kept = np.flatnonzero(used)
    return LabelledRows(
        name=name,
        texts=[rows[i]["text"] for i in kept],
        langs=[rows[i].get("lang") or "en" for i in kept],
        targets=targets[kept],
    )


def load_own_items(
    eval_dir: Path,
    parts: Sequence[tuple[str, str | None]],
    categories: Sequence[str],
    name: str = "own",
    complaint_only: Sequence[str] = (),
) -> LabelledRows:
    """Return our own hand-written items of the given (file or folder, split) parts.

    Every item is fully labelled; its text is cut to the customer's own words
    (:func:`vocmine.nlp.customer_text`), as the analyser does. Its targets are
    :func:`training_categories` with ``complaint_only`` (default ``()``: the labels as
    written; :data:`COMPLAINT_ONLY`: enquiries are not learned as ``information``).
    """
    texts: list[str] = []
    langs: list[str | None] = []
    rows: list[np.ndarray] = []
    for file_name, split in parts:
        path = eval_dir / file_name
        if not path.exists():
            raise FileNotFoundError(f"labelled items not found: {path} is missing")
        for row in read_labelled_rows([path], split):
            texts.append(customer_text(row["text"]))
            langs.append(row.get("lang"))
            labels = training_categories(row, complaint_only)
            rows.append(np.array([1 if c in labels else 0 for c in categories], dtype=np.int8))
    targets = np.vstack(rows) if rows else np.zeros((0, len(categories)), dtype=np.int8)
    return LabelledRows(name=name, texts=texts, langs=langs, targets=targets)


def own_item_sources(eval_dir: Path, parts: Sequence[tuple[str, str | None]]) -> list[str]:
    """Return the source (file or folder name) of each item :func:`load_own_items` reads.

    Both halves of a check set are one source: the same writers wrote them.
    """
    return [name for name, split in parts for _ in read_labelled_rows([eval_dir / name], split)]


def add_features(
    rows: LabelledRows, categoriser: Categoriser, embedder: Embedder, batch: int = 256
) -> LabelledRows:
    """Fill ``vectors``, ``lexicon`` and ``prototype`` of ``rows`` (in place; returned)."""
    categories = head_categories(categoriser)
    vectors = [
        np.asarray(embedder.embed(rows.texts[i : i + batch]), dtype=np.float32)
        for i in range(0, len(rows.texts), batch)
    ]
    rows.vectors = np.vstack(vectors) if vectors else np.zeros((0, 0), dtype=np.float32)
    lexicon = np.zeros((len(rows.texts), len(categories)), dtype=np.float64)
    for i, (text, lang) in enumerate(zip(rows.texts, rows.langs, strict=True)):
        scores = lexicon_scores(categoriser.lexicon_, text, lang, categoriser.cross_lingual_weight)
        lexicon[i] = [scores.get(c, 0.0) for c in categories]
    rows.lexicon = lexicon
    columns = [categoriser.categories_.index(c) for c in categories]
    if len(rows.texts):
        rows.prototype = categoriser.prototype_scores(rows.texts, rows.vectors)[:, columns].astype(
            np.float64
        )
    else:
        rows.prototype = np.zeros((0, len(categories)))
    return rows


def load_distil_texts(
    data_dir: Path, sets: Sequence[tuple[str, int]] = DISTIL_SETS, seed: int = 1
) -> tuple[list[str], list[str | None]]:
    """Return the texts and languages of seeded samples of unlabelled shared sets.

    Raises:
        FileNotFoundError: If ``<data_dir>/<set>/data.jsonl`` is missing.
    """
    texts: list[str] = []
    langs: list[str | None] = []
    for name, rows_wanted in sets:
        path = data_dir / name / "data.jsonl"
        if not path.is_file():
            raise FileNotFoundError(f"distillation set {name!r} not found: {path} is missing")
        for row in sample_set_rows(path, rows_wanted, seed=seed):
            texts.append(customer_text(row["text"])[:DISTIL_MAX_CHARS])
            langs.append(row.get("lang"))
    return texts, langs


def teacher_targets(
    teacher: Categoriser,
    texts: Sequence[str],
    langs: Sequence[str | None],
    categories: Sequence[str],
    batch: int = 200,
    progress: Progress = _quiet,
    vectors: np.ndarray | None = None,
) -> np.ndarray:
    """Return ``(n, n_categories)`` of 1 and 0: the teacher's document labels of ``texts``.

    The teacher is a fitted categoriser (with its head); a category is 1 where its
    document score reaches the teacher's threshold (:meth:`Categoriser.labels_from_scores`).
    ``vectors``: the texts' vectors from the teacher's embedder, when already at hand
    (several teachers on the same texts); None embeds them.
    """
    targets = np.zeros((len(texts), len(categories)), dtype=np.int8)
    for start in range(0, len(texts), batch):
        end = start + batch
        rows = teacher.score(
            texts[start:end], langs[start:end], None if vectors is None else vectors[start:end]
        )
        for i, row in enumerate(rows, start):
            labels = set(teacher.labels_from_scores(row))
            targets[i] = [1 if c in labels else 0 for c in categories]
        progress(f"  teacher labels: {min(start + batch, len(texts))}/{len(texts)}")
    return targets


def _stack(
    sources: Sequence[LabelledRows], last_share: float = 1.0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return vectors, targets and per-row weights.

    Each source gets the same total weight, except the last, which gets ``last_share``
    times as much (our own items: :func:`fit_category_head`'s ``own_weight``); the
    weights sum to the number of rows.
    """
    sources = [s for s in sources if len(s.texts)]
    X = np.vstack([s.vectors for s in sources if s.vectors is not None])
    T = np.vstack([s.targets for s in sources])
    total = sum(len(s.texts) for s in sources)
    shares = [1.0] * (len(sources) - 1) + [last_share]
    weights = np.concatenate(
        [
            np.full(len(s.texts), total * share / (sum(shares) * len(s.texts)))
            for s, share in zip(sources, shares, strict=True)
        ]
    )
    return X, T, weights


def _calibration_folds(
    n: int, folds: int, seed: int, groups: Sequence[str] | None
) -> list[np.ndarray]:
    """Return the test indices of each calibration fold over ``n`` rows (one per group)."""
    if groups is None:
        order = np.random.default_rng(seed).permutation(n)
        return [np.sort(order[k::folds]) for k in range(folds)]
    names = np.asarray(groups)
    if len(names) != n:
        raise ValueError(f"got {len(names)} group names for {n} rows")
    return [np.flatnonzero(names == name) for name in dict.fromkeys(names.tolist())]


def fit_category_head(
    english: Sequence[LabelledRows],
    own: LabelledRows,
    categories: Sequence[str],
    embedder_name: str,
    C: float = 1.0,
    folds: int = 5,
    seed: int = 0,
    calibrate_on_sets: bool = True,
    progress: Progress = _quiet,
    extra: Sequence[LabelledRows] = (),
    own_weight: float = 1.0,
    groups: Sequence[str] | None = None,
) -> CategoryHead:
    """Fit the head on ``english`` + ``own`` and calibrate it out-of-fold on ``own``.

    Args:
        english: Mapped English sets with features.
        own: Our own items with features (the calibration data).
        categories: The head's category keys.
        embedder_name: Name of the embedder of the vectors.
        C: Regularisation of the per-category regressions.
        folds: Folds over ``own`` for the out-of-fold predictions.
        seed: Seed of the fold split.
        calibrate_on_sets: Also calibrate on each English set's predictions by a head
            fitted without it (else on our own items only).
        progress: Called with a line per step.
        extra: More sources in every fit (each its own share of the weight) that are
            never calibrated on: the teacher-labelled texts of a distillation.
        own_weight: ``own``'s total weight in every fit, in shares of one other source
            (1.0: the same as each English set).
        groups: A group name per row of ``own`` (its writers' set): the out-of-fold
            predictions then come from heads fitted without the row's whole group, as
            on a new writer's text. None: ``folds`` random folds.

    Returns:
        The fitted, calibrated head.

    Raises:
        ValueError: When ``groups`` does not give one name per row of ``own``.
    """
    assert own.lexicon is not None and own.prototype is not None and own.vectors is not None
    held_out: list[tuple[LabelledRows, np.ndarray]] = []
    oof = np.zeros(own.targets.shape, dtype=np.float64)
    tests = _calibration_folds(len(own.texts), folds, seed, groups)
    for k, test in enumerate(tests):
        train = np.setdiff1d(np.arange(len(own.texts)), test)
        X, T, w = _stack([*english, *extra, own.subset(train)], own_weight)
        fold_head = CategoryHead(C=C, embedder_name=embedder_name).fit(X, T, categories, w)
        oof[test] = fold_head.head_proba(own.vectors[test])
        progress(f"  calibration: own items, fold {k + 1}/{len(tests)}")
    held_out.append((own, oof))
    if calibrate_on_sets:
        for held in english:
            X, T, w = _stack([*(s for s in english if s is not held), *extra, own], own_weight)
            set_head = CategoryHead(C=C, embedder_name=embedder_name).fit(X, T, categories, w)
            assert held.vectors is not None
            held_out.append((held, set_head.head_proba(held.vectors)))
            progress(f"  calibration: {held.name} held out")
    X, T, w = _stack([*english, *extra, own], own_weight)
    head = CategoryHead(C=C, embedder_name=embedder_name).fit(X, T, categories, w)
    total = sum(len(rows.texts) for rows, _ in held_out)
    head.calibrate(
        np.vstack([proba for _, proba in held_out]),
        np.vstack([rows.lexicon for rows, _ in held_out if rows.lexicon is not None]),
        np.vstack([rows.prototype for rows, _ in held_out if rows.prototype is not None]),
        np.vstack([rows.targets for rows, _ in held_out]),
        sample_weight=np.concatenate(
            [
                np.full(len(rows.texts), total / (len(held_out) * len(rows.texts)))
                for rows, _ in held_out
            ]
        ),
    )
    return head


def build_feature_categoriser(embedder: Embedder) -> Categoriser:
    """Return the default categoriser with ``embedder`` (lexicon and prototypes, no head)."""
    return Categoriser(embedder=embedder).fit()


def load_training_data(
    data_dir: Path,
    eval_dir: Path,
    categoriser: Categoriser,
    embedder: Embedder,
    sets: Sequence[str] = CATEGORY_SETS,
    limit: int = SET_LIMIT,
    progress: Progress = _quiet,
    own_parts: Sequence[tuple[str, str | None]] = OWN_TRAINING,
) -> tuple[list[LabelledRows], LabelledRows]:
    """Return the mapped English sets (with usable rows) and our own training items, featurised.

    Raises:
        FileNotFoundError: A set or an evaluation file is missing.
    """
    maps = load_category_maps()
    categories = head_categories(categoriser)
    english = []
    for name in sets:
        rows = load_mapped_set(data_dir, name, maps[name], categories, limit)
        if not len(rows.texts):
            progress(f"{name}: no row maps to the taxonomy, skipped")
            continue
        progress(f"{name}: {len(rows.texts)} mapped rows, embedding ...")
        english.append(add_features(rows, categoriser, embedder))
    own = add_features(load_own_items(eval_dir, own_parts, categories), categoriser, embedder)
    progress(f"own items: {len(own.texts)}")
    return english, own


def train_and_save(
    data_dir: Path,
    eval_dir: Path,
    out_dir: Path,
    embedder: Embedder,
    limit: int = SET_LIMIT,
    progress: Progress = _quiet,
    own_parts: Sequence[tuple[str, str | None]] = OWN_TRAINING,
    teacher: Categoriser | None = None,
    distil_sets: Sequence[tuple[str, int]] = DISTIL_SETS,
    own_weight: float = 1.0,
    C: float = 1.0,
) -> CategoryHead:
    """Train the head with the recipe above and save it into ``out_dir``.

    ``own_parts`` are our own labelled items (default :data:`OWN_TRAINING`). With a
    ``teacher`` (a categoriser with another embedder's head), the texts of
    ``distil_sets`` labelled by it are one more training source (never calibrated on).
    ``own_weight``: our own items' share of the weight and ``C`` the regularisation of
    the per-category regressions (:func:`fit_category_head`).

    Raises:
        ValueError: If ``teacher`` has no head (checked before anything is read).
        FileNotFoundError: A set or an evaluation file is missing.
    """
    teacher_name = None
    if teacher is not None:
        if teacher.head is None:
            raise ValueError("the teacher categoriser has no head: nothing to distil from")
        teacher_name = teacher.head.embedder_name
    categoriser = build_feature_categoriser(embedder)
    english, own = load_training_data(
        data_dir,
        eval_dir,
        categoriser,
        embedder,
        limit=limit,
        progress=progress,
        own_parts=own_parts,
    )
    categories = head_categories(categoriser)
    distilled: list[LabelledRows] = []
    if teacher is not None:
        texts, langs = load_distil_texts(data_dir, distil_sets)
        progress(f"distillation: {len(texts)} unlabelled texts, teacher {teacher_name} ...")
        targets = teacher_targets(teacher, texts, langs, categories, progress=progress)
        rows = LabelledRows(name="distilled", texts=texts, langs=langs, targets=targets)
        distilled.append(add_features(rows, categoriser, embedder))
    head = fit_category_head(
        english,
        own,
        categories,
        embedder.name,
        progress=progress,
        extra=distilled,
        own_weight=own_weight,
        C=C,
    )
    training: dict[str, Any] = {
        "sets": {s.name: len(s.texts) for s in english},
        "own_items": len(own.texts),
        "set_limit": limit,
        "own_parts": [f"{f}:{s or 'all'}" for f, s in own_parts],
    }
    if own_weight != 1.0:
        training["own_weight"] = own_weight
    if C != 1.0:
        training["C"] = C
    if teacher is not None:
        training["distilled"] = {
            "teacher": teacher_name,
            "sets": {name: rows_wanted for name, rows_wanted in distil_sets},
            "texts": len(distilled[0].texts),
            "positives": {
                c: int(n) for c, n in zip(categories, distilled[0].targets.sum(axis=0), strict=True)
            },
        }
    extra = {"training": training}
    head.save(out_dir, extra=extra)
    return head
