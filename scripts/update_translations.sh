#!/usr/bin/env bash
# Refresh the translation catalogues from the code, then compile them.
#
#   scripts/update_translations.sh            # every kapjournal_<lang>.ts, and de
#
# pyside6-lupdate reads every tr("...") and QT_TR_NOOP("...") under kapjournal/
# (kapjournal/i18n.py says how to write them) into resources/translations/
# kapjournal_<lang>.ts, the catalogue kept in git; messages that vanished from the
# code are dropped (-no-obsolete). pyside6-lrelease then compiles each .ts into the
# .qm the app loads; the .qm is checked in beside it (tests/test_i18n.py checks that
# it is current), so building or installing needs no Qt tools.
#
# PYSIDE_BIN (a folder) picks the Qt tools; by default those beside the test venv's
# Python, else the ones on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${PYSIDE_BIN:-}"
if [[ -z "$BIN" ]]; then
    for candidate in "$ROOT/.venv-test/bin" "$ROOT/.venv/bin"; do
        if [[ -x "$candidate/pyside6-lupdate" ]]; then BIN="$candidate"; break; fi
    done
fi
LUPDATE="${BIN:+$BIN/}pyside6-lupdate"
LRELEASE="${BIN:+$BIN/}pyside6-lrelease"

DIR=resources/translations
languages=(de en)
for ts in "$DIR"/kapjournal_*.ts; do
    [[ -e "$ts" ]] || continue
    lang="${ts##*/kapjournal_}"; lang="${lang%.ts}"
    [[ " ${languages[*]} " == *" $lang "* ]] || languages+=("$lang")
done

# lupdate scans a folder for C++ only; the Python files are named one by one.
mapfile -t sources < <(find kapjournal -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)

for lang in "${languages[@]}"; do
    ts="$DIR/kapjournal_$lang.ts"
    # English is the source language: its catalogue holds only the plural forms
    # ("%n days" -> "1 day" / "2 days"), which the source text cannot carry.
    only=()
    [[ "$lang" == en ]] && only=(-pluralonly)
    "$LUPDATE" "${sources[@]}" "${only[@]}" -no-obsolete -locations relative \
        -source-language en -target-language "$lang" -ts "$ts"
    "$LRELEASE" -silent "$ts" -qm "$DIR/kapjournal_$lang.qm"
done
