#!/usr/bin/env bash
# Cost per marker hit with bpftrace attached: Herthon's herthon:function__return (a JVM firing
# through the bridge into libherthon) against CPython 3.11's own python:function__return, under
# the same bpftrace program, on this machine, in one run.
#
#   bash bench/usdt_vs_cpython.sh            N=2000000 hits per run, REPS=5 rounds
#   N=1000000 REPS=3 bash bench/usdt_vs_cpython.sh
#   SKIP_BUILD=1 ... skips the Maven build;  JAVA=/path/to/java ... picks the JVM
#
# Each round runs, alternating which runtime goes first:
#   CPython: bench/empty_calls.py N (N calls of an empty function), without and with bpftrace
#            running  usdt:/usr/bin/python3.11:python:function__return { @ = count(); }
#   JVM:     org.herthon.bridge.bench.FireReturns N (warm-up, then N guarded function__return
#            firings), without and with the same program on usdt:<libherthon.so>:herthon:function__return
# bpftrace is started before the process and must print READY from BEGIN first (every probe is
# attached by then). Both processes time their loop inside themselves (perf_counter_ns,
# System.nanoTime), so start-up is excluded. Cost per hit = (time with - time without) / hits,
# hits = bpftrace's count minus the firings outside the timed loop (CPython: start-up, measured
# once with N=0; JVM: the warm-up, which it reports), checked to equal N. Medians over REPS.
#
# The JVM loads a private copy of native/target/libherthon.so (same bytes, in a temp dir), so a
# bpftrace that another test run attaches to native/target/libherthon.so cannot set its
# semaphores or add to its count. Needs root (bpftrace).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
N=${N:-2000000}
REPS=${REPS:-5}
PYTHON=${PYTHON:-/usr/bin/python3.11}
JAVA=${JAVA:-java}
BPFTRACE=${BPFTRACE:-bpftrace}
ANALYSE=/usr/bin/python3.11

[ "$(id -u)" = 0 ] || { echo "bench: bpftrace needs root" >&2; exit 2; }
[ -x "$PYTHON" ] || { echo "bench: needs Debian's CPython 3.11 at $PYTHON" >&2; exit 2; }
command -v "$BPFTRACE" >/dev/null || { echo "bench: no bpftrace" >&2; exit 2; }
ulimit -l unlimited 2>/dev/null || true   # bpftrace 0.17 warns about RLIMIT_MEMLOCK otherwise

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q install -DskipTests -pl native,events,bridge -am
fi

