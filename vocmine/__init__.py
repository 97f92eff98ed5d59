"""vocmine: offline voice-of-customer text mining for CEE languages."""

__version__ = "0.1.0"

from vocmine.lang.data import SUPPORTED_LANGUAGES  # noqa: E402 - after __version__

__all__ = ["SUPPORTED_LANGUAGES", "__version__"]
