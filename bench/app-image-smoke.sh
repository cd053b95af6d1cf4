#!/usr/bin/env bash
# Builds the self-contained app image (mvn -Papp-image) and checks that its launcher starts our Main
# on the bundled runtime. See docs/APP-IMAGE.md.
#
#   bench/app-image-smoke.sh               build, then the command-line check
#   bench/app-image-smoke.sh --no-build    check an image that is already built
#   bench/app-image-smoke.sh --window PNG  also open the window under Xvfb and save a screenshot
#                                          (needs xvfb and imagemagick)
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
window_png=""
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --window) window_png="${2:?--window needs a PNG path}"; shift ;;
    *) echo "usage: $0 [--no-build] [--window PNG]" >&2; exit 64 ;;
  esac
  shift
done

image=target/app-image/Loopscope
launcher="$image/bin/Loopscope"

if [ "$build" = 1 ]; then
  mvn -q -B -Papp-image -DskipTests package
fi

fail() { echo "app-image smoke: FAIL: $*" >&2; exit 1; }

[ -x "$launcher" ] || fail "no launcher at $launcher"
[ -f "$image/lib/app/loopscope.jar" ] || fail "no loopscope.jar in $image/lib/app"
[ -f "$image/lib/runtime/release" ] || fail "no bundled runtime in $image/lib/runtime"
grep -qx 'java-options=--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED' "$image/lib/app/Loopscope.cfg" \
  || fail "the launcher does not pass --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED"
echo "runtime: $(grep '^JAVA_VERSION=' "$image/lib/runtime/release")"
echo "modules: $(grep '^MODULES=' "$image/lib/runtime/release")"

# The command line, no display needed. `list` prints the patterns once the Cli has it; until then
# an unknown command must come back from our own Cli as a `loopscope:` error with exit 2.
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
set +e
"$launcher" list >"$out" 2>"$err"
rc=$?
set -e
if [ "$rc" = 0 ] && [ -s "$out" ]; then
  echo "Loopscope list: exit 0, $(wc -l <"$out") lines"
else
  set +e
  "$launcher" bogus >"$out" 2>"$err"
  rc=$?
  set -e
  [ "$rc" = 2 ] || { cat "$err" >&2; fail "Loopscope bogus: exit $rc, expected 2"; }
  grep -q '^loopscope:' "$err" || { cat "$err" >&2; fail "Loopscope bogus: no 'loopscope:' error"; }
  echo "Loopscope bogus: exit 2, $(head -1 "$err")"
fi

if [ -n "$window_png" ]; then
  command -v Xvfb >/dev/null && command -v import >/dev/null || fail "--window needs Xvfb and import"
  dispfile=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$dispfile" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -s "$dispfile" ] && break; sleep 0.1; done
  display=":$(tr -d '[:space:]' <"$dispfile")"
  rm -f "$dispfile"
  [ "$display" != ":" ] || { kill "$xvfb_pid" 2>/dev/null; fail "Xvfb did not start"; }
  DISPLAY="$display" "$launcher" >/dev/null 2>&1 &
  app_pid=$!
  sleep 6
  alive=0
  kill -0 "$app_pid" 2>/dev/null && alive=1
  DISPLAY="$display" import -window root "$window_png" || true
  kill "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$app_pid" "$xvfb_pid" 2>/dev/null || true
  [ "$alive" = 1 ] || fail "the window process exited before the screenshot"
  echo "window: $window_png"
fi

echo "image: $(du -sh "$image" | cut -f1) in $image"
echo "app-image smoke: OK"
