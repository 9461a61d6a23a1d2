# Sourced by the bench scripts. snapshot_classpath DIR copies the bridge's classes, test classes
# and dependencies into DIR and prints the class path of the copy, so a build that rewrites
# bridge/target during a long benchmark cannot pull classes away from under it.
snapshot_classpath() {
  local dest=$1 entry path
  mkdir -p "$dest"
  cp -r bridge/target/test-classes "$dest/test-classes"
  cp -r bridge/target/classes "$dest/classes"
  path="$dest/test-classes:$dest/classes"
  IFS=: read -ra entries <bridge/target/test-classpath.txt
  local n=0
  for entry in "${entries[@]}"; do
    if [ -d "$entry" ]; then  # a reactor module's classes (a build without install)
      n=$((n + 1))
      cp -r "$entry" "$dest/module$n"
      path="$path:$dest/module$n"
    else
      cp "$entry" "$dest/"
      path="$path:$dest/$(basename "$entry")"
    fi
  done
  echo "$path"
}
