#!/usr/bin/env bash
# One script for the two README commands:
#   ./dev.sh app    set everything up (idempotent), then open the app
#   ./dev.sh test   set everything up (idempotent), then run the whole test suite
# Set-up: system libraries Qt and the PDF checks need (apt, when root; otherwise the exact command is printed),
# a project virtualenv in .venv with the pinned Python dependencies, and the package installed editable.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(
  libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  poppler-utils qpdf
  binutils  # readelf and strip, for building the PyInstaller bundle (build.spec)
)
PYTHON=${PYTHON:-python3}
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

case "${1:-}" in
  app)
    shift; setup_system; setup_python
    exec "$VENV/bin/onsshare-desktop" "$@" ;;
  test)
    shift; setup_system; setup_python
    QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "$@" ;;
  setup)
    setup_system; setup_python ;;
  *)
    echo "usage: ./dev.sh app [ARGS...] | ./dev.sh test [PYTEST ARGS...] | ./dev.sh setup" >&2; exit 2 ;;
esac
