"""The command line: the root group, the session and the one response path; the one place that prints and exits.

Each sub-command is a module of its own in `cardinfo.commands`, imported only when it is run.
"""

import contextlib
import functools
import importlib
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

import typer
from typer.core import TyperGroup

from cardinfo import __version__, output
from cardinfo.errors import CardinfoError, ExitCode, OutputError
from cardinfo.output import PipeClosed, finish  # main() needs them from its first moment (Ctrl-C)
from cardinfo.record import Record

if TYPE_CHECKING:
    from cardinfo.lookup import Atlas
    from cardinfo.models import Dataset, Region
    from cardinfo.places import Divisions
    from cardinfo.render import Caption, Doc


def exit_code_help(lang: str) -> str:
    """The help's exit-code text, generated from ExitCode so the two cannot drift apart."""
    from cardinfo.i18n import t

    lines = [f"{code.value:>5}  {t(f'exit.{code.name}', lang)}" for code in ExitCode]
    return "\b\n" + t("exit.title", lang) + "\n" + "\n".join(lines)


F = TypeVar("F", bound=Callable[..., Any])

# Each command lives in a module of its own (cardinfo.commands), imported and turned into a Click
# command only when it is run (Click's lazy-group pattern): defining every command's options and
# building them from their signatures cost every run ~4 ms. In the order the help lists them.
_COMMANDS: tuple[str, ...] = ("region", "ask", "number", "status", "summary", "timeline", "faq", "sources")
_COMMANDS += ("remind", "export", "map", "data")  # the data files' group last, after the commands people use most
APPS: dict[str, typer.Typer] = {}  # each command's Typer app, registered when its module is imported


