"""`--install-completion`: the shell's completion script, then the lines that load it in the shell's
rc file (~/.bashrc, ~/.zshrc), each file written whole or not at all, so a full disk or a file-size
limit leaves the rc file as it was; the rc file is kept byte for byte, whatever its encoding."""

from __future__ import annotations

import os
from pathlib import Path

from cardinfo.errors import OutputError
from cardinfo.i18n import os_reason
from cardinfo.output import to_file

_ZSH_LOAD = "fpath+=~/.zfunc; autoload -Uz compinit; compinit"
_ZSH_STYLE = "zstyle ':completion:*' menu select"


def install(shell: str, prog_name: str, complete_var: str) -> tuple[str, Path]:
    """Install the completion of `shell`; (the shell, the script's path). OutputError names the file."""
    from typer._completion_shared import get_completion_script
    from typer._completion_shared import install as install_elsewhere

    from cardinfo import paths

    script = get_completion_script(prog_name=prog_name, complete_var=complete_var, shell=shell)
    home = paths.home(strict=True)
    if home is None or not home.exists():  # (an empty or relative HOME is the current folder; a missing one
        raise OutputError("completion.no_home", home=os.environ.get("HOME", ""))  # would be made)
    if shell == "bash":
        path = home / ".bash_completions" / f"{prog_name}.sh"
        _write(path, script)
        _add_lines(home / ".bashrc", [f"source '{path}'"])
    elif shell == "zsh":
        path = home / ".zfunc" / f"_{prog_name}"
        _write(path, script)
        rc = home / ".zshrc"
        _add_lines(rc, [_ZSH_LOAD] if b"zstyle" in _read(rc) else [_ZSH_LOAD, _ZSH_STYLE])
    elif shell == "fish":
        path = home / ".config" / "fish" / "completions" / f"{prog_name}.fish"
        _write(path, script + "\n")
    else:  # PowerShell asks the shell where its profile is, and appends to it
        return install_elsewhere(shell=shell, prog_name=prog_name, complete_var=complete_var)
    return shell, path


def _write(path: Path, text: str | bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError("output.unwritable", path=str(path.parent), reason=os_reason(exc)) from None
    to_file(str(path), text)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes() if path.is_file() else b""
    except OSError as exc:
        raise OutputError("output.unwritable", path=str(path), reason=os_reason(exc)) from None


def _add_lines(rc: Path, lines: list[str]) -> None:
    """Append those of `lines` that `rc` lacks, keeping every byte it has."""
    content = _read(rc)
    missing = [line.encode("utf-8") for line in lines if line.encode("utf-8") not in content]
    if missing:
        gap = b"\n" if content and not content.endswith(b"\n") else b""
        _write(rc, content + gap + b"".join(line + b"\n" for line in missing))
