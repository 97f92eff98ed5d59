"""Errors vocmine raises on purpose, in one place.

Each carries a message a user can act on; the CLI prints it without a
traceback and exits with status 2.
"""


class VocmineError(Exception):
    """Base class of every error vocmine raises on purpose."""


class ConfigError(VocmineError):
    """The configuration file or a setting is invalid."""


class StoreError(VocmineError):
    """The store URL is unsupported or the store cannot be opened."""


class ModelNotFoundError(VocmineError):
    """A model folder is missing or incomplete."""


class InputError(VocmineError):
    """An input file cannot be read at all (a bad row is quarantined instead)."""
