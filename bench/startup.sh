#!/usr/bin/env bash
# Start-up of ./herthon -c pass on each JDK, whole processes, interleaved (17 25 17 25 ...),
# medians of RUNS, with the peak RSS: the figures of the README's "Start-up" section.
#
#   bash bench/startup.sh                         the java on PATH and every JDK 17+ under /usr/lib/jvm
#   RUNS=20 bash bench/startup.sh /path/to/jdk ...  these JDK homes
#
# Each JDK first gets its class-data archive (the first run makes it in the background; the script
# waits for it), so what is measured is what every run after the first one costs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
RUNS=${RUNS:-10}
ARGS=${ARGS:--c pass}

homes=()
if [ $# -gt 0 ]; then
  homes=("$@")
else
  homes+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  for home in /usr/lib/jvm/*/; do
    home=$(readlink -f "$home")
    [ -x "$home/bin/java" ] && [ -f "$home/release" ] || continue
    feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
    [ "${feature:-0}" -ge 17 ] || continue
    case " ${homes[*]} " in *" $home "*) ;; *) homes+=("$home") ;; esac
  done
fi

[ -f interpreter/target/runtime-classpath.txt ] || mvn -q -B -ntp package -DskipTests
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for home in "${homes[@]}"; do
  # shellcheck disable=SC2086
  JAVA=$home/bin/java ./herthon $ARGS >/dev/null
  sleep 1
  flock interpreter/target/cds/lock true 2>/dev/null || true
done
for _ in $(seq "$RUNS"); do
  for home in "${homes[@]}"; do
    # shellcheck disable=SC2086
    JAVA=$home/bin/java /usr/bin/time -f "$home %e %M" -o "$out.one" ./herthon $ARGS >/dev/null
    cat "$out.one" >>"$out"
  done
done
rm -f "$out.one"
python3 - "$out" "$ARGS" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    home, wall, rss = line.split()
    runs.setdefault(home, []).append((float(wall), int(rss)))
for home, values in runs.items():
    version = "?"
    for line in open(home + "/release"):
        if line.startswith("JAVA_VERSION="):
            version = line.split("=", 1)[1].strip().strip('"')
    wall = statistics.median(w for w, _ in values)
    rss = max(r for _, r in values) / 1024
    print("JDK %-10s ./herthon %s: median %4.0f ms (%d runs), peak RSS %3.0f MiB  %s" % (version, sys.argv[2], wall * 1000, len(values), rss, home))
PY
echo "machine: $(nproc) cores, $(uname -r), load average $(cut -d' ' -f1-3 /proc/loadavg)"
