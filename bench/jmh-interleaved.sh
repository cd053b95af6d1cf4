#!/usr/bin/env bash
# The switch microbenchmark in single-fork JVMs taken in turn: untraced, no-op instrument, traced,
# round after round, so that the machine's drift over minutes falls on all three alike (plain
# jmh.sh runs every fork of one kind before the next kind). Prints each round and the medians.
# Usage: bench/jmh-interleaved.sh [ROUNDS]   (build first: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-8}
java_bin=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/test-cp.txt)"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for r in $(seq 1 "$rounds"); do
  line="round $r"
  for trace in off noop on; do
    score=$("$java_bin" --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main \
      SwitchBenchmark -p trace="$trace" -f 1 -wi 4 -i 4 -w 1 -r 1 2>/dev/null \
      | awk '/^SwitchBenchmark.taskSwitch/ {print $5}')
    line="$line $trace=$score"
  done
  echo "$line" | tee -a "$out"
done
python3 - "$out" <<'PY'
import re, statistics, sys
rows = [{k: float(v) for k, v in re.findall(r'(\w+)=([\d.]+)', l)} for l in open(sys.argv[1])]
rows = [r for r in rows if len(r) == 3]
for kind in ('noop', 'on'):
    pct = [100 * (r[kind] - r['off']) / r['off'] for r in rows]
    print("%s_overhead_pct per round: %s" % (kind, ", ".join("%.1f" % x for x in pct)))
    print("%s_overhead_pct_median=%.1f" % (kind, statistics.median(pct)))
print("median_ns off=%.1f noop=%.1f on=%.1f" % tuple(statistics.median(r[k] for r in rows) for k in ('off', 'noop', 'on')))
PY
