#!/bin/sh
# Runs a command beside an unlocked gnome-keyring (Secret Service only), on the session bus
# of the caller; meant to run inside its own `dbus-run-session`, so no real keychain is used.
# Usage: dbus-run-session -- sh with-keyring.sh COMMAND [ARG...]
set -eu
state=$(mktemp -d)
trap 'kill "$keyring" 2>/dev/null || true; rm -rf "$state"' EXIT
chmod 700 "$state"
export XDG_RUNTIME_DIR="$state/run" XDG_DATA_HOME="$state/data"
mkdir -m 700 "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME"
printf 'test' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$state/log" 2>&1 &
keyring=$!
# Wait (10 s at most) for the Secret Service to own its name on the bus.
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
    grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$keyring" 2>/dev/null; then
        echo "with-keyring.sh: gnome-keyring-daemon did not start:" >&2
        cat "$state/log" >&2
        exit 1
    fi
    sleep 0.1
done
"$@"
