"""Tampered variants of a signed pack: each is refused with its reason named; an untouched pack still verifies."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from onsshare_desktop.domain.case_io import dump_case
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack import limits
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.pack.verify import Verdict, verify_pack
from tests.pack.conftest import ExportedPack


def incremental_update(data: bytes, change) -> bytes:  # noqa: ANN001 - a callable on the writer
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def refused_for(data: bytes, trust: TrustStore) -> Refusal | None:
    report = verify_pack(data, trust)
    if report.verdict is Verdict.REFUSED:
        assert report.reason, "every refusal names its reason"
        assert report.case is None and report.attachments == ()
    return report.refusal


def test_untouched_pack_is_trusted(pack_bytes: bytes, trust: TrustStore) -> None:
    report = verify_pack(pack_bytes, trust)
    assert report.verdict is Verdict.TRUSTED and report.covers_entire_file and report.signer_trusted
    assert report.kind == "pack" and not report.is_record


def test_unknown_signer_is_intact_but_untrusted(pack_bytes: bytes, tmp_path: Path) -> None:
    report = verify_pack(pack_bytes, TrustStore(tmp_path / "empty"))
    assert report.verdict is Verdict.UNTRUSTED and report.case is not None and not report.signer_trusted


def test_byte_changed_inside_the_signed_range(pack_bytes: bytes, trust: TrustStore) -> None:
    at = pack_bytes.index(b"onsshare-desktop")  # in the document information, well inside the signed range
    tampered = pack_bytes[:at] + b"O" + pack_bytes[at + 1:]
    assert refused_for(tampered, trust) is Refusal.TAMPERED


def test_trailing_bytes_after_signing(pack_bytes: bytes, trust: TrustStore) -> None:
    assert refused_for(pack_bytes + b"\n% appended\n", trust) is Refusal.MODIFIED_AFTER_SIGNING


def test_incremental_update_adding_an_attachment(pack_bytes: bytes, trust: TrustStore) -> None:
    from pyhanko.pdf_utils import embed

    def add(writer) -> None:  # noqa: ANN001
        stream = embed.EmbeddedFileObject.from_file_data(writer, b"smuggled", mime_type="text/plain")
        embed.embed_file(writer, embed.FileSpec("zz-extra.txt", embedded_data=stream))

    assert refused_for(incremental_update(pack_bytes, add), trust) is Refusal.MODIFIED_AFTER_SIGNING


def test_incremental_update_replacing_case_json_is_refused_and_never_read(one_pack: ExportedPack,
                                                                          pack_bytes: bytes,
                                                                          trust: TrustStore) -> None:
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.reader import PdfFileReader

    forged = dump_case(one_pack.case.with_answer("org_name", "Forged Ltd"), one_pack.qs)

    def replace(writer) -> None:  # noqa: ANN001
        names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
        for i in range(0, len(names), 2):
            if str(names[i]) == "case.json":
                spec = names[i + 1]
                stream = embed.EmbeddedFileObject.from_file_data(writer, forged, mime_type="application/json")
                spec["/EF"] = generic.DictionaryObject({generic.NameObject("/F"): stream.ef_stream_ref,
                                                        generic.NameObject("/UF"): stream.ef_stream_ref})
                writer.update_container(spec)

    tampered = incremental_update(pack_bytes, replace)
    latest = PdfFileReader(io.BytesIO(tampered))
    assert b"Forged Ltd" in _latest_case(latest)  # a naive reader would see the forgery
    report = verify_pack(tampered, trust)
    assert report.refusal is Refusal.MODIFIED_AFTER_SIGNING and report.case is None


def _latest_case(reader) -> bytes:  # noqa: ANN001
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    return next(names[i + 1]["/EF"]["/F"].data for i in range(0, len(names), 2) if str(names[i]) == "case.json")


def test_whole_file_rewrite(pack_bytes: bytes, trust: TrustStore) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pack_bytes)))
    out = io.BytesIO()
    writer.write(out)
    assert out.getvalue() != pack_bytes
    assert refused_for(out.getvalue(), trust) in (Refusal.TAMPERED, Refusal.MODIFIED_AFTER_SIGNING)


def test_unsigned_pdf(trust: TrustStore) -> None:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 700, "not signed")
    canvas.save()
    assert refused_for(buffer.getvalue(), trust) is Refusal.NOT_SIGNED


@pytest.mark.parametrize("data", [b"", b"hello, not a pdf", b"%PDF-1.7\n" + b"\x00garbage" * 100])
def test_unreadable_files(data: bytes, trust: TrustStore) -> None:
    assert refused_for(data, trust) is Refusal.UNREADABLE


def test_truncated_pack(pack_bytes: bytes, trust: TrustStore) -> None:
    assert refused_for(pack_bytes[: len(pack_bytes) // 2], trust) in (Refusal.UNREADABLE, Refusal.NOT_SIGNED,
                                                                       Refusal.TAMPERED)


def test_signed_pdf_that_is_not_a_pack(one_pack: ExportedPack, trust: TrustStore) -> None:
    report = verify_pack(_signed_with(one_pack, _manifest(one_pack, "0" * 64), []), trust)
    assert report.refusal is Refusal.NOT_A_PACK and "case.json" in report.reason


def test_missing_file_is_unreadable(tmp_path: Path, trust: TrustStore) -> None:
    report = verify_pack(tmp_path / "nope.pdf", trust)
    assert report.refusal is Refusal.UNREADABLE


def test_oversized_file_is_refused_before_parsing(pack_bytes: bytes, trust: TrustStore,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PDF_BYTES", len(pack_bytes) - 1)
    assert refused_for(pack_bytes, trust) is Refusal.TOO_LARGE


def test_stream_inflating_past_the_decode_limit_is_refused(pack_bytes: bytes, trust: TrustStore,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from pyhanko.pdf_utils.decode_limits import DecodeLimits, StreamDecodeLimits

    tight = DecodeLimits(per_stream=StreamDecodeLimits(max_ratio=None, max_output_size=200))
    monkeypatch.setattr(limits, "decode_limits", lambda: tight)
    assert refused_for(pack_bytes, trust) is Refusal.TOO_LARGE


def _signed_with(one_pack: ExportedPack, manifest, files) -> bytes:  # noqa: ANN001 - a manifest, FileToEmbed list
    """``files`` signed under pages rendered, as export renders them, from the pack's case without attachments."""
    from datetime import datetime, timezone

    from onsshare_desktop.pack.rerender import render_pack_pages
    from onsshare_desktop.pack.sign import embed_and_sign

    rendered = render_pack_pages(one_pack.case.with_attachments(()), one_pack.qs, manifest, one_pack.signer.info)
    return embed_and_sign(rendered.pdf, files, one_pack.signer, rendered.signature_box, datetime.now(timezone.utc),
                          "test")


