"""Verifying a folder of packs on all cores: worker processes, results in order, light reports, progress, cancel."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from onsshare_desktop.cli import run
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.verify import Verdict, verify_pack
from onsshare_desktop.services.batch_verify import collect_files, verify_many
from tests.pack.conftest import ExportedPack


@pytest.fixture
def folder(exported_packs: list[ExportedPack], tmp_path: Path) -> Path:
    """Twelve packs (the examples, copied), one tampered, and a file that is not a pack."""
    out = tmp_path / "received"
    out.mkdir()
    for n in range(4):
        for pack in exported_packs:
            shutil.copy(pack.result.path, out / f"{n:02d}-{pack.example.stem}.pdf")
    victim = sorted(out.iterdir())[5]
    victim.write_bytes(victim.read_bytes() + b"\n% appended after signing\n")
    (out / "notes.txt").write_text("not a pack", encoding="utf-8")
    return out


@pytest.mark.timeout(300)
def test_a_folder_is_verified_by_worker_processes_in_order(folder: Path, trust: TrustStore) -> None:
    files = collect_files([folder])
    assert len(files) == 12 and all(f.suffix == ".pdf" for f in files)
    steps: list[int] = []
    reports = list(verify_many(files, trust, workers=2, progress=lambda percent, _text: steps.append(percent)))
    assert [r.source for r in reports] == [str(f) for f in files]
    expected = [verify_pack(f, trust) for f in files]
    assert [(r.verdict, r.refusal, r.reason) for r in reports] == [(e.verdict, e.refusal, e.reason) for e in expected]
    assert [r.verdict for r in reports].count(Verdict.REFUSED) == 1
    assert all(r.files == () and r.case_bytes is None for r in reports)  # nothing large comes back
    assert all(a.data == b"" for r in reports for a in r.attachments)
    assert steps and steps[-1] == 100 and steps == sorted(steps)


@pytest.mark.timeout(300)
def test_cancel_stops_handing_out_files(folder: Path, trust: TrustStore) -> None:
    files = collect_files([folder])
    seen: list[object] = []
    stream = verify_many(files, trust, workers=2)
    for report in stream:
        seen.append(report)
        if len(seen) == 3:
            break
    stream.close()  # the pool shuts down; the remaining files are never handed out
    assert len(seen) == 3
    flag = {"stop": False}
    got = []
    for report in verify_many(files, trust, workers=2, cancelled=lambda: flag["stop"]):
        got.append(report)
        flag["stop"] = len(got) >= 2
    assert 2 <= len(got) < len(files)


@pytest.mark.timeout(300)
def test_verify_accepts_a_folder(capsysbinary, folder: Path, exported_packs: list[ExportedPack],
                                 tmp_path: Path) -> None:
    cert = tmp_path / "signer.pem"
    from cryptography.hazmat.primitives.serialization import Encoding

    cert.write_bytes(exported_packs[0].signer.certificate.public_bytes(Encoding.PEM))
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "trust", "add", str(cert)]) == 0
    capsysbinary.readouterr()
    status = run(["--data-dir", str(data), "verify", "--json", str(folder)])
    rows = json.loads(capsysbinary.readouterr().out)
    assert status == 2 and len(rows) == 12
    assert [r["verdict"] for r in rows].count("trusted") == 11
    assert all(r["pages_check"] == "re-rendered" for r in rows if r["verdict"] == "trusted")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(["--data-dir", str(data), "verify", str(empty)]) == 1
    assert b"no PDF files found" in capsysbinary.readouterr().err


@pytest.mark.timeout(300)
def test_import_of_a_folder_verifies_on_workers_and_stores_what_verifies(capsysbinary, folder: Path,
                                                                       exported_packs: list[ExportedPack],
                                                                       tmp_path: Path, monkeypatch) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    from onsshare_desktop.services import batch_verify

    checked_on_workers: list[int] = []
    real = batch_verify.verify_many

    def counting(files, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        checked_on_workers.append(len(files))
        return real(files, *args, **kwargs)

    monkeypatch.setattr(batch_verify, "verify_many", counting)
    cert = tmp_path / "signer.pem"
    cert.write_bytes(exported_packs[0].signer.certificate.public_bytes(Encoding.PEM))
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "trust", "add", str(cert)]) == 0
    capsysbinary.readouterr()
    status = run(["--data-dir", str(data), "import", "--json", str(folder)])
    rows = json.loads(capsysbinary.readouterr().out)
    assert status == 2 and checked_on_workers == [12]
    assert [r["status"] for r in rows].count("imported") == 3  # the three examples; their copies are duplicates
    assert [r["status"] for r in rows].count("duplicate") == 8
    assert [r["status"] for r in rows].count("refused") == 1


@pytest.mark.timeout(300)
def test_worker_processes_report_in_the_caller_s_language(folder: Path, trust: TrustStore) -> None:
    from onsshare_desktop import i18n

    files = collect_files([folder])[:4]
    i18n.set_language(i18n.WELSH)
    try:
        reports = list(verify_many(files, trust, workers=2))
        expected = [verify_pack(f, trust) for f in files]
    finally:
        i18n.set_language(i18n.ENGLISH)
    welsh = i18n.catalogue(i18n.WELSH).gettext("intact; signed by a trusted certificate")
    assert [r.reason for r in reports] == [e.reason for e in expected]
    assert any(r.reason.startswith(welsh) for r in reports)
