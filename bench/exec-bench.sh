#!/usr/bin/env bash
# bench/exec-bench.sh [LINES] [ROUNDS]: the Exécution page under a flood of output, on the
# lab (tests/lab/lab, running; as root, under the lab's lock). Builds phw-exec-bench in
# Release (build-bench/), then streams LINES lines (default 1000000, ~60 MB) printed on web1
# into the page, against `ssh web1 GENERATOR >/dev/null`, alternately, ROUNDS times
# (default 3). Targets: wall <= 2x the ssh floor, longest event-loop stall <= 50 ms, peak
# memory <= 200 MB, every line in the log file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
lines=${1:-1000000}
rounds=${2:-3}
build=${PHW_BENCH_BUILD_DIR:-build-bench}
generator=()
if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
cmake -S . -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" --target phw-exec-bench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
# The lab as the tests leave it may be down (another user's `lab down`): brought up.
tests/lab/lab status >/dev/null 2>&1 || tests/lab/lab up >/dev/null
tests/lab/lab ssh-config >"$work/ssh_config"
tests/lab/lab deployment >"$work/lab.json"
export XDG_CONFIG_HOME=$work XDG_DATA_HOME=$work XDG_CACHE_HOME=$work QT_QPA_PLATFORM=offscreen
"$build/bench/phw-exec-bench" stream "$work/lab.json" "$work/ssh_config" web1 "$lines" "$rounds"
