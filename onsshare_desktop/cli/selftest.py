"""``self-test``: prove this installation works (database, keyring, pack pipeline) in a throwaway folder."""

from __future__ import annotations

import argparse
from typing import Any

from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.i18n import _


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("self-test", help=_("check this installation in a temporary folder"))
    p.set_defaults(handler=self_test)


def self_test(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.services.selftest import run_self_test

    run_self_test(print)
    print("self-test ok")
    return 0
