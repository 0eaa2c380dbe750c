"""The transparency register of data shares as CSV (the columns published registers of data shares use)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from onsshare_desktop.domain.screening.register import TRANSPARENCY_COLUMNS, TransparencyEntry

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """Neutralise spreadsheet formulas: a cell starting with ``=``, ``+``, ``-`` or ``@`` gets a leading quote."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def transparency_csv(entries: Iterable[TransparencyEntry]) -> str:
    """The register as CSV text (header row first, CRLF line ends as RFC 4180 says)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(TRANSPARENCY_COLUMNS)
    for e in entries:
        writer.writerow([_cell(v) for v in (e.reference, e.organisation, e.organisation_type, e.datasets, e.purpose,
                                            e.legal_gateway, e.public_benefit, e.start, e.end, e.status,
                                            e.exemption, e.outputs)])
    return out.getvalue()
