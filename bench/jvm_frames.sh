#!/usr/bin/env bash
# Cost of the JVM frames named after Herthon functions (docs/jvm-frames.md), measured side by side
# in one run: each benchmark program (bench/programs) and start-up alone (-c pass) with naming on
# (the default) and with --no-jvm-frames, no recording. Wall times of whole commands (JVM start-up
# included) and their CPU times (user + system, all of the JVM's threads), alternating on and off,
# RUNS rounds; medians and their ratios are reported. On a busy machine the CPU times are the
# steadier figure.
# Usage: bash bench/jvm_frames.sh [RUNS]   (default 11)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-11}
"$root/herthon" -c pass >/dev/null   # builds on first use

measure() {  # prints "WALL,CPU" of a command in seconds (bash's time keyword), discarding its output
  local TIMEFORMAT='%3R %3U %3S' times
  times=$({ time "$@" >/dev/null 2>&1; } 2>&1)
  awk '{ printf "%s,%.3f", $1, $2 + $3 }' <<<"$times"
}

programs=()
for program in "$root"/bench/programs/*.py; do programs+=("$(basename "$program" .py)|$program"); done
programs+=("startup|-c pass")

declare -A wall cpu
for ((round = 1; round <= runs; round++)); do
  for entry in "${programs[@]}"; do
    name=${entry%%|*}
    # shellcheck disable=SC2086
    sample=$(measure "$root/herthon" ${entry#*|})
    wall[$name:on]+="${sample%,*} "; cpu[$name:on]+="${sample#*,} "
    # shellcheck disable=SC2086
    sample=$(measure "$root/herthon" --no-jvm-frames ${entry#*|})
    wall[$name:off]+="${sample%,*} "; cpu[$name:off]+="${sample#*,} "
  done
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
printf '%-10s %8s %8s %7s   %8s %8s %7s   (medians of %d runs, seconds, JVM start-up included)\n' \
  program "wall on" off on/off "cpu on" off on/off "$runs"
for entry in "${programs[@]}"; do
  name=${entry%%|*}
  won=$(median "${wall[$name:on]}"); woff=$(median "${wall[$name:off]}")
  con=$(median "${cpu[$name:on]}"); coff=$(median "${cpu[$name:off]}")
  printf '%-10s %8.3f %8.3f %7s   %8.3f %8.3f %7s\n' "$name" "$won" "$woff" "$(ratio "$won" "$woff")" "$con" "$coff" "$(ratio "$con" "$coff")"
done
echo "target: on/off <= 1.03 on every program"
