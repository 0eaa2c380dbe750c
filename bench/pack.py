"""Export of the reference case to a signed pack, and verify + read back, each against a minimal pipeline; export of
the maximal request (every long-text answer at 30,000 characters, ``maximal_case``) against the same pipeline.

The app side calls ``export_pack`` and ``verify_pack``. The baselines are written directly against reportlab and
pyHanko on the same content (``reference_case.plain_content``) with no onsshare_desktop code in the timed part:
render the answers with the same embedded DejaVu fonts, embed case.json and the attachments, sign (PAdES B-B,
ECDSA P-256); and pyHanko's ``validate_pdf_signature`` alone. Both run in this process, warmed up once first.
"""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.core import ROOT, Row, Settings, interleaved, summarise
from bench.maximal_case import maximal_case
from bench.reference_case import PlainContent, plain_content, reference_case

FONTS = ROOT / "resources" / "fonts"
BASELINE_FONT = "BenchDejaVuSans"
BASELINE_BOLD = "BenchDejaVuSans-Bold"


# -- baselines: reportlab + pyHanko only -------------------------------------------------------------------------

def _register_baseline_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if BASELINE_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(BASELINE_FONT, str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BASELINE_BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))


def baseline_render(content: PlainContent) -> bytes:
    """The answers as a PDF: title, then each section's questions and answers (reportlab platypus)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    _register_baseline_fonts()
    body = ParagraphStyle("body", fontName=BASELINE_FONT, fontSize=10, leading=14)
    label = ParagraphStyle("label", parent=body, fontName=BASELINE_BOLD, spaceBefore=6)
    heading = ParagraphStyle("heading", parent=body, fontName=BASELINE_BOLD, fontSize=15, leading=20, spaceBefore=12)
    story: list[Any] = [Paragraph(escape(content.title), heading), Paragraph(escape(content.case_ref), body)]
    for section in content.sections:
        story.append(Paragraph(escape(section.title), heading))
        for question, answer in section.items:
            story.append(Paragraph(escape(question), label))
            story += [Paragraph(escape(part).replace("\n", "<br/>"), body) for part in answer.split("\n\n")]
    story.append(Spacer(1, 30 * mm))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm).build(story)
    return out.getvalue()


def baseline_signer(cert_der: bytes, key_der: bytes) -> Any:
    from asn1crypto import keys, x509
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = x509.Certificate.load(cert_der)
    return signers.SimpleSigner(signing_cert=cert, signing_key=keys.PrivateKeyInfo.load(key_der),
                                cert_registry=SimpleCertificateStore.from_certs([cert]))


def baseline_export(content: PlainContent, cert_der: bytes, key_der: bytes) -> bytes:
    """Render, embed case.json and the attachments, and sign: the minimal pipeline, no app code."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(baseline_render(content)))
    files = [("case.json", "application/json", content.case_json), *content.files]
    for name, mime_type, data in sorted(files):
        stream = embed.EmbeddedFileObject.from_file_data(
            writer, data, mime_type=mime_type, params=embed.EmbeddedFileParams(embed_size=True, embed_checksum=True))
        embed.embed_file(writer, embed.FileSpec(file_spec_string=name, file_name=name, embedded_data=stream))
    meta = signers.PdfSignatureMetadata(field_name="Signature", md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=baseline_signer(cert_der, key_der)).sign_pdf(writer, output=out)
    return out.getvalue()


