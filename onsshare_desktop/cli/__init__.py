"""Command line: ``onsshare-desktop [--data-dir DIR] [--database-url URL] COMMAND``, the same services as the window, for scripts.

Each module in ``COMMAND_MODULES`` adds its sub-commands with ``register(subparsers)``; a handler takes
``(args, ctx)`` and returns the exit status. Everything printed has its control characters escaped
(``cli.output``). ``UserError`` becomes one plain line on stderr and exit 1 (or the
error's own ``exit_status``); argparse usage errors exit 2. With no command the GUI opens.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Literal

from onsshare_desktop import __version__
from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.cli.output import escaped_output
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

COMMAND_MODULES = (
    "onsshare_desktop.cli.drafts",
    "onsshare_desktop.cli.identity",
    "onsshare_desktop.cli.packs",
    "onsshare_desktop.cli.trust",
    "onsshare_desktop.cli.selftest",
    "onsshare_desktop.cli.maintenance",
    "onsshare_desktop.cli.screening",
    "onsshare_desktop.cli.screen",
    "onsshare_desktop.cli.roundtrip",
    "onsshare_desktop.cli.team",
)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"onsshare-desktop {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=_("keep all data in DIR (default: $ONSSHARE_DATA_DIR or the user data folder)"))
    parser.add_argument("--database-url", metavar="URL",
                        help=_("screen in a team's PostgreSQL database, e.g. postgresql+psycopg://sam@db.ons/screening "
                               "(default: $ONSSHARE_DATABASE_URL, else the data folder's own database)"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onsshare-desktop",
        description=_("Prepare, sign and screen requests to share ONS data. Without a command, opens the app."),
    )
    _add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def run(argv: Sequence[str]) -> int:
    """Parse ``argv`` and run the command (or the GUI); returns the process exit status."""
    argv = list(argv)
    window_data_dir = _window_only(argv)
    if window_data_dir is not False:
        from onsshare_desktop.gui.app import run_gui

        return run_gui(data_dir=window_data_dir)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from onsshare_desktop.gui.app import run_gui

        return run_gui(data_dir=args.data_dir, database_url=args.database_url)
    ctx = CliContext(args.data_dir, args.database_url)
    with escaped_output():  # nothing a command prints can drive the terminal (see cli.output)
        return _run_command(args, ctx)


def _run_command(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        return int(args.handler(args, ctx))
    except UserError as err:
        print(_("error: {message}").format(message=err), file=sys.stderr)
        return int(getattr(err, "exit_status", 1))
    except KeyboardInterrupt:
        print(_("interrupted"), file=sys.stderr)
        return 130
    finally:
        ctx.close()


def _window_only(argv: list[str]) -> str | None | Literal[False]:
    """``--version`` answered, or the data folder if ``argv`` just opens the window; ``False`` for a command.

    Opening the window and ``--version`` need none of the command modules, whose imports cost about 40 ms of every
    start (most of all in the installed bundle), so those are read with the global options alone.
    """
    early = argparse.ArgumentParser(prog="onsshare-desktop", add_help=False, exit_on_error=False)
    _add_global_options(early)
    try:
        options, rest = early.parse_known_args(argv)  # --version prints and exits here
    except argparse.ArgumentError:
        return False  # the full parser reports the mistake with its usage
    return False if rest else options.data_dir
