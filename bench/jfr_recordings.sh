#!/usr/bin/env bash
# What a recording costs, measured side by side in one run (numbers go to docs/performance.md):
# fib(30) (2,692,537 Herthon calls) and the line-heavy loop, unrecorded, recorded with the
# always-on default (events/herthon.jfc) and with the full trace (events/herthon-trace.jfc).
# The recording is started as -XX:StartFlightRecording (what --jfr does, without the launcher's
# check of the file at exit). Wall times of whole commands (JVM start-up included), alternating
# the contenders, RUNS rounds; medians. Then the steady-state cost of a call, without JFR's fixed
# start-up and exit costs: bench/fib_calls.py (time per call inside the process, once the JIT has
# warmed up) unrecorded, with the default and with the trace, RUNS rounds, medians. Then the
# default recording's growth over a long run: the
# allocation-heavy simulation (collections are most of what herthon.jfc records) for 1 and for
# LONG repetitions (about a minute), size difference over time difference.
# Usage: bash bench/jfr_recordings.sh [RUNS [LONG]]   (defaults 5 and 30)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
long=${2:-30}
fib_calls=2692537
"$root/herthon" -c pass >/dev/null   # builds on first use
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

wall() {  # prints the wall time of a command in seconds, discarding its output
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }'
}
recording() {  # JVM options recording with settings file $1 into $2
  echo "-XX:StartFlightRecording:settings=$root/events/$1,filename=$2,dumponexit=true,maxsize=0 -Xlog:jfr+startup=error"
}

declare -A samples size
for ((round = 1; round <= runs; round++)); do
  for program in fib30 line_loop; do
    for settings in none herthon.jfc herthon-trace.jfc; do
      name=$program:$settings
      file=$out/$program-$settings.jfr
      opts=
      [ "$settings" = none ] || opts=$(recording "$settings" "$file")
      samples[$name]+="$(HERTHON_JAVA_OPTS="$opts" wall "$root/herthon" "$root/bench/programs/$program.py") "
      [ "$settings" = none ] || size[$name]=$(stat -c %s "$file")
    done
  done
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf '%-32s %10s %14s   (median of %d, seconds, JVM start-up included)\n' contender median "file bytes" "$runs"
declare -A med
for program in fib30 line_loop; do
  for settings in none herthon.jfc herthon-trace.jfc; do
    name=$program:$settings
    med[$name]=$(median "${samples[$name]}")
    printf '%-32s %10.3f %14s\n' "$name" "${med[$name]}" "${size[$name]:--}"
  done
done
echo
for program in fib30 line_loop; do
  awk -v a="${med[$program:herthon.jfc]}" -v b="${med[$program:none]}" -v p="$program" \
    'BEGIN { printf "%-10s default / unrecorded = %.3f\n", p, a / b }'
  awk -v a="${med[$program:herthon.jfc]}" -v s="${size[$program:herthon.jfc]}" -v p="$program" \
    'BEGIN { printf "%-10s default recording: %.2f MB per minute of run\n", p, s / 1e6 / (a / 60) }'
done
awk -v a="${med[fib30:herthon-trace.jfc]}" -v b="${med[fib30:none]}" -v s="${size[fib30:herthon-trace.jfc]}" -v n="$fib_calls" \
  'BEGIN { printf "fib(30)    trace: %.3f us added per call, %.1f bytes of recording per call\n", (a - b) * 1e6 / n, s / n }'

# Steady state: ns per call inside the process, alternating the settings each round.
declare -A per_call
for ((round = 1; round <= runs; round++)); do
  for settings in none herthon.jfc herthon-trace.jfc; do
    opts=
    [ "$settings" = none ] || opts=$(recording "$settings" "$out/steady-$settings.jfr")
    per_call[$settings]+="$(HERTHON_JAVA_OPTS="$opts" "$root/herthon" "$root/bench/fib_calls.py" 27 12 | awk '{ print $1 }') "
  done
done
for settings in none herthon.jfc herthon-trace.jfc; do per_call[$settings]=$(median "${per_call[$settings]}"); done
awk -v n="${per_call[none]}" -v d="${per_call[herthon.jfc]}" -v t="${per_call[herthon-trace.jfc]}" \
  'BEGIN { printf "steady state, fib(27) x 12 in one process: %.1f ns a call unrecorded, %.1f with the default (%.3f x), %.1f with the trace (+%.0f ns a call)\n", n, d, d / n, t, t - n }'

# Growth of the always-on recording in a long run (the fixed part, JFR's metadata and the first
# chunk's constants, is in both runs and cancels out).
sim=$root/bench/programs/simulation.py
short_wall=$(HERTHON_JAVA_OPTS="$(recording herthon.jfc "$out/short.jfr")" wall "$root/herthon" "$sim" 45000 1)
long_wall=$(HERTHON_JAVA_OPTS="$(recording herthon.jfc "$out/long.jfr")" wall "$root/herthon" "$sim" 45000 "$long")
awk -v a="$(stat -c %s "$out/short.jfr")" -v b="$(stat -c %s "$out/long.jfr")" -v s="$short_wall" -v l="$long_wall" \
  'BEGIN { printf "simulation default recording: %d bytes in %.1f s, %d bytes in %.1f s: %.2f MB per minute of run\n", a, s, b, l, (b - a) / 1e6 / ((l - s) / 60) }'
