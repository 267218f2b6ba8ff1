"""`cardinfo data`: check the data files, show where things are, clear the cache."""

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cardinfo.cli import (
    APPS,
    Reply,
    TextFormatOption,
    _typer,
    boundary,
    emit,
    session,
    shown,
    shown_path,
    stderr_lang,
    warn,
)
from cardinfo.errors import ExitCode

if TYPE_CHECKING:
    pass


data_app = _typer(name="data", no_args_is_help=True)


@data_app.callback()
def data_group() -> None:
    """Work with the data files (see: cardinfo data check --help)."""


@data_app.command("check")
@boundary
def data_check(
    ctx: typer.Context,
    directory: Annotated[
        Path | None, typer.Argument(help="Folder with the data files (default: the data in use).")
    ] = None,
) -> None:
    """Validate the data files and report every problem (exit 3 if there are any).

    \b
    Examples:
      cardinfo data check
      cardinfo data check ./my-data
    """
    from cardinfo.data import check
    from cardinfo.i18n import t
    from cardinfo.paths import data_dir, data_files

    s = session(ctx)
    folder = directory or data_dir(s.data_dir)
    paths = data_files(folder)
    problems = check(folder, s.divisions)
    if problems:
        lang = stderr_lang(s.lang)
        warn(t("data.bad", lang, n=len(problems)))
        for p in problems:
            warn(f"  {shown(p.worded(lang))}")
        raise typer.Exit(ExitCode.DATA)
    emit(t("data.ok", s.lang, files=("、" if s.lang == "zh" else ", ").join(shown_path(p) for p in paths)) + "\n")


@data_app.command("paths")
@boundary
def data_paths(
    ctx: typer.Context,
    fmt: TextFormatOption = "text",
) -> None:
    """Where the data, the division index and the data cache are.

    \b
    Examples:
      cardinfo data paths
      cardinfo --data-dir ./my-data data paths --format json
    """
    from cardinfo import paths
    from cardinfo.data import cache_files
    from cardinfo.render import Doc

    s = session(ctx)
    folder = paths.data_dir(s.data_dir)
    cache = paths.cache_dir()
    found: dict[str, Any] = {
        "data_dir": shown_path(folder),
        "data_files": [shown_path(p) for p in paths.data_files(folder)],
        "bundled_dir": shown_path(paths.bundled_dir()),
        "index": shown_path(paths.places_path()),
        "index_build_id": s.divisions.build_id(),
        "cache_dir": shown_path(cache) if cache is not None else None,
        "cache_files": [shown_path(p) for p in cache_files()],
    }

    def doc(_: int | None) -> Doc:
        from cardinfo.i18n import os_reason, t

        build = t("paths.build", s.lang, id=found["index_build_id"]) if found["index_build_id"] else ""
        problem = paths.cache_setting_problem()
        value = os.environ.get("CARDINFO_CACHE_DIR")
        no_cache = (
            t("paths.cache_setting", s.lang, value=value, reason=os_reason(problem))
            if problem is not None
            else t("paths.no_cache", s.lang)
        )
        return (
            Doc(s.lang)
            .field(t("paths.data", s.lang), found["data_dir"])
            .field(t("paths.bundled", s.lang), found["bundled_dir"])
            .field(t("paths.index", s.lang), f"{found['index']}{build}")
            .field(t("paths.cache", s.lang), found["cache_dir"] or no_cache)
        )

    s.respond(Reply(doc, lambda: found), fmt)


@data_app.command("clear-cache")
@boundary
def data_clear_cache(ctx: typer.Context) -> None:
    """Remove the cached, validated copies of the data (the next run validates again).

    \b
    Examples:
      cardinfo data clear-cache
    """
    from cardinfo.data import clear_cache
    from cardinfo.i18n import t
    from cardinfo.paths import cache_dir

    s = session(ctx)
    removed = clear_cache()
    emit(t("cache.cleared", s.lang, n=len(removed), folder=shown_path(cache_dir() or "-")) + "\n")


APPS["data"] = data_app
