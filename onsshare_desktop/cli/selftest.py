"""``self-test``: prove this installation works, in a throwaway folder, by touching every part a user reaches.

The checks are ``services.selftest.CHECKS`` (resources, database, pack, record, team-database driver, keyring)
and the window check of ``gui/selftest.py``; each prints one line. Exit status 0 if all pass, 1 (naming the failed checks) otherwise.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from typing import Any

from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

from onsshare_desktop.services import selftest as service

CHECK_NAMES = tuple(name for name, _check in service.CHECKS) + ("window",)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("self-test", help=_("check this installation in a temporary folder"))
    p.add_argument("--only", metavar="CHECK", action="append", choices=CHECK_NAMES,
                   help=_("run only this check (repeatable): {names}").format(names=", ".join(CHECK_NAMES)))
    p.set_defaults(handler=self_test)


def all_checks() -> tuple[tuple[str, Any], ...]:
    """Every check, in the order they run: the services' checks, then the window."""
    return service.CHECKS + (("window", check_windows),)


def check_windows(run: Any) -> str:
    """The main window opens (offscreen) and fills its drafts list; the screener's register opens."""
    from onsshare_desktop.gui.selftest import check_windows as check

    return check(run.folder / "window")


def self_test(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.selftest import SelfTestFailed, run_checks

    chosen = set(args.only or CHECK_NAMES)
    failed = run_checks([(name, check) for name, check in all_checks() if name in chosen],
                        lambda line: print(line, flush=True))
    for _name, exc in failed:
        if not isinstance(exc, UserError):  # our bug, not the environment's: show where
            traceback.print_exception(exc, file=sys.stderr)
    if failed:
        raise SelfTestFailed(_("self-test failed: {checks}").format(checks=", ".join(n for n, _e in failed)))
    print("self-test ok")
    return 0
