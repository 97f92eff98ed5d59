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


class InvalidTransitionError(VocmineError):
    """A follow-up case cannot move from its status to the one asked for."""


class CaseConflictError(VocmineError):
    """A follow-up case changed since it was read (someone else updated it)."""


class CaseNotFoundError(VocmineError):
    """No follow-up case has the id asked for."""


class StoreBusyError(StoreError):
    """The store is held by another process (a DuckDB file a run is writing); try again soon."""


class UserError(VocmineError):
    """A workspace user cannot be added or changed (exists, unknown, bad role)."""


class ItemNotFoundError(VocmineError):
    """No stored item has the id asked for."""


class CorrectionError(VocmineError):
    """A label correction names an unknown field or holds an invalid value."""


class PermissionDeniedError(VocmineError):
    """The user's role or team may not do what was asked."""


class TopicNotFoundError(VocmineError):
    """No topic of the current topic model has the id asked for."""
