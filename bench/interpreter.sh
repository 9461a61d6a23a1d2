#!/usr/bin/env bash
# Interpreter speed, measured side by side in one run (numbers go to docs/performance.md):
#   fib(32) and a line-heavy loop: Herthon (probes present, nobody listening) vs CPython 3.11,
#   Herthon vs Herthon --no-probes, and start-up alone (-c pass).
# Wall times of whole commands (JVM start-up included), alternating the contenders, RUNS rounds;
# medians are reported. Usage: bash bench/interpreter.sh [RUNS]   (default 7)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-7}
python=/usr/bin/python3.11
[ -x "$python" ] || { echo "bench: needs Debian's CPython 3.11 at $python" >&2; exit 2; }
"$root/herthon" -c pass >/dev/null   # builds on first use

wall() {  # prints the wall time of a command in seconds, discarding its output
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }'
}

declare -A samples
contenders=(
  "fib:cpython|$python $root/bench/programs/fib.py"
  "fib:herthon|$root/herthon $root/bench/programs/fib.py"
  "fib:herthon-no-probes|$root/herthon --no-probes $root/bench/programs/fib.py"
  "loop:cpython|$python $root/bench/programs/line_loop.py"
  "loop:herthon|$root/herthon $root/bench/programs/line_loop.py"
  "loop:herthon-no-probes|$root/herthon --no-probes $root/bench/programs/line_loop.py"
  "startup:cpython|$python -c pass"
  "startup:herthon|$root/herthon -c pass"
)
for ((round = 1; round <= runs; round++)); do
  for contender in "${contenders[@]}"; do
    name=${contender%%|*}
    # shellcheck disable=SC2086
    samples[$name]+="$(wall ${contender#*|}) "
  done
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf '%-26s %10s   (median of %d, seconds, JVM start-up included)\n' contender median "$runs"
declare -A med
for contender in "${contenders[@]}"; do
  name=${contender%%|*}
  med[$name]=$(median "${samples[$name]}")
  printf '%-26s %10.3f\n' "$name" "${med[$name]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
echo
echo "fib(32): herthon / cpython             = $(ratio "${med[fib:herthon]}" "${med[fib:cpython]}")   (target <= 2)"
echo "fib(32): probes present / --no-probes   = $(ratio "${med[fib:herthon]}" "${med[fib:herthon-no-probes]}")   (target <= 1.05)"
echo "loop:    herthon / cpython              = $(ratio "${med[loop:herthon]}" "${med[loop:cpython]}")"
echo "loop:    probes present / --no-probes   = $(ratio "${med[loop:herthon]}" "${med[loop:herthon-no-probes]}")   (target <= 1.05)"
echo "start-up: herthon / cpython             = $(ratio "${med[startup:herthon]}" "${med[startup:cpython]}")"
