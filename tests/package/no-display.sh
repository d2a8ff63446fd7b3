#!/bin/bash
# Without a graphical session (no DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM), the wizard and
# `installer/quickstart run` say so in one French sentence that names the headless commands,
# exit 1, and print no Qt platform-plugin error; the headless commands still work.
#   bash tests/package/no-display.sh PROGRAM SOURCE_DIR
set -uo pipefail

program=$1
src=$2
fail() { printf 'no-display: FAIL: %s\n' "$*" >&2; exit 1; }
bare() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM PUBLIK_HA_LANG= "$@"; }

# One line on stderr, nothing on stdout, exit 1.
check_sentence() {
    local what=$1 code=$2 out=$3 err=$4
    [ "$code" = 1 ] || fail "$what: exit $code, not 1"
    [ -z "$out" ] || fail "$what: printed on stdout: $out"
    [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "$what: not one line: $err"
    for word in "session graphique" validate plan export check apply status rollback "--help"; do
        grep -qF -- "$word" <<<"$err" || fail "$what: \"$word\" missing from: $err"
    done
    ! grep -qi "qt.qpa\|platform plugin" <<<"$err" || fail "$what: Qt's error: $err"
    printf '%s: %s\n' "$what" "$err"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for args in "" "$src/examples/seed.json" "--lang fr"; do
    # shellcheck disable=SC2086 # the arguments are words
    bare "$program" $args >"$tmp/out" 2>"$tmp/err"
    code=$?
    check_sentence "publik-ha-wizard $args" "$code" "$(cat "$tmp/out")" "$(cat "$tmp/err")"
done

# The headless commands need no display.
bare "$program" validate "$src/examples/seed.json" >"$tmp/out" 2>&1 ||
    fail "validate without a display: $(cat "$tmp/out")"

# quickstart run: the same sentence at once, before installing or building anything (the
# folder it would build in stays absent).
rm -rf "$tmp/top"
mkdir -p "$tmp/top"
cp -r "$src/installer" "$tmp/top/"
bare "$tmp/top/installer/quickstart" run >"$tmp/out" 2>"$tmp/err"
code=$?
check_sentence "installer/quickstart run" "$code" "$(cat "$tmp/out")" "$(cat "$tmp/err")"
[ ! -e "$tmp/top/build-release" ] || fail "quickstart run built without a display"
bare "$tmp/top/installer/quickstart" run --lab >"$tmp/out" 2>"$tmp/err"
code=$?
check_sentence "installer/quickstart run --lab" "$code" "$(cat "$tmp/out")" "$(cat "$tmp/err")"
echo "no-display: ok"
