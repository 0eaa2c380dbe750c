"""Command line: ``onsshare-desktop [--data-dir DIR] [--database-url URL] [--lang cy|en] COMMAND``, the same services
as the window, for scripts.

Each module in ``COMMAND_MODULES`` adds its sub-commands with ``register(subparsers)``; a handler takes
``(args, ctx)`` and returns the exit status. Everything printed has its control characters escaped
(``cli.output``). ``UserError`` becomes one plain line on stderr and exit 1 (or the
error's own ``exit_status``); argparse usage errors exit 2. With no command the GUI opens.

A command speaks the language ``--lang`` names, else the system's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``: ``i18n.system_language``): its messages, its help and argparse's own texts (``cli.argparse_texts``), and
the signed documents it makes, whose manifests record it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from typing import TYPE_CHECKING

from onsshare_desktop import __version__
from onsshare_desktop.i18n import LANGUAGES, _, normalise, set_language, system_language

if TYPE_CHECKING:
    from onsshare_desktop.cli.context import CliContext

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
    parser.add_argument("--version", action="version", version=f"onsshare-desktop {__version__}",
                        help=_("print the version and exit"))
    parser.add_argument("--data-dir", metavar="DIR",
                        help=_("keep all data in DIR (default: $ONSSHARE_DATA_DIR or the user data folder)"))
    parser.add_argument("--database-url", metavar="URL",
                        help=_("screen in a team's PostgreSQL database, e.g. postgresql+psycopg://sam@db.ons/screening "
                               "(default: $ONSSHARE_DATABASE_URL, else the data folder's own database)"))
    parser.add_argument("--lang", choices=LANGUAGES, metavar="cy|en",
                        help=_("the language of messages and of the signed documents a command makes: cy (Welsh) or "
                               "en (English) (default: from $LANGUAGE, $LC_ALL, $LC_MESSAGES or $LANG; the window "
                               "otherwise opens in the language chosen before)"))


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
    early = _global_options(argv)
    if early is not None and not early[1]:  # only global options: the window
        from onsshare_desktop.gui.app import run_gui

        options = early[0]
        return run_gui(data_dir=options.data_dir, database_url=options.database_url, language=options.lang)
    use_command_line_language(early[0].lang if early is not None else None)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from onsshare_desktop.gui.app import run_gui

        return run_gui(data_dir=args.data_dir, database_url=args.database_url, language=args.lang)
    from onsshare_desktop.cli.context import CliContext  # here, not at the top: --version and the window need
    from onsshare_desktop.cli.output import escaped_output  # neither (their imports cost ~10 ms of a bundle's start)

    ctx = CliContext(args.data_dir, args.database_url)
    with escaped_output():  # nothing a command prints can drive the terminal (see cli.output)
        return _run_command(args, ctx)


def _run_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.errors import UserError

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


def use_command_line_language(requested: str | None) -> str:
    """Make ``requested`` (``--lang``), else the system's language, the language of this process and of argparse's
    own texts; returns it."""
    from onsshare_desktop.cli import argparse_texts

    language = normalise(requested) or system_language()
    set_language(language)
    argparse_texts.install()
    return language


def _global_options(argv: list[str]) -> tuple[argparse.Namespace, list[str]] | None:
    """``--version`` answered; else the global options and the rest of ``argv`` (none: it just opens the window),
    or None when the global options themselves are wrong (the full parser then says why, with its usage).

    Opening the window and ``--version`` need none of the command modules, whose imports cost about 40 ms of every
    start (most of all in the installed bundle), so those are read with the global options alone.
    """
    early = argparse.ArgumentParser(prog="onsshare-desktop", add_help=False, exit_on_error=False)
    _add_global_options(early)
    try:
        return early.parse_known_args(argv)  # --version prints and exits here
    except argparse.ArgumentError:
        return None
