"""The team server from the command line: ``db upgrade``, a newer schema refused, ``team`` members, and two
screeners' apps (two data folders) seeing the same register. PostgreSQL only: these are the server's commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from onsshare_desktop.cli import run
from onsshare_desktop.store.engine import engine_for_url
from onsshare_desktop.store.migrate import HEAD_REVISION
from tests.screening_data import SCREENER, incoming, trust, requester


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def empty_server(postgres_server):
    name = postgres_server.create_database(empty=True)
    yield postgres_server.url_of(name)
    postgres_server.drop_database(name)


def test_db_upgrade_prepares_an_empty_server_and_the_app_refuses_one_not_ready(capsys, empty_server,
                                                                               tmp_path: Path) -> None:
    status, _, err = cli(capsys, "--data-dir", str(tmp_path), "--database-url", empty_server, "register", "list")
    assert status == 1 and "is empty" in err and "db upgrade" in err and "Traceback" not in err
    status, out, _ = cli(capsys, "--database-url", empty_server, "db", "upgrade")
    assert status == 0 and f"schema {HEAD_REVISION}" in out
    status, out, _ = cli(capsys, "--database-url", empty_server, "db", "upgrade")
    assert status == 0 and "already" in out
    status, out, _ = cli(capsys, "--data-dir", str(tmp_path), "--database-url", empty_server, "register", "list",
                         "--json")
    assert status == 0 and json.loads(out) == []


def test_a_newer_schema_is_refused_in_plain_words(capsys, postgres_url, tmp_path: Path, monkeypatch) -> None:
    engine = engine_for_url(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    monkeypatch.setenv("ONSSHARE_DATABASE_URL", postgres_url)
    for argv in (("register", "list"), ("db", "upgrade")):
        status, _, err = cli(capsys, "--data-dir", str(tmp_path), *argv)
        assert status == 1 and "newer version of onsshare-desktop" in err and "0999" in err
    engine = engine_for_url(postgres_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0999"  # left alone
    engine.dispose()


def test_an_unreachable_server_is_explained(capsys, tmp_path: Path) -> None:
    status, _, err = cli(capsys, "--data-dir", str(tmp_path), "--database-url",
                         "postgresql+psycopg://sam@127.0.0.1:9/screening", "register", "list")
    assert status == 1 and "cannot be reached" in err and "Traceback" not in err


def test_team_members_from_the_command_line(capsys, postgres_url, tmp_path: Path) -> None:
    base = ("--data-dir", str(tmp_path), "--database-url", postgres_url)
    status, out, _ = cli(capsys, *base, "team", "list")
    assert status == 0 and "no members" in out
    fp = "ab" * 32
    status, out, _ = cli(capsys, *base, "team", "add-member", "--name", "Ada Admin", "--email", "ada@ons.gov.uk",
                         "--fingerprint", fp, "--role", "dswg")
    assert status == 0 and "Team administrator" in out
    status, _, err = cli(capsys, *base, "team", "add-member", "--name", "X", "--fingerprint", "12" * 32,
                         "--role", "wizard")
    assert status == 2 and "not a role" in err
    status, _, err = cli(capsys, *base, "team", "add-member", "--name", "X", "--fingerprint", "12" * 32)
    assert status == 2 and "administrator" in err  # this data folder has no identity: not an administrator
    status, out, _ = cli(capsys, *base, "team", "list", "--json")
    assert json.loads(out) == [{"name": "Ada Admin", "email": "ada@ons.gov.uk", "fingerprint": fp,
                                "roles": ["dswg", "administrator"]}]
    status, _, err = cli(capsys, *base, "team", "remove-member", fp[:8])
    assert status == 2 and "administrator" in err


def test_two_screeners_apps_see_the_same_register(capsys, postgres_url, tmp_path: Path) -> None:
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.database import open_database

    first, second = DataPaths(tmp_path / "first").ensure(), DataPaths(tmp_path / "second").ensure()
    trust(first, requester())
    db = open_database(first, url=postgres_url)
    try:
        db.screening.add_pack(incoming(), SCREENER)
    finally:
        db.close()
    outputs = []
    for folder in (first, second):
        status, out, _ = cli(capsys, "--data-dir", str(folder.root), "--database-url", postgres_url,
                             "register", "list", "--json")
        assert status == 0
        outputs.append(json.loads(out))
    assert len(outputs[0]) == 1 and outputs[0] == outputs[1]


def test_requester_drafts_stay_in_the_data_folder(postgres_url, data_paths) -> None:
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.store.database import open_database

    db = open_database(data_paths, url=postgres_url)
    try:
        draft_id = db.drafts.create(Case.new(load_question_set()))
        assert db.drafts.get(draft_id).id == draft_id
        with db.engine.connect() as conn:  # the server holds no drafts, nor their history
            assert conn.execute(text("SELECT count(*) FROM drafts")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM events WHERE stream LIKE 'draft:%'")).scalar() == 0
    finally:
        db.close()
    local = open_database(data_paths)
    try:
        assert [d.id for d in local.drafts.list()] == [draft_id]
    finally:
        local.close()


def test_the_team_shares_one_trust_store(capsys, postgres_url, tmp_path: Path) -> None:
    """A requester's certificate one screener trusts is trusted by every screener on the team database; removed by
    one, it is removed for all; a certificate only in a screener's own folder stays theirs."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from onsshare_desktop.identity.certificates import signer_info
    from onsshare_desktop.paths import DataPaths

    first, second = DataPaths(tmp_path / "first").ensure(), DataPaths(tmp_path / "second").ensure()
    cert = tmp_path / "requester.pem"
    certificate = requester().certificate
    cert.write_bytes(certificate.public_bytes(Encoding.PEM))
    fingerprint = signer_info(certificate).fingerprint

    def trusted(folder: DataPaths, team: bool = True) -> list[str]:
        """The fingerprints ``trust list`` shows (colon-separated hex, as displayed), without separators."""
        server = ["--database-url", postgres_url] if team else []
        status, out, err = cli(capsys, "--data-dir", str(folder.root), *server, "trust", "list")
        assert status == 0, err
        return [line.split()[0].replace(":", "").lower() for line in out.splitlines() if ":" in line.split()[0]]

    status, _, err = cli(capsys, "--data-dir", str(first.root), "--database-url", postgres_url, "trust", "add",
                         str(cert))
    assert status == 0, err
    assert not any(first.trust.glob("*.pem")), "on a team database the team's trust store takes it"
    assert trusted(second) == [fingerprint]
    status, out, _ = cli(capsys, "--data-dir", str(second.root), "--database-url", postgres_url, "trust", "list")
    assert "trusted by the team" in out

    db = open_database_for(second, postgres_url)
    try:  # the second screener's screening rules trust it too
        pack_id = db.screening.add_pack(incoming(fingerprint=fingerprint, trusted=False), SCREENER).id
        assert db.screening.sync_signers(SCREENER) == 1 and db.screening.get_row(pack_id).signer_confirmed
    finally:
        db.close()

    status, _, err = cli(capsys, "--data-dir", str(second.root), "--database-url", postgres_url, "trust",
                         "remove", fingerprint[:16])
    assert status == 0, err
    assert trusted(first) == [] and trusted(second) == []

    status, _, _ = cli(capsys, "--data-dir", str(first.root), "trust", "add", str(cert))  # alone: the folder
    assert status == 0 and any(first.trust.glob("*.pem"))
    assert trusted(first, team=False) == [fingerprint] and trusted(second) == []


def open_database_for(folder, url):
    from onsshare_desktop.identity.secrets import MemorySecretStore
    from onsshare_desktop.services.container import Services

    return Services.open_database(folder, MemorySecretStore(), url)
