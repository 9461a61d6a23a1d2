#!/usr/bin/env bash
# What metrics cost, measured side by side in one run (numbers and method: docs/performance.md):
#   1. JMH: a function entry + return through the hook with HerthonMetrics bound, against the same
#      with nothing listening (target: <= 40 ns more per call);
#   2. start-up: ./herthon -c pass against ./herthon --metrics-port=0 -c pass, interleaved
#      (A B A B ...), medians of RUNS each (target: <= 50 ms more).
#
#   bash bench/metrics.sh                      builds, then runs both (about 3 minutes on 2 cores)
#   SKIP_BUILD=1 RUNS=10 JMH_OPTS="-f 1 -wi 2 -i 3" bash bench/metrics.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
JAVA=${JAVA:-java}
JMH_OPTS=${JMH_OPTS:--f 2 -wi 3 -i 5 -w 1s -r 1s}
RUNS=${RUNS:-10}
OUT=${OUT:-$(mktemp -d /tmp/herthon-bench.XXXXXX)}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -ntp package -DskipTests
  mvn -q -B -ntp test-compile -pl metrics -am
fi

# A private copy of the library (a tracer attached to native/target/libherthon.so elsewhere would
# turn the markers on in this run too), and of the classes (a build during the run cannot pull
# them away).
cp native/target/libherthon.so "$OUT/libherthon.so"
mkdir -p "$OUT/cp"
cp -r metrics/target/test-classes "$OUT/cp/test-classes"
cp -r metrics/target/classes "$OUT/cp/metrics-classes"
cp -r bridge/target/classes "$OUT/cp/bridge-classes"
cp -r events/target/classes "$OUT/cp/events-classes"
cp="$OUT/cp/test-classes:$OUT/cp/metrics-classes:$OUT/cp/bridge-classes:$OUT/cp/events-classes"
IFS=: read -ra entries <metrics/target/test-classpath.txt || true  # no newline at the end
for entry in "${entries[@]}"; do
  case "$entry" in */org/herthon/*|*/target/classes) continue ;; esac
  cp="$cp:$entry"
done

echo "== JMH: entry + return through the hook, metrics off / on"
# shellcheck disable=SC2086
"$JAVA" -cp "$cp" org.openjdk.jmh.Main 'org.herthon.metrics.bench.MetricsProbeBench' $JMH_OPTS -bm avgt -tu ns \
  -jvmArgsPrepend "-Dherthon.library=$OUT/libherthon.so" -rf json -rff "$OUT/jmh.json" >"$OUT/jmh.log"
/usr/bin/python3.11 - "$OUT/jmh.json" <<'PY'
import json, sys
scores = {r["params"]["metrics"]: r["primaryMetric"]["score"] for r in json.load(open(sys.argv[1]))}
print("  metrics off: %6.2f ns per call" % scores["off"])
print("  metrics on:  %6.2f ns per call" % scores["on"])
print("  added:       %6.2f ns per call (target <= 40)" % (scores["on"] - scores["off"]))
PY

echo "== start-up: ./herthon -c pass, without and with --metrics-port=0 ($RUNS runs each, interleaved)"
# The first run of each variant makes its class-data archive in the background: make both, and
# wait for them (the launcher holds this lock while it makes one), so the runs measured use them.
for args in "-c pass" "--metrics-port=0 -c pass"; do
  # shellcheck disable=SC2086
  ./herthon $args 2>/dev/null
  sleep 1
  flock interpreter/target/cds/lock true 2>/dev/null || true
done
: >"$OUT/startup.txt"
for _ in $(seq "$RUNS"); do
  for variant in plain metrics; do
    if [ $variant = plain ]; then args=(-c pass); else args=(--metrics-port=0 -c pass); fi
    start=$(date +%s%N)
    ./herthon "${args[@]}" 2>/dev/null
    end=$(date +%s%N)
    echo "$variant $(( (end - start) / 1000000 ))" >>"$OUT/startup.txt"
  done
done
/usr/bin/python3.11 - "$OUT/startup.txt" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    variant, ms = line.split()
    runs.setdefault(variant, []).append(int(ms))
plain, metrics = statistics.median(runs["plain"]), statistics.median(runs["metrics"])
print("  -c pass:                  median %4.0f ms" % plain)
print("  --metrics-port=0 -c pass: median %4.0f ms" % metrics)
print("  added:                    %4.0f ms (target <= 50)" % (metrics - plain))
PY
echo "machine: $(nproc) cores, $(uname -r); $("$JAVA" -version 2>&1 | head -1); JMH $JMH_OPTS; results in $OUT"
