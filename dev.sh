#!/usr/bin/env bash
# One script for the two README commands:
#   ./dev.sh app    set everything up (idempotent), then open the app
#   ./dev.sh test   set everything up (idempotent), then run the whole test suite
#   ./dev.sh lint   ruff and mypy (CI runs it before the tests)
#   ./dev.sh i18n   re-extract and recompile the translation catalogues (after changing user-visible text)
# Set-up: system libraries Qt and the PDF checks need (apt, when root; otherwise the exact command is printed),
# a project virtualenv in .venv with the pinned Python dependencies, and the package installed editable.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(
  libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  poppler-utils qpdf
  dbus-x11 at-spi2-core python3-pyatspi gir1.2-atspi-2.0 xdotool openbox
  binutils  # readelf and strip, for building the PyInstaller bundle (build.spec)
)
PYTHON=${PYTHON:-python3}
TEST_PG_PACKAGES=(postgresql)  # the throw-away PostgreSQL server the team-database tests run against
VENV=.venv

setup_system() {
  command -v dpkg-query >/dev/null || return 0
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing system packages. Install them with:"
    echo "  sudo apt-get install -y ${missing[*]}"
  fi
}

setup_python() {
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then  # Debian's own Python keeps venv in a separate package
      rm -rf "$VENV"
      if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
        "$PYTHON" -m venv "$VENV"
      else
        echo "Cannot create a virtualenv. Install it with:  sudo apt-get install -y python3-venv" >&2; exit 1
      fi
    fi
  fi
  local stamp="$VENV/.setup-stamp" want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".[dev]"
    echo "$want" > "$stamp"
  fi
}

# -- a throw-away PostgreSQL cluster for the tests ------------------------------------------------------------
# Sets ONSSHARE_TEST_POSTGRES_URL (a superuser URL on 127.0.0.1) for the tests, or ONSSHARE_TEST_POSTGRES_SKIP
# (why not) so the PostgreSQL variants are reported as skipped with that reason. An URL given by the caller is
# used as is. pg_ctl and initdb refuse to run as root, so as root the cluster runs as the postgres user.
PG_TMP=""
PG_BIN=""
PG_AS=()

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

install_test_postgres() {
  [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null || return 0
  echo "Installing PostgreSQL for the tests: ${TEST_PG_PACKAGES[*]}"
  if [ ! -e /etc/postgresql-common/createcluster.conf ]; then  # no system cluster left running after install
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${TEST_PG_PACKAGES[@]}" >/dev/null
}

start_test_postgres() {
  if [ -n "${ONSSHARE_TEST_POSTGRES_URL:-}" ]; then return 0; fi
  PG_BIN=$(pg_bin_dir || true)
  if [ -z "$PG_BIN" ]; then install_test_postgres; PG_BIN=$(pg_bin_dir || true); fi
  if [ -z "$PG_BIN" ]; then
    export ONSSHARE_TEST_POSTGRES_SKIP="PostgreSQL is not installed and this is not root (install it with: sudo apt-get install -y ${TEST_PG_PACKAGES[*]})"
    echo "$ONSSHARE_TEST_POSTGRES_SKIP: the PostgreSQL tests will be skipped." >&2
    return 0
  fi
  PG_TMP=$(mktemp -d /tmp/onsshare-test-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_TMP"; chmod 755 "$PG_TMP"
    PG_AS=(runuser -u postgres --)
  fi
  local port
  port=$("$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if ! "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_TMP/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 \
        >"$PG_TMP/initdb.log" 2>&1 \
     || ! "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
        -o "-p $port -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  then
    cat "$PG_TMP/initdb.log" "$PG_TMP/server.log" 2>/dev/null >&2 || true
    echo "Could not start the test PostgreSQL server (log above)." >&2
    exit 1
  fi
  export ONSSHARE_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
}

stop_test_postgres() {
  [ -n "$PG_TMP" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TMP"
  PG_TMP=""
}

case "${1:-}" in
  app)
    shift; setup_system; setup_python
    exec "$VENV/bin/onsshare-desktop" "$@" ;;
  test)
    shift; setup_system; setup_python
    trap stop_test_postgres EXIT  # stopped even when the tests fail or are interrupted
    trap 'exit 130' INT TERM
    start_test_postgres
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest "$@" ;;
  lint)  # what CI checks before the tests: ruff (rules in pyproject.toml) and mypy --strict below the window
    shift; setup_python
    "$VENV/bin/ruff" check onsshare_desktop tests bench docs
    "$VENV/bin/mypy" ;;
  test-postgres-shell)  # a cluster like the tests get, for working by hand: runs "$@" with the URL set
    shift; setup_python
    trap stop_test_postgres EXIT; trap 'exit 130' INT TERM
    start_test_postgres
    "$@" ;;
  i18n)  # after changing user-visible text: re-extract both catalogues (translations kept) and recompile them
    shift; setup_python
    "$VENV/bin/python" -m onsshare_desktop.catalogues "$@" ;;
  setup)
    setup_system; setup_python ;;
  *)
    echo "usage: ./dev.sh app [ARGS...] | ./dev.sh test [PYTEST ARGS...] | ./dev.sh lint | ./dev.sh i18n | ./dev.sh setup" \
         "| ./dev.sh test-postgres-shell COMMAND..." >&2; exit 2 ;;
esac
