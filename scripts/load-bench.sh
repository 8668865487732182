#!/usr/bin/env bash
# Load runs on demand (issue 13), never part of the build: the packaged service as its own process
# against the PBX simulator over real sockets. Figures print as they come and go to target/load/.
#
#   scripts/load-bench.sh throughput  [--db h2|postgres] [--rate 100] [--seconds 60] [--warmup 15]
#                                      [--warmup-rate rate/2] [--advisors 60] [--speed 50]
#   scripts/load-bench.sh concurrency [--db h2|postgres] [--callers 1000]
#   scripts/load-bench.sh ami-events  [--db h2|postgres] [--event-rates 2000,5000,10000,20000,40000]
#
# For a profiled run: LOAD_SERVICE_JAVA_OPTS (JVM options of the service, e.g.
# -XX:StartFlightRecording=settings=profile,filename=/tmp/run.jfr) and LOAD_H2_URL_OPTIONS
# (appended to the H2 URL, e.g. ';TRACE_LEVEL_FILE=2' to count the statements of a run).
#
# See BENCHMARKS.md for what each run measures and the figures of the last runs.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -lt 1 ]]; then
  sed -n '2,14p' "$0"
  exit 2
fi

# The jar under test, and the test classes that drive it (compiled by the same package).
./mvnw -B -q package -DskipTests
mkdir -p target/load
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/load/classpath.txt
echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB RAM; uptime:$(uptime)"
exec java -cp "target/test-classes:target/classes:$(cat target/load/classpath.txt)" \
  fr.cci.hotline.load.LoadBench "$@"