class _Root(TyperGroup):
    """The top-level group: picks the language before parsing, words Click's messages in it,
    takes `--lang` and `--plain` after the command too, builds only the sub-command asked for."""

    lang = "zh"
    ui_lang = "zh"  # Click's words (help, usage errors): `lang`, or English on a console without Chinese

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        from typer._click import exceptions as ce
        from typer.exceptions import Abort

        from cardinfo import clitext
        from cardinfo.i18n import t

        given = list(sys.argv[1:] if args is None else args)
        argv = [a if k and given[k - 1] in _PATH_OPTIONS else _decoded(a) for k, a in enumerate(given)]
        argv = clitext.dashed(argv)  # —format json: --format json
        self.lang = clitext.pick_lang(argv, os.environ)
        # A console that cannot show Chinese gets Click's words in English, as report() words errors.
        self.ui_lang = self.lang if can_show_chinese(sys.stderr) else "en"
        if not can_show_chinese(sys.stdout) and sys.stdout is not None:
            # English on a console without Chinese (cp1252, cp437): the help and the answers are
            # written with "?" for the Chinese names in them, not refused; Chinese still is.
            reconfigure = getattr(sys.stdout, "reconfigure", None)  # a test runner's stream has none
            with contextlib.suppress(ValueError):
                if reconfigure is not None:
                    reconfigure(errors="replace")
            if self.lang == "en":
                output.lossy(True)
        clitext.set_lang(self.ui_lang)
        clitext.translate(self, "root", self.ui_lang, {})
        self.help = t("help.root", self.ui_lang) + "\n\n" + exit_code_help(self.ui_lang)
        standalone = standalone_mode
        if sys.stdout is None:  # `>&-`: Click would print help to nothing and exit 0
            sys.stdout = _ClosedStdout()
        asked = clitext.completion_shell(argv)
        if asked is not None:
            _completion(asked[0], asked[1], prog_name or "cardinfo", self.ui_lang)
        try:
            args_ = _dashed_question(_help_word(clitext.hoist(argv)))
            rv = super().main(args_, prog_name, complete_var, False, windows_expand_args, **extra)
        except ce.NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except ce.ClickException as exc:
            if not standalone:
                raise
            for line in clitext.describe(exc, self.ui_lang):
                warn(line)
            sys.exit(exc.exit_code)
        except Abort:
            if not standalone:
                raise
            warn(t("click.aborted", self.ui_lang))
            sys.exit(1)
        if standalone:
            sys.exit(rv if isinstance(rv, int) else 0)
        return rv

    def _main_shell_completion(self, ctx_args: Any, prog_name: str, complete_var: str | None = None) -> None:
        from cardinfo import clitext

        name = complete_var or f"_{prog_name}_COMPLETE".replace("-", "_").upper()  # (as Typer names it)
        instruction = os.environ.get(name, "")
        action, _, shell = instruction.partition("_")  # (Typer's order: complete_bash)
        if instruction and (action not in ("source", "complete") or shell not in clitext.SHELLS):
            return  # no instruction a completion script sends (a stray export): the command runs as asked
        try:
            super()._main_shell_completion(ctx_args, prog_name, complete_var)
        except (KeyError, ValueError, IndexError):
            sys.exit(0)  # _CARDINFO_COMPLETE set without the shell's COMP_WORDS/COMP_CWORD: complete nothing

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        with _masked_usage_errors():
            try:
                return super().parse_args(ctx, args)
            except OSError as exc:  # --help into a closed pipe or a full disk: Click would exit 1 or fail
                raise _unwritable(exc) from None

    def invoke(self, ctx: Any) -> Any:
        with _masked_usage_errors():
            try:
                return super().invoke(ctx)
            except OSError as exc:  # a sub-command's --help
                raise _unwritable(exc) from None

    def list_commands(self, ctx: Any) -> list[str]:
        return list(_COMMANDS)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """A first word that is no command is a question for `ask`; a near miss stays an error."""
        word = args[0] if args else ""
        if word and not word.isascii():  # ｒｅｇｏｉｎ: a full-width input method's letters, read as ASCII ones
            from cardinfo.clitext import _half_width

            folded = _half_width(word)
            if folded.isascii() and folded.isalpha() and _near_commands(folded):
                args = [folded, *args[1:]]
                word = folded
        if word != word.lower() and word.lower() in _COMMANDS:  # REGION, Region: caps lock or habit
            args = [word.lower(), *args[1:]]
            word = args[0]
        if not args or word in _COMMANDS or word.startswith("-"):  # an empty word is an empty question
            return super().resolve_command(ctx, args)
        if not _near_commands(word) or _names_a_place(word):  # Tieling is 铁岭, not timeline
            return "ask", self.get_command(ctx, "ask"), args
        for name in _COMMANDS:  # a typo: build every command so Typer's "did you mean" sees them all
            self.get_command(ctx, name)
        return super().resolve_command(ctx, [word.lower(), *args[1:]])  # REGOIN: did you mean region

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in _COMMANDS:
            self.commands[cmd_name] = _built(cmd_name, self.ui_lang)
        return self.commands.get(cmd_name)


# Each command as built and worded in a language. A process that runs commands again (the tests,
# ~6,000 runs) builds each once per language, as Click lets a command run many times: building
# one from its signature costs ~1 ms.
_BUILT: dict[tuple[str, str], Any] = {}


def _built(name: str, lang: str) -> Any:
    if (name, lang) not in _BUILT:
        import typer.main

        from cardinfo import clitext

        importlib.import_module(f"cardinfo.commands.{name}")
        built = typer.main.get_command(APPS[name])
        built.name = name
        clitext.translate(built, name, lang, CHOICE_ALIASES)
        for sub_name, sub in getattr(built, "commands", {}).items():
            clitext.translate(sub, f"{name}.{sub_name}", lang, CHOICE_ALIASES)
        _BUILT[name, lang] = built
    return _BUILT[name, lang]


_PATH_OPTIONS = ("--input", "--output", "--data-dir")  # their values are opened as the bytes typed


def _decoded(arg: str) -> str:
    """An argument as typed: in a locale that is not UTF-8 (LC_ALL=C without UTF-8 mode) Python keeps
    the bytes of 昆明 as surrogates; they are read as the UTF-8 the terminal sent, when they are that."""
    if arg.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in arg):
        return arg
    try:
        return arg.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeError:
        return arg  # not UTF-8 either: shown as U+FFFD where it is echoed


