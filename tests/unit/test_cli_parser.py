"""Opening the window parses its options without importing any subcommand's module."""

from __future__ import annotations

import subprocess
import sys

from vigilance_app import cli


def test_commands_are_recognised_and_help_lists_them() -> None:
    assert cli._names_a_command(["--data-dir", "/tmp/x", "search", "colis"])
    assert cli._names_a_command(["--help"])
    assert not cli._names_a_command(["--data-dir", "/tmp/x", "--lang", "fr"])
    args = cli.build_parser().parse_args(["due", "--json"])
    assert args.command == "due"
    args = cli.build_parser(with_commands=False).parse_args(["--lang", "en", "--minimized"])
    assert args.command is None and args.lang == "en" and args.minimized


def test_the_window_path_imports_no_command_module() -> None:
    code = ("import sys\n"
            "from vigilance_app import cli\n"
            "argv = ['--lang', 'fr']\n"
            "cli.build_parser(cli._names_a_command(argv)).parse_args(argv)\n"
            "print(sorted(m for m in sys.modules if m.endswith(('commands', 'analyze_command'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.strip()
    assert out == "[]"
