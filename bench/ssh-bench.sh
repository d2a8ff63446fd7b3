#!/bin/bash
# bench/ssh-bench.sh BINARY: the whole plan on the lab (tests/lab/lab, running, as root),
# from the same starting state (single-host, `lab reset` before every run), timed:
#   floor     ssh HOST sh -s < exported script          (one OpenSSH connection a host)
#   apply     publik-ha-wizard apply (libssh, a check and a step channel per step)
#   wizard    the same run from the wizard's Exécution page (phw-exec-bench apply, next to
#             BINARY in the build tree: build/bench/phw-exec-bench; skipped if absent)
# after one untimed warm-up run, over SSH_BENCH_ROUNDS rounds (default 3, at least 3), the
# variants interleaved (each round starts with the next one), printing each one's median,
# min and max and its spread ((max - min) / median), and the ratios of the medians.
# Targets: apply <= 1.3 x floor; wizard <= 1.1 x apply.
#   per-step  one ssh invocation per step (what a naive runner costs): once, only with
#             SSH_BENCH_PER_STEP=1.
# Then (unless SSH_BENCH_FLEET=0) 1 and 8 secondaries (lab with PUBLIK_LAB_SECONDARIES=8;
# the 1 is a deployment of web1 + web2 only), on the machine's shared cores and with each
# lab host capped at its share of them (PUBLIK_LAB_HOST_CPU), and the ratio 8/1 (target
# <= 1.5, capped hosts).
# Leaves the lab up, reset to single-host with the caller's PUBLIK_LAB_SECONDARIES and PUBLIK_LAB_HOST_CPU.
set -euo pipefail
BIN=$(readlink -f "${1:?usage: bench/ssh-bench.sh path/to/publik-ha-wizard}")
LAB=$(cd "$(dirname "$0")/../tests/lab" && pwd)/lab
WORK=$(mktemp -d)
# The caller's lab (default: one secondary, no cap) comes back at the end, even on failure.
CALLER_SECONDARIES=${PUBLIK_LAB_SECONDARIES-}
CALLER_HOST_CPU=${PUBLIK_LAB_HOST_CPU-}
restore() {
  if [ -n "$CALLER_SECONDARIES" ]; then export PUBLIK_LAB_SECONDARIES=$CALLER_SECONDARIES; else unset PUBLIK_LAB_SECONDARIES; fi
  if [ -n "$CALLER_HOST_CPU" ]; then export PUBLIK_LAB_HOST_CPU=$CALLER_HOST_CPU; else unset PUBLIK_LAB_HOST_CPU; fi
  "$LAB" reset single-host >/dev/null 2>&1 || echo "bench: lab reset single-host (back to the caller's lab) failed" >&2
  rm -rf "$WORK"
}
trap restore EXIT
unset PUBLIK_LAB_HOST_CPU
# The lab may be down (another user's `lab down`): brought up (PostgreSQL included).
"$LAB" status >/dev/null 2>&1 || "$LAB" up >/dev/null
"$LAB" ssh-config >"$WORK/ssh_config"
"$LAB" deployment >"$WORK/lab.json"
eval "$("$LAB" db-env)"
# apply checks the database credentials first (as check does): PostgreSQL must hold these.
"$LAB" db-passwords >/dev/null 2>&1
export XDG_DATA_HOME=$WORK/xdg PUBLIK_HA_LANG=en
"$BIN" export "$WORK/lab.json" --script "$WORK/scripts" >/dev/null
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