def baseline_verify_and_render(path: Path, content: PlainContent) -> None:
    """The work of a verification with a pages check, done the plainest way: ``validate_pdf_signature``, read every
    embedded file, and render the same case's pages with reportlab (``baseline_render``)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(path.read_bytes()))
    signature = reader.embedded_signatures[0]
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[signature.signer_cert],
                                                                 allow_fetching=False))
    if not (status.intact and status.valid):
        raise RuntimeError("the baseline pack did not verify")
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    read = sum(len(names[i + 1]["/EF"]["/F"].data) for i in range(0, len(names), 2))
    if read < sum(len(data) for _name, _type, data in content.files):
        raise RuntimeError("the baseline pack lost an embedded file")
    baseline_render(content)


# -- the app -------------------------------------------------------------------------------------------------------

class AppSide:
    """A data folder holding the reference case's attachments, a signing identity and a trust store."""

    def __init__(self, folder: Path, source: Any = reference_case) -> None:
        from onsshare_desktop.domain.questions import load_question_set
        from onsshare_desktop.identity.certificates import (
            certificate_pem, new_signing_key, self_signed_certificate,
        )
        from onsshare_desktop.identity.store import UnlockedIdentity
        from onsshare_desktop.identity.trust import TrustStore
        from onsshare_desktop.paths import DataPaths
        from onsshare_desktop.store.attachment_files import AttachmentStore

        self.paths = DataPaths(folder)
        self.paths.ensure()
        self.case, files = source()
        self.question_set = load_question_set(self.case.form_id, self.case.form_version)
        store = AttachmentStore(self.paths.attachments)
        for ref in self.case.attachments:
            source = folder / ref.file_name
            source.write_bytes(files[ref.sha256])
            stored = store.add(source, ref.kind)
            if stored.sha256 != ref.sha256:
                raise RuntimeError(f"the attachment store changed {ref.file_name}")
        key = new_signing_key()
        self.signer = UnlockedIdentity(
            self_signed_certificate(key, "Bench Requester", "Benchmark Trust", "bench@example.org"), key, ())
        self.trust = TrustStore(self.paths.root / "trust")
        self.trust.add(certificate_pem(self.signer.certificate))
        self.out = folder / "reference-pack.pdf"

    def export(self) -> None:
        from onsshare_desktop.pack.export import export_pack

        export_pack(self.case, self.question_set, self.paths, self.signer, self.out)

    def verify(self) -> None:
        from onsshare_desktop.pack.verify import Verdict, verify_pack

        report = verify_pack(self.out, self.trust)
        if report.verdict is not Verdict.TRUSTED or report.case is None or len(report.attachments) != 3 \
                or report.pages_check is None or report.pages_check.value != "re-rendered":
            raise RuntimeError(f"the reference pack did not read back: {report.reason}")
        if report.case.case_ref != self.case.case_ref:
            raise RuntimeError("the reference pack holds another case")

    def key_material(self) -> tuple[bytes, bytes]:
        from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

        return (self.signer.certificate.public_bytes(Encoding.DER),
                self.signer.private_key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))


def _timed(action: Any) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def run_maximal(settings: Settings) -> list[Row]:
    """Export of the maximal request: 14 long answers of 30,000 characters (over 200 pages), against the minimal
    pipeline on the same content. Each export takes seconds, so it is repeated a third as often as the others."""
    with tempfile.TemporaryDirectory(prefix="bench-pack-max-") as tmp:
        app = AppSide(Path(tmp), maximal_case)
        content = plain_content(maximal_case)
        cert_der, key_der = app.key_material()
        baseline_pack = Path(tmp) / "baseline-maximal-pack.pdf"

        def base_export() -> None:
            baseline_pack.write_bytes(baseline_export(content, cert_der, key_der))

        if settings.warm_up:
            base_export()
            app.export()
        export_base, export_app = interleaved(max(1, settings.repeats // 3), lambda: _timed(base_export),
                                              lambda: _timed(app.export))
    return [summarise("export maximal request (30,000-char answers) to a signed pack", export_app, "ms",
                      "<= 1.5 x reportlab+pyHanko", baseline=export_base, met=lambda _m, r: r is not None and r <= 1.5)]


def run(settings: Settings) -> list[Row]:
    return run_reference(settings) + run_maximal(settings)


def run_reference(settings: Settings) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-pack-") as tmp:
        app = AppSide(Path(tmp))
        content = plain_content()
        cert_der, key_der = app.key_material()
        baseline_pack = Path(tmp) / "baseline-pack.pdf"

        def base_export() -> None:
            baseline_pack.write_bytes(baseline_export(content, cert_der, key_der))

        if settings.warm_up:  # imports and font registration are not what these rows measure
            base_export()
            app.export()
        export_base, export_app = interleaved(settings.repeats, lambda: _timed(base_export),
                                              lambda: _timed(app.export))
        baseline_verify_and_render(baseline_pack, content)
        verify_base, verify_app = interleaved(settings.repeats * 2,
                                              lambda: _timed(lambda: baseline_verify_and_render(baseline_pack,
                                                                                                content)),
                                              lambda: _timed(app.verify))
    return [
        summarise("export reference case to a signed pack", export_app, "ms", "<= 1.5 x reportlab+pyHanko",
                  baseline=export_base, met=lambda _m, r: r is not None and r <= 1.5),
        summarise("verify + pages check of the reference pack", verify_app, "ms",
                  "<= 1.3 x validate+read files+reportlab render", baseline=verify_base,
                  met=lambda _m, r: r is not None and r <= 1.3),
    ]


if __name__ == "__main__":
    import sys

    rows = run_maximal(Settings.quick()) if sys.argv[1:] == ["--maximal"] else run(Settings.quick())
    for row in rows:
        print(row)
