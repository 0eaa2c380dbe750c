"""Test data for the screening side: received packs from the example cases, and a generated register."""

from __future__ import annotations

import functools
import hashlib
import json
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import insert

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.domain.screening.stages import Stage
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.models import ReceivedPackRow

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
             salt: str = "") -> "object":
    """An ``IncomingPack`` with stand-in bytes (the store keeps bytes; it does not read PDFs)."""
    from onsshare_desktop.domain.screening.importing import IncomingPack

    case = case or example_case()
    fingerprint = fingerprint or (FINGERPRINT if trusted else UNTRUSTED_FINGERPRINT)
    data = b"%PDF-1.7\n% stand-in pack\n" + json.dumps(case.to_json()).encode() + salt.encode()
    return IncomingPack(data=data, case=case, signer_fingerprint=fingerprint, signer_name="Dr Rhian Pritchard",
                        signer_trusted=trusted)


def next_version(case: Case, previous_sha256: str) -> Case:
    return replace(case, version=case.version + 1, previous_pack_sha256=previous_sha256)


ORGANISATIONS = ("Welsh Government", "Scottish Government", "University of Leeds", "Department for Education",
                 "NHS England", "Office for Students", "University of Bristol", "Shelter Cymru")
STAGES = tuple(Stage)


def generate_register(database: "object", count: int, seed: int = 7) -> None:
    """Insert ``count`` received packs straight into the table (fast; no history events)."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rows = []
    for n in range(count):
        organisation = rng.choice(ORGANISATIONS)
        title = f"Study {n:05d} of housing, health and {rng.choice(('income', 'education', 'care'))}"
        ref = f"ONS-DSR-GEN-{n:06d}"
        rows.append({
            "sha256": hashlib.sha256(ref.encode()).hexdigest(), "case_ref": ref, "version": 1, "previous_id": None,
            "superseded": False, "signer_fingerprint": f"{n % 50:064x}", "signer_name": f"Signer {n % 50}",
            "signer_confirmed": n % 10 != 0, "stage": STAGES[n % len(STAGES)].value,
            "imported_at": start + timedelta(hours=n), "imported_by": "generator", "size": 1000 + n,
            "title": title, "organisation": organisation, "organisation_key": organisation.lower(),
            "org_type": "Other public body", "datasets": "Census 2021", "purpose": "Research",
            "legal_gateway": "SRSA 2007 s.39(4)(i)", "public_benefit": "Better services", "retention": "2 years",
            "decided_at": None, "exemption_ground": None,
            "search_text": f"{ref} {title} {organisation} census 2021 signer {n % 50}".lower(), "case_json": "{}",
        })
    with database.sessions.begin() as session:  # type: ignore[attr-defined]
        session.execute(insert(ReceivedPackRow), rows)
