"""The register's filters and search, on a generated register of 10,000 received packs."""

from __future__ import annotations

import time
from datetime import date

import pytest

from onsshare_desktop.domain.screening.register import RegisterFilter, RegisterStatus
from onsshare_desktop.domain.screening.stages import Stage
from tests.screening_data import SCREENER, generate_register, incoming


@pytest.fixture
def big_register(database):
    generate_register(database, 10_000)
    return database


def test_the_whole_register_newest_first(big_register) -> None:
    started = time.perf_counter()
    rows = big_register.screening.register()
    elapsed = time.perf_counter() - started
    print(f"register of {len(rows)} loaded in {elapsed * 1000:.0f} ms")
    assert len(rows) == 10_000
    assert rows[0].case_ref == "ONS-DSR-GEN-009999" and rows[-1].case_ref == "ONS-DSR-GEN-000000"


def test_filter_by_stage_status_organisation_date_and_text(big_register) -> None:
    screening = big_register.screening
    first = screening.register(RegisterFilter(stages=frozenset({Stage.FIRST_SCREENING})))
    assert first and all(r.stage == Stage.FIRST_SCREENING for r in first)
    unconfirmed = screening.register(RegisterFilter(status=RegisterStatus.SIGNER_NOT_CONFIRMED))
    assert unconfirmed and all(r.status == RegisterStatus.SIGNER_NOT_CONFIRMED for r in unconfirmed)
    closed = screening.register(RegisterFilter(status=RegisterStatus.CLOSED))
    assert closed and all(r.status == RegisterStatus.CLOSED for r in closed)
    leeds = screening.register(RegisterFilter(organisation="leeds"))
    assert leeds and {r.organisation for r in leeds} == {"University of Leeds"}
    day = screening.register(RegisterFilter(received_from=date(2024, 1, 2), received_to=date(2024, 1, 2)))
    assert [r.case_ref for r in day][-1] == "ONS-DSR-GEN-000024" and len(day) == 24
    text = screening.register(RegisterFilter(text="gen-000042"))
    assert [r.case_ref for r in text] == ["ONS-DSR-GEN-000042"]
    combined = screening.register(RegisterFilter(stages=frozenset({Stage.RECEIVED}), organisation="welsh",
                                                 text="care"))
    assert all(r.stage == Stage.RECEIVED and r.organisation == "Welsh Government" and "care" in r.title
               for r in combined)


def test_search_treats_wildcards_literally(database) -> None:
    database.screening.add_pack(incoming(), SCREENER)
    assert database.screening.register(RegisterFilter(text="%")) == []
    assert database.screening.register(RegisterFilter(text="homelessness wales"))


def test_organisations_and_case_refs(big_register) -> None:
    assert "Welsh Government" in big_register.screening.organisations()
    assert len(big_register.screening.case_refs()) == 10_000
