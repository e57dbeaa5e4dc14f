#!/usr/bin/env bash
# Install what the tests need (Debian 12 packages, a .venv-test with the app's
# dependencies and the test tools) and run the whole suite:
#   1. pytest, headless, inside a private D-Bus session with an unlocked gnome-keyring,
#      so the keychain tests use the real Secret Service (the tests import the checkout);
#   2. the installed-app stage (scripts/smoke-installed.sh): the wheel, installed in a
#      fresh venv and run from another folder.
#
#   bash scripts/test.sh                     the whole suite, both stages
#   bash scripts/test.sh -k keychain -x      pytest only; arguments are passed to pytest
#
# Exits non-zero when a stage fails; "no tests collected" (pytest's 5) is a failure.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
VENV="$TEST_VENV"

# Run-time needs (RUN_PACKAGES, from common.sh) plus the test tools: D-Bus and
# gnome-keyring for the Secret Service, libsecret's secret-tool, Xvfb for real-window
# screenshots, poppler-utils (pdftoppm) for PDF exports, Chromium for the HTML export's
# browser test, the AT-SPI bus and pyatspi (run by the system python3) for the
# screen-reader check (tests/ui/test_atspi.py), desktop-file-utils and appstream to
# validate the desktop entry and metainfo (tests/test_desktop_entry_de.py).
TEST_PACKAGES=(
    "${RUN_PACKAGES[@]}"
    dbus dbus-daemon dbus-bin dbus-x11 gnome-keyring libsecret-tools
    xvfb xauth poppler-utils chromium chromium-driver
    at-spi2-core python3-pyatspi
    desktop-file-utils appstream
)

# -- inside dbus-run-session ----------------------------------------------------------
KEYRING_PID=""
KEYRING_HOME=""

# shellcheck disable=SC2317  # called through the EXIT trap
stop_keyring() {
    if [ -n "$KEYRING_PID" ] && kill -0 "$KEYRING_PID" 2>/dev/null; then
        kill "$KEYRING_PID" 2>/dev/null || true
        wait "$KEYRING_PID" 2>/dev/null || true
    fi
    if [ -n "$KEYRING_HOME" ]; then
        rm -rf "$KEYRING_HOME"
    fi
}

secret_service_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'
}

start_keyring() {
    # A throwaway home, so a developer's own keyrings are never opened or created.
    KEYRING_HOME="$(mktemp -d "${TMPDIR:-/tmp}/kapjournal-keyring.XXXXXX")"
    mkdir -m 700 "$KEYRING_HOME/run"
    printf '%s' "kapjournal-tests" | env HOME="$KEYRING_HOME" \
        XDG_DATA_HOME="$KEYRING_HOME/data" XDG_CONFIG_HOME="$KEYRING_HOME/config" \
        XDG_RUNTIME_DIR="$KEYRING_HOME/run" \
        gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$KEYRING_HOME/daemon.log" 2>&1 &
    KEYRING_PID=$!
    local _
    for _ in $(seq 1 100); do
        if secret_service_owned; then
            return 0
        fi
        if ! kill -0 "$KEYRING_PID" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    log "gnome-keyring-daemon did not come up; keychain tests will fail:"
    cat "$KEYRING_HOME/daemon.log" >&2 || true
    return 0
}

check_keyring() {
    # Prove the SecretService backend of keyring can store and read a password here.
    if "$VENV/bin/python" - <<'PY'
import sys
import uuid

from keyring.backends import SecretService

backend = SecretService.Keyring()
name = "probe-" + uuid.uuid4().hex
backend.set_password("kapjournal-test-probe", name, "probe")
ok = backend.get_password("kapjournal-test-probe", name) == "probe"
backend.delete_password("kapjournal-test-probe", name)
sys.exit(0 if ok else 1)
PY
    then
        log "Secret Service (gnome-keyring) is up and unlocked"
    else
        log "Secret Service check failed; keychain tests will fail"
    fi
}

inside_session() {
    trap stop_keyring EXIT
    start_keyring
    check_keyring
    export QT_QPA_PLATFORM=offscreen
    export KAPJOURNAL_REQUIRE_KEYCHAIN=1
    export KAPJOURNAL_REQUIRE_ATSPI=1  # the screen-reader check fails rather than skips
    local rc=0
    "$VENV/bin/python" -m pytest "$@" || rc=$?
    if [ "$rc" -eq 5 ]; then
        log "pytest collected no tests: counting that as a failure"
        rc=1
    fi
    return "$rc"
}

main() {
    cd "$ROOT"
    apt_install "${TEST_PACKAGES[@]}"
    ensure_venv
    local requirements="$VENV/requirements-test.txt"
    "$VENV/bin/python" - "$ROOT/pyproject.toml" >"$requirements" <<'PY'
import sys
import tomllib

project = tomllib.load(open(sys.argv[1], "rb"))["project"]
print("\n".join([*project["dependencies"], *project["optional-dependencies"]["test"]]))
PY
    stamped_install "The app's dependencies and the test tools" test "pyproject.toml" \
        -r "$requirements"
    log "Running the test suite inside a private D-Bus session"
    local rc=0 started=$SECONDS
    # dbus-daemon's "Failed to set fd limit" note is harmless when not root.
    dbus-run-session -- env _KAPJOURNAL_TEST_SESSION=1 bash "$ROOT/scripts/test.sh" "$@" || rc=$?
    log "pytest stage: exit $rc after $((SECONDS - started)) s"
    if [ "$rc" -ne 0 ] || [ "$#" -gt 0 ]; then
        exit "$rc"
    fi
    bash "$ROOT/scripts/smoke-installed.sh" || rc=$?
    exit "$rc"
}

if [ "${_KAPJOURNAL_TEST_SESSION:-}" = 1 ]; then
    cd "$ROOT"
    unset _KAPJOURNAL_TEST_SESSION
    rc=0
    inside_session "$@" || rc=$?
    exit "$rc"
fi

main "$@"
