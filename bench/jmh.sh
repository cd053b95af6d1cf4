#!/usr/bin/env bash
# The JMH microbenchmarks in the test sources (SwitchBenchmark, EventAppendBenchmark), forked JVMs
# on the JDK that runs this script. Arguments go to JMH (e.g. a benchmark name regex, -f 1).
# Build first: mvn -DskipTests package   (compiles the test sources and their JMH harness too)
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt >/dev/null
exec "$java_bin" --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" org.openjdk.jmh.Main "$@"
