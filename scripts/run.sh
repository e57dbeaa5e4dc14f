#!/usr/bin/env bash
# Install what KAP Journal needs (Debian 12 packages, a .venv) and launch it.
#
#   bash scripts/run.sh                      open the app
#   bash scripts/run.sh --data-dir DIR       any arguments are passed to kapjournal
#
# Uses sudo for apt-get only when not root; skips apt when everything is installed.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

main() {
    cd "$ROOT"
    apt_install "${RUN_PACKAGES[@]}"
    ensure_venv
    pip_install "KAP Journal" .
    exec "$VENV/bin/kapjournal" "$@"
}

main "$@"
