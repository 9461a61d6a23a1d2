#!/usr/bin/env bash
# Builds native/target/libherthon.so from herthon.d and herthon_probes.c.
#
# Linux: systemtap-sdt-dev's `dtrace -h` makes the header, `dtrace -G` the semaphores' object.
# macOS: the system `dtrace -h` makes a header whose probes and is-enabled checks need no -G
#        step; the library is then libherthon.dylib. (Written for macOS, not run in CI.)
#
# Run by `mvn install` (native/pom.xml) or by hand: bash native/build.sh [output-dir [resource-dir]]
# With a resource-dir, the library is also copied to resource-dir/<os>-<arch>/ (the names JNA used for
# the platform, e.g. linux-x86-64), where the bridge looks for it inside the jar.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/target}
resources=${2:-}
mkdir -p "$out"

os=$(uname -s | tr '[:upper:]' '[:lower:]')
case "$(uname -m)" in
  x86_64|amd64) arch=x86-64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) arch=$(uname -m) ;;
esac

fail() { echo "herthon native build: $*" >&2; exit 1; }

# A missing tool (C compiler, dtrace, sys/sdt.h, jni.h) does not fail the build: Herthon then runs
# with JFR events and metrics only. The reason goes to $out/libherthon.unavailable, where the bridge
# reads it for its one warning line at run time; the build says it in one line too (not when
# HERTHON_NATIVE_QUIET is set: ./herthon's first-run build, whose run says it anyway). With CI=true
# a missing tool fails the build, so CI never passes without the markers.
unavailable() {
  local reason="$1, then rebuild (mvn package -DskipTests)"
  [ "${CI:-}" != true ] || fail "$reason"
  rm -rf "$out/libherthon.so" "$out/libherthon.dylib" "$out/tapset"
  [ -z "$resources" ] || rm -rf "${resources:?}/$os-$arch"
  echo "$reason" > "$out/libherthon.unavailable"
  [ -n "${HERTHON_NATIVE_QUIET:-}" ] \
    || echo "herthon native build: libherthon not built, Herthon will run with JFR events only (no USDT markers): $reason" >&2
  exit 0
}
rm -f "$out/libherthon.unavailable"

sdt="install systemtap-sdt-dev (Debian/Ubuntu: apt-get install systemtap-sdt-dev; Fedora: dnf install systemtap-sdt-devel)"
cc=${CC:-gcc}
command -v "$cc" >/dev/null 2>&1 || cc=cc
command -v "$cc" >/dev/null 2>&1 || unavailable "no C compiler found: install gcc (Debian/Ubuntu: apt-get install gcc; Fedora: dnf install gcc; macOS: xcode-select --install)"
command -v dtrace >/dev/null 2>&1 || unavailable "no dtrace command found: $sdt"

# jni.h and jni_md.h: the JDK that runs the build (Maven passes JAVA_HOME) has them.
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[ -f "$java_home/include/jni.h" ] \
  || unavailable "jni.h not found under $java_home/include: set JAVA_HOME to a JDK (not a JRE)"
jni_includes=(-I"$java_home/include" -I"$java_home/include/linux" -I"$java_home/include/darwin")

case "$(uname -s)" in
  Darwin)
    dtrace -h -s "$here/herthon.d" -o "$out/herthon_provider.h"
    "$cc" -O2 -fPIC -dynamiclib -I"$out" "${jni_includes[@]}" -o "$out/libherthon.dylib" "$here/herthon_probes.c"
    lib=$out/libherthon.dylib
    ;;
  *)
    echo '#include <sys/sdt.h>' | "$cc" -E -x c - >/dev/null 2>&1 \
      || unavailable "sys/sdt.h not found: $sdt"
    dtrace -h -s "$here/herthon.d" -o "$out/herthon_provider.h"
    dtrace -G -s "$here/herthon.d" -o "$out/herthon_semaphores.o"
    "$cc" -O2 -fPIC -fvisibility=hidden -Wall -Werror -I"$out" "${jni_includes[@]}" -c "$here/herthon_probes.c" -o "$out/herthon_probes.o"
    "$cc" -shared -o "$out/libherthon.so" "$out/herthon_probes.o" "$out/herthon_semaphores.o"
    lib=$out/libherthon.so
    ;;
esac

# The SystemTap tapset for this library (a tapset must name the library's absolute path):
# stap -I "$out/tapset" finds it; `herthon --probes` names the directory.
bash "$here/tapset/install.sh" "$lib" "$out/tapset" >/dev/null

if [ -n "$resources" ]; then
  mkdir -p "$resources/$os-$arch"
  cp "$lib" "$resources/$os-$arch/"
  # The bridge writes the tapset from this template next to the library it extracts from the jar.
  cp "$here/tapset/herthon.stp.in" "$resources/"
fi
echo "built $lib"
