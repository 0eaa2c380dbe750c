"""Embed files into a rendered PDF and sign it (PAdES B-B) in one incremental update, with pyHanko."""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from onsshare_desktop.pack.render import SignatureBox

if TYPE_CHECKING:
    from onsshare_desktop.identity.store import UnlockedIdentity

SIGNATURE_FIELD = "RequesterSignature"


@dataclass(frozen=True)
class FileToEmbed:
    """A file to attach to the PDF as an associated file."""

    name: str  # key in the PDF's EmbeddedFiles name tree (ASCII)
    data: bytes
    mime_type: str
    description: str
    unicode_name: str | None = None
    relationship: str = "Data"  # /AFRelationship: Data, Source, Supplement, ...


def worth_compressing(data: bytes, sample_size: int = 65536) -> bool:
    """Whether deflating ``data`` saves space: already-compressed files (PDF, images, Office zips) do not shrink,
    and deflating 5 MB of them costs about 150 ms at export and again at every verification."""
    sample = data[:sample_size]
    return len(zlib.compress(sample, 1)) < 0.9 * len(sample)


def pyhanko_signer(identity: "UnlockedIdentity") -> object:
    """A pyHanko ``SimpleSigner`` over an unlocked identity (certificate, key and any issuer chain)."""
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = x509.Certificate.load(identity.certificate.public_bytes(Encoding.DER))
    key = keys.PrivateKeyInfo.load(identity.private_key.private_bytes(
        Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    chain = [x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in identity.chain]
    return signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                cert_registry=SimpleCertificateStore.from_certs(list(chain)))  # type: ignore[no-untyped-call]


def embed_and_sign(pdf: bytes, files: Sequence[FileToEmbed], identity: "UnlockedIdentity",
                   box: SignatureBox | None, signed_at: datetime, reason: str) -> bytes:
    """``pdf`` with ``files`` embedded, signed over the entire file; the signature widget covers ``box``."""
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp.noop import NoOpStampStyle

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for item in sorted(files, key=lambda f: f.name):  # a flat name tree must be sorted
        stream = embed.EmbeddedFileObject.from_file_data(
            writer, item.data, compress=worth_compressing(item.data), mime_type=item.mime_type,
            params=embed.EmbeddedFileParams(embed_size=True, embed_checksum=True, creation_date=signed_at,
                                            modification_date=signed_at))
        embed.embed_file(writer, embed.FileSpec(
            file_spec_string=item.name, file_name=item.unicode_name or item.name, embedded_data=stream,
            description=item.description, af_relationship=generic.NameObject("/" + item.relationship)))

    field_spec = None
    if box is not None and box.page >= 0:
        field_spec = fields.SigFieldSpec(SIGNATURE_FIELD, on_page=box.page,
                                         box=tuple(int(round(v)) for v in box.rect))  # type: ignore[arg-type]
    info = identity.info
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        name=info.name, reason=reason, use_pades_lta=False, embed_validation_info=False)
    pdf_signer = signers.PdfSigner(meta, signer=pyhanko_signer(identity),  # type: ignore[arg-type]
                                   stamp_style=NoOpStampStyle(), new_field_spec=field_spec)
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()
