#!/usr/bin/env bash
# Runs the recorded GEMM benchmark groups with the JDK in $JAVA_HOME (or the default java) and prints
# Markdown rows. Build first: ./mvnw -f jmh/pom.xml package. Usage: jmh/run-gemm.sh [outdir]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=jmh/target/benchmarks.jar
OUT=${1:-jmh/results-raw/$(date +%Y%m%d-%H%M)-$($JAVA -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')}
mkdir -p "$OUT"
run() { local name=$1; shift; $JAVA -jar "$JAR" "$@" -rf csv -rff "$OUT/$name.csv" > "$OUT/$name.log" 2>&1; }
run peak FmaPeakBenchmark
run square GemmBenchmark -p shape=64x64x64,128x128x128,256x256x256,512x512x512,1024x1024x1024 -p trans=NN -p impl=simd
# The 784-256-128-10 network's two big layers at batch 64 and 256: forward X·Wᵀ (NT), input gradient G·W (NN), weight gradient Gᵀ·X (TN).
run fwd GemmBenchmark -p shape=64x256x784,256x256x784,64x128x256,256x128x256 -p trans=NT -p impl=simd
run dx GemmBenchmark -p shape=64x784x256,256x784x256,64x256x128,256x256x128 -p trans=NN -p impl=simd
run dw GemmBenchmark -p shape=256x784x64,256x784x256,128x256x64,128x256x256 -p trans=TN -p impl=simd
run scalar GemmBenchmark -p shape=128x128x128,512x512x512,256x256x784 -p trans=NN -p impl=scalar
run avx2 GemmBenchmark -p shape=512x512x512 -p trans=NN -p impl=simd -jvmArgsAppend -XX:UseAVX=2
java -cp "$JAR" io.vectorprop.bench.Report "$OUT"/*.csv
