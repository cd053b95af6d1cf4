#!/usr/bin/env bash
# Every benchmark of docs/PERFORMANCE.md, one after the other, with the commands echoed.
# Build first: mvn -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
run() { echo "\$ $*"; "$@"; echo; }
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $("$java_bin" -version 2>&1 | head -1)"
run python3 bench/switch.py --tasks 100 --awaits 10000
run "$java_bin" -jar target/loopscope.jar bench switch --tasks 100 --awaits 10000 --trace both --repeats 9
run "$java_bin" -jar target/loopscope.jar bench overhead
run "$java_bin" -Xmx1g -jar target/loopscope.jar bench scale --requests 100000
run "$java_bin" -jar target/loopscope.jar bench timers
run "$java_bin" -jar target/loopscope.jar bench render --lanes 10000 --segments 1000000
run "$java_bin" -Djdk.virtualThreadScheduler.parallelism=1 -jar target/loopscope.jar bench mechanism
run "$java_bin" -jar target/loopscope.jar bench tracefile --events 1000000
run "$java_bin" -jar target/loopscope.jar bench soak --runs 1000
# The window under Monocle needs the test class path (Monocle is test-scoped) and runs on ZGC like the app's launchers.
if mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt >/dev/null 2>&1; then
  run "$java_bin" -XX:+UseZGC --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED -cp "target/classes:$(cat target/test-cp.txt)" \
    org.loopscope.app.Main bench live
fi
run bench/jmh.sh
run bench/jmh-interleaved.sh 8
