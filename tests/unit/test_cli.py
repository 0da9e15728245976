"""The headless command line: clear one-line errors, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from yjdesk.cli import EXIT_KNOWN_ERROR, build_parser, main, parse_args


def test_check_reports_on_store(store, paths, capsys, monkeypatch) -> None:
    store.close()
    monkeypatch.setenv("YJDESK_PASSWORD", PASSWORD)
    assert main(["check", "--data-dir", str(paths.root)]) == 0
    out = capsys.readouterr().out
    assert "children on this laptop: 0" in out


def test_wrong_password_is_one_clear_line(store, paths, capsys, monkeypatch) -> None:
    store.close()
    monkeypatch.setenv("YJDESK_PASSWORD", "wrong")
    assert main(["check", "--data-dir", str(paths.root)]) == EXIT_KNOWN_ERROR
    err = capsys.readouterr().err
    assert err.strip() == ("yjdesk: Wrong password: The password is not correct for this "
                           "profile.")


def test_missing_profile(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("YJDESK_PASSWORD", "x")
    assert main(["check", "--data-dir", str(tmp_path / "none")]) == EXIT_KNOWN_ERROR
    assert "No yjdesk" in capsys.readouterr().err


def test_damaged_store_from_a_real_process(store, paths, tmp_path: Path) -> None:
    """Run the installed command as IT staff would; a damaged file gives no traceback."""
    store.close()
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[:4096] + b"\0" * 100)
    for side in paths.root.glob("yjdesk.db-*"):
        side.unlink()
    proc = subprocess.run(
        [sys.executable, "-m", "yjdesk", "check", "--data-dir", str(paths.root)],
        capture_output=True, text=True, timeout=60,
        env={"YJDESK_PASSWORD": PASSWORD, "PATH": "/usr/bin:/bin",
             "YJDESK_HOME": str(tmp_path / "h")},
    )
    assert proc.returncode == EXIT_KNOWN_ERROR
    assert "damaged" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("argv", [["--version"]])
def test_version(argv, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("yjdesk 0.")


@pytest.mark.parametrize("argv", [
    [], ["--data-dir", "/p"], ["--data-dir=/p"], ["--demo", "--scale", "county"],
    ["--smoke-test", "--demo"], ["--data-dir", "check"], ["check"],
    ["check", "--data-dir", "/p"], ["--data-dir", "/p", "check"],
    ["demo-data", "--data-dir", "/p"]])
def test_the_command_line_reads_as_the_full_parser_does(argv: list[str]) -> None:
    """A start with no subcommand is read without the subcommands' parser
    (``parse_args``): the same options and command as the full parser gives."""
    assert vars(parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["--bogus"], ["no-such-command"], ["--data-dir"]])
def test_a_mistake_on_the_command_line_is_still_refused(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as info:
        parse_args(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    if argv == ["--data-dir"]:  # refused by the options alone
        assert "--data-dir: expected one argument" in err
    else:  # the full parser's refusal, its usage naming the subcommands
        assert "COMMAND" in err


def test_help_lists_the_subcommands(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        parse_args(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "check" in out and "demo-data" in out
