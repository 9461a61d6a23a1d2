#!/usr/bin/env bash
# Writes expected/NAME.out: each benchmark program's stdout at its quick size, by CPython 3.11.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3.11
mkdir -p "$here/expected"
grep -v '^#' "$here/sizes.tsv" | while IFS=$'\t' read -r name full quick; do
  if [ "$quick" = "-" ]; then args=(); else args=("$quick" 1); fi
  "$python" "$here/$name.py" "${args[@]}" >"$here/expected/$name.out" 2>/dev/null
done
