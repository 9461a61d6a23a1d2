#!/usr/bin/env bash
# Probe-layer benchmarks (JMH), measured side by side in one run, with the ratios against the
# targets printed at the end (numbers and method: docs/performance.md).
#
#   bash bench/probes.sh                 builds native, events and bridge, then runs everything
#   SKIP_BUILD=1 bash bench/probes.sh    runs what is built
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bash bench/probes.sh   on another JDK
#   JMH_OPTS="-f 1 -wi 2 -i 3 -w 1s -r 1s" bash bench/probes.sh           shorter, noisier
#   BENCH='JfrProbeBench' bash bench/probes.sh                             one class only
#
# Benchmarks (bridge/src/test/java/org/herthon/bridge/bench/):
#   DisabledProbeBench  a guarded probe site in a small loop, nothing listening, against the same
#                       loop in a JVM with -Dherthon.probes=off (target: <= 1 ns per site)
#   JfrProbeBench       with a JFR recording on disk: the commit of a bare one-long event, the
#                       hook firing function__entry with only herthon.FunctionEntry enabled, the
#                       twin committed directly, and entry+return pairs (target: hook / direct <= 1.1)
# Defaults: 2 forks x (3 x 1 s warm-up + 5 x 1 s measurement) per benchmark, average time in ns;
# about 4 minutes on 2 cores. Results (JMH JSON and log) are kept in OUT (a temp dir by default).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
JAVA=${JAVA:-java}
JMH_OPTS=${JMH_OPTS:--f 2 -wi 3 -i 5 -w 1s -r 1s}
BENCH=${BENCH:-org.herthon.bridge.bench.(DisabledProbeBench|JfrProbeBench)}
OUT=${OUT:-$(mktemp -d /tmp/herthon-bench.XXXXXX)}
mkdir -p "$OUT"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q install -DskipTests -pl native,events,bridge -am
fi

# A private copy of the library: a bpftrace attached to native/target/libherthon.so by another
# test run would set the semaphores of every process mapping that file, ours included.
cp native/target/libherthon.so "$OUT/libherthon.so"
# shellcheck source=bench/snapshot.sh
. "$root/bench/snapshot.sh"
cp=$(snapshot_classpath "$OUT/classpath")

# shellcheck disable=SC2086
"$JAVA" -cp "$cp" org.openjdk.jmh.Main "$BENCH" $JMH_OPTS -bm avgt -tu ns \
  -jvmArgsPrepend "-Dherthon.library=$OUT/libherthon.so" \
  -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.log"

echo
echo "machine: $(nproc) cores, $(uname -r); $("$JAVA" -version 2>&1 | head -1); JMH $JMH_OPTS"
/usr/bin/python3.11 bench/jmh_ratios.py "$OUT/jmh.json"
echo "(JMH results: $OUT/jmh.json, log: $OUT/jmh.log)"