class _ClosedStdout(io.TextIOBase):
    """A closed stdout, for Click to write its help to: writing it fails as writing any answer does."""

    def write(self, text: str) -> int:
        from cardinfo.i18n import Msg

        raise OutputError("output.stdout", reason=Msg("reason.closed"))


HELP_WORDS = ("help", "帮助")


def _help_word(args: list[str]) -> list[str]:
    """`cardinfo help` and `cardinfo help region` mean `--help`, as in git or pip; a sentence that
    starts with the word (help me find 昆明) is still a question. `-help` (one dash, as some tools
    take it) is `--help`, not -h -e -l -p."""
    end = args.index("--") if "--" in args else len(args)  # after `--` every word is text
    args = ["--help" if a == "-help" else a for a in args[:end]] + args[end:]
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "--":
        i += 2 if args[i] in ("--data-dir", "--lang") else 1  # the global options that take a value
    if i >= len(args) or args[i] not in HELP_WORDS:
        return args
    after = args[i + 1 :]
    if not after:
        return [*args[:i], "--help"]
    if len(after) == 1 and after[0] in _COMMANDS:
        return [*args[:i], after[0], "--help"]
    if len(after) == 2 and after[0] == "data" and after[1].isascii():  # the one group: `help data check`
        return [*args[:i], *after, "--help"]
    return args


def _dashed_question(args: list[str]) -> list[str]:
    """`cardinfo -- …`: the words after `--` are a question for `ask`, passed on with the `--`.
    Click would drop it and parse the words again: a first word that looks like an option as a root
    option (`-- --install-completion bash` installed), a later one as an option of `ask`
    (`-- 昆明 --lang en` was a usage error)."""
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "--":
        i += 2 if args[i] in ("--data-dir", "--lang") else 1  # the global options that take a value
    if i + 1 < len(args) and args[i] == "--":
        return [*args[:i], "ask", *args[i:]]
    return args


@contextlib.contextmanager
def _masked_usage_errors() -> Iterator[None]:
    """Click's usage errors repeat the value given (`'…' is not one of …`): mask a personal number in it."""
    try:
        yield
    except Exception as exc:
        message = getattr(exc, "message", None)
        if isinstance(message, str):
            from cardinfo.idnumber import mask_text

            setattr(exc, "message", mask_text(message))  # noqa: B010 - any Click error that carries one
        raise


def _near_commands(word: str) -> list[str]:
    """Commands a latin word is a typo of (edit distance 1, or 2 for names of five letters or more).

    Only latin letters count: `cardinfo 昆明` and `cardinfo kunming` are questions, `regoin` a typo.
    """
    if not (word.isascii() and word.isalpha()):
        return []
    word = word.lower()
    return [name for name in _COMMANDS if _distance(word, name) <= (2 if len(name) >= 5 else 1)]


def _names_a_place(word: str) -> bool:
    """Whether a word near a command's name is the pinyin of a place at county level or above
    (Tieling, Emin, Dawa): then it is a question, not a typo. Asks the index only for such words."""
    import _sqlite3 as sqlite3  # as places.py: without sqlite3's Python layer

    from cardinfo.paths import places_path
    from cardinfo.text import normalise

    try:
        con = sqlite3.connect(f"file:{places_path()}?mode=ro", uri=True)
        try:
            sql = "SELECT 1 FROM key WHERE key = ? AND kind NOT IN (4, 5) LIMIT 1"
            return con.execute(sql, (normalise(word),)).fetchone() is not None
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return False


def _distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one edit (regoin -> region is 1)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]


# Words a choice also takes: a stage as the article writes it.
CHOICE_ALIASES = {"status_": {"已经发放": "issued", "正在换发": "issuing", "准备换发": "preparing"}}


