#!/usr/bin/env bash
# Loopscope's loop beside CPython asyncio on the same work, in the same run:
# N tasks each awaiting sleep(0) K times. Prints both figures and the ratios.
# Usage: bench/compare-switch.sh [TASKS] [AWAITS]   (build first: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
tasks=${1:-100}
awaits=${2:-10000}
java_bin=${JAVA:-}
if [ -z "$java_bin" ]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java; do
    if "$j" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then java_bin=$j; break; fi
  done
fi
[ -n "$java_bin" ] || { echo "need a JDK 21+ (set JAVA=/path/to/java)" >&2; exit 1; }
value() { grep -o "$1=[0-9.]*" | tail -1 | cut -d= -f2; }

py=$(python3 bench/switch.py --tasks "$tasks" --awaits "$awaits" | value switches_per_sec)
# One JVM runs untraced and traced loops alternately (bench switch --trace both), so both see the
# same JIT and the same machine; separate JVMs differed by up to 5 % between runs.
both=$("$java_bin" -jar target/loopscope.jar bench switch --tasks "$tasks" --awaits "$awaits" --trace both --repeats 9 | tee /dev/stderr)
off=$(echo "$both" | value trace_off_switches_per_sec)
on=$(echo "$both" | value trace_on_switches_per_sec)
paired=$(echo "$both" | grep -o 'paired_overhead_pct: min [0-9.]*, median [0-9.]*' | sed 's/.*median //')
echo "cpython_switches_per_sec=$py"
echo "loopscope_trace_off_switches_per_sec=$off"
echo "loopscope_trace_on_switches_per_sec=$on"
awk -v py="$py" -v off="$off" -v on="$on" -v paired="$paired" 'BEGIN {
  printf "ratio_trace_on_vs_cpython=%.2f\n", on / py
  printf "ratio_trace_off_vs_cpython=%.2f\n", off / py
  printf "paired_tracing_overhead_pct=%s\n", paired
  printf "tracing_overhead_pct=%.1f\n", (off - on) / off * 100
}'
