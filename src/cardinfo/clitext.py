"""Typer's and Click's own words in the chosen language: help, usage errors, choices; the language.

Typer 0.28 vendors Click with most messages as f-strings (no gettext), so they are worded here,
from each exception's type and attributes, at the boundary. The few strings `typer.core` still
passes through gettext (section titles, "default:", "required") are translated by pointing its
`_` at the catalogue for the run. The language must be known before parsing, so it is read from
the arguments and the environment first (`pick_lang`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from cardinfo.i18n import has, t

LANGS = ("zh", "en")
_LANG = ["zh"]  # the language of this run, set once before parsing
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
# Options taken before or after the command; the value-taking ones with their value.
HOISTED_FLAGS = ("--plain",)
HOISTED_VALUES = ("--lang",)
HELP_NAMES = ["-h", "--help"]  # the root's context_settings; every sub-command inherits them


def pick_lang(args: Sequence[str], env: Mapping[str, str]) -> str:
    """`--lang` (the last one given, as the command's own option keeps it: `cardinfo --lang en region 昆明
    --lang zh` answers in Chinese, so its help and messages are too), else CARDINFO_LANG, else the locale
    (en_* is English; C, POSIX, zh_* and unset: zh)."""
    end = list(args).index("--") if "--" in args else len(args)
    given = ""
    for i, arg in enumerate(args[:end]):
        value = args[i + 1] if arg == "--lang" and i + 1 < end else arg[7:] if arg.startswith("--lang=") else ""
        if value.strip().lower() in LANGS:
            given = value.strip().lower()
    if given:
        return given
    chosen = env.get("CARDINFO_LANG", "").strip().lower()
    if chosen in LANGS:
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(var):
            return "en" if env[var].lower().startswith("en") else "zh"
    return "zh"


# (two before one: —— is what a Chinese input method types; ―, ﹘ are long dashes too, the others hyphens
# and small or bullet hyphens that a font shows as -)
_DASHES = ("——", "――", "﹘﹘", "—", "–", "―", "﹘", "－－", "−−", "‐‐", "‑‑", "‒‒", "﹣﹣", "⁃⁃")


def dashed(args: list[str]) -> list[str]:
    """Options typed with a long dash (—format json, ——lang en, –plain: what word processors and Chinese
    input methods make of --) as the two hyphens they stand for; nothing after `--` is touched."""
    out: list[str] = []
    for k, arg in enumerate(args):
        if arg == "--":
            return out + args[k:]
        dash = next((d for d in (*_DASHES, "--") if arg.startswith(d)), "")
        name, equals, value = arg[len(dash) :].partition("=")
        if dash and not name.isascii():  # －－ｆｏｒｍａｔ: an input method's full-width letters too
            name = _half_width(name)
        word = name.replace("-", "")
        if out and out[-1] in _CHOSEN and not dash and not arg.isascii():  # --lang ｅｎ, --format ｊｓｏｎ
            folded = _half_width(arg)
            arg = folded if folded.isascii() and folded.isalpha() else arg
        out.append("--" + name + equals + value if dash and word.isascii() and word.isalpha() else arg)
    return out


_CHOSEN = ("--lang", "--format")  # options whose value is one of a few words (not a path or a place)


def _half_width(text: str) -> str:
    """`text` with full-width letters as ASCII ones (ｆｏｒｍａｔ → format): NFKC, only for text that has them."""
    import unicodedata  # (a C module: loaded only when an argument is not ASCII)

    return unicodedata.normalize("NFKC", text)


def hoist(args: list[str]) -> list[str]:
    """`--plain` and `--lang VALUE` are accepted before or after the command: move them to the front."""
    end = args.index("--") if "--" in args else len(args)
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < end:
        arg = args[i]
        if arg in HOISTED_FLAGS or arg.startswith(tuple(f"{o}=" for o in HOISTED_VALUES)):
            front.append(arg)
        elif arg in HOISTED_VALUES:
            if i + 1 >= end:  # `region 昆明 --lang`: moved to the front, it would take the command as its value
                from typer._click import exceptions as ce

                raise ce.BadOptionUsage(arg, f"Option '{arg}' requires an argument.")
            front += [arg, args[i + 1]]
            i += 1
        else:
            rest.append(arg)
        i += 1
    return front + rest + args[end:]


def completion_shell(args: Sequence[str]) -> tuple[str, str] | None:
    """(`show`|`install`, shell) when the arguments name a shell for completion; Typer's own
    flags take no value and would ignore it. They are the root's options: only the arguments before
    the command (or a question) and before `--` are looked at."""
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "--":
        arg = args[i]
        for action in ("show", "install"):
            option = f"--{action}-completion"
            if arg.startswith(f"{option}="):
                return action, arg.split("=", 1)[1].lower()
            if arg == option and i + 1 < len(args) and not args[i + 1].startswith("-"):
                return action, args[i + 1].lower()
            if arg == option:  # no shell named: the login shell's, or none (refused, never Typer's own guess)
                import os

                return action, os.path.basename(os.environ.get("SHELL", "")).lower()
        i += 2 if arg in ("--data-dir", "--lang") else 1  # the root's options that take a value
    return None


def set_lang(lang: str) -> None:
    """Make `lang` the language of this run's help and Typer's own words."""
    import typer.core

    _LANG[0] = lang
    typer.core._ = gettext  # type: ignore[attr-defined]  # typer.core looks `_` up at call time


def lang() -> str:
    return _LANG[0]


# The strings typer.core passes through gettext, as catalogue keys.
_GETTEXT = {
    "Options": "click.section.options",
    "Arguments": "click.section.arguments",
    "Commands": "click.section.commands",
    "default: {default}": "click.default",
    "required": "click.required",
    "env var: {var}": "click.envvar",
    "(dynamic)": "click.dynamic",
    "Aborted!": "click.aborted",
    "Missing command.": "click.missing_command",
    "No such command {name!r}.": "click.no_command",
}


def gettext(message: str) -> str:
    """typer.core's `_`: the catalogue's text, still holding Typer's `{placeholders}`."""
    key = _GETTEXT.get(message)
    if key is None:
        return message
    zh, en = _raw(key)
    return en if _LANG[0] == "en" else zh


def _raw(key: str) -> tuple[str, str]:
    from cardinfo.i18n import _TEXT

    return _TEXT[key]


# ── usage errors ─────────────────────────────────────────────────────────────────────────────

# Click's wording of the usage errors that carry no attributes to word them from (Typer is pinned;
# tests/test_lang.py fails if these change).
_EXTRA_ARGS = "Got unexpected extra argument(s) ("
_NO_VALUE = "does not take a value."
_DID_YOU_MEAN = ". Did you mean "


def describe(error: Any, lang: str) -> list[str]:
    """The lines to print for a Click usage error: usage, where to find help, then the error."""
    from typer._click import exceptions as ce

    lines: list[str] = []
    ctx = getattr(error, "ctx", None)
    if ctx is not None:
        pieces = " ".join(ctx.command.collect_usage_pieces(ctx))
        lines.append(t("click.usage", lang, usage=f"{ctx.command_path} {pieces}".rstrip()))
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(t("click.try", lang, command=ctx.command_path, option=ctx.help_option_names[0]))
        lines.append("")
    lines.append(t("click.error", lang, message=_message(error, ce, lang)))
    return lines


def _message(error: Any, ce: Any, lang: str) -> str:
    if isinstance(error, ce.NoSuchOption):
        text = t("click.no_option", lang, option=error.option_name)
        if error.possibilities:
            text += t("click.possible", lang, names=", ".join(sorted(error.possibilities)))
        return text
    if isinstance(error, ce.BadOptionUsage):
        # The parser raises this without a context for `--flag=value`; its wording tells the cases apart.
        flag = str(error.message).endswith(_NO_VALUE)
        return t("click.no_value" if flag else "click.needs_value", lang, option=error.option_name)
    if isinstance(error, ce.MissingParameter):
        param = error.param
        kind = "argument" if param is not None and param.param_type_name == "argument" else "option"
        name = param.get_error_hint(error.ctx).replace("'", "") if param is not None else ""
        return t(f"click.missing_{kind}", lang, name=name)
    if isinstance(error, ce.BadParameter):
        hint = error.param_hint or (error.param.get_error_hint(error.ctx) if error.param is not None else "")
        hint = ce._join_param_hints(hint) if not isinstance(hint, str) else hint
        # Click quotes each name in the hint ('--lang' (env var: 'CARDINFO_LANG')): drop them all
        hint = hint.replace("'", "")
        return t(
            "click.invalid",
            lang,
            hint=hint.replace("env var:", "环境变量") if lang == "zh" else hint,
            message=error.message,
        )
    if isinstance(error, ce.FileError):
        return t("click.file", lang, name=error.ui_filename, reason=error.message)
    message = str(error.message)
    if message.startswith(_EXTRA_ARGS) and message.endswith(")"):
        return t("click.extra", lang, args=message[len(_EXTRA_ARGS) : -1])
    if _DID_YOU_MEAN in message and message.endswith("?"):  # Typer's suggestion after "No such command"
        base, names = message[:-1].split(_DID_YOU_MEAN, 1)
        return base.rstrip("。.") + t("click.did_you_mean", lang, names=names)
    return message  # already worded by the catalogue (typer.core's gettext) or by us


NARROW_HELP = 60  # columns below which `-h` puts each option's help under the option


def _folded(line: str, width: int) -> list[str]:
    """A line of a \\b paragraph (kept as written) folded to `width` when it is wider and is a term
    and its meaning (an exit code: `  0  answered …`), the folded lines under the meaning. Other
    lines (a command example) stay whole, to be copied."""
    import re

    from cardinfo.render import cells, wrap

    gap = re.match(r"\s*\S+ {2,}", line)
    if cells(line) <= width or gap is None or cells(gap.group()) > width // 2:
        return [line]
    hang = cells(gap.group())
    rows = wrap(line[len(gap.group()) :], max(width - hang, 10), cells)
    return [gap.group() + rows[0], *(" " * hang + row for row in rows[1:])]


@functools.cache
def context_class() -> Any:
    """A Click context whose help starts with "Usage:" in the run's language."""
    from typer._click.formatting import HelpFormatter
    from typer.models import Context

    class Formatter(HelpFormatter):
        def __init__(self, indent_increment: int = 2, width: int | None = None, max_width: int | None = None) -> None:
            super().__init__(indent_increment, width, max_width)
            if width is None:  # Click keeps 50 columns even on a 20-column screen: down to 20 here
                import shutil

                self.width = max(min(shutil.get_terminal_size().columns, max_width or 80) - 2, 20)

        def write_text(self, text: str) -> None:
            """Click's paragraphs, rewrapped in terminal cells (a Chinese character is two, and Click's
            own wrapping breaks only at spaces, which Chinese has none of); a \\b paragraph kept as written."""
            from cardinfo.render import cells, wrap

            indent = " " * self.current_indent
            width = max(self.width - self.current_indent, 10)
            paragraphs = []
            for paragraph in text.split("\n\n"):
                if paragraph.startswith("\b"):
                    lines = paragraph[1:].lstrip("\n").splitlines()
                    paragraphs.append("\n".join(indent + row for line in lines for row in _folded(line, width)))
                else:
                    joined = " ".join(line.strip() for line in paragraph.splitlines())
                    paragraphs.append("\n".join(indent + line for line in wrap(joined, width, cells)))
            self.write("\n\n".join(paragraphs) + "\n")

        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, prefix=t("click.usage_prefix", _LANG[0]))

        def write_heading(self, heading: str) -> None:
            self.write(f"{'':>{self.current_indent}}{t('click.heading', _LANG[0], heading=heading)}\n")

        def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
            """Click's definition list, measured in terminal cells (a Chinese character is two). On a
            narrow screen (a phone over SSH) each option's help goes under it, across the width, where a
            column beside the options would leave a few cells a line."""
            from cardinfo.render import cells, wrap

            rows = list(rows)
            if self.width < NARROW_HELP:
                col_max, col_spacing = 0, 4
            first_col = min(max((cells(first) for first, _ in rows), default=0), col_max) + col_spacing
            pad = " " * (first_col + self.current_indent)
            for first, second in rows:
                room = max(self.width - self.current_indent, 10)
                if cells(first) > room:  # (--format <table|json|ndjson|…> on a phone: folded after a |)
                    *head, first = _folded_option(first, room, cells)
                    self.write("".join(f"{'':>{self.current_indent}}{part}\n" for part in head))
                self.write(f"{'':>{self.current_indent}}{first}")
                if not second:
                    self.write("\n")
                    continue
                if cells(first) <= first_col - col_spacing:
                    self.write(" " * (first_col - cells(first)))
                else:
                    self.write("\n" + pad)
                lines = wrap(second, max(self.width - first_col - 2, 10), cells)
                self.write(lines[0] + "\n" + "".join(f"{pad}{line}\n" for line in lines[1:]))

    class TranslatedContext(Context):
        formatter_class = Formatter

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Click caps help at 80 columns and cuts each command's summary with "...": a wide terminal
            # shows them whole (a narrow one still wraps to its width)
            kwargs.setdefault("max_content_width", 160)
            super().__init__(*args, **kwargs)

    return TranslatedContext


def _folded_option(option: str, width: int, cells: Any) -> list[str]:
    """An option and its metavar too wide for the screen, as lines of at most `width` cells, broken
    after a | or at a space (the lines after the first indented by two)."""
    lines = [""]
    for piece in option.replace("|", "|\0").replace(" ", "\0 ").split("\0"):
        if lines[-1].strip() and cells(lines[-1] + piece.rstrip()) > width:
            lines.append("  " + piece.lstrip())
        else:
            lines[-1] += piece
    return lines


# ── choices: any case, and the Chinese words for a status ────────────────────────────────────


def choice_type(choices: Sequence[Any], aliases: Mapping[str, str]) -> Any:
    """A Choice that takes any case (`--format CSV`) and the given aliases (正在换发 → issuing)."""
    from typer._types import TyperChoice

    class Choice(TyperChoice[Any]):
        def convert(self, value: Any, param: Any, ctx: Any) -> Any:
            if isinstance(value, str):
                value = aliases.get(value.strip(), value.strip())
            return super().convert(value, param, ctx)

        def get_invalid_choice_message(self, value: Any, ctx: Any) -> str:
            names = list(self._normalized_mapping(ctx=ctx).values())
            if _LANG[0] == "zh":  # the Chinese words it takes too (已经发放 for issued)
                words = [w for w in aliases if not w.isascii()]
                names += [w for w in words if w not in names]
            return t("click.choice", _LANG[0], value=value, choices=", ".join(names))

    return Choice(choices, case_sensitive=False)


def translate(command: Any, path: str, lang: str, aliases: Mapping[str, Mapping[str, str]]) -> None:
    """Word a built command's help in `lang` (catalogue keys help.PATH and help.PATH.PARAM) and
    make its choices case-insensitive."""
    from typer._types import TyperChoice

    if has(f"help.{path}"):
        command.help = t(f"help.{path}", lang)
        command.short_help = None
    command.options_metavar = t("click.options_metavar", lang)
    command.context_class = context_class()
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = t("click.subcommand_metavar", lang)
    if command.add_help_option and command._help_option is None:
        from typer._click.decorators import help_option

        help_option(HELP_NAMES)(command)  # made now rather than at parse time, to word its help
        command._help_option = command.params.pop()
    if command._help_option is not None:  # (the root is worded again on each run, in that run's language)
        command._help_option.help = t("help.any.help", lang)
    for param in command.params:
        name = param.name or ""
        if has(f"help.{path}.{name}"):
            param.help = t(f"help.{path}.{name}", lang)
        elif has(f"help.any.{name}"):
            param.help = t(f"help.any.{name}", lang)
        for key in (f"meta.{path}.{name}", f"meta.{name}"):
            if has(key):
                param.metavar = t(key, lang)
                break
        if isinstance(param.type, TyperChoice):
            param.type = choice_type(param.type.choices, aliases.get(name, {}))
