#!/usr/bin/env bash
# The install test, after csi was installed with the p2 director into a plain platform IDE from our
# update site only: starts that IDE, opens an example plan in it, and checks from the inside (the
# org.csi.install.smoke bundle) that the plan opened in the CSI editor with its problem markers.
set -euo pipefail
ide="$1"
examples="$(cd "$2" && pwd)"
out="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rm -rf "$out"
mkdir -p "$out"
if [ -z "${DISPLAY:-}" ]; then
  echo "install test: the IDE needs a display; run under xvfb-run (tools/test does)" >&2
  exit 1
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
launcher="$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)"
echo "install test: csi bundles in the IDE:" $(cd "$ide/plugins" && ls -d org.csi.* | sed 's/_.*//' | sort -u)
status=0
timeout 300 "$java" -Dcsi.install.plans="$examples" -Dcsi.install.open=service-desk/measures.csi \
  -Dcsi.install.result="$out/result.txt" -Dcsi.install.screenshot="$out/installed-ide.png" \
  -jar "$launcher" -data "$out/workspace" -consoleLog > "$out/ide.log" 2>&1 || status=$?
if [ ! -f "$out/result.txt" ]; then
  echo "install test: the IDE wrote no result (exit status $status); its log:" >&2
  tail -50 "$out/ide.log" >&2
  exit 1
fi
if ! diff -u "$here/expected-result.txt" "$out/result.txt"; then
  echo "install test: the installed IDE did not show the plan as expected (diff above; log in $out/ide.log)" >&2
  exit 1
fi
echo "install test: the example plan opened in the CSI editor with its markers (screenshot: $out/installed-ide.png)"
