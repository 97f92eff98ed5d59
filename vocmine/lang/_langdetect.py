"""langdetect backend: only the configured languages' profiles, seeded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

__all__ = ["LangdetectBackend"]


class LangdetectBackend:
    """Language probabilities from langdetect, restricted to the languages asked for.

    Loading only the configured profiles is faster and more accurate than choosing
    among all 55; the seed makes langdetect's sampling reproducible.

    Args:
        seed: Seed of langdetect's sampling, so the same text always gets the same answer.

    Example:
        >>> probs = LangdetectBackend().probabilities_many(["Dziękuję bardzo!"], ("pl", "cs"))
        >>> max(probs[0], key=probs[0].get)
        'pl'
    """

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

    @property
    def name(self) -> str:
        """The method name a decision by this backend reports."""
        return "langdetect"

    def _factory(self, languages: Sequence[str]) -> DetectorFactory:
        """Return the langdetect factory for ``languages``, built on first use."""
        key = tuple(dict.fromkeys(languages))
        if getattr(self, "languages_", None) != key:
            import langdetect

            profiles_dir = Path(langdetect.__file__).parent / "profiles"
            profiles = [
                (profiles_dir / lang).read_text(encoding="utf-8")
                for lang in key
                if (profiles_dir / lang).is_file()  # no profile: only cues can pick it
            ]
            factory = DetectorFactory()
            if len(profiles) >= 2:  # langdetect refuses fewer than two profiles
                factory.load_json_profile(profiles)
            factory.set_seed(self.seed)
            self.factory_ = factory
            self.languages_ = key
        return self.factory_

    def _probabilities(self, factory: DetectorFactory, text: str) -> dict[str, float]:
        letters = [ch for ch in text if ch.isalpha()]
        if sum(ch.isupper() for ch in letters) > len(letters) / 2:
            text = text.lower()  # langdetect misreads SHOUTED text (often as English)
        try:
            detector = factory.create()
            detector.append(text)
            return {p.lang: p.prob for p in detector.get_probabilities()}
        except LangDetectException:
            return {}

    def probabilities_many(
        self, texts: Sequence[str], languages: Sequence[str]
    ) -> list[dict[str, float]]:
        """Return langdetect's probability per language for each text.

        Args:
            texts: Cleaned texts.
            languages: Languages to choose among (ISO 639-1).

        Returns:
            One mapping language -> probability per text; empty when langdetect found
            no usable n-gram (or has fewer than two of the languages' profiles).
        """
        factory = self._factory(languages)
        if not factory.langlist:
            return [{} for _ in texts]
        return [self._probabilities(factory, text) for text in texts]
