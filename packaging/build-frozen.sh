#!/usr/bin/env bash
# Build the frozen KAP Journal (PyInstaller, one folder) and smoke-test it:
#
#   bash packaging/build-frozen.sh              build into dist/kapjournal/, then test it
#   bash packaging/build-frozen.sh --no-test    build only
#
# The build venv (KAPJOURNAL_BUILD_VENV, or .venv-build in the checkout) holds the wheel
# of this checkout and PyInstaller, nothing else: what is frozen is what a pip install
# gives, never the source tree. Prints the bundle's size. The smoke test is the one
# the installed app gets (tools/smoke_app.py: version, demo, every export, the GUI up
# offscreen, unlock reaching Today), run from a folder outside the checkout.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=../scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/common.sh"
VENV="${KAPJOURNAL_BUILD_VENV:-$ROOT/.venv-build}"
DIST="${KAPJOURNAL_DIST:-$ROOT/dist}"
PYINSTALLER_VERSION="pyinstaller>=6.10,<7"

WORK=""
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() { [ -z "$WORK" ] || rm -rf "$WORK"; }

main() {
    local started=$SECONDS test=1
    [ "${1:-}" != "--no-test" ] || test=0
    cd "$ROOT"
    apt_install "${RUN_PACKAGES[@]}" binutils
    ensure_venv
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/kapjournal-frozen.XXXXXX")"
    trap cleanup EXIT

    log "Frozen build: the wheel of this checkout"
    "$VENV/bin/python" -m pip install --quiet --progress-bar off "$PYINSTALLER_VERSION" \
        'setuptools>=77'
    "$VENV/bin/python" -m pip wheel --quiet --no-deps --no-build-isolation -w "$WORK/dist" "$ROOT"
    "$VENV/bin/python" -m pip install --quiet --progress-bar off --force-reinstall --no-deps \
        "$WORK"/dist/kapjournal-*.whl
    "$VENV/bin/python" -m pip install --quiet --progress-bar off "$WORK"/dist/kapjournal-*.whl
    rm -rf "$ROOT/build"

    log "Frozen build: PyInstaller"
    (cd "$WORK" && "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
        --distpath "$DIST" --workpath "$WORK/build" "$ROOT/packaging/kapjournal.spec")
    local size files
    size="$(du -sm "$DIST/kapjournal" | cut -f1)"
    files="$(find "$DIST/kapjournal" -type f | wc -l)"
    log "Frozen bundle: $DIST/kapjournal, ${size} MB unpacked, $files files (built in $((SECONDS - started)) s)"

    if [ "$test" = 1 ]; then
        local version
        version="$("$VENV/bin/python" -c 'import kapjournal; print(kapjournal.__version__)')"
        mkdir "$WORK/elsewhere"
        (cd "$WORK/elsewhere" && "$VENV/bin/python" "$ROOT/tools/smoke_app.py" \
            --label frozen --version "$version" "$DIST/kapjournal/kapjournal")
        log "Frozen-build stage passed in $((SECONDS - started)) s"
    fi
}

main "$@"
