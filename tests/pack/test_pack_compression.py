"""Already-compressed attachments are embedded as they are (no second deflate); the pack stays valid."""

from __future__ import annotations

import random
from pathlib import Path

from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.export import export_pack
from onsshare_desktop.pack.sign import worth_compressing
from onsshare_desktop.pack.verify import Verdict, verify_pack
from onsshare_desktop.paths import DataPaths
from tests.pack.support import EXAMPLES, load_example, make_identity, pypdf_embedded, qpdf_check, store_attachment

INCOMPRESSIBLE = b"%PDF-1.7\n" + random.Random(3).randbytes(200_000)


def test_only_files_that_shrink_are_worth_compressing() -> None:
    assert not worth_compressing(INCOMPRESSIBLE)
    assert worth_compressing(b'{"answers": {"business_case": "the data will be used"}}' * 200)


def test_an_incompressible_attachment_is_stored_unfiltered_and_reads_back(data_paths: DataPaths,
                                                                         tmp_path: Path) -> None:
    from pypdf import PdfReader

    case, qs = load_example(EXAMPLES[0])
    ref = store_attachment(data_paths, "scan.pdf", "dpia", INCOMPRESSIBLE, "application/pdf")
    signer = make_identity(data_paths)
    out = tmp_path / "pack.pdf"
    export_pack(case.with_attachments((ref,)), qs, data_paths, signer, out)

    check = qpdf_check(out)
    assert check.returncode == 0, check.stdout + check.stderr
    files = pypdf_embedded(out)
    assert [v for k, v in files.items() if k.startswith("attachment-")] == [INCOMPRESSIBLE]
    filters = {}
    for name, spec in zip(*[iter(PdfReader(out).trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"])] * 2):
        filters[str(name)] = spec.get_object()["/EF"]["/F"].get_object().get("/Filter")
    attachment = next(k for k in filters if k.startswith("attachment-"))
    assert filters[attachment] is None and filters["case.json"] == "/FlateDecode"
    report = verify_pack(out, TrustStore(data_paths.root / "trust", extra=[signer.certificate]))
    assert report.verdict is Verdict.TRUSTED
    assert [a.data for a in report.attachments] == [INCOMPRESSIBLE]
