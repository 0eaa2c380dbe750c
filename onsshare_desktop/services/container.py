"""``Services``: every use case over one data folder, built on first use.

The command line (``cli.context.CliContext``) and the window (``gui.services.AppServices``) each hold one. The
database is opened only when a service that needs it is first asked for (``verify`` or ``trust list`` never open
it), with the same trusted signers the verifying trust store has.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from onsshare_desktop.paths import DataPaths

if TYPE_CHECKING:
    from onsshare_desktop.identity.secrets import SecretStore as SecretStore
    from onsshare_desktop.services.envelopes import DecryptionIdentityService
    from onsshare_desktop.services.identity import IdentityService
    from onsshare_desktop.services.maintenance import MaintenanceService
    from onsshare_desktop.services.packs import PackService
    from onsshare_desktop.services.requests import RequestService
    from onsshare_desktop.services.screening import ScreeningService
    from onsshare_desktop.services.team import TeamService
    from onsshare_desktop.services.trust import TrustService
    from onsshare_desktop.store.database import Database as Database
    from onsshare_desktop.store.trusted_signers import SharedTrustRepository


class Services:
    """The use cases of one data folder.

    Args:
        paths: the data folder.
        secrets: where passphrases may be kept (the OS keyring; a memory store in tests).
        database: an already open database (the window opens it off the UI thread); else opened on first use.
        database_url: a screening team's PostgreSQL server (None: the data folder's SQLite file).
    """

    def __init__(self, paths: DataPaths, secrets: SecretStore, database: Database | None = None,
                 database_url: str | None = None) -> None:
        self.paths = paths
        self.secrets = secrets
        self.database_url = database_url
        self._database = database

    @classmethod
    def with_keyring(cls, paths: DataPaths, database_url: str | None = None) -> Services:
        """The services of ``paths``, keeping passphrases in the OS keyring (secure backends only)."""
        from onsshare_desktop.identity.secrets import KeyringSecretStore

        return cls(paths, KeyringSecretStore(), database_url=database_url)

    @property
    def database(self) -> Database:
        """The open database (opened, created or migrated now if need be)."""
        if self._database is None:
            self._database = self.open_database(self.paths, self.secrets, self.database_url)
        return self._database

    @property
    def database_open(self) -> bool:
        return self._database is not None

    @staticmethod
    def open_database(paths: DataPaths, secrets: SecretStore, url: str | None = None) -> Database:
        """Open the database of ``paths`` (or the team server at ``url``) with the trusted signers of its trust
        store and identity."""
        from onsshare_desktop.services.identity import IdentityService
        from onsshare_desktop.services.team_database import checked_url, is_team_url, stored_password
        from onsshare_desktop.services.trust import TrustService
        from onsshare_desktop.store.database import open_database

        identity = IdentityService(paths.identity, secrets)
        opened: list[Database] = []
        trust = TrustService(paths.trust, identity,  # a team's trust store, once its database is open
                             shared=lambda: opened[0].trusted_signers if opened and opened[0].shared else None)
        if url is not None and is_team_url(url):
            opened.append(open_database(paths, trusted_fingerprints=trust.fingerprints, url=checked_url(url),
                                        password=stored_password(url, secrets), acting_member=identity.fingerprint))
        else:
            opened.append(open_database(paths, trusted_fingerprints=trust.fingerprints,
                                        acting_member=identity.fingerprint))
        return opened[0]

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None

    @cached_property
    def identity(self) -> IdentityService:
        from onsshare_desktop.services.identity import IdentityService

        return IdentityService(self.paths.identity, self.secrets)

    @cached_property
    def decryption(self) -> DecryptionIdentityService:
        """The team's decryption identity, which opens encrypted packs (.p7m)."""
        from onsshare_desktop.services.envelopes import DecryptionIdentityService

        return DecryptionIdentityService(self.paths.decryption_identity, self.secrets)

    @cached_property
    def trust(self) -> TrustService:
        from onsshare_desktop.services.trust import TrustService

        return TrustService(self.paths.trust, self.identity, shared=self._team_trust)

    def _team_trust(self) -> SharedTrustRepository | None:
        """The team's trust store on a team database (opened now if need be); None for a lone screener."""
        from onsshare_desktop.services.team_database import is_team_url

        if self._database is not None:
            return self._database.trusted_signers if self._database.shared else None
        if self.database_url is not None and is_team_url(self.database_url):
            return self.database.trusted_signers
        return None

    @cached_property
    def packs(self) -> PackService:
        from onsshare_desktop.services.packs import PackService

        return PackService(self.trust)

    @cached_property
    def requests(self) -> RequestService:
        from onsshare_desktop.services.requests import RequestService

        return RequestService(lambda: self.database, self.paths)

    @cached_property
    def screening(self) -> ScreeningService:
        """The screener's use cases, recorded under the person working here (else the login name)."""
        from onsshare_desktop.services.screening import ScreeningService

        return ScreeningService(self.database, self.paths, self.trust, self.identity.actor_or_login(),
                                self.identity.fingerprint())

    @cached_property
    def team(self) -> TeamService:
        """The screening team's members, changed under the person working here."""
        from onsshare_desktop.services.team import TeamService

        return TeamService(self.database, self.identity.actor_or_login(), self.identity.fingerprint())

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from onsshare_desktop.services.maintenance import MaintenanceService

        return MaintenanceService(self.paths)