def _completion(action: str, shell: str, prog_name: str, lang: str) -> None:
    """`--show-completion zsh` prints that shell's script; `--install-completion zsh` installs it."""
    from typer._completion_shared import get_completion_script

    from cardinfo import clitext, completion
    from cardinfo.i18n import t

    if shell not in clitext.SHELLS:  # (Typer's own installer would guess it, and write the rc file unsafely)
        message = (
            t("click.shell", lang, shell=shell) if shell else t("click.no_shell", lang, option=f"--{action}-completion")
        )
        warn(t("click.error", lang, message=message))
        sys.exit(ExitCode.USAGE)
    complete_var = "_{}_COMPLETE".format(prog_name.replace("-", "_").upper())
    if action == "show":
        emit(get_completion_script(prog_name=prog_name, complete_var=complete_var, shell=shell) + "\n")
    else:
        try:
            installed, path = completion.install(shell, prog_name, complete_var)
        except OutputError as exc:  # the script, a folder or the shell's rc file named
            report(exc, lang)
            sys.exit(OutputError.exit_code)
        except OSError as exc:  # HOME a file, a full disk: the folder or the shell's rc file
            from cardinfo.i18n import os_reason

            if isinstance(exc, FileNotFoundError) and exc.filename in ("pwsh", "powershell"):
                report(OutputError("completion.no_shell", shell=shell), lang)  # PowerShell runs to find its profile
            else:
                report(OutputError("output.unwritable", path=str(exc.filename or "~"), reason=os_reason(exc)), lang)
            sys.exit(OutputError.exit_code)
        emit(t("completion.installed", lang, shell=installed, path=shown_path(path)) + "\n")
    sys.exit(0)


def _unwritable(exc: OSError) -> Exception:
    """What Click met writing help or usage to stdout: a closed pipe (141) or an error (exit 1); an
    error naming a file (too many open files, a folder that cannot be searched) is that file's."""
    from cardinfo.i18n import os_reason
    from cardinfo.output import PipeClosed, silence_stdout

    if exc.filename is not None and not isinstance(exc, BrokenPipeError):
        return OutputError("os.file", path=shown_path(exc.filename), reason=os_reason(exc))
    silence_stdout()
    return PipeClosed() if isinstance(exc, BrokenPipeError) else OutputError("output.stdout", reason=os_reason(exc))


def _typer(**settings: Any) -> typer.Typer:
    # Plain help and error text everywhere: no boxes for screen readers or pipes.
    return typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False, add_completion=False, **settings)


def command(name: str) -> Callable[[F], F]:
    """Register a sub-command under `name`, in its own lazily built Typer app."""

    def register(func: F) -> F:
        sub = _typer()
        sub.command(name)(func)
        APPS[name] = sub
        return func

    return register


