"""Hostile PDFs handed to ``verify``: encrypted, scripted, launching, looping, badly named, fuzzed. Each is refused
with a named ``Refusal`` (no exception escapes); an untouched pack built the same way still verifies."""

from __future__ import annotations

import hashlib
import io
import random
import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from onsshare_desktop.domain.case import AttachmentRef
from onsshare_desktop.domain.case_io import dump_case
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.extract import extract_pack
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.pack.verify import Verdict, verify_pack
from tests.pack.conftest import ExportedPack

Change = Callable[[Any], None]  # edits a pyHanko IncrementalPdfFileWriter before the pack is signed


def refusal_of(data: bytes, trust: TrustStore) -> Refusal | None:
    report = verify_pack(data, trust)
    if report.verdict is Verdict.REFUSED:
        assert report.refusal is not None and report.reason, "every refusal is named and explained"
        assert report.case is None and report.attachments == ()
    return report.refusal


def signed_pack(one_pack: ExportedPack, change: Change | None = None) -> bytes:
    """A real pack (case.json + manifest.json, signed by the test identity) whose rendered PDF was first edited by
    ``change``: whatever ``change`` adds sits inside the signed revision, so only a structural check can catch it."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    from onsshare_desktop.pack.manifest import PackManifest
    from onsshare_desktop.pack.rerender import pack_renderer, render_pack_pages
    from onsshare_desktop.pack.sign import FileToEmbed, embed_and_sign

    case = one_pack.case.with_attachments(())
    case_bytes = dump_case(case, one_pack.qs)
    manifest = PackManifest("x", "2026-01-01T00:00:00Z", "test", case.form_id, case.form_version, case.case_ref,
                            case.version, hashlib.sha256(case_bytes).hexdigest(), renderer=pack_renderer())
    files = [FileToEmbed("case.json", case_bytes, "application/json", "case"),
             FileToEmbed("manifest.json", manifest.dump(), "application/json", "manifest")]
    rendered = render_pack_pages(case, one_pack.qs, manifest, one_pack.signer.info)
    pdf = rendered.pdf
    if change is not None:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        change(writer)
        out = io.BytesIO()
        writer.write(out)
        pdf = out.getvalue()
    return embed_and_sign(pdf, files, one_pack.signer, rendered.signature_box, datetime.now(timezone.utc), "test")


def test_a_pack_built_by_the_test_helper_is_trusted(one_pack: ExportedPack, trust: TrustStore) -> None:
    """The control for every crafted pack below: unedited, it verifies."""
    assert verify_pack(signed_pack(one_pack), trust).verdict is Verdict.TRUSTED


# --- encrypted -------------------------------------------------------------------------------------------------


@pytest.mark.timeout(60)
@pytest.mark.parametrize("user_password", ["", "secret"])
def test_encrypted_pack_is_refused(pack_bytes: bytes, trust: TrustStore, user_password: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pack_bytes)))
    writer.encrypt(user_password, "owner-password", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    report = verify_pack(out.getvalue(), trust)
    assert report.refusal is Refusal.ENCRYPTED and "encrypted" in report.reason


# --- far over the size limit ----------------------------------------------------------------------------------


@pytest.mark.timeout(30)
def test_file_far_over_the_limit_is_refused_without_reading_it(tmp_path: Path, trust: TrustStore) -> None:
    from onsshare_desktop.pack import limits

    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as fh:  # sparse: 50 GB on paper, no disk used; reading it would exhaust memory
        fh.write(b"%PDF-1.7\n")
        fh.truncate(250 * limits.MAX_PDF_BYTES)
    report = verify_pack(huge, trust)
    assert report.refusal is Refusal.TOO_LARGE and "200 MB" in report.reason


# --- active content --------------------------------------------------------------------------------------------


def _js_action(writer: Any, script: str = "app.alert('hi')") -> Any:
    from pyhanko.pdf_utils import generic

    return writer.add_object(generic.DictionaryObject({
        generic.NameObject("/S"): generic.NameObject("/JavaScript"),
        generic.NameObject("/JS"): generic.TextStringObject(script)}))


def _open_action_js(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    writer.root[generic.NameObject("/OpenAction")] = _js_action(writer)
    writer.update_root()


def _catalog_additional_actions(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    writer.root[generic.NameObject("/AA")] = generic.DictionaryObject({generic.NameObject("/WC"): _js_action(writer)})
    writer.update_root()


def _names_entry(writer: Any, key: str, value: Any) -> None:
    """Set ``key`` in the catalog's /Names dictionary (the rendered cover has none yet)."""
    from pyhanko.pdf_utils import generic

    writer.root[generic.NameObject("/Names")] = generic.DictionaryObject({generic.NameObject(key): value})
    writer.update_root()


