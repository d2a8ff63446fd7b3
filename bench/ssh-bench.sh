#!/bin/bash
# bench/ssh-bench.sh BINARY: the whole plan on the lab (tests/lab/lab, running, as root),
# timed three ways from the same starting state (single-host), and the ratios:
#   floor     ssh HOST sh -s < exported script          (one OpenSSH connection a host)
#   per-step  one ssh invocation per step (--step=ID)   (what a naive runner costs)
#   apply     publik-ha-wizard apply (libssh, a check and a step channel per step)
# Target: apply <= 1.3 x floor. Each run starts from `lab reset single-host`.
# Then apply with 1 and with 8 secondaries (lab with PUBLIK_LAB_SECONDARIES=8;
# the 1 is a deployment of web1 + web2 only), and the ratio 8/1 (target <= 1.5).
# Leaves the lab up, reset to single-host with the caller's PUBLIK_LAB_SECONDARIES.
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
    # --step=ID exits 10 or 11 when the step was already done.
    rc=0
    ssh -F "$WORK/ssh_config" "$h" sh -s -- "--step=$id" <"$s" >/dev/null || rc=$?
    case $rc in 0 | 10 | 11) ;; *) exit "$rc" ;; esac
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

# 1 vs 8 secondaries: the lab with PUBLIK_LAB_SECONDARIES=8 (web1 + web2..web9),
# single-host state; "1" is the same lab with a deployment of web1 + web2 only.
# Each run: lab reset single-host, a fresh XDG data folder.
CALLER_SECONDARIES=${PUBLIK_LAB_SECONDARIES-}
export PUBLIK_LAB_SECONDARIES=8
"$LAB" reset single-host >"$WORK/reset8.log" 2>&1 \
  || { tail -5 "$WORK/reset8.log" >&2; echo "bench: lab reset with 8 secondaries failed" >&2; exit 1; }
"$LAB" ssh-config >"$WORK/ssh_config8"
"$LAB" deployment >"$WORK/lab8.json"
python3 - "$WORK/lab8.json" >"$WORK/lab1.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d["hosts"] = [h for h in d["hosts"] if h["name"] in ("web1", "web2")]
print(json.dumps(d, indent=2))
EOF
# run_apply N: prints the seconds, or FAILED; the log stays in $WORK/apply-N.log.
run_apply() {
  local n=$1 t0 rc=0
  "$LAB" reset single-host >/dev/null 2>&1
  t0=$(now)
  XDG_DATA_HOME=$WORK/xdg-$n "$BIN" apply "$WORK/lab$n.json" --ssh-config "$WORK/ssh_config8" \
    >"$WORK/apply-$n.log" 2>&1 || rc=$?
  if [ "$rc" = 0 ]; then elapsed "$t0" "$(now)"; else printf "FAILED(exit %s, after %.2f s)\n" "$rc" "$(elapsed "$t0" "$(now)")"; fi
}
one=$(run_apply 1)
eight=$(run_apply 8)
for n in 1 8; do
  v=$([ "$n" = 1 ] && echo "$one" || echo "$eight")
  case $v in
    FAILED*) printf 'apply, %d secondar%s: %s; last lines:\n' "$n" "$([ "$n" = 1 ] && echo y || echo ies)" "$v"
             { grep -E 'dpkg: error|unable to|^[^ ]+: step .* failed' "$WORK/apply-$n.log" | head -12
               echo "..."; tail -8 "$WORK/apply-$n.log"; } | sed 's/^/    /' ;;
    *) printf 'apply, %d secondar%s %8.2f s\n' "$n" "$([ "$n" = 1 ] && echo 'y:  ' || echo 'ies:')" "$v" ;;
  esac
done
case "$one$eight" in
  *FAILED*) echo "8/1 ratio: not available (an apply failed)" ;;
  *) printf '8/1 ratio  %.2fx (target <= 1.50x)\n' "$(echo "$eight / $one" | bc -l)" ;;
esac
# The same 8 secondaries with plain OpenSSH: the primary's script, then the 8 secondaries'
# scripts at once. What the hosts themselves cost in parallel on this machine's cores,
# without the wizard: apply's 8-secondary time is judged against it.
"$BIN" export "$WORK/lab8.json" --script "$WORK/scripts8" >/dev/null
"$LAB" reset single-host >/dev/null 2>&1
t0=$(now)
ssh -F "$WORK/ssh_config8" web1 sh -s <"$WORK/scripts8/01-web1.sh" >/dev/null
pids=""
for s in "$WORK"/scripts8/*.sh; do
  h=$(basename "$s" .sh); h=${h#*-}
  [ "$h" = web1 ] && continue
  ssh -F "$WORK/ssh_config8" "$h" sh -s <"$s" >"$WORK/floor8-$h.log" 2>&1 &
  pids="$pids $!"
done
floor8_ok=1
for p in $pids; do wait "$p" || floor8_ok=0; done
floor8=$(elapsed "$t0" "$(now)")
if [ "$floor8_ok" = 1 ]; then
  printf 'floor, 8 secondaries in parallel (OpenSSH) %8.2f s' "$floor8"
  case $eight in FAILED*) echo ;; *) printf '  (apply: %.2fx of it)\n' "$(echo "$eight / $floor8" | bc -l)" ;; esac
else
  echo "floor, 8 secondaries: a script failed (see the logs)"
fi
# Back to the caller's lab (default: one secondary), single-host.
if [ -n "$CALLER_SECONDARIES" ]; then export PUBLIK_LAB_SECONDARIES=$CALLER_SECONDARIES; else unset PUBLIK_LAB_SECONDARIES; fi
"$LAB" reset single-host >/dev/null 2>&1 || echo "bench: lab reset single-host (back to the caller's lab) failed" >&2
