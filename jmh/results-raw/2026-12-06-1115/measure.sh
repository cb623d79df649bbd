#!/usr/bin/env bash
# Second measurement run of 2026-12-06 (issue 16), after the AVX2 kernel change (284c6fb). Sequential.
set -u
cd /work/main
OUT=jmh/results-raw/2026-12-06-1115
J25=/usr/lib/jvm/temurin-25-jdk-amd64
J17=/usr/lib/jvm/java-17-openjdk-amd64
log() { echo "$(date +%H:%M:%S) $*" >> $OUT/progress.txt; }
ob() { env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$1 /usr/bin/python3 jmh/reference/openblas_gemm.py > $OUT/openblas-$1t-$2.txt 2>&1; }
pt() { env -u OPENBLAS_CORETYPE $1 /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-$2.txt 2>&1; }
log start
ob 1 a; ob 2 a; log openblas-a
JAVA_HOME=$J25 jmh/run-all.sh $OUT/jdk25 peak gemm > $OUT/jdk25-gemm.md 2>&1; log gemm25
THREADS=1 pt "OMP_NUM_THREADS=1" 1t-a; THREADS=2 pt "OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE" 2t-passive-a; log pytorch-a
mkdir -p $OUT/jdk25
$J25/bin/java -jar jmh/target/benchmarks.jar MlpBenchmark.step -p net=784-256-128-10 -p batch=64,256 -p optimizer=sgd,adam -p threads=1,2 -rf csv -rff $OUT/jdk25/mlp.csv > $OUT/jdk25/mlp.log 2>&1
$J25/bin/java -jar jmh/target/benchmarks.jar MlpBenchmark.step -p net=784-1024-1024-10 -p batch=256 -p optimizer=sgd,adam -p threads=1,2 -rf csv -rff $OUT/jdk25/mlp-big.csv > $OUT/jdk25/mlp-big.log 2>&1; log mlp25
THREADS=1 pt "OMP_NUM_THREADS=1" 1t-b; THREADS=2 pt "OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE" 2t-passive-b; log pytorch-b
mkdir -p $OUT/jdk17
$J17/bin/java -jar jmh/target/benchmarks.jar GemmBenchmark -p shape=512x512x512,1024x1024x1024 -p trans=NN -p threads=1,2 -rf csv -rff $OUT/jdk17/square.csv > $OUT/jdk17/square.log 2>&1
$J17/bin/java -jar jmh/target/benchmarks.jar GemmBenchmark -p shape=256x784x256,256x784x64 -p trans=TN -p threads=1,2 -rf csv -rff $OUT/jdk17/dw.csv > $OUT/jdk17/dw.log 2>&1; log gemm17
$J17/bin/java -jar jmh/target/benchmarks.jar MlpBenchmark.step -p net=784-256-128-10 -p batch=64,256 -p threads=1,2 -rf csv -rff $OUT/jdk17/mlp.csv > $OUT/jdk17/mlp.log 2>&1
$J17/bin/java -jar jmh/target/benchmarks.jar MlpBenchmark.step -p net=784-1024-1024-10 -p batch=256 -p threads=1,2 -rf csv -rff $OUT/jdk17/mlp-big.csv > $OUT/jdk17/mlp-big.log 2>&1; log mlp17
ob 1 b; ob 2 b; log openblas-b
log DONE