def _javascript_name_tree(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    _names_entry(writer, "/JavaScript", generic.DictionaryObject({generic.NameObject("/Names"): generic.ArrayObject(
        [generic.TextStringObject("init"), _js_action(writer)])}))


def _link_with_action(writer: Any, action: dict[str, Any]) -> None:
    """A link annotation on the first page whose action is ``action`` (names as "/X" strings, other values text)."""
    from pyhanko.pdf_utils import generic

    link = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Link"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (0, 0, 600, 800)]),
        generic.NameObject("/A"): generic.DictionaryObject({
            generic.NameObject(key): generic.NameObject(value) if value.startswith("/")
            else generic.TextStringObject(value) for key, value in action.items()})}))
    page_ref = writer.find_page_for_modification(0)[0]  # (page reference, inherited resources)
    page = page_ref.get_object()
    annots = page.get("/Annots")
    page[generic.NameObject("/Annots")] = generic.ArrayObject([*(annots.get_object() if annots else []), link])
    writer.update_container(page)


def _launch_link(writer: Any) -> None:
    _link_with_action(writer, {"/S": "/Launch", "/F": "C:\\Windows\\System32\\calc.exe"})


def _submit_form_link(writer: Any) -> None:
    _link_with_action(writer, {"/S": "/SubmitForm", "/F": "https://collector.example/upload"})


def _web_link(writer: Any) -> None:
    _link_with_action(writer, {"/S": "/URI", "/URI": "https://tracker.example/pixel"})


def _remote_document_link(writer: Any) -> None:
    _link_with_action(writer, {"/S": "/GoToR", "/F": "\\\\server\\share\\other.pdf"})


@pytest.mark.timeout(60)
@pytest.mark.parametrize("change", [_open_action_js, _catalog_additional_actions, _javascript_name_tree, _launch_link,
                                    _submit_form_link, _web_link, _remote_document_link],
                         ids=["open-action-javascript", "catalog-additional-actions", "javascript-name-tree",
                              "launch-link", "submit-form-link", "web-link", "remote-document-link"])
def test_signed_pack_with_active_content_is_refused(one_pack: ExportedPack, trust: TrustStore,
                                                    change: Change) -> None:
    report = verify_pack(signed_pack(one_pack, change), trust)
    assert report.refusal is Refusal.ACTIVE_CONTENT and "active content" in report.reason
    assert report.files == ()  # nothing was taken from the document


def test_exported_packs_carry_no_active_content(exported_packs: list[ExportedPack], trust: TrustStore) -> None:
    """Our own packs pass the same structural check: every example exports and verifies."""
    for pack in exported_packs:
        data = pack.result.path.read_bytes()
        assert verify_pack(data, trust).verdict is Verdict.TRUSTED, pack.example.name
        catalog = PdfReader(io.BytesIO(data)).trailer["/Root"]
        assert not {"/OpenAction", "/AA"} & set(catalog), pack.example.name
        assert "/JavaScript" not in catalog.get("/Names", {}), pack.example.name


# --- circular structures ---------------------------------------------------------------------------------------


def _page_tree_contains_itself(writer: Any) -> None:
    pages = writer.root["/Pages"]
    pages["/Kids"].append(writer.root.raw_get("/Pages"))
    writer.update_container(pages)


