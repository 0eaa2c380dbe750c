"""Entry point: ``onsshare-desktop`` / ``python -m onsshare_desktop``. No command opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the installed bundle: a process that batch verification starts to work
        import multiprocessing  # for it runs that work, not the command line (imported anyway when frozen)

        multiprocessing.freeze_support()
    from onsshare_desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
