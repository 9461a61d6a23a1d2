#!/usr/bin/env bash
# Installs the Herthon SystemTap tapset: writes DEST/herthon.stp from herthon.stp.in, naming
# the libherthon.so to trace.
#
#   native/tapset/install.sh [LIBPATH] [DEST]
#
# LIBPATH  the library whose markers the tapset names (default: native/target/libherthon.so of
#          this source tree). Made absolute. A quoted shell glob is kept as it is (SystemTap
#          expands it when it compiles a script), e.g.
#          '/home/*/.cache/herthon/native/*/libherthon.so' for every copy the bridge extracted.
#          `./herthon --probes` prints the library a run uses on its first line (library: PATH),
#          and the tapset already written for it on its second (tapset: DIR): native/build.sh
#          and the bridge write one next to each library, so this script is for other copies.
# DEST     the tapset directory (default: /usr/share/systemtap/tapset, where stap looks by
#          itself); for another directory, run stap with -I DEST.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
template=$here/herthon.stp.in
lib=${1:-$here/../target/libherthon.so}
dest=${2:-/usr/share/systemtap/tapset}

fail() { echo "herthon tapset install: $*" >&2; exit 1; }

[ -f "$template" ] || fail "template $template not found"
case "$lib" in
  *'*'*|*'?'*|*'['*)
    # A glob: keep it, but it must be absolute and match something now.
    case "$lib" in /*) ;; *) fail "a glob LIBPATH must be absolute: $lib" ;; esac
    compgen -G "$lib" >/dev/null || echo "herthon tapset install: warning: nothing matches $lib yet" >&2
    ;;
  *)
    [ -f "$lib" ] || fail "no library at $lib (build it: mvn -q package -DskipTests)"
    lib=$(cd "$(dirname "$lib")" && pwd)/$(basename "$lib")
    ;;
esac
case "$lib" in *'"'*|*'|'*|*'\'*) fail "LIBPATH must not contain '\"', '|' or '\\': $lib" ;; esac

mkdir -p "$dest"
tmp=$(mktemp "$dest/.herthon.stp.XXXXXX")
trap 'rm -f "$tmp"' EXIT
{
  echo "// Written by native/tapset/install.sh from herthon.stp.in for $lib: edit the template, not this file."
  sed "s|@LIBHERTHON@|$lib|g" "$template"
} > "$tmp"
chmod 644 "$tmp"
mv -f "$tmp" "$dest/herthon.stp"
trap - EXIT
echo "installed $dest/herthon.stp for $lib"
