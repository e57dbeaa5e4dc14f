#!/usr/bin/env bash
# The installed-app stage: build the wheel from the checkout, install it into a fresh
# venv in a temporary folder, and run tools/smoke_app.py against the installed
# `kapjournal` from a folder that is not the checkout. Called by scripts/test.sh after
# the pytest suite; it can also run on its own:
#
#   bash scripts/smoke-installed.sh
#
# Needs the Debian packages of scripts/run.sh (Qt's libraries). Exits non-zero when
# the installed app fails any step.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

WORK=""
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() { [ -z "$WORK" ] || rm -rf "$WORK"; }

main() {
    local python work started
    python="$(pick_python)"
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/kapjournal-installed.XXXXXX")"
    work="$WORK"
    trap cleanup EXIT
    started=$SECONDS

    log "Installed-app stage: building the wheel"
    # Build from a copy of the tracked files, so nothing stale in the checkout
    # (build/, an egg-info, an untracked module) can reach the wheel.
    mkdir "$work/src"
    (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard \
        | xargs -0 cp --parents -t "$work/src" 2>/dev/null) || cp -r "$ROOT/." "$work/src"
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$python" -m pip wheel --quiet --no-deps \
        -w "$work/dist" "$work/src"
    local wheel
    wheel="$(ls "$work"/dist/kapjournal-*.whl)"
    log "Wheel: $(basename "$wheel"), $(du -k "$wheel" | cut -f1) KiB, $("$python" -c \
        'import sys, zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))' "$wheel") files"

    log "Installed-app stage: installing it into a fresh venv"
    "$python" -m venv "$work/venv"
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$work/venv/bin/python" -m pip install --quiet \
        --progress-bar off "$wheel"

    # From elsewhere: the installed package, never the checkout, must be imported.
    mkdir "$work/elsewhere"
    local where
    where="$(cd "$work/elsewhere" && "$work/venv/bin/python" -c \
        'import kapjournal; print(kapjournal.__file__)')"
    case "$where" in
        "$work/venv/"*) ;;
        *) log "The installed app imported kapjournal from $where, not from its venv"; return 1 ;;
    esac

    local version
    version="$(cd "$ROOT" && "$python" -c \
        'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
    (cd "$work/elsewhere" && "$work/venv/bin/python" "$ROOT/tools/smoke_app.py" \
        --label installed --version "$version" "$work/venv/bin/kapjournal")
    log "Installed-app stage passed in $((SECONDS - started)) s"
}

main "$@"
