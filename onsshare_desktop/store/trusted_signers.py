"""The screening team's trust store in the database (``trusted_signers``): requester certificates every screener on
a team server trusts, added once by any of them. A lone screener's trust store stays a folder (``DataPaths.trust``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from onsshare_desktop.store.models import TrustedSignerRow, utcnow


@dataclass(frozen=True)
class SharedSigner:
    """One certificate in the team's trust store."""

    fingerprint: str
    certificate_pem: bytes
    added_by: str
    added_at: datetime


class SharedTrustRepository:
    """Add, list and remove the team's trusted certificates (each keyed by its SHA-256 fingerprint)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add(self, fingerprint: str, certificate_pem: bytes, actor: str) -> bool:
        """Trust the certificate for the whole team; False if it was already trusted (nothing changes)."""
        with self._sessions.begin() as session:
            if session.get(TrustedSignerRow, fingerprint) is not None:
                return False
            session.add(TrustedSignerRow(fingerprint=fingerprint, certificate_pem=certificate_pem.decode("ascii"),
                                         added_by=actor[:300], added_at=utcnow()))
        return True

    def remove(self, fingerprint: str) -> bool:
        """Stop trusting it team-wide; False if it was not in the team's trust store."""
        with self._sessions.begin() as session:
            removed = session.execute(delete(TrustedSignerRow).where(TrustedSignerRow.fingerprint == fingerprint))
        return bool(removed.rowcount)  # type: ignore[attr-defined]

    def list(self) -> list[SharedSigner]:
        """Every certificate in the team's trust store, oldest first."""
        with self._sessions() as session:
            rows = session.scalars(select(TrustedSignerRow).order_by(TrustedSignerRow.added_at,
                                                                     TrustedSignerRow.fingerprint))
            return [SharedSigner(r.fingerprint, r.certificate_pem.encode("ascii"), r.added_by, r.added_at)
                    for r in rows]
