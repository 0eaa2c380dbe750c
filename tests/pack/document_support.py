"""Sample return notes, decision letters and benefits reports for the pack and service tests."""

from __future__ import annotations

from onsshare_desktop.domain.amendments import RequestTarget, TargetKind
from onsshare_desktop.domain.documents import (
    BenefitsReport, Decision, DecisionLetter, Output, ReturnedRequest, ReturnNote,
)

REF = "ONS-DSR-2026-RTRIP1"
SHA = "ab" * 32


def sample_return(ref: str = REF, pack_sha256: str = SHA) -> ReturnNote:
    return ReturnNote(ref, 1, pack_sha256, "Housing need in Wales", "Sam Screener", "2026-11-29T12:00:00Z",
                      "2026-12-20", "Thank you for your request.", (
        ReturnedRequest("0b7ac3a0-1111-4222-8333-944455556666", RequestTarget(TargetKind.QUESTION, "benefits"),
                        "What public benefits will the share bring?", "Name who benefits, and how.",
                        "Sam Screener", "2026-11-29T11:00:00Z", "Better housing policy."),
        ReturnedRequest("1c8bd4b1-1111-4222-8333-944455556666", RequestTarget(TargetKind.SECTION, "security"),
                        "Security", "Name the accredited environment.", "Sam Screener", "2026-11-29T11:05:00Z",
                        None)))


def sample_decision(ref: str = REF, pack_sha256: str = SHA) -> DecisionLetter:
    return DecisionLetter(ref, 2, pack_sha256, ("cd" * 32, pack_sha256), "Housing need in Wales",
                          Decision.APPROVED_WITH_CONDITIONS, False, "Outputs pass disclosure control first.",
                          "Deputy Director, Data Acquisition and Operations", "Dana Director", "2026-11-30",
                          "Sign the Data Sharing Agreement that ONS will send.", "Sam Screener",
                          "2026-11-30T09:00:00Z")


def sample_benefits(ref: str = REF, pack_sha256: str = SHA) -> BenefitsReport:
    return BenefitsReport(ref, 2, pack_sha256, "Housing need in Wales", "Two councils changed allocation rules.",
                          (Output("Housing need report", "https://example.org/report", "2027-03-01"),),
                          "Rhian Pritchard", "2027-04-01T10:00:00Z")