def _manifest(one_pack: ExportedPack, case_sha256: str):  # noqa: ANN202
    from onsshare_desktop.pack.manifest import PackManifest
    from onsshare_desktop.pack.rerender import pack_renderer

    case = one_pack.case
    return PackManifest("x", "2026-01-01T00:00:00Z", "test", case.form_id, case.form_version, case.case_ref,
                        case.version, case_sha256, renderer=pack_renderer())


def test_signed_attachment_that_does_not_match_the_case(one_pack: ExportedPack, trust: TrustStore) -> None:
    from datetime import datetime, timezone

    from onsshare_desktop.pack.export import build_signed_pack

    wrong = {a.sha256: b"not the attached bytes" for a in one_pack.case.attachments}
    pack = build_signed_pack(one_pack.case, one_pack.qs, one_pack.signer, wrong, now=datetime.now(timezone.utc))
    report = verify_pack(pack.pdf, trust)
    assert report.refusal is Refusal.ATTACHMENT_MISMATCH and one_pack.case.attachments[0].file_name in report.reason


def test_signed_case_json_that_does_not_match_the_manifest(one_pack: ExportedPack, trust: TrustStore) -> None:
    from onsshare_desktop.pack.sign import FileToEmbed

    case_bytes = dump_case(one_pack.case.with_attachments(()), one_pack.qs)
    manifest = _manifest(one_pack, "0" * 64)
    signed = _signed_with(one_pack, manifest, [FileToEmbed("case.json", case_bytes, "application/json", "case"),
                                     FileToEmbed("manifest.json", manifest.dump(), "application/json", "m")])
    assert verify_pack(signed, trust).refusal is Refusal.INVALID_CASE


def test_signed_pack_with_an_unlisted_file(one_pack: ExportedPack, trust: TrustStore) -> None:
    import hashlib

    from onsshare_desktop.pack.sign import FileToEmbed

    case_bytes = dump_case(one_pack.case.with_attachments(()), one_pack.qs)
    manifest = _manifest(one_pack, hashlib.sha256(case_bytes).hexdigest())
    files = [FileToEmbed("case.json", case_bytes, "application/json", "case"),
             FileToEmbed("manifest.json", manifest.dump(), "application/json", "m")]
    assert verify_pack(_signed_with(one_pack, manifest, files), trust).verdict is Verdict.TRUSTED
    files.append(FileToEmbed("attachment-999-extra.exe", b"MZ", "application/octet-stream", "x"))
    assert verify_pack(_signed_with(one_pack, manifest, files), trust).refusal is Refusal.ATTACHMENT_MISMATCH


def test_expired_certificate_is_unusable(one_pack: ExportedPack, tmp_path: Path) -> None:
    from datetime import datetime, timedelta, timezone

    from onsshare_desktop.identity.certificates import new_signing_key, self_signed_certificate
    from onsshare_desktop.identity.store import UnlockedIdentity
    from onsshare_desktop.pack.export import build_signed_pack

    key = new_signing_key()
    long_ago = datetime.now(timezone.utc) - timedelta(days=6 * 365)
    expired = UnlockedIdentity(self_signed_certificate(key, "Old Signer", "Org", "old@example.org", now=long_ago),
                               key, ())
    case = one_pack.case.with_attachments(())
    pack = build_signed_pack(case, one_pack.qs, expired, {}, now=datetime.now(timezone.utc))
    report = verify_pack(pack.pdf, TrustStore(tmp_path, extra=[expired.certificate]))
    assert report.refusal is Refusal.CERTIFICATE_UNUSABLE
