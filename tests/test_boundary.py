"""The error boundary: Ctrl-C and closed pipes end quietly with their exit codes."""

from __future__ import annotations

import sys

import pytest

from cardinfo import cli


def test_ctrl_c_exits_130(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "app", interrupted)
    monkeypatch.setattr(sys, "argv", ["cardinfo", "status"])
    with pytest.raises(SystemExit) as caught:
        cli.main()
    assert caught.value.code == 130
    assert capsys.readouterr().err == ""


def test_ctrl_c_inside_a_command_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("cardinfo.lookup.Atlas.answer", interrupted)
    result = CliRunner().invoke(cli.app, ["region", "昆明"])
    assert result.exit_code == 130 and "Traceback" not in result.stderr
