"""Test data for the screening side: received packs from the example cases, and a generated register."""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.paths import DataPaths

if TYPE_CHECKING:
    from onsshare_desktop.identity.store import UnlockedIdentity

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
SCREENER = "Sam Screener <sam.screener@ons.gov.uk>"


@functools.cache
def requester() -> "UnlockedIdentity":
    """The requester who signs the test packs (an ECDSA key made once per test run)."""
    return _identity("Dr Rhian Pritchard", "Welsh Government", "rhian.pritchard@example.org")


@functools.cache
def stranger() -> "UnlockedIdentity":
    """A signer nobody has trusted."""
    return _identity("Mallory Unknown", "Elsewhere Ltd", "mallory@example.org")


@functools.cache
def screener() -> "UnlockedIdentity":
    return _identity("Sam Screener", "Office for National Statistics", "sam.screener@ons.gov.uk")


def _identity(name: str, organisation: str, email: str) -> "UnlockedIdentity":
    from onsshare_desktop.identity.certificates import new_signing_key, self_signed_certificate
    from onsshare_desktop.identity.store import UnlockedIdentity

    key = new_signing_key()
    return UnlockedIdentity(self_signed_certificate(key, name, organisation, email), key, ())


FINGERPRINT = requester().info.fingerprint
UNTRUSTED_FINGERPRINT = stranger().info.fingerprint


def trust(paths: DataPaths, identity: "UnlockedIdentity") -> None:
    """Add ``identity``'s certificate to the trust store in ``paths``."""
    from onsshare_desktop.identity.certificates import certificate_pem
    from onsshare_desktop.identity.trust import TrustStore

    TrustStore(paths.root / "trust").add(certificate_pem(identity.certificate))


@pytest.fixture
def trusted_requester(data_paths: DataPaths) -> "UnlockedIdentity":
    """The test requester is in the local trust store."""
    trust(data_paths, requester())
    return requester()


DPIA_BYTES = b"%PDF-1.4\n% a stand-in DPIA\n" * 40


@functools.cache
def signed_pack(name: str = "welsh-government-housing", signer: str = "requester", version: int = 1,
                previous: str | None = None, with_dpia: bool = False) -> bytes:
    """A real signed submission pack of an example case, made by the pack layer (cached per arguments)."""
    from onsshare_desktop.domain.case import AttachmentRef
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.pack.export import build_signed_pack

    case = replace(example_case(name), version=version, previous_pack_sha256=previous)
    attachments = {}
    if with_dpia:
        digest = hashlib.sha256(DPIA_BYTES).hexdigest()
        case = case.with_attachments((AttachmentRef("DPIA v3.pdf", "dpia", len(DPIA_BYTES), digest,
                                                    "application/pdf"),))
        attachments[digest] = DPIA_BYTES
    identity = {"requester": requester, "stranger": stranger}[signer]()
    qs = load_question_set(case.form_id, case.form_version)
    return build_signed_pack(case, qs, identity, attachments, now=datetime(2026, 11, 20, 9, 0, tzinfo=UTC)).pdf


def example_case(name: str = "welsh-government-housing") -> Case:
    return load_case((EXAMPLES / f"{name}.json").read_bytes())


def incoming(case: Case | None = None, trusted: bool = True, fingerprint: str | None = None,
             salt: str = "", language: str = "en") -> "object":
    """An ``IncomingPack`` with stand-in bytes (the store keeps bytes; it does not read PDFs)."""
    from onsshare_desktop.domain.screening.importing import IncomingPack

    case = case or example_case()
    fingerprint = fingerprint or (FINGERPRINT if trusted else UNTRUSTED_FINGERPRINT)
    data = b"%PDF-1.7\n% stand-in pack\n" + json.dumps(case.to_json()).encode() + salt.encode()
    return IncomingPack(data=data, case=case, signer_fingerprint=fingerprint, signer_name="Dr Rhian Pritchard",
                        signer_trusted=trusted, language=language)


def next_version(case: Case, previous_sha256: str) -> Case:
    return case.after_export(previous_sha256)


def generate_register(database: "object", count: int, seed: int = 7, second_versions: int = 0) -> None:
    """Insert ``count`` received cases straight into the table (fast; no history events): the benchmark's rows.
    With ``second_versions`` N, every Nth case is at version 2 and its superseded version 1 is there too."""
    from bench.register import insert_register_rows, register_rows

    insert_register_rows(database, register_rows(count, seed, second_versions=second_versions))


def register_read(qtbot, register) -> None:  # type: ignore[no-untyped-def]
    """Wait until the register view (``RegisterView``) shows its latest reload (read on a worker thread)."""
    qtbot.waitUntil(lambda: not register.reading, timeout=20_000)


def case_read(qtbot, workspace):  # type: ignore[no-untyped-def]
    """Wait until the review workspace (``ReviewWorkspace``) has read its case (on a worker thread); it."""
    qtbot.waitUntil(lambda: workspace.is_loaded, timeout=20_000)
    return workspace
