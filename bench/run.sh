#!/usr/bin/env bash
# Benchmark: the service vs the lower bound vs a naive client, side by side, then a bounded load test.
# Everything runs on loopback against an in-process synthetic FHIR server. Results: target/bench/results.md
# Options as -D flags, e.g.: bench/run.sh -Dbench.sizes=10000 -Dbench.latencyMs=5 -Dbench.loadSeconds=0
# Then the history endpoints over 200 practices x 365 days in PostgreSQL (HistoryBenchmark: target/bench/history.md;
# needs Debian's postgresql package, as the tests do). BENCH=history runs only that one.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ "${BENCH:-all}" != history ]; then
    java -Xmx3g "$@" -cp "$classpath" io.github.recordaccess.bench.Benchmark
fi
exec java "$@" -cp "$classpath" io.github.recordaccess.bench.HistoryBenchmark
