"""Packs exported once per session from every example case (with two attachments each), for the slow external
checks; tests that need a fresh pack make their own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.identity.store import UnlockedIdentity
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.export import ExportResult, export_pack
from onsshare_desktop.paths import DataPaths
from tests.pack.support import EXAMPLES, load_example, make_identity, with_attachments


@dataclass(frozen=True)
class ExportedPack:
    example: Path
    case: Case
    qs: QuestionSet
    result: ExportResult
    paths: DataPaths
    signer: UnlockedIdentity


@pytest.fixture(scope="session")
def exported_packs(tmp_path_factory: pytest.TempPathFactory) -> list[ExportedPack]:
    root = tmp_path_factory.mktemp("packs")
    paths = DataPaths(root / "data").ensure()
    signer = make_identity(paths)
    packs = []
    for example in EXAMPLES:
        case, qs = load_example(example)
        case = with_attachments(case, paths)
        result = export_pack(case, qs, paths, signer, root / f"{example.stem}.pdf", history_head="chain-head-abc")
        packs.append(ExportedPack(example, case, qs, result, paths, signer))
    return packs


@pytest.fixture(scope="session")
def one_pack(exported_packs: list[ExportedPack]) -> ExportedPack:
    return exported_packs[0]


@pytest.fixture
def pack_bytes(one_pack: ExportedPack) -> bytes:
    """The bytes of a real, trusted pack, for tests that change it."""
    return one_pack.result.path.read_bytes()


@pytest.fixture
def trust(one_pack: ExportedPack, tmp_path: Path) -> TrustStore:
    """A trust store that trusts the packs' signer."""
    return TrustStore(tmp_path / "trust", extra=[one_pack.signer.certificate])
