#!/usr/bin/env bash
# Install what KAP Journal needs (Debian 12 packages, the app's own .venv) and launch it.
#
#   bash scripts/run.sh                      open the app
#   bash scripts/run.sh --data-dir DIR       any arguments are passed to kapjournal
#
# Uses sudo for apt-get only when not root; skips apt when everything is installed.
# A second launch with nothing changed in the checkout skips pip entirely (a stamp in
# the venv records what was installed), so it starts in seconds and needs no network.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

main() {
    cd "$ROOT"
    apt_install "${RUN_PACKAGES[@]}"
    ensure_venv
    stamped_install "KAP Journal" app "kapjournal resources pyproject.toml setup.py LICENSE README.md" .
    exec "$VENV/bin/kapjournal" "$@"
}

main "$@"
