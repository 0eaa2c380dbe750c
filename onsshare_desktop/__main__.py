"""Entry point: ``onsshare-desktop`` / ``python -m onsshare_desktop``. No command opens the window."""

from __future__ import annotations

import sys

MULTIPROCESSING_HELPER_ARGUMENTS = ("-c", "--multiprocessing-fork")
"""What multiprocessing passes to the processes it starts from the installed bundle (its fork server and resource
tracker get ``-c CODE``, a spawned worker ``--multiprocessing-fork``); no command of the app takes either."""


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False) and any(a in MULTIPROCESSING_HELPER_ARGUMENTS for a in sys.argv[1:]):
        # the installed bundle started by batch verification to work for it: run that work, not the command line.
        # Only then: importing multiprocessing costs every other start (freeze/lazy_hooks.py).
        import multiprocessing

        multiprocessing.freeze_support()
    from onsshare_desktop.cli import run

    try:
        return run(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:  # written outside a command's guarded output (cli.pipes): stop, quietly
        from onsshare_desktop.cli.pipes import to_devnull

        to_devnull(sys.stdout)
        return 1
    finally:  # argparse's --help and --version are still buffered: a reader gone (| head) is no error (cli.pipes)
        from onsshare_desktop.cli.pipes import flush_quietly

        flush_quietly(sys.stdout)
        flush_quietly(sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
