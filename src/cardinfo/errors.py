"""The errors cardinfo raises, each with the exit code the command-line contract gives it."""

from __future__ import annotations


class CardinfoError(Exception):
    """A failure the user can act on; the CLI prints the message and exits with `exit_code`."""

    exit_code = 1

    def __init__(self, message: str, hints: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hints = hints or []


class NotFound(CardinfoError, LookupError):
    """Nothing matched the query (exit 1); `hints` holds the suggestions."""

    exit_code = 1


class UsageError(CardinfoError):
    """A bad value the option parser could not catch, such as an impossible date (exit 2)."""

    exit_code = 2


class DataError(CardinfoError):
    """A data file is missing, not valid YAML, or breaks the schema (exit 3)."""

    exit_code = 3


class OutputError(CardinfoError):
    """An output file could not be written (exit 1)."""

    exit_code = 1
