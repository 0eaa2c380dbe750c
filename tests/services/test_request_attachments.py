"""The request editor's attachment use case: a file copied into the attachment store within its limit, no draft
touched (the editor adds the reference to the case it is editing)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.services.requests import RequestService


@pytest.fixture
def requests(database, data_paths: DataPaths) -> RequestService:  # type: ignore[no-untyped-def]
    return RequestService(database, data_paths, attachment_limit=2048)


def test_a_stored_attachment_is_copied_with_its_hash_and_no_draft_changes(requests: RequestService,
                                                                         tmp_path: Path) -> None:
    draft_id = requests.new_draft(load_question_set())
    before = requests.case(draft_id)
    source = tmp_path / "protocol.txt"
    source.write_bytes(b"x" * 1500)
    seen: list[int] = []

    ref = requests.store_attachment(source, "other", lambda percent, _name: seen.append(percent))

    assert (ref.file_name, ref.kind, ref.size) == ("protocol.txt", "other", 1500)
    assert ref.sha256 == hashlib.sha256(b"x" * 1500).hexdigest()
    assert requests.attachments.path_of(ref.sha256).read_bytes() == b"x" * 1500
    assert seen and seen[-1] == 100
    assert requests.case(draft_id) == before


def test_a_file_over_the_limit_is_refused_in_words_and_nothing_is_kept(requests: RequestService,
                                                                      tmp_path: Path) -> None:
    assert requests.attachment_limit == 2048
    source = tmp_path / "big.bin"
    source.write_bytes(b"y" * 4096)
    with pytest.raises(UserError, match="big.bin"):
        requests.store_attachment(source, "other")
    assert not requests.attachments.path_of(hashlib.sha256(b"y" * 4096).hexdigest()).exists()


def test_without_a_limit_the_store_default_applies(database, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    assert RequestService(database, data_paths).attachment_limit == 25 * 1024 * 1024
