"""The maximal request (every long-text answer at 30,000 characters, three attachments, 5 MB) exports, verifies,
passes pdfsig and qpdf, and every answer's text survives in pdftotext (issue 12: "done when")."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bench.maximal_case import long_text_questions, maximal_case
from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import QuestionSet, load_question_set
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.export import ExportResult, export_pack
from onsshare_desktop.pack.verify import Verdict, verify_pack
from onsshare_desktop.paths import DataPaths
from tests.pack.support import (
    body_text,
    expected_answer_texts,
    make_identity,
    pdfsig,
    qpdf_check,
    store_attachment,
    without_whitespace,
)


@dataclass(frozen=True)
class MaximalPack:
    case: Case
    qs: QuestionSet
    result: ExportResult
    trust: TrustStore


@pytest.fixture(scope="module")
def maximal_pack(tmp_path_factory: pytest.TempPathFactory) -> MaximalPack:
    root = tmp_path_factory.mktemp("maximal")
    paths = DataPaths(root / "data").ensure()
    signer = make_identity(paths)
    case, files = maximal_case()
    for ref in case.attachments:
        store_attachment(paths, ref.file_name, ref.kind, files[ref.sha256], ref.media_type)
    qs = load_question_set(case.form_id, case.form_version)
    result = export_pack(case, qs, paths, signer, root / "maximal.pdf")
    return MaximalPack(case, qs, result, TrustStore(root / "trust", extra=[signer.certificate]))


def test_the_maximal_request_exports_over_many_pages_and_verifies(maximal_pack: MaximalPack) -> None:
    assert maximal_pack.result.page_count > 100
    report = verify_pack(maximal_pack.result.path, maximal_pack.trust)
    assert report.verdict is Verdict.TRUSTED, report.reason
    assert report.case == maximal_pack.case and len(report.attachments) == 3


def test_pdfsig_and_qpdf_accept_the_maximal_pack(maximal_pack: MaximalPack) -> None:
    out = pdfsig(maximal_pack.result.path)
    assert "Signature Validation: Signature is Valid." in out and "Total document signed" in out
    assert qpdf_check(maximal_pack.result.path).returncode == 0


def test_every_answer_of_the_maximal_request_is_in_pdftotext(maximal_pack: MaximalPack) -> None:
    text = without_whitespace(body_text(maximal_pack.result.path.read_bytes()))
    long_ids = {q.id for q in long_text_questions(maximal_pack.qs)}
    assert sum(len(maximal_pack.case.answers.get(qid, "")) for qid in long_ids) >= 12 * 30_000
    missing = [a[:60] for a in expected_answer_texts(maximal_pack.case, maximal_pack.qs)
               if without_whitespace(a) not in text]
    assert not missing