ROUNDS=${SSH_BENCH_ROUNDS:-3}
[ "$ROUNDS" -ge 3 ] 2>/dev/null || ROUNDS=3
EXEC_BENCH=$(dirname "$BIN")/../bench/phw-exec-bench
run_floor() {
  local s h
  for s in "$WORK"/scripts/*.sh; do
    h=$(basename "$s" .sh); h=${h#*-}
    ssh -F "$WORK/ssh_config" "$h" sh -s <"$s" >/dev/null || return 1
  done
}
run_apply() { XDG_DATA_HOME=$WORK/xdg-$1 "$BIN" apply "$WORK/lab.json" --ssh-config "$WORK/ssh_config" >/dev/null; }
run_wizard() {
  XDG_DATA_HOME=$WORK/xdg-$1 XDG_CONFIG_HOME=$WORK/xdg-$1 QT_QPA_PLATFORM=offscreen \
    "$EXEC_BENCH" apply "$WORK/lab.json" "$WORK/ssh_config" >/dev/null
}
variants="floor apply"
if [ -x "$EXEC_BENCH" ]; then variants="floor apply wizard"; else
  echo "bench: $EXEC_BENCH not built: the wizard variant is skipped" >&2; fi
# timed VARIANT TAG: lab reset, then the variant, timed; prints the seconds.
timed() {
  local t0
  "$LAB" reset single-host >/dev/null 2>&1 || { echo "bench: lab reset failed" >&2; exit 1; }
  t0=$(now)
  "run_$1" "$2" || { echo "bench: $1 failed" >&2; exit 1; }
  elapsed "$t0" "$(now)"
}
timed apply warmup >/dev/null # the lab's caches (image, packages) warm, untimed
declare -A times
read -r -a vlist <<<"$variants"
n=${#vlist[@]}
for r in $(seq "$ROUNDS"); do
  # Round r starts with the variant after the one round r-1 started with.
  for k in $(seq 0 $((n - 1))); do
    v=${vlist[$(((r - 1 + k) % n))]}
    times[$v]="${times[$v]:-} $(timed "$v" "$v-$r")"
  done
done
# stats LIST: "median min max spread%"
stats() {
  echo "$1" | tr ' ' '\n' | sed '/^$/d' | sort -g | awk '
    { a[NR] = $1 }
    END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
          printf "%.2f %.2f %.2f %.0f\n", m, a[1], a[NR], (a[NR] - a[1]) / m * 100 }'
}
echo "the whole plan, $ROUNDS rounds interleaved after a warm-up (seconds):"
declare -A median
for v in $variants; do
  read -r med lo hi spread <<<"$(stats "${times[$v]}")"
  median[$v]=$med
  printf '  %-7s median %7.2f  min %7.2f  max %7.2f  spread %3s%%  (runs:%s)\n' \
    "$v" "$med" "$lo" "$hi" "$spread" "${times[$v]}"
done
printf '  apply  / floor  %.2fx (target <= 1.30x)\n' "$(echo "${median[apply]} / ${median[floor]}" | bc -l)"
if [ -n "${median[wizard]:-}" ]; then
  printf '  wizard / floor  %.2fx\n' "$(echo "${median[wizard]} / ${median[floor]}" | bc -l)"
  printf '  wizard / apply  %.2fx (target <= 1.10x)\n' "$(echo "${median[wizard]} / ${median[apply]}" | bc -l)"
fi

if [ "${SSH_BENCH_PER_STEP:-0}" = 1 ]; then
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
  printf '  per-step %7.2f s  (%.2fx the floor median)\n' "$perstep" "$(echo "$perstep / ${median[floor]}" | bc -l)"
fi

[ "${SSH_BENCH_FLEET:-1}" = 0 ] && exit 0

# 1 vs 8 secondaries: the lab with PUBLIK_LAB_SECONDARIES=8 (web1 + web2..web9),
# single-host state; "1" is the same lab with a deployment of web1 + web2 only.
# Each run: lab reset single-host, a fresh XDG data folder. Two settings:
#   shared cores  the lab's 9 hosts compete for this machine's cores: the 8 secondaries'
#                 dpkg runs queue on them, whatever the runner does. Printed with the
#                 CPU time each run took (/proc/stat) and the bound it sets (CPU / cores),
#                 and with plain OpenSSH running the same scripts (the floor).
#   capped        each lab host capped at cores/9 of a core (PUBLIK_LAB_HOST_CPU), in
#                 both runs: the hosts then behave like separate machines of one size, as
#                 a real fleet's do, and the ratio measures what the runner adds. The
#                 target (8 <= 1.5 x 1) is judged there.
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
"$BIN" export "$WORK/lab8.json" --script "$WORK/scripts8" >/dev/null
"$BIN" export "$WORK/lab1.json" --script "$WORK/scripts1" >/dev/null
CORES=$(nproc)
# Busy CPU time of the whole machine, in seconds (user, nice, system, irq, softirq).
cpu_busy() { awk '/^cpu / { printf "%.2f\n", ($2 + $3 + $4 + $7 + $8) / 100 }' /proc/stat; }
# measure NAME CMD...: lab reset single-host, then CMD, timed; sets NAME (seconds, or
# FAILED...) and NAME_cpu (busy CPU seconds of the machine meanwhile).
measure() {
  local name=$1 t0 c0 rc=0
  shift
  "$LAB" reset single-host >"$WORK/reset-$name.log" 2>&1 \
    || { tail -5 "$WORK/reset-$name.log" >&2; echo "bench: lab reset failed" >&2; exit 1; }
  c0=$(cpu_busy); t0=$(now)
  "$@" >"$WORK/$name.log" 2>&1 || rc=$?
  printf -v "$name" '%s' "$(elapsed "$t0" "$(now)")"
  printf -v "${name}_cpu" '%s' "$(elapsed "$c0" "$(cpu_busy)")"
  [ "$rc" = 0 ] || printf -v "$name" 'FAILED(exit %s after %.2f s)' "$rc" "${!name}"
}
apply_n() { XDG_DATA_HOME=$WORK/xdg-$1-$2 "$BIN" apply "$WORK/lab$1.json" --ssh-config "$WORK/ssh_config8"; }
# floor_n N: the primary's script, then the secondaries' scripts at once, plain OpenSSH.
floor_n() {
  local s h pids="" rc=0
  ssh -F "$WORK/ssh_config8" web1 sh -s <"$WORK/scripts$1/01-web1.sh" || return 1
  for s in "$WORK/scripts$1"/*.sh; do
    h=$(basename "$s" .sh); h=${h#*-}
    [ "$h" = web1 ] && continue
    ssh -F "$WORK/ssh_config8" "$h" sh -s <"$s" &
    pids="$pids $!"
  done
  for s in $pids; do wait "$s" || rc=1; done
  return $rc
}
# line LABEL NAME [REF WORDS]: the time, the CPU time, and the ratio to REF.
line() {
  local v=${!2} cpu=${2}_cpu
  case $v in
    FAILED*)
      printf '  %-32s %s; last lines:\n' "$1" "$v"
      tail -8 "$WORK/$2.log" | sed 's/^/      /'
      return ;;
  esac
  printf '  %-32s %7.2f s  (CPU %6.2f s)' "$1" "$v" "${!cpu}"
  if [ -n "${3:-}" ]; then
    case ${!3} in FAILED*) ;; *) printf '  %.2fx %s' "$(echo "$v / ${!3}" | bc -l)" "$4" ;; esac
  fi
  echo
}

# Set by measure.
# shellcheck disable=SC2034 # read through ${!name}
floor1='' floor8='' apply1='' apply8='' capped1='' capped8='' apply8_cpu=''
echo "1 vs 8 secondaries, shared cores ($CORES cores for the 9 lab hosts):"
measure floor1 floor_n 1
measure floor8 floor_n 8
measure apply1 apply_n 1 shared
measure apply8 apply_n 8 shared
line "floor, 1 secondary (OpenSSH)" floor1
line "floor, 8 secondaries (OpenSSH)" floor8 floor1 "of 1"
line "apply, 1 secondary" apply1
line "apply, 8 secondaries" apply8 apply1 "of 1"
case "$apply8$floor8" in
  *FAILED*) ;;
  *) printf '  apply, 8 secondaries: %.2fx the OpenSSH floor; its CPU time alone needs >= %.2f s on %s cores\n' \
       "$(echo "$apply8 / $floor8" | bc -l)" "$(echo "$apply8_cpu / $CORES" | bc -l)" "$CORES" ;;
esac

CAP=$(awk -v c="$CORES" 'BEGIN { printf "%.2f", int(c / 9 * 100) / 100 }')
if PUBLIK_LAB_HOST_CPU=$CAP "$LAB" reset single-host >"$WORK/reset-cap.log" 2>&1 \
  && PUBLIK_LAB_HOST_CPU=$CAP "$LAB" status >"$WORK/status-cap.log" \
  && grep -q 'CPU capped' "$WORK/status-cap.log"; then
  echo "1 vs 8 secondaries, each lab host capped at $CAP core (PUBLIK_LAB_HOST_CPU), as separate machines:"
  export PUBLIK_LAB_HOST_CPU=$CAP
  measure capped1 apply_n 1 capped
  measure capped8 apply_n 8 capped
  unset PUBLIK_LAB_HOST_CPU
  line "apply, 1 secondary" capped1
  line "apply, 8 secondaries" capped8 capped1 "of 1 (target <= 1.50x)"
else
  echo "1 vs 8 secondaries with capped hosts: not available here:"
  cat "$WORK/reset-cap.log" "$WORK/status-cap.log" 2>/dev/null | tail -3 | sed 's/^/    /'
fi