app = typer.Typer(
    name="cardinfo",
    cls=_Root,
    help="Has the third-generation disability certificate (第三代残疾人证) reached my area?\n\n"
    "Answers from one web article of about 2020, not officially verified.\n\n" + exit_code_help("en"),
    rich_markup_mode=None,  # plain help and error text everywhere: no boxes for screen readers or pipes
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# Choices are Literal types, not enum classes: Typer reads either, and defining an enum class costs
# every run ~0.7-1.2 M instructions (~1% of start-up each).
Lang = Literal["zh", "en"]
TextFormat = Literal["text", "json"]


# `--format text|json`, the same on every command that answers in text or JSON (any case).
TextFormatOption = Annotated[TextFormat, typer.Option("--format", case_sensitive=False, help="text or json.")]
OutputOption = Annotated[
    str | None, typer.Option("--output", help="Write to this file (atomically; - for stdout) instead of stdout.")
]


class Reply(Record):
    """What a command answers, built only in the form asked for.

    `doc(width)` is the answer for people (width None: linear text, for plain output and files);
    `data()` is the JSON shape (docs/cli.md); `records`, for the record formats (CSV, TSV, ...), the records,
    and `caption` what a published table says beside them (its source line, language and names).
    """

    doc: "Callable[[int | None], Doc]"
    data: Callable[[], Any]
    records: "list[Region] | None" = None
    caption: "Caption | None" = None
    # An answer a terminal gets drawn by a renderer of its own (the tile map), given the width.
    terminal: Callable[[int], str] | None = None
    # A finished document for the formats that are one (svg, html), given the format.
    document: Callable[[str], str] | None = None


def t_in(where: str) -> str:
    from cardinfo.i18n import t

    return t("word.in", "en", place=where)


class Session:
    """What one run needs, loaded only when a command asks for it."""

    def __init__(self, data_dir: Path | None, lang: str, plain: bool) -> None:
        self.data_dir = data_dir
        self.lang = lang
        self.plain_flag = plain
        self._dataset: Dataset | None = None
        self._divisions: Divisions | None = None
        self._atlas: Atlas | None = None

    @property
    def dataset(self) -> "Dataset":
        if self._dataset is None:
            from cardinfo.data import load

            self._dataset = load(self.data_dir, lambda: self.divisions)
        return self._dataset

    @property
    def divisions(self) -> "Divisions":
        if self._divisions is None:
            from cardinfo.paths import places_path
            from cardinfo.places import Divisions

            self._divisions = Divisions(places_path())
        return self._divisions

    @property
    def atlas(self) -> "Atlas":
        if self._atlas is None:
            from cardinfo.lookup import Atlas

            self._atlas = Atlas(self.dataset, self.divisions)
        return self._atlas

    def name(self, name: str, code: str) -> str:
        """A place name as shown: Chinese always; in English with its pinyin beside it, or for a
        place with no pinyin of its own (a town, a development zone) the place it lies in."""
        if self.lang != "en" or not code:
            return name
        from cardinfo.romanise import pinyin

        place = self.divisions.place(code)
        if place is None:
            return name
        own = pinyin(self.divisions, code) if place.name == name else None
        if own:
            return f"{name} ({own})"
        for above in reversed(place.codes if place.name != name else place.codes[:-1]):
            outer = pinyin(self.divisions, above)
            if outer:
                return f"{name} ({t_in(outer)})"
        return name

    def named(self, text: str) -> str:
        """A suggested name (昆明市, 云南省昆明市) with its pinyin beside it, when it names one place."""
        from cardinfo.places import Resolver

        try:
            places = Resolver(self.divisions).resolve(text).places
        except CardinfoError:
            return text
        if len(places) != 1 or not text.endswith(places[0].name):
            return text
        pinyin = self.pinyin(places[0].code)
        return f"{text} ({pinyin})" if pinyin else self.name(text, places[0].code)

    def with_pinyin(self, records: "Sequence[Region]") -> "tuple[Region, ...]":
        """The records with province_pinyin and place_pinyin filled in, for scripts."""
        from cardinfo.romanise import with_pinyin

        return with_pinyin(records, self.dataset.english, lambda: self.divisions)

    def pinyin(self, code: str) -> str | None:
        """The pinyin of the place with this code ("Kunming"), or None where it has none."""
        from cardinfo.romanise import pinyin

        return pinyin(self.divisions, code)

    @property
    def plain_asked(self) -> bool:
        """Plain text asked for: --plain, NO_COLOR, TERM=dumb or ACCESSIBLE (a screen reader's setting)."""
        env = os.environ
        return bool(self.plain_flag or env.get("NO_COLOR") or env.get("TERM") == "dumb" or env.get("ACCESSIBLE"))

    @property
    def plain(self) -> bool:
        env = os.environ
        if self.plain_asked:
            return True
        if env.get("FORCE_COLOR", "0") != "0":  # FORCE_COLOR=0 does not force colour on
            return False
        return not is_tty(sys.stdout)

    def respond(self, reply: "Reply", fmt: str = "text", output: str | None = None, bom: bool = False) -> None:
        """The one way an answer leaves: pick JSON, YAML, a record format, plain or terminal text; write it."""
        from cardinfo import render

        if fmt == "json":
            text = render.to_json(reply.data())
        elif fmt == "yaml":
            text = render.to_yaml(reply.data())
        elif fmt in ("text", "table"):
            linear = self.plain or output is not None
            if not linear and reply.terminal is not None:
                text = reply.terminal(self.width())
            else:
                doc = reply.doc(None if linear else self.width())
                links = not linear and render.links_supported(dict(os.environ))
                text = render.plain(doc) if linear else render.rich_text(doc, self.width(), links=links)
        elif fmt in ("svg", "html"):
            assert reply.document is not None, f"{fmt} is a format of finished documents"
            text = reply.document(fmt)
        else:
            assert reply.records is not None, f"{fmt} is a format of record lists"
            text = render.RECORD_RENDERERS[fmt](reply.records, reply.caption or render.Caption())
        if bom and fmt in ("csv", "tsv"):
            text = "\ufeff" + text
        elif bom:
            ignored("--bom", "records", self.lang)
        if output is None:
            emit(text, exact=fmt not in ("text", "table"))  # machine formats: UTF-8, never lossy
        else:
            write_file(output, text, self.data_dir)

    def width(self) -> int:
        import shutil

        columns = env_columns()
        return max(20, columns) if columns is not None else shutil.get_terminal_size((100, 24)).columns


def env_columns() -> int | None:
    """COLUMNS when it is a width (a positive number); None for anything else (abc, 0, -5)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return None
    return columns if columns > 0 else None


def can_show_chinese(stream: Any) -> bool:
    try:
        "第三代残疾人证".encode(getattr(stream, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def is_tty(stream: Any) -> bool:
    """Whether `stream` is a terminal; a closed one (`>&-` makes it None) is not."""
    return stream is not None and bool(stream.isatty())


def emit(text: str, exact: bool = False) -> None:
    """Write to stdout whole; `exact` for machine formats (UTF-8 bytes, never lossy)."""
    from cardinfo.output import to_stdout

    to_stdout(text, exact)


def warn(message: str) -> None:
    from cardinfo.idnumber import mask_text
    from cardinfo.output import to_stderr
    from cardinfo.text import strip_controls

    text = mask_text(strip_controls(message))  # nothing on stderr shows a personal number whole
    to_stderr(screen_lines(text) if is_tty(sys.stderr) else text + "\n")


def screen_lines(text: str) -> str:
    """A line of text for a terminal: broken where the answers break (between words, never inside a
    number, a name after a mark, a URL or a path), its indent kept on every line; a newline after each."""
    import shutil

    from cardinfo.render import wrap

    body = text.lstrip(" ")
    indent = " " * (len(text) - len(body))
    width = max(
        shutil.get_terminal_size().columns - len(indent), 10
    )  # (the indent within the width: 20 columns hold 20)
    return "".join(f"{indent}{line}\n" for line in wrap(body, width))


# What people typed is echoed in an error cut to this length (a pasted page is not repeated).
TYPED = ("query", "value")


def shown(value: object, limit: int | None = None) -> object:
    """A value as an error message may show it: no control characters; typed text cut short."""
    if not isinstance(value, str):
        return value
    from cardinfo.idnumber import mask_text
    from cardinfo.text import strip_controls

    text = mask_text(strip_controls(value))  # a personal number is never echoed whole
    try:  # bytes of an argument that were not UTF-8 (kept as surrogates) show as U+FFFD
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text[:limit] + "…" if limit and len(text) > limit else text


def shown_path(path: object) -> str:
    """A file name as a message shows it: its personal numbers masked, and each character a
    terminal cannot show written as an escape (a\\nb, \\x80 for a byte that is no UTF-8), so the
    name shown is the name to type, where dropping them would name another file."""
    from cardinfo.idnumber import mask_text

    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"

    def showable(ch: str) -> bool:
        try:
            ch.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            return False  # (a name with año😀 on a GBK or ASCII console: an escape, not "?")
        return True

    def escaped(ch: str) -> str:
        if ch.isprintable() and showable(ch):
            return ch
        if 0xDC80 <= ord(ch) <= 0xDCFF:  # a byte of the name that was not UTF-8 (surrogateescape)
            return f"\\x{ord(ch) - 0xDC00:02x}"
        if ch.isprintable():  # a character the console cannot show: its code point (ñ \u00f1, not \xf1, a byte)
            return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"
        return ch.encode("unicode_escape").decode("ascii")

    return "".join(map(escaped, mask_text(str(path))))


def ignored(option: str, applies_to: str, lang: str) -> None:
    """Say on stderr that an option does nothing in the form asked for (--brief with --format json),
    so a script does not take the output for what the option promised."""
    from cardinfo.i18n import t

    lang = stderr_lang(lang)
    warn(t("note.option_ignored", lang, option=option, applies_to=t(f"note.applies.{applies_to}", lang)))


def stderr_lang(lang: str) -> str:
    """The language of a message on stderr: `lang`, or English on a console that cannot show Chinese."""
    return "en" if lang == "zh" and not can_show_chinese(sys.stderr) else lang


def report(exc: CardinfoError, lang: str) -> None:
    """Word an error in `lang` on stderr: the message, then suggestions and details."""
    from cardinfo.i18n import t

    lang = stderr_lang(lang)  # a console that cannot show Chinese gets a message it can show
    values = {
        k: shown_path(v) if k == "path" else shown(worded(v, lang), 40 if k in TYPED else None)
        for k, v in exc.values.items()
    }
    warn(t("error.prefix", lang) + t(f"error.{exc.key}", lang, **values))
    if exc.suggestions:
        joiner = "、" if lang == "zh" else ", "
        warn("  " + t("suggest", lang, names=joiner.join(str(shown(s, 40)) for s in exc.suggestions)))
    for line in exc.details:
        warn(f"  {shown(worded(line, lang))}")


def worded(value: object, lang: str) -> object:
    """A catalogue message (such as a data problem, quoted data and all) in `lang`; else the value."""
    from cardinfo.i18n import Msg, t

    return t(value.key, lang, **value.values) if isinstance(value, Msg) else value


def boundary(func: F) -> F:
    """Turn cardinfo's errors into a message on stderr and its exit code (docs/cli.md, "Exit codes")."""

    @functools.wraps(func)
    def wrapper(ctx: typer.Context, *args: Any, **kwargs: Any) -> Any:
        try:
            return func(ctx, *args, **kwargs)
        except CardinfoError as exc:
            s = session(ctx)
            if stderr_lang(s.lang) == "en" and exc.suggestions:  # (--lang zh on a console without Chinese too)
                exc.suggestions = [s.named(name) for name in exc.suggestions]
            report(exc, s.lang)
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


def session(ctx: typer.Context) -> Session:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Session) else Session(None, "zh", False)


