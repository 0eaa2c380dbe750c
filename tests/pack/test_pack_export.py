"""Exported packs checked with tools nobody here wrote: pdfsig, qpdf, pypdf, pdftotext, pdffonts."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from onsshare_desktop.domain.case_io import dump_case
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.export import export_pack
from onsshare_desktop.pack.manifest import PackManifest
from onsshare_desktop.pack.names import pack_file_name
from onsshare_desktop.pack.verify import Verdict, verify_pack
from tests.pack.conftest import ExportedPack
from tests.pack.support import (
    ATTACHMENTS,
    EXAMPLES,
    body_text,
    expected_answer_texts,
    fonts_all_embedded,
    load_example,
    make_identity,
    normalised,
    pdfsig,
    pdftotext,
    pypdf_embedded,
    pypdf_mime_types,
    qpdf_check,
    store_attachment,
    with_attachments,
)


def test_every_example_is_exported(exported_packs: list[ExportedPack]) -> None:
    assert len(exported_packs) == len(EXAMPLES) >= 3


def test_pdfsig_says_valid_and_total_document_signed(exported_packs: list[ExportedPack]) -> None:
    for pack in exported_packs:
        out = pdfsig(pack.result.path)
        assert "Signature is Valid." in out, out
        assert "Total document signed" in out, out
        assert out.count("Signature #") == 1
        assert "ETSI.CAdES.detached" in out  # PAdES


def test_qpdf_finds_no_errors(exported_packs: list[ExportedPack]) -> None:
    for pack in exported_packs:
        check = qpdf_check(pack.result.path)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "No syntax or stream encoding errors found" in check.stdout


def test_pypdf_reads_the_signed_case_and_attachments(exported_packs: list[ExportedPack]) -> None:
    for pack in exported_packs:
        files = pypdf_embedded(pack.result.path)
        assert files["case.json"] == dump_case(pack.case, pack.qs)
        manifest = PackManifest.load(files["manifest.json"])
        assert manifest.case_sha256 == hashlib.sha256(files["case.json"]).hexdigest()
        assert manifest.pack_id == pack.result.pack_id and manifest.history_head == "chain-head-abc"
        assert (manifest.form_version, manifest.case_ref) == (pack.case.form_version, pack.case.case_ref)
        attached = sorted(v for k, v in files.items() if k.startswith("attachment-"))
        assert attached == sorted(data for _n, _k, data, _m in ATTACHMENTS)


def test_embedded_files_carry_mime_types(one_pack: ExportedPack) -> None:
    types = pypdf_mime_types(one_pack.result.path)
    assert types["case.json"] == types["manifest.json"] == "/application/json"
    assert sorted(v for k, v in types.items() if k.startswith("attachment-")) == sorted(
        "/" + m for *_rest, m in ATTACHMENTS)


def test_pdftotext_finds_every_answer(exported_packs: list[ExportedPack]) -> None:
    for pack in exported_packs:
        text = normalised(pdftotext(pack.result.path))
        body = normalised(body_text(pack.result.path.read_bytes()))  # an answer may run over a page's footer
        missing = [a for a in expected_answer_texts(pack.case, pack.qs) if normalised(a) not in body]
        assert not missing, f"{pack.example.name}: not in the PDF text: {missing[:3]}"
        assert pack.result.pack_id in text
        assert pack.signer.info.display_fingerprint[:23] in text
        for name, *_rest in ATTACHMENTS:
            assert name in text


def test_every_page_has_a_footer_with_the_pack_id_and_page_number(one_pack: ExportedPack) -> None:
    pages = pdftotext(one_pack.result.path).split("\f")[:-1]
    assert len(pages) == one_pack.result.page_count > 5
    for number, page in enumerate(pages, start=1):
        assert one_pack.result.pack_id in page
        assert f"Page {number} of {len(pages)}" in page


def test_fonts_are_embedded(one_pack: ExportedPack) -> None:
    assert fonts_all_embedded(one_pack.result.path)


def test_pack_verifies_and_sha256_matches_file(exported_packs: list[ExportedPack]) -> None:
    for pack in exported_packs:
        data = pack.result.path.read_bytes()
        assert hashlib.sha256(data).hexdigest() == pack.result.sha256
        report = verify_pack(pack.result.path, TrustStore(Path("/nonexistent"), extra=[pack.signer.certificate]))
        assert report.verdict is Verdict.TRUSTED, report.reason
        assert report.case == pack.case.__class__.from_json(json.loads(dump_case(pack.case, pack.qs)))
        assert [a.data for a in report.attachments] == [data for _n, _k, data, _m in ATTACHMENTS]


def test_file_name_convention() -> None:
    case, _qs = load_example(EXAMPLES[0])
    case = case.with_answer("org_name", "Prifysgol Caerdydd / Cardiff University").with_answer(
        "project_title", "Épidémiologie: 2021 census & housing!")
    assert pack_file_name(case, date(2026, 11, 25)) == \
        "prifysgol-caerdydd-cardiff-university_epidemiologie-2021-census-housing_2026-11-25_v1.pdf"


def test_progress_is_reported_up_to_100(data_paths, tmp_path) -> None:
    case, qs = load_example(EXAMPLES[1])
    seen: list[int] = []
    export_pack(case, qs, data_paths, make_identity(data_paths), tmp_path / "p.pdf",
                progress=lambda percent, message: seen.append(percent))
    assert seen == sorted(seen) and seen[-1] == 100 and len(seen) >= 4


def test_export_refuses_a_missing_attachment(data_paths, tmp_path) -> None:
    case, qs = load_example(EXAMPLES[0])
    case = with_attachments(case, data_paths)
    (data_paths.attachments / case.attachments[0].sha256).unlink()
    with pytest.raises(UserError, match="missing"):
        export_pack(case, qs, data_paths, make_identity(data_paths), tmp_path / "p.pdf")
    assert not (tmp_path / "p.pdf").exists()


def test_export_refuses_an_attachment_whose_bytes_changed(data_paths, tmp_path) -> None:
    case, qs = load_example(EXAMPLES[0])
    ref = store_attachment(data_paths, "dpia.pdf", "dpia", b"original bytes", "application/pdf")
    (data_paths.attachments / ref.sha256).write_bytes(b"changed bytes")
    with pytest.raises(UserError, match="no longer matches"):
        export_pack(case.with_attachments((ref,)), qs, data_paths, make_identity(data_paths), tmp_path / "p.pdf")


def test_export_refuses_an_incomplete_case(data_paths, tmp_path) -> None:
    case, qs = load_example(EXAMPLES[0])
    with pytest.raises(UserError, match="not complete"):
        export_pack(case.with_answer("business_case", None), qs, data_paths, make_identity(data_paths),
                    tmp_path / "p.pdf")


def test_hidden_answers_are_left_out(data_paths, tmp_path) -> None:
    case, qs = load_example(EXAMPLES[0])
    hidden = next(q for q in qs.questions() if q.visible_if is not None and q.id not in case.answers
                  and q.type in ("text", "textarea"))
    case = case.with_answer(hidden.id, "A SECRET ANSWER TO A HIDDEN QUESTION")
    result = export_pack(case, qs, data_paths, make_identity(data_paths), tmp_path / "p.pdf")
    assert "A SECRET ANSWER" not in pdftotext(result.path)
    assert hidden.id not in json.loads(pypdf_embedded(result.path)["case.json"])["answers"]


def test_export_refuses_an_expired_certificate(data_paths, tmp_path) -> None:
    from datetime import datetime, timedelta, timezone

    from onsshare_desktop.identity.certificates import new_signing_key, self_signed_certificate
    from onsshare_desktop.identity.store import UnlockedIdentity

    key = new_signing_key()
    old = self_signed_certificate(key, "Old", "Org", "o@example.org",
                                  now=datetime.now(timezone.utc) - timedelta(days=6 * 365))
    case, qs = load_example(EXAMPLES[0])
    with pytest.raises(UserError, match="create a new identity"):
        export_pack(case, qs, data_paths, UnlockedIdentity(old, key, ()), tmp_path / "p.pdf")


def test_a_pack_that_fails_its_own_check_leaves_no_file(data_paths, tmp_path, monkeypatch) -> None:
    import onsshare_desktop.pack.verify as verify

    def refuse(source, trust, **_kwargs):  # the pack is written while it is checked: a failed check must remove it
        return verify.PackReport(str(source), Verdict.REFUSED, "changed after signing")

    monkeypatch.setattr(verify, "verify_pack", refuse)
    case, qs = load_example(EXAMPLES[0])
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError, match="did not verify"):
        export_pack(case, qs, data_paths, make_identity(data_paths), out / "p.pdf")
    assert list(out.iterdir()) == []


def test_export_to_a_missing_folder_says_it_cannot_write(data_paths, tmp_path) -> None:
    case, qs = load_example(EXAMPLES[0])
    with pytest.raises(UserError, match="Cannot write"):
        export_pack(case, qs, data_paths, make_identity(data_paths), tmp_path / "no such folder" / "p.pdf")
    assert not (tmp_path / "no such folder").exists()
