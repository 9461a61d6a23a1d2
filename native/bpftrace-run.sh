#!/usr/bin/env bash
# Traces one run of a command with a bpftrace script from native/scripts/, then prints what the
# script printed:
#
#   native/bpftrace-run.sh SCRIPT.bt [SCRIPT-ARGS...] -- COMMAND [ARGS...]
#   native/bpftrace-run.sh native/scripts/call_stack.bt -- ./herthon examples/call_stack.py
#
# Why not `bpftrace -c COMMAND`: bpftrace 0.17 looks for the markers in the new process as soon
# as it starts it, before the JVM has loaded libherthon, and fails. So this starts bpftrace on
# the library's file (`./herthon --probes` says which: HERTHON_JAVA_OPTS=-Dherthon.library=...
# picks another), waits until every probe is attached (the script's BEGIN has printed "Hit
# Ctrl-C to end."), runs COMMAND, and stops bpftrace with SIGINT as Ctrl-C would. COMMAND's own
# output comes first, as it runs; the script's output follows, once bpftrace has stopped;
# bpftrace's diagnostics (stderr) are shown only if it fails. The exit status is COMMAND's.
#
# Every process that maps the library while bpftrace runs is traced, not only COMMAND's (the
# scripts show the pid where it matters). Needs root, as bpftrace does.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "bpftrace-run: $*" >&2; exit 2; }

[ $# -ge 1 ] || fail "usage: native/bpftrace-run.sh SCRIPT.bt [SCRIPT-ARGS...] -- COMMAND [ARGS...]"
script=$1; shift
[ -f "$script" ] || fail "no script at $script"
script_args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do script_args+=("$1"); shift; done
[ $# -ge 2 ] || fail "no command to trace: put it after --"
shift
command -v bpftrace >/dev/null 2>&1 || fail "bpftrace is not installed (Debian/Ubuntu: apt-get install bpftrace)"

lib=$("$here/../herthon" --probes | sed -n 's/^library: //p')
[ -f "$lib" ] || fail "./herthon --probes names no library (${lib:-nothing}): no markers to trace"

work=$(mktemp -d)
tracer=
cleanup() {
  if [ -n "$tracer" ]; then kill -KILL "$tracer" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Large perf buffers, so scripts that print every event lose none.
BPFTRACE_PERF_RB_PAGES=${BPFTRACE_PERF_RB_PAGES:-4096} \
  bpftrace "$script" "$lib" "${script_args[@]+"${script_args[@]}"}" >"$work/out" 2>"$work/err" &
tracer=$!
# Attaching takes a few seconds (more on a busy machine): wait for BEGIN, up to 2 minutes.
for _ in $(seq 1200); do
  grep -q 'Hit Ctrl-C to end\.' "$work/out" && break
  kill -0 "$tracer" 2>/dev/null || { cat "$work/out" "$work/err" >&2; tracer=; fail "bpftrace stopped before attaching"; }
  sleep 0.1
done
grep -q 'Hit Ctrl-C to end\.' "$work/out" || { cat "$work/out" "$work/err" >&2; fail "bpftrace did not attach within 2 minutes"; }

status=0
"$@" || status=$?

kill -INT "$tracer"
# bpftrace prints its END output and maps, detaches and exits. On a busy machine it has been
# seen to miss a SIGINT now and then: repeat it every 5 s, for up to a minute.
for tick in $(seq 600); do
  kill -0 "$tracer" 2>/dev/null || break
  if [ $((tick % 50)) -eq 0 ]; then kill -INT "$tracer" 2>/dev/null || true; fi
  sleep 0.1
done
if kill -0 "$tracer" 2>/dev/null; then
  cat "$work/out" "$work/err" >&2
  fail "bpftrace did not stop within a minute of SIGINT"
fi
traced=0
wait "$tracer" || traced=$?
tracer=
cat "$work/out"
if [ "$traced" -ne 0 ]; then
  cat "$work/err" >&2
  fail "bpftrace ended with status $traced"
fi
exit "$status"
