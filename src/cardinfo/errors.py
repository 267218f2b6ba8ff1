"""The errors cardinfo raises: a stable key with its values, and the exit status each maps to.

Domain code never writes prose for people: it raises an error naming a message key of the
catalogue in `cardinfo.i18n` (as ``error.<key>``) and the values to fill in. The one boundary in
the CLI words it in the chosen language and exits with the error's `ExitCode`.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    """Every exit status of the command line (the help's exit-code text is generated from it)."""

    OK = 0  # answered, also a real place the sources say nothing about
    NOT_FOUND = 1  # nothing matched the query; or an output could not be written
    USAGE = 2  # a bad option or value
    DATA = 3  # a data file is missing, not valid YAML, or breaks the schema
    HANGUP = 129  # SIGHUP (128 + 1): the terminal or the ssh session closed, after removing any file half written
    INTERRUPTED = 130  # Ctrl-C
    PIPE_CLOSED = 141  # the reader of the output went away (`| head -1`)
    TERMINATED = 143  # SIGTERM (128 + 15), after removing any file half written


class CardinfoError(Exception):
    """A failure the user can act on: a message key, its values, suggestions and further details.

    `suggestions` are names to offer ("did you mean"); `details` are further lines: text already
    worded, or an `i18n.Msg` the CLI words (such as the rest of the data problems).
    """

    exit_code = ExitCode.NOT_FOUND

    def __init__(
        self, key: str, *, suggestions: Sequence[str] = (), details: Sequence[object] = (), **values: object
    ) -> None:
        values = {k: _masked(v) for k, v in values.items()}
        super().__init__(key, values)
        self.key = key
        self.values = values
        self.suggestions = [_masked(s) for s in suggestions]
        self.details = [_masked(d) for d in details]

    def __str__(self) -> str:
        """The message in English, as a script that logs the error shows it."""
        from cardinfo.i18n import t

        try:
            return t(f"error.{self.key}", "en", **self.values)
        except (KeyError, IndexError, ValueError):
            return f"{self.key} {self.values}"


def _masked(value: Any) -> Any:
    """A value with any personal number in it masked: an error is printed, logged or kept. A message
    inside it (an `i18n.Msg`: a data problem's, its values a found text) and a list of values are masked
    through (`str()`, `repr()` and `args` of the error hold no number whole)."""
    if type(value).__name__ == "Msg":
        return value._replace(values={k: _masked(v) for k, v in value.values.items()})
    if isinstance(value, list | tuple):
        return type(value)(_masked(v) for v in value)
    if not isinstance(value, str) or len(value) < 14:  # too short to hold a number
        return value
    from cardinfo.text import digit_like

    if digit_like(value) >= 14:  # characters that may write digits (5, O, 五): fewer hold no number
        from cardinfo.idnumber import mask_text

        return mask_text(value)
    return value


class NotFound(CardinfoError, LookupError):
    """Nothing matched the query (exit 1); `suggestions` holds near misses."""

    exit_code = ExitCode.NOT_FOUND


class UsageError(CardinfoError):
    """A bad value the option parser could not catch, such as an impossible date (exit 2)."""

    exit_code = ExitCode.USAGE


class DataError(CardinfoError):
    """A data file is missing, not valid YAML, or breaks the schema (exit 3)."""

    exit_code = ExitCode.DATA


class OutputError(CardinfoError):
    """An output could not be written (exit 1)."""

    exit_code = ExitCode.NOT_FOUND
