#!/usr/bin/env bash
# bench/jmh.sh: JMH, per-evaluation cost of anneal's compiled schedules against a hand-written
# method (the limit), Deeplearning4j's ISchedule and DJL's Tracker, for the shapes in
# src/bench/java/dev/anneal/bench/*Bench.java. Builds with -Pbench (the default build has neither
# JMH nor the peers), checks that every peer gives anneal's values, runs JMH, then prints a
# markdown table (ns/op, ratio to the lambda) and writes it to target/jmh/peers.md, with JMH's
# JSON in target/jmh/results.json. The table has the usual wall-clock ns/op and, beside it, the CPU
# time the benchmark JVM used per call (dev.anneal.bench.CpuTimeProfiler): on a busy machine the
# wall-clock numbers include time given to other processes, the CPU ones much less so.
#
#   bench/jmh.sh                                  # every peer benchmark, -f 2 -wi 3 -i 5, 1 s each
#   FORKS=1 WARMUPS=1 ITERATIONS=2 TIME=200ms bench/jmh.sh WarmupCosine -p order=ascending
#   bench/jmh.sh -prof gc                         # adds B/op to the table
#   bench/jmh.sh ScheduleBenchmark                # the older one-value benchmark
#
# Arguments go to JMH after the options above (a benchmark regex, else the peer benchmarks; -p,
# -prof...; set the counts
# through FORKS, WARMUPS, ITERATIONS and TIME, not -f/-wi/-i). The JVM is $JAVA_HOME/bin/java when
# JAVA_HOME is set, else java on the PATH; Maven builds with the same.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=target/jmh
mkdir -p "$out"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "bench/jmh.sh: building (mvn -Pbench -pl core test-compile)..." >&2
mvn -B -q -Dstyle.color=never -Pbench -pl core test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$PWD/$out/classpath.txt" -Dmdep.includeScope=test >&2
classpath="core/target/test-classes:core/target/classes:$(cat "$out/classpath.txt")"

quiet=-Dslf4j.internal.verbosity=ERROR   # the JSON Schema validator logs through SLF4J, with no provider here
"$java_bin" "$quiet" -Dbench.table="$out/peers.md" -cp "$classpath" dev.anneal.bench.PeerReport \
  -f "${FORKS:-2}" -wi "${WARMUPS:-3}" -i "${ITERATIONS:-5}" -w "${TIME:-1s}" -r "${TIME:-1s}" \
  -prof dev.anneal.bench.CpuTimeProfiler -jvmArgsAppend "$quiet" -rf json -rff "$out/results.json" "$@"
