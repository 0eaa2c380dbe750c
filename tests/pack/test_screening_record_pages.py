"""The signed screening record reads well: one stage wording, times as "25 November 2026, 10:00 UTC" (exact times
kept in record.json), no address or time cut mid-word, "Page N of M" (issue 12, defect 6)."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.annotations import GENERAL, SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer
from onsshare_desktop.domain.screening.record import build_record
from onsshare_desktop.domain.screening.stages import Move, Outcome
from onsshare_desktop.pack.record import render_record
from tests.screening_data import SCREENER, incoming

LONG_ACTOR = "Professor Gwenllian Ap-Rhys-Llewellyn <gwenllian.ap-rhys-llewellyn@statisticsauthority.gov.uk>"
ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
NOW = datetime(2026, 11, 29, 18, 40, 20, 763728, tzinfo=UTC)


def pages_of(pdf: bytes) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, check=True,
                          capture_output=True).stdout.decode()
    return text.split("\f")[:-1]


def a_record(database) -> dict:  # type: ignore[no-untyped-def]
    screening = database.screening
    pack_id = screening.add_pack(incoming(trusted=True), LONG_ACTOR).id
    for n in range(40):  # a long history: the record runs over several pages
        screening.annotate(pack_id, "benefit" if n % 2 else GENERAL, SectionStatus.CONCERN,
                           f"Comment {n}: see https://www.ons.gov.uk/aboutus/transparencyandgovernance/"
                           f"datastrategy/datapolicies/onsdatasharingpolicy?n={n}", LONG_ACTOR)
    screening.answer_check(pack_id, "legal-gateway", CheckAnswer.UNCLEAR, "Which section?", SCREENER)
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), LONG_ACTOR)
    return build_record(screening.get(pack_id), load_question_set(), LONG_ACTOR, NOW)


def test_the_record_pages_read_well_and_the_json_keeps_exact_times(database) -> None:  # type: ignore[no-untyped-def]
    record = a_record(database)
    pages = pages_of(render_record(record, "rec-5d1c"))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    text = "\n".join(pages)
    assert not ISO_TIME.search(text), ISO_TIME.search(text)  # no raw ISO timestamp on the pages
    assert "29 November 2026, 18:40 UTC" in " ".join(text.split())  # when the record was made
    assert "Now at" not in text
    assert "moved from Received to First screening" in " ".join(text.split())
    words = set(text.split())
    for history in record.history:
        when = datetime.fromisoformat(history.at.replace("Z", "+00:00"))
        assert f"{when:%H:%M}" in words  # never cut inside a time
    for token in SCREENER.split():  # nor inside a name or an e-mail address
        assert token in words, token
    address = LONG_ACTOR.split()[-1]  # wider than its column: broken only before . - @ or after /
    pattern = "".join((r"\s*" if ch in ".-@" else "") + re.escape(ch) for ch in address)
    assert re.search(pattern, text) and address not in words
    assert record.created_at == "2026-11-29T18:40:20.763728Z"  # the exact time stays in record.json
    assert all(ISO_TIME.match(h.at) for h in record.history)
