#!/usr/bin/env bash
# Install what the tests need (Debian 12 packages, a .venv with '.[test]') and run the
# whole pytest suite headless, inside a private D-Bus session with an unlocked
# gnome-keyring, so the keychain tests use the real Secret Service.
#
#   bash scripts/test.sh                     the whole suite
#   bash scripts/test.sh -k keychain -x      any arguments are passed to pytest
#
# Exits with pytest's code; "no tests collected" (pytest's 5) counts as a failure.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Run-time needs (RUN_PACKAGES, from common.sh) plus the test tools: D-Bus and
# gnome-keyring for the Secret Service, libsecret's secret-tool, Xvfb for real-window
# screenshots, poppler-utils (pdftoppm) for PDF exports, Chromium for the HTML export's
# browser test.
TEST_PACKAGES=(
    "${RUN_PACKAGES[@]}"
    dbus dbus-daemon dbus-bin dbus-x11 gnome-keyring libsecret-tools
    xvfb xauth poppler-utils chromium chromium-driver
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
    pip_install "KAP Journal and its test tools" '.[test]'
    log "Running the test suite inside a private D-Bus session"
    local rc=0
    # dbus-daemon's "Failed to set fd limit" note is harmless when not root.
    dbus-run-session -- env _KAPJOURNAL_TEST_SESSION=1 bash "$ROOT/scripts/test.sh" "$@" || rc=$?
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