work=$(mktemp -d /tmp/herthon-usdt-bench.XXXXXX)
bpf_pid=
cleanup() {
  if [ -n "$bpf_pid" ]; then kill -INT "$bpf_pid" 2>/dev/null || true; wait "$bpf_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

lib="$work/libherthon.so"
cp native/target/libherthon.so "$lib"
# shellcheck source=bench/snapshot.sh
. "$root/bench/snapshot.sh"
cp=$(snapshot_classpath "$work/classpath")

program() {  # the one bpftrace program, on the probe $1
  printf 'BEGIN { printf("READY\\n"); }\n%s { @ = count(); }\n' "$1"
}
program "usdt:$PYTHON:python:function__return" >"$work/cpython.bt"
program "usdt:$lib:herthon:function__return" >"$work/herthon.bt"

start_bpftrace() {  # $1: program file; returns once READY is printed
  : >"$work/bpftrace.out"
  "$BPFTRACE" "$1" >"$work/bpftrace.out" 2>&1 &
  bpf_pid=$!
  for ((i = 0; i < 600; i++)); do
    grep -q '^READY' "$work/bpftrace.out" && return 0
    kill -0 "$bpf_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "bench: bpftrace did not attach:" >&2
  cat "$work/bpftrace.out" >&2
  exit 1
}

stop_bpftrace() {  # detaches; sets bpf_count (not in a subshell: wait needs the parent shell)
  kill -INT "$bpf_pid"
  wait "$bpf_pid" || true
  bpf_pid=
  bpf_count=$(sed -n 's/^@: \([0-9][0-9]*\)$/\1/p' "$work/bpftrace.out")
  if [ -z "$bpf_count" ]; then
    echo "bench: no count in bpftrace's output:" >&2
    cat "$work/bpftrace.out" >&2
    exit 1
  fi
}

field() {  # $1: name, $2: a line of name=value pairs
  sed -n "s/.*\\b$1=\\([-0-9.]*\\).*/\\1/p" <<<"$2"
}

run_cpython() {  # $1: calls; prints the process's line
  "$PYTHON" -I bench/empty_calls.py "$1"
}

run_jvm() {
  "$JAVA" -Dherthon.library="$lib" -cp "$cp" org.herthon.bridge.bench.FireReturns "$1"
}

results="$work/results.tsv"
printf 'runtime\ttraced\tround\telapsed_ns\tbpftrace_count\ttimed_hits\tnative_call_ns\n' >"$results"

# CPython fires function__return during start-up and for main() and <module> too: count them once.
start_bpftrace "$work/cpython.bt"
calibration=$(run_cpython 0)   # run exactly as the measured runs are
stop_bpftrace
[ -n "$(field elapsed_ns "$calibration")" ] || { echo "bench: $PYTHON bench/empty_calls.py 0 failed" >&2; exit 1; }
cpython_extra=$bpf_count
echo "CPython start-up and main(): $cpython_extra function__return hits (N=0), subtracted below"

measure() {  # $1: cpython|jvm, $2: round
  local runtime=$1 round=$2 line elapsed count extra hits attempt native
  line=$(run_"$runtime" "$N")
  elapsed=$(field elapsed_ns "$line")
  native=$(field native_call_ns "$line"); native=${native:--}
  if [ "$runtime" = jvm ] && [ "$(field fired "$line")" != 0 ]; then
    echo "bench: the JVM saw function__return traced with no bpftrace of ours attached: $line" >&2
    exit 1
  fi
  printf '%s\t0\t%s\t%s\t-\t-\t%s\n' "$runtime" "$round" "$elapsed" "$native" >>"$results"
  for ((attempt = 1; attempt <= 3; attempt++)); do
    if [ "$runtime" = cpython ]; then start_bpftrace "$work/cpython.bt"; else start_bpftrace "$work/herthon.bt"; fi
    line=$(run_"$runtime" "$N")
    stop_bpftrace
    count=$bpf_count
    elapsed=$(field elapsed_ns "$line")
    if [ "$runtime" = cpython ]; then extra=$cpython_extra; else extra=$(field warmup_fired "$line"); fi
    hits=$((count - extra))
    if [ "$hits" = "$N" ]; then
      printf '%s\t1\t%s\t%s\t%s\t%s\t-\n' "$runtime" "$round" "$elapsed" "$count" "$hits" >>"$results"
      return 0
    fi
    # Another process running the same binary (e.g. a test's python3) adds to the count. A
    # handful of stray hits (< 0.01% of N) changes no digit of the result: note them, keep the run.
    if ((hits > N && (hits - N) * 10000 < N)); then
      echo "bench: round $round $runtime: bpftrace counted $count = $N + $extra + $((hits - N)) stray hit(s) from elsewhere; kept" >&2
      printf '%s\t1\t%s\t%s\t%s\t%s\t-\n' "$runtime" "$round" "$elapsed" "$count" "$hits" >>"$results"
      return 0
    fi
    echo "bench: round $round $runtime: bpftrace counted $count, expected $N + $extra; measuring again" >&2
  done
  echo "bench: round $round $runtime: hit count never matched" >&2
  exit 1
}

for ((round = 1; round <= REPS; round++)); do
  if ((round % 2)); then order="cpython jvm"; else order="jvm cpython"; fi
  for runtime in $order; do
    measure "$runtime" "$round"
  done
  echo "round $round/$REPS done"
done

echo
echo "machine: $(nproc) cores, $(uname -r); $("$JAVA" -version 2>&1 | head -1); $("$PYTHON" -V); $("$BPFTRACE" --version)"
echo "N = $N marker hits per traced run, $REPS rounds"
"$ANALYSE" - "$results" "$N" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
n = int(sys.argv[2])

def times(runtime, traced):
    return [int(r["elapsed_ns"]) for r in rows if r["runtime"] == runtime and r["traced"] == traced]

print()
print(f"{'runtime':8} {'round':>5} {'without bpftrace':>18} {'with bpftrace':>16} {'ns/hit':>8}")
cost = {}
for runtime in ("cpython", "jvm"):
    off, on = times(runtime, "0"), times(runtime, "1")
    for i, (a, b) in enumerate(zip(off, on), 1):
        print(f"{runtime:8} {i:5d} {a / 1e6:15.1f} ms {b / 1e6:13.1f} ms {(b - a) / n:8.1f}")
    cost[runtime] = (statistics.median(on) - statistics.median(off)) / n
    print(f"{runtime:8} {'median':>5} {statistics.median(off) / 1e6:15.1f} ms {statistics.median(on) / 1e6:13.1f} ms "
          f"{cost[runtime]:8.1f}")
native = [float(r["native_call_ns"]) for r in rows if r["runtime"] == "jvm" and r["native_call_ns"] not in ("-", "")]
print()
print(f"cost per hit, CPython python:function__return : {cost['cpython']:7.1f} ns")
print(f"cost per hit, Herthon herthon:function__return: {cost['jvm']:7.1f} ns"
      + (f"   (of which the call into libherthon, measured untraced: {statistics.median(native):.1f} ns)" if native else ""))
ratio = cost["jvm"] / cost["cpython"]
print(f"ratio JVM / CPython = {ratio:.3f}   (target <= 1.3: {'MET' if ratio <= 1.3 else 'NOT MET'})")
PY
