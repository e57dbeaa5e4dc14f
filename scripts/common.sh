# shellcheck shell=bash
# Shared by scripts/run.sh and scripts/test.sh: the Debian packages KAP Journal needs at
# run time, and the steps that install them, pick a Python, make the .venv and
# pip-install into it. Sourced, never run:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
#
# Defines ROOT (the checkout) and two venvs that never share a package:
#   APP_VENV   (KAPJOURNAL_VENV, or ROOT/.venv): the app and what it needs at run time,
#              made by scripts/run.sh;
#   TEST_VENV  (KAPJOURNAL_TEST_VENV, or ROOT/.venv-test): the app's dependencies plus
#              the test tools (pytest, ruff, mypy, keyrings.alt, ...), made by
#              scripts/test.sh. The tests import the checkout; the installed app is
#              tested by scripts/smoke-installed.sh in a venv of its own.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_VENV="${KAPJOURNAL_VENV:-$ROOT/.venv}"
TEST_VENV="${KAPJOURNAL_TEST_VENV:-$ROOT/.venv-test}"
# shellcheck disable=SC2034  # the venv the sourcing script works on; set by it
VENV="$APP_VENV"

# Qt 6 (xcb and offscreen platforms), fonts, D-Bus for the keychain, venv support.
# shellcheck disable=SC2034  # used by the scripts that source this file
RUN_PACKAGES=(
    libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
    libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
    libxcb-xkb1 libxcb-xfixes0
    fonts-noto-core fonts-noto-color-emoji
    python3 python3-venv
)

log() { printf '==> %s\n' "$*" >&2; }

# apt_install PACKAGE...: install the ones not installed yet (sudo when not root).
apt_install() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        log "Not a Debian-based system: install the equivalents of these yourself: $*"
        return 0
    fi
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            log "These Debian packages are missing and sudo is not available: ${missing[*]}"
            return 1
        fi
    fi
    log "Installing Debian packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null
}

pick_python() {
    local candidate
    for candidate in "${PYTHON:-}" python3.11 python3; do
        [ -n "$candidate" ] || continue
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    log "KAP Journal needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)."
    return 1
}

ensure_venv() {
    if [ -x "$VENV/bin/python" ] \
        && "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        return 0
    fi
    local python
    python="$(pick_python)"
    log "Creating $VENV with $python"
    rm -rf "$VENV"
    "$python" -m venv "$VENV"
}

# source_stamp PATH...: one hash over every file under the given paths (of the
# checkout) and the venv's Python. When it matches the stamp kept in the venv, nothing
# needs installing: no pip, no network.
source_stamp() {
    (
        cd "$ROOT"
        {
            "$VENV/bin/python" -c 'import sys; print(sys.version)'
            find "$@" -type f -not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null \
                | LC_ALL=C sort | xargs -d '\n' sha256sum
        } | sha256sum | cut -d' ' -f1
    )
}

# stamped_install WHAT NAME "PATH..." PIP_ARG...: pip-install into $VENV unless the
# venv's stamp NAME says the same PATHs were installed already.
stamped_install() {
    local what="$1" name="$2" paths="$3"
    shift 3
    local stamp_file="$VENV/.kapjournal-$name.stamp" stamp
    # shellcheck disable=SC2086  # a list of paths, split on purpose
    stamp="$(source_stamp $paths)"
    if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$stamp" ]; then
        log "$what: up to date in $VENV, nothing to install"
        return 0
    fi
    rm -f "$stamp_file"
    pip_install "$what" "$@"
    printf '%s\n' "$stamp" >"$stamp_file"
}

# pip_install WHAT PIP_ARG...: pip-install into the venv; WHAT names it in the log line.
pip_install() {
    local what="$1"
    shift
    log "Installing $what into $VENV"
    # setuptools reuses build/lib between builds: a file removed from the tree would
    # live on in the installed copy. Start each build from a clean slate.
    rm -rf "$ROOT/build"
    PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 \
        "$VENV/bin/python" -m pip install --quiet --progress-bar off "$@"
}