def _outline_loops(writer: Any) -> None:
    """Two bookmarks, the second's /Next pointing back at the first."""
    from pyhanko.pdf_utils import generic

    outlines = generic.DictionaryObject({generic.NameObject("/Type"): generic.NameObject("/Outlines")})
    outlines_ref = writer.add_object(outlines)
    first, second = (generic.DictionaryObject({generic.NameObject("/Title"): generic.TextStringObject(t),
                                               generic.NameObject("/Parent"): outlines_ref}) for t in ("A", "B"))
    first_ref, second_ref = writer.add_object(first), writer.add_object(second)
    first[generic.NameObject("/Next")] = second_ref
    second[generic.NameObject("/Next")] = first_ref
    outlines[generic.NameObject("/First")], outlines[generic.NameObject("/Last")] = first_ref, second_ref
    writer.root[generic.NameObject("/Outlines")] = outlines_ref
    writer.update_root()


def _name_tree_contains_itself(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    node = generic.DictionaryObject()
    ref = writer.add_object(node)
    node[generic.NameObject("/Kids")] = generic.ArrayObject([ref])
    _names_entry(writer, "/Dests", ref)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("change", [_page_tree_contains_itself, _outline_loops, _name_tree_contains_itself],
                         ids=["page-tree", "outline", "name-tree"])
def test_signed_pack_with_a_circular_structure_is_refused(one_pack: ExportedPack, trust: TrustStore,
                                                          change: Change) -> None:
    report = verify_pack(signed_pack(one_pack, change), trust)
    assert report.refusal is Refusal.CIRCULAR_STRUCTURE and "refers back to itself" in report.reason


# --- hostile attachment names on extraction --------------------------------------------------------------------

HOSTILE_NAMES = ("../../escape.txt", "/tmp/absolute.txt", "..\\..\\windows.txt", "C:\\Users\\x\\drive.txt",
                 "sub/../../up.txt", "..", ".", "CON.txt", "escape.txt")


@pytest.mark.timeout(60)
def test_extract_never_writes_outside_the_folder_nor_overwrites(one_pack: ExportedPack, trust: TrustStore,
                                                               tmp_path: Path) -> None:
    from onsshare_desktop.pack.export import build_signed_pack

    blobs = {name: f"content of attachment {i}".encode() for i, name in enumerate(HOSTILE_NAMES)}
    refs = tuple(AttachmentRef(name, "other", len(data), hashlib.sha256(data).hexdigest(), "text/plain")
                 for name, data in blobs.items())
    case = one_pack.case.with_attachments(refs)
    pack = build_signed_pack(case, one_pack.qs, one_pack.signer, {r.sha256: blobs[r.file_name] for r in refs},
                             now=datetime.now(timezone.utc))
    report = verify_pack(pack.pdf, trust)
    assert report.verdict is Verdict.TRUSTED
    assert {a.ref.file_name for a in report.attachments} == set(HOSTILE_NAMES)

    root = tmp_path / "sandbox"
    target = root / "a" / "b" / "out"
    target.mkdir(parents=True)
    (target / "escape.txt").write_bytes(b"already here")
    written = extract_pack(report, target)

    everything = {p for p in root.rglob("*") if p.is_file()}
    assert everything == {*written, target / "escape.txt"}, "nothing is written anywhere but the target folder"
    assert all(p.parent == target for p in written)
    assert (target / "escape.txt").read_bytes() == b"already here"
    assert sorted(p.read_bytes() for p in written if p.name not in ("case.json", "manifest.json")) == sorted(
        blobs.values()), "every attachment lands once, under its own new name"
    assert len({p.name for p in written}) == len(written) == len(HOSTILE_NAMES) + 2
    for path in written:
        assert ".." not in path.name and "/" not in path.name and "\\" not in path.name and "\x00" not in path.name


def test_a_pack_naming_an_attachment_with_control_characters_is_refused(one_pack: ExportedPack,
                                                                        trust: TrustStore) -> None:
    """Issue 12: a NUL or an escape in a file name never reaches extract (or a terminal): verify refuses it."""
    from onsshare_desktop.pack.export import build_signed_pack

    data = b"content"
    ref = AttachmentRef("nul\x00byte\x1b.txt", "other", len(data), hashlib.sha256(data).hexdigest(), "text/plain")
    pack = build_signed_pack(one_pack.case.with_attachments((ref,)), one_pack.qs, one_pack.signer,
                             {ref.sha256: data}, now=datetime.now(timezone.utc))
    report = verify_pack(pack.pdf, trust)
    assert report.verdict is Verdict.REFUSED and report.refusal is Refusal.INVALID_CASE
    assert "$.attachments[0].file_name" in report.reason and "U+0000 (NULL)" in report.reason


def test_extract_does_not_follow_a_planted_symlink(one_pack: ExportedPack, trust: TrustStore,
                                                   tmp_path: Path) -> None:
    report = verify_pack(one_pack.result.path.read_bytes(), trust)
    target, victim = tmp_path / "out", tmp_path / "victim.json"
    target.mkdir()
    (target / "case.json").symlink_to(victim)  # dangling: exists() is False, so only O_EXCL stops the write
    with pytest.raises(UserError):
        extract_pack(report, target)
    assert not victim.exists()


# --- fuzzing ---------------------------------------------------------------------------------------------------


def _signed_gap(data: bytes) -> tuple[int, int]:
    """The unsigned hole (the signature's /Contents) between the two signed byte ranges."""
    match = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert match is not None
    start, length, second, _ = (int(v) for v in match.groups())
    return start + length, second


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One seeded random mutation of ``data``; returns its kind and the mutated bytes."""
    gap_start, gap_end = _signed_gap(data)
    size = len(data)
    at = rng.randrange(size)
    kind = rng.choice(["flip-signed", "flip-signature", "truncate", "delete", "duplicate", "splice", "append",
                       "overwrite-token"])
    if kind == "flip-signed":
        out = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            pos = rng.randrange(size)
            while gap_start <= pos < gap_end:
                pos = rng.randrange(size)
            out[pos] ^= 1 << rng.randrange(8)
        return kind, bytes(out)
    if kind == "flip-signature":
        out = bytearray(data)
        pos = rng.randrange(gap_start + 1, gap_end - 1)  # inside the hex string, not its angle brackets
        # a different nibble: "D" → "d" is the same byte, so the same signature (see the report on issue 8)
        out[pos] = rng.choice([c for c in b"0123456789ABCDEF" if c != bytes([out[pos]]).upper()[0]])
        return kind, bytes(out)
    if kind == "truncate":
        return kind, data[:at]
    length = rng.randint(1, 4096)
    if kind == "delete":
        return kind, data[:at] + data[at + length:]
    if kind == "duplicate":
        return kind, data[:at] + data[at:at + length] + data[at:]
    if kind == "splice":
        return kind, data[:at] + rng.randbytes(rng.randint(1, 512)) + data[at:]
    if kind == "append":
        return kind, data + rng.randbytes(rng.randint(1, 512))
    # overwrite a PDF keyword or number: the parser's own vocabulary, so mutations get past the first checks
    tokens = [m.start() for m in re.finditer(rb"obj|endobj|stream|xref|trailer|startxref|/Length|/Size|R\b|\d+",
                                             data[max(0, at - 2000):at + 2000])]
    pos = max(0, at - 2000) + (rng.choice(tokens) if tokens else 0)
    replacement = rng.choice([b"0", b"999999999", b"-1", b"obj", b"R", b"<<", b"[", b"/Kids", b"(", b""])
    return kind, data[:pos] + replacement + data[pos + rng.randint(1, 6):]


def fuzz(data: bytes, trust: TrustStore, count: int, seed: int) -> tuple[Counter[str], list[str]]:
    """Verify ``count`` mutations of ``data``; return refusals counted by reason, and any failures."""
    rng = random.Random(seed)
    original = verify_pack(data, trust)
    reasons: Counter[str] = Counter()
    failures: list[str] = []
    for i in range(count):
        kind, mutated = mutate(data, rng)
        try:
            report = verify_pack(mutated, trust)
        except Exception as exc:  # noqa: BLE001 - exactly what the fuzz test looks for
            failures.append(f"#{i} {kind}: {type(exc).__name__}: {exc}")
            continue
        if mutated == data:
            reasons["unchanged"] += 1
            if report.verdict is not Verdict.TRUSTED:
                failures.append(f"#{i} {kind}: the untouched pack was {report.verdict}")
        elif kind == "flip-signature" and report.intact and report.signer is not None and (
                report.signer.fingerprint, report.case_bytes) == (original.signer.fingerprint, original.case_bytes):
            # CMS leaves some of its own bytes unsigned (e.g. certificates other than the signer's): changing one
            # of those changes nothing the report says, so the verdict stands.
            reasons["intact: unsigned byte in the signature changed"] += 1
        elif report.verdict is not Verdict.REFUSED or report.refusal is None or not report.reason:
            failures.append(f"#{i} {kind}: a mutated pack was {report.verdict.value} ({report.refusal})")
        else:
            reasons[report.refusal.value] += 1
    return reasons, failures


@pytest.mark.timeout(120)
def test_fuzzed_packs_are_refused_with_named_reasons(pack_bytes: bytes, trust: TrustStore) -> None:
    reasons, failures = fuzz(pack_bytes, trust, count=200, seed=8)
    assert failures == []
    assert sum(reasons.values()) == 200 and reasons[Refusal.TAMPERED.value] and reasons[Refusal.UNREADABLE.value]
    assert reasons["intact: unsigned byte in the signature changed"] < 5


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("seed", [1, 2])
def test_fuzzed_packs_many(pack_bytes: bytes, trust: TrustStore, seed: int) -> None:
    reasons, failures = fuzz(pack_bytes, trust, count=1000, seed=seed)
    print(f"seed {seed}: {sum(reasons.values())} mutations, refused by reason {dict(reasons.most_common())}")
    assert failures == []


# --- the signature's own unsigned bytes ------------------------------------------------------------------------


def _with_hex_changed(data: bytes, at: int) -> bytes:
    digit = data[at:at + 1].upper()
    return data[:at] + (b"1" if digit == b"0" else b"0") + data[at + 1:]


def test_changed_padding_after_the_signature_is_refused(pack_bytes: bytes, trust: TrustStore) -> None:
    """The zeros reserved after the CMS are not signed; a file differing there must not verify as the same pack."""
    _gap_start, gap_end = _signed_gap(pack_bytes)
    assert pack_bytes[gap_end - 2:gap_end] == b"0>"
    report = verify_pack(_with_hex_changed(pack_bytes, gap_end - 2), trust)
    assert report.refusal is Refusal.TAMPERED and "extra bytes" in report.reason


def test_our_packs_carry_the_signers_certificate_once(pack_bytes: bytes) -> None:
    from asn1crypto import cms

    gap_start, gap_end = _signed_gap(pack_bytes)
    contents = bytes.fromhex(pack_bytes[gap_start + 1:gap_end - 1].decode())
    assert len(cms.ContentInfo.load(contents, strict=False)["content"]["certificates"]) == 1


@pytest.mark.timeout(120)
def test_second_certificate_under_the_signers_name_is_refused(one_pack, trust: TrustStore, monkeypatch) -> None:
    """Other signing tools (and pyHanko when given the signer in its certificate store) embed the signer's
    certificate twice; another reader could pick the other copy, so the copies must agree. Here a byte past the
    first copy's issuer and serial number changes, so both copies still name the signer."""
    from asn1crypto import cms
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    from onsshare_desktop.pack import sign

    original = sign.pyhanko_signer

    def signer_with_duplicate(identity):  # type: ignore[no-untyped-def]
        plain = original(identity)
        return signers.SimpleSigner(signing_cert=plain.signing_cert, signing_key=plain.signing_key,
                                    cert_registry=SimpleCertificateStore.from_certs([plain.signing_cert]))

    monkeypatch.setattr(sign, "pyhanko_signer", signer_with_duplicate)
    pack_bytes = signed_pack(one_pack)
    gap_start, gap_end = _signed_gap(pack_bytes)
    contents = bytes.fromhex(pack_bytes[gap_start + 1:gap_end - 1].decode())
    certificates = cms.ContentInfo.load(contents, strict=False)["content"]["certificates"]
    der = certificates[-1].chosen.dump()
    assert [c.chosen.dump() for c in certificates] == [der, der]
    assert verify_pack(pack_bytes, trust).verdict is not Verdict.REFUSED  # the duplicate alone is fine
    changed = contents.index(der) + 300
    report = verify_pack(_with_hex_changed(pack_bytes, gap_start + 1 + 2 * changed + 1), trust)
    assert report.refusal is Refusal.TAMPERED and "second, different certificate" in report.reason
