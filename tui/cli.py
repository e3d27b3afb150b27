"""The `briefing` command: open the reader, or run a headless subcommand."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

USAGE = """\
usage: briefing [PATH ...]                     open articles in the reader (default: the sample;
                                               - reads one from stdin)
       briefing annotate PATH... [--format json|markdown] [--jobs N]
       briefing annotate --merge PATH...          one briefing across the articles
       briefing export PATH... [--format markdown|html] [-o FILE]
       briefing notes list
       briefing notes export [PATH] [--format markdown|json]
       briefing --version

Run `briefing annotate --help`, `briefing export --help` or `briefing notes --help`.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args[:1] == ["annotate"]:
            from annotate.cli import run

            return run(args[1:])
        if args[:1] == ["export"]:
            from tui.export_cli import run as run_export

            return run_export(args[1:])
        if args[:1] == ["notes"]:
            from tui.notes.cli import run as run_notes

            return run_notes(args[1:])
        if args[:1] in (["-h"], ["--help"]):
            sys.stdout.write(USAGE)
            return 0
        if args[:1] in (["-V"], ["--version"]):
            sys.stdout.write(f"briefing {version()}\n")
            return 0
        from tui.launch import run as run_app

        return run_app(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("briefing")
    except PackageNotFoundError:
        return "(not installed)"


def _silence_stdout() -> None:
    """The reader of our output went away (`| head`): point stdout at
    /dev/null so the interpreter's final flush cannot complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