def write_file(name: str, text: str, data_dir: Path | None) -> None:
    """`--output`: the file written whole, unless it is one of the data files this run reads."""
    from cardinfo.output import to_file

    if _reads(name, data_dir):
        from cardinfo.i18n import Msg

        raise OutputError("output.unwritable", path=name, reason=Msg("reason.data_in_use"))
    to_file(name, text)


def _reads(name: str, data_dir: Path | None) -> bool:
    """Whether `name` is (by its inode: a link or another spelling counts) a data file in use: one
    of the data folder's, or any file of the data inside the package (the index, the tile map,
    the translations, the former codes)."""
    from cardinfo import paths

    try:
        target = os.stat(os.path.expanduser(name)) if name not in ("", "-") else None
    except (OSError, ValueError):  # no such file yet (nothing to damage), or a name with a NUL
        return False
    if target is None:
        return False
    bundled = [Path(folder, f) for folder, _, files in os.walk(paths.bundled_dir()) for f in files]
    for path in [*paths.data_files(paths.data_dir(data_dir)), *bundled]:
        with contextlib.suppress(OSError):
            data = os.stat(path)
            if (data.st_dev, data.st_ino) == (target.st_dev, target.st_ino):
                return True
    return False


def _version(value: bool) -> None:
    if value:
        emit(f"cardinfo {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            envvar="CARDINFO_DATA_DIR",
            help="Use regions.yaml, faq.yaml, sources.yaml and reports.yaml from this folder.",
        ),
    ] = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", envvar="CARDINFO_LANG", help="Language of labels and answers.")
    ] = None,
    plain: Annotated[
        bool, typer.Option("--plain", help="Plain linear text: no colour, boxes or escape codes.")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Has the third-generation disability certificate (第三代残疾人证) reached my area?"""
    picked = lang if lang else getattr(ctx.find_root().command, "lang", "zh")
    ctx.obj = Session(data_dir, picked, plain)


def output_format(fmt: str | None, output: str | None, allowed: list[str], default: str) -> str:
    """`--format`, else the format `--output`'s extension names; an extension that names no format
    of the command is a usage error (exit 2), rather than the wrong content under that name."""
    from cardinfo.errors import UsageError
    from cardinfo.render import format_for_path

    if fmt is not None:
        if fmt.lower() not in allowed:
            raise UsageError("format.unknown", value=fmt, choices=", ".join(allowed))
        return fmt.lower()
    if output is None or output == "-" or not Path(output).suffix:
        return default  # a name without an extension says nothing: the command's usual format
    if output.endswith(("/", os.sep)) or (os.altsep and output.endswith(os.altsep)):
        return default  # a folder's name (out.json/): refused when written, as every --output is (exit 1)
    by_name = format_for_path(str(output))
    if by_name == "text" and "text" not in allowed and "table" in allowed:
        by_name = "table"  # status's text for people
    if by_name not in allowed:
        raise UsageError("format.extension", path=str(output), choices=", ".join(allowed))
    return by_name


def split_list(value: str | None) -> list[str]:
    """`云南,四川`, `云南，四川` or `云南、四川`: the names, without blanks."""
    if not value:
        return []
    for comma in ("，", "、"):
        value = value.replace(comma, ",")
    return [part.strip() for part in value.split(",") if part.strip()]


def _lang_of_run() -> str:
    """The language asked for, where no command's session is at hand: as the run picks it (--lang,
    CARDINFO_LANG, the locale), not any argument that happens to read `en`."""
    from cardinfo import clitext

    return clitext.pick_lang(clitext.dashed(sys.argv[1:]), os.environ)


def _exit_status(code: object) -> int:
    if code is None:
        return ExitCode.OK
    return code if isinstance(code, int) else ExitCode.NOT_FOUND


def main() -> None:
    """The app inside a last boundary: Ctrl-C, closed pipes, and output nobody could write."""
    try:
        app(prog_name="cardinfo")
        status: int = ExitCode.OK
    except SystemExit as exc:
        status = _exit_status(exc.code)
    except KeyboardInterrupt:
        status = ExitCode.INTERRUPTED
    except PipeClosed:
        status = ExitCode.PIPE_CLOSED
    except RuntimeError as exc:  # a signal while a command's module was being imported, wrapped
        from cardinfo import signalled

        caught = signalled(exc)
        if caught is None:
            raise
        status = caught
    except CardinfoError as exc:  # from outside a command: Click writing help
        report(exc, _lang_of_run())
        status = exc.exit_code
    except UnicodeEncodeError:  # Click writing help or usage to a console that cannot show it
        encoding = getattr(sys.stdout, "encoding", None) or "?"
        report(OutputError("output.encoding", encoding=encoding), _lang_of_run())
        status = ExitCode.NOT_FOUND
    failure = finish()  # what Click left unwritten (help, usage errors) must not fail silently
    if isinstance(failure, PipeClosed):
        status = ExitCode.PIPE_CLOSED
    elif failure is not None:
        report(failure, _lang_of_run())
        status = status or failure.exit_code
    sys.exit(status)
