# Sourced by tools/mvn and tools/csi: picks a JDK 21+ and exports JAVA_HOME.
# Order: $CSI_JAVA_HOME, $JAVA_HOME, the Temurin 25 install, anything under /usr/lib/jvm.
csi_java_major() {
  "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1]; exit }'
}
csi_pick_jdk() {
  local candidate
  for candidate in "${CSI_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(csi_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "csi: no JDK 21 or newer found (looked at \$CSI_JAVA_HOME, \$JAVA_HOME and /usr/lib/jvm); install one and set JAVA_HOME" >&2
  return 1
}
