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

fail() { echo "herthon native build: $*" >&2; exit 1; }

cc=${CC:-gcc}
command -v "$cc" >/dev/null 2>&1 || cc=cc
command -v "$cc" >/dev/null 2>&1 \
  || fail "no C compiler found: install gcc (Debian/Ubuntu: apt-get install gcc; Fedora: dnf install gcc; macOS: xcode-select --install)"
command -v dtrace >/dev/null 2>&1 \
  || fail "no dtrace command found: install systemtap-sdt-dev (Debian/Ubuntu: apt-get install systemtap-sdt-dev; Fedora: dnf install systemtap-sdt-devel)"

# jni.h and jni_md.h: the JDK that runs the build (Maven passes JAVA_HOME) has them.
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[ -f "$java_home/include/jni.h" ] \
  || fail "jni.h not found under $java_home/include: set JAVA_HOME to a JDK (not a JRE)"
jni_includes=(-I"$java_home/include" -I"$java_home/include/linux" -I"$java_home/include/darwin")

case "$(uname -s)" in
  Darwin)
    dtrace -h -s "$here/herthon.d" -o "$out/herthon_provider.h"
    "$cc" -O2 -fPIC -dynamiclib -I"$out" "${jni_includes[@]}" -o "$out/libherthon.dylib" "$here/herthon_probes.c"
    lib=$out/libherthon.dylib
    ;;
  *)
    echo '#include <sys/sdt.h>' | "$cc" -E -x c - >/dev/null 2>&1 \
      || fail "sys/sdt.h not found: install systemtap-sdt-dev (Debian/Ubuntu: apt-get install systemtap-sdt-dev; Fedora: dnf install systemtap-sdt-devel)"
    dtrace -h -s "$here/herthon.d" -o "$out/herthon_provider.h"
    dtrace -G -s "$here/herthon.d" -o "$out/herthon_semaphores.o"
    "$cc" -O2 -fPIC -fvisibility=hidden -Wall -Werror -I"$out" "${jni_includes[@]}" -c "$here/herthon_probes.c" -o "$out/herthon_probes.o"
    "$cc" -shared -o "$out/libherthon.so" "$out/herthon_probes.o" "$out/herthon_semaphores.o"
    lib=$out/libherthon.so
    ;;
esac

if [ -n "$resources" ]; then
  os=$(uname -s | tr '[:upper:]' '[:lower:]')
  case "$(uname -m)" in
    x86_64|amd64) arch=x86-64 ;;
    aarch64|arm64) arch=aarch64 ;;
    *) arch=$(uname -m) ;;
  esac
  mkdir -p "$resources/$os-$arch"
  cp "$lib" "$resources/$os-$arch/"
fi
echo "built $lib"
