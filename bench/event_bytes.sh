#!/usr/bin/env bash
# Bytes JFR writes per event, by what the event carries (EventBytes in the bridge's bench
# package): what a trace's bytes per Herthon call can come down to. About 20 seconds.
#   bash bench/event_bytes.sh            builds the bridge's test classes first
#   SKIP_BUILD=1 bash bench/event_bytes.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -ntp test-compile -pl bridge -am
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# shellcheck source=bench/snapshot.sh
. "$root/bench/snapshot.sh"
"${JAVA:-java}" -cp "$(snapshot_classpath "$out/classpath")" org.herthon.bridge.bench.EventBytes
