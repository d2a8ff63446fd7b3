#!/usr/bin/env bash
# bench/wizard-bench.sh [RUNS]: builds phw-wizard-bench in Release (build-bench/), then
# runs it RUNS times (default 7) for the wizard and for a bare QWizard, alternately, under
# Xvfb, and prints the medians and the ratios (target: 2x at most on both).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-7}
build=${PHW_BENCH_BUILD_DIR:-build-bench}
generator=()
if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
cmake -S . -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" --target phw-wizard-bench >/dev/null
bin=$build/bench/phw-wizard-bench
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
chmod 700 "$home"
export XDG_CONFIG_HOME=$home XDG_DATA_HOME=$home XDG_CACHE_HOME=$home XDG_RUNTIME_DIR=$home
# shellcheck disable=SC2016 # expanded by the inner bash, from its arguments
xvfb-run -a -s '-screen 0 1400x1000x24' bash -c '
  for _ in $(seq "$1"); do "$2" bare; "$2" wizard; done' _ "$runs" "$bin" |
  awk '
    { split($2, s, "="); split($3, r, "="); start[$1] = start[$1] " " s[2]; rss[$1] = rss[$1] " " r[2] }
    function median(list,   a, n, i, j, t) {
      n = split(list, a, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END {
      bs = median(start["bare"]); ws = median(start["wizard"])
      br = median(rss["bare"]);   wr = median(rss["wizard"])
      printf "cold start to first page painted: wizard %d ms, bare QWizard %d ms (x%.2f)\n", ws, bs, ws / bs
      printf "memory at rest (RSS):             wizard %d KiB, bare QWizard %d KiB (x%.2f)\n", wr, br, wr / br
    }'
