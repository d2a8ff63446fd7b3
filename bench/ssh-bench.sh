#!/bin/bash
# bench/ssh-bench.sh BINARY: the whole plan on the lab (tests/lab/lab, running, as root),
# timed three ways from the same starting state (single-host), and the ratios:
#   floor     ssh HOST sh -s < exported script          (one OpenSSH connection a host)
#   per-step  one ssh invocation per step (--step=ID)   (what a naive runner costs)
#   apply     publik-ha-wizard apply (libssh, a check and a step channel per step)
# Target: apply <= 1.3 x floor. Each run starts from `lab reset single-host`.
set -euo pipefail
BIN=$(readlink -f "${1:?usage: bench/ssh-bench.sh path/to/publik-ha-wizard}")
LAB=$(cd "$(dirname "$0")/../tests/lab" && pwd)/lab
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$LAB" ssh-config >"$WORK/ssh_config"
"$LAB" deployment >"$WORK/lab.json"
eval "$("$LAB" db-env)"
export XDG_DATA_HOME=$WORK/xdg PUBLIK_HA_LANG=en
"$BIN" export "$WORK/lab.json" --script "$WORK/scripts" >/dev/null
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

"$LAB" reset single-host >/dev/null 2>&1
t0=$(now)
for s in "$WORK"/scripts/*.sh; do
  h=$(basename "$s" .sh); h=${h#*-}
  ssh -F "$WORK/ssh_config" "$h" sh -s <"$s" >/dev/null
done
floor=$(elapsed "$t0" "$(now)")

"$LAB" reset single-host >/dev/null 2>&1
t0=$(now)
for s in "$WORK"/scripts/*.sh; do
  h=$(basename "$s" .sh); h=${h#*-}
  for id in $("$BIN" plan "$WORK/lab.json" --json | python3 -c "import json,sys; d=json.load(sys.stdin); print(' '.join(next(x['steps'] for x in d['hosts'] if x['name']=='$h')))"); do
    ssh -F "$WORK/ssh_config" "$h" sh -s -- "--step=$id" <"$s" >/dev/null
  done
done
perstep=$(elapsed "$t0" "$(now)")

"$LAB" reset single-host >/dev/null 2>&1
t0=$(now)
"$BIN" apply "$WORK/lab.json" --ssh-config "$WORK/ssh_config" >/dev/null
apply=$(elapsed "$t0" "$(now)")

printf 'floor     %8.2f s\n' "$floor"
printf 'per-step  %8.2f s  (%.2fx floor)\n' "$perstep" "$(echo "$perstep / $floor" | bc -l)"
printf 'apply     %8.2f s  (%.2fx floor, target <= 1.30x)\n' "$apply" "$(echo "$apply / $floor" | bc -l)"
echo "1 vs 8 secondaries: not measured (the lab has one secondary)."
