"""The PostgreSQL server the team-database tests run against (``ONSSHARE_TEST_POSTGRES_URL``, a superuser).

Each test gets an empty database at this version's schema: one migrated once per test run and emptied before each
test (``TRUNCATE``, tens of milliseconds; ``CREATE DATABASE ... TEMPLATE`` took half a second on this machine).
A test that needs a database of its own (an empty one, or two at once) asks ``create_database``.
"""

from __future__ import annotations

import os
import uuid

URL_ENV = "ONSSHARE_TEST_POSTGRES_URL"
SKIP_ENV = "ONSSHARE_TEST_POSTGRES_SKIP"


class TestServer:
    """Makes and drops the per-test databases on the server at ``admin_url``."""

    __test__ = False  # not a test class

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy.engine import make_url

        self.admin_url = make_url(admin_url)
        self._prefix = f"onsshare_t{os.getpid()}_"
        self._template: str | None = None

    def _execute(self, statement: str) -> None:
        import psycopg

        url = self.admin_url
        with psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                             dbname=url.database, autocommit=True, connect_timeout=10) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def url_of(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def _ensure_template(self) -> str:
        if self._template is None:
            from onsshare_desktop.store.database import upgrade_server

            name = self._prefix + "template"
            self._execute(f'DROP DATABASE IF EXISTS "{name}"')
            self._execute(f'CREATE DATABASE "{name}"')
            upgrade_server(self.url_of(name))
            self._template = name
        return self._template

    def create_database(self, *, empty: bool = False) -> str:
        """A new database: at this version's schema with no rows, or ``empty`` (no schema); returns its name."""
        name = self._prefix + uuid.uuid4().hex[:12]
        template = "template0" if empty else self._ensure_template()
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        if not empty:  # the template is also the shared test database: a copy holds the last test's rows
            self._empty(name)
        return name

    def emptied_database(self) -> str:
        """The shared test database, emptied and with its append-only triggers (a test may have dropped them)."""
        name = self._ensure_template()
        self._empty(name)
        return name

    def _empty(self, name: str) -> None:
        """Remove every row of database ``name`` and put back its revision and append-only triggers."""
        import psycopg

        from onsshare_desktop.store.revision import HEAD_REVISION

        url = self.admin_url
        with psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                             dbname=name, autocommit=True, connect_timeout=10) as conn:
            tables = [row[0] for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")]
            conn.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY")  # type: ignore
            conn.execute("UPDATE alembic_version SET version_num = %s", (HEAD_REVISION,))  # a test may change it
            for trigger, action in (("events_no_update", "UPDATE"), ("events_no_delete", "DELETE")):
                conn.execute(f"CREATE OR REPLACE TRIGGER {trigger} BEFORE {action} ON events "  # type: ignore
                             "FOR EACH ROW EXECUTE FUNCTION events_append_only()")

    def drop_database(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self._template is not None:
            self.drop_database(self._template)
            self._template = None


def server_or_skip_reason() -> TestServer | str:
    """The test server, or why there is none (the reason the PostgreSQL tests are skipped)."""
    url = os.environ.get(URL_ENV)
    if not url:
        return os.environ.get(SKIP_ENV) or (
            f"no PostgreSQL server for the tests: {URL_ENV} is not set (./dev.sh test starts one)")
    server = TestServer(url)
    try:
        server._execute("SELECT 1")
    except Exception as exc:  # a server that was promised but is not there is a failure, not a skip
        raise RuntimeError(f"the PostgreSQL server at {URL_ENV} cannot be reached: {exc}") from exc
    return server
