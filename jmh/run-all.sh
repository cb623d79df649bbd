#!/usr/bin/env bash
# Runs the recorded benchmark groups with the JDK in $JAVA_HOME (or the default java) and prints Markdown
# rows (GFLOP/s, Gelem/s, GB/s, steps/s). Build first: ./mvnw -f jmh/pom.xml package
# Usage: jmh/run-all.sh OUTDIR [group...]   groups: peak cores gemm avx2 kernels kernels-gc stream mlp
# (default: all but kernels-gc and stream)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=jmh/target/benchmarks.jar
OUT=${1:?usage: jmh/run-all.sh OUTDIR [group...]}; shift || true
GROUPS_=${*:-peak cores gemm avx2 kernels mlp}
mkdir -p "$OUT"
run() { local name=$1; shift; echo "== $name" >&2; $JAVA -jar "$JAR" "$@" -rf csv -rff "$OUT/$name.csv" > "$OUT/$name.log" 2>&1; }
for g in $GROUPS_; do case $g in
  peak) run peak FmaPeakBenchmark ;;
  # How far apart the two cores are (a cache-line round trip, ns): read two-thread results beside it.
  cores) run cores CoreToCoreBenchmark ;;
  gemm)
    # threads=1 is the single-thread code path; 2 uses both cores of this machine.
    run square GemmBenchmark -p shape=64x64x64,128x128x128,256x256x256,512x512x512,1024x1024x1024,2048x2048x2048 -p trans=NN -p impl=simd -p threads=1,2
    # The 784-256-128-10 network's two big layers at batch 64 and 256: forward X·Wᵀ (NT), input gradient G·W (NN), weight gradient Gᵀ·X (TN).
    run fwd GemmBenchmark -p shape=64x256x784,256x256x784,64x128x256,256x128x256 -p trans=NT -p impl=simd -p threads=1,2
    run dx GemmBenchmark -p shape=64x784x256,256x784x256,64x256x128,256x256x128 -p trans=NN -p impl=simd -p threads=1,2
    run dw GemmBenchmark -p shape=256x784x64,256x784x256,128x256x64,128x256x256 -p trans=TN -p impl=simd -p threads=1,2
    run scalar GemmBenchmark -p shape=128x128x128,512x512x512,256x256x784 -p trans=NN -p impl=scalar ;;
  avx2) run avx2 GemmBenchmark -p shape=512x512x512 -p trans=NN -p impl=simd -jvmArgsAppend -XX:UseAVX=2 ;;
  # Kernels: one fork, 3+3 s per benchmark, to keep the 76 of them near ten minutes.
  kernels) run kernels KernelBenchmark -f 1 -wi 3 -i 3 ;;
  # The memory ceilings (Java STREAM loops) the streaming kernels are judged against.
  stream) run stream StreamBenchmark -f 1 -wi 3 -i 3 ;;
  kernels-gc) run kernels-gc 'KernelBenchmark.(sigmoid|adam|relu)$' -p n=16384 -p impl=simd -f 1 -wi 3 -i 3 -prof gc ;;
  mlp)
    run mlp MlpBenchmark.step -p net=784-256-128-10 -p batch=64,256 -p optimizer=sgd,adam -p threads=1,2
    run mlp-big MlpBenchmark.step -p net=784-1024-1024-10 -p batch=256 -p optimizer=sgd,adam -p threads=1,2
    run mlp-gemm MlpBenchmark.gemmOnly -p net=784-256-128-10,784-1024-1024-10 -p batch=64,256 -p threads=1,2
    # gc.alloc.rate.norm counts the benchmark thread only; the workers' zero is MlpThreadsTest's (all threads).
    # 12 s of warm-up: with 4 s, JDK 25 on Zen 5 still allocated in some iterations (C2 not done with the vector code).
    run mlp-gc MlpBenchmark.step -p net=784-256-128-10 -p batch=64,256 -p optimizer=sgd,adam -p threads=1,2 -f 1 -wi 12 -prof gc ;;
  *) echo "unknown group $g" >&2; exit 2 ;;
esac; done
java -cp "$JAR" io.vectorprop.bench.Report "$OUT"/*.csv
