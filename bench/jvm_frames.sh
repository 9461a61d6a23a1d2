#!/usr/bin/env bash
# Cost of the JVM frames named after Herthon functions (docs/jvm-frames.md), measured side by side
# in one run: each benchmark program (bench/programs) and start-up alone (-c pass) with naming on
# (the default) and with --no-jvm-frames, no recording. Wall times of whole commands (JVM start-up
# included), alternating on and off, RUNS rounds; medians and their ratio are reported.
# Usage: bash bench/jvm_frames.sh [RUNS]   (default 11)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-11}
"$root/herthon" -c pass >/dev/null   # builds on first use

wall() {  # prints the wall time of a command in seconds, discarding its output
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }'
}

programs=()
for program in "$root"/bench/programs/*.py; do programs+=("$(basename "$program" .py)|$program"); done
programs+=("startup|-c pass")

declare -A samples
for ((round = 1; round <= runs; round++)); do
  for entry in "${programs[@]}"; do
    name=${entry%%|*}
    # shellcheck disable=SC2086
    samples[$name:on]+="$(wall "$root/herthon" ${entry#*|}) "
    # shellcheck disable=SC2086
    samples[$name:off]+="$(wall "$root/herthon" --no-jvm-frames ${entry#*|}) "
  done
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf '%-12s %10s %10s %8s   (median of %d, seconds, JVM start-up included)\n' program on off on/off "$runs"
for entry in "${programs[@]}"; do
  name=${entry%%|*}
  on=$(median "${samples[$name:on]}")
  off=$(median "${samples[$name:off]}")
  printf '%-12s %10.3f %10.3f %8.3f\n' "$name" "$on" "$off" "$(awk -v a="$on" -v b="$off" 'BEGIN { print a / b }')"
done
echo "target: on/off <= 1.03 on every program"
