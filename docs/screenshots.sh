#!/usr/bin/env bash
# Takes the README's screenshots of the real window under Xvfb (needs xvfb, imagemagick, libgtk-3-0).
# Build first: mvn -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
shot() {
  local name=$1; shift
  xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
    '$java_bin' --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED -XX:+UseZGC --enable-native-access=ALL-UNNAMED \
      -jar target/loopscope.jar $* >/dev/null 2>&1 &
    app=\$!
    sleep ${WAIT:-8}
    import -window root docs/screenshot-$name.png
    kill \$app" || true
  echo "docs/screenshot-$name.png"
}
shot gather --pattern gather --run --clock virtual --select 'main'
shot blocking_call --pattern blocking_call --run --clock virtual --tab python
shot run_in_executor --pattern run_in_executor --run --clock virtual --tab console
shot semaphore --pattern semaphore --run --clock real --param urls=200 --tab inspector
shot compare --pattern gather --compare sequential --run --tab about
shot blocking_call-dark-large --pattern blocking_call --run --clock virtual --dark --large-text
