"""argparse's own texts ("usage: ", "options", "error: ", "the following arguments are required") in the command
line's language.

argparse words its texts through gettext's ``_`` and ``ngettext``, imported into its own module (domain
"argparse"), and no Welsh catalogue of that domain exists anywhere to install. ``install()`` points those two names
at ``i18n._`` and ``i18n.ngettext`` instead, so argparse looks its texts up in the app's own catalogue, in the
language of the moment; the texts a user can meet are listed below so that ``./dev.sh i18n`` extracts them into
``onsshare.po``. A text the catalogue lacks (or any text in English) reads exactly as argparse words it.
"""

from __future__ import annotations

import argparse

from onsshare_desktop import i18n
from onsshare_desktop.i18n import N_, N_plural

TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)
"""argparse's texts a user of the command line can meet (its others are for programmers), as argparse words them."""

PLURAL_TEXTS = (N_plural("expected %s argument", "expected %s arguments"),)


def install() -> None:
    """From now on, argparse's texts come from the app's catalogue in the current language (see the module)."""
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]
