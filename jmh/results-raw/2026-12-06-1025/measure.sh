#!/usr/bin/env bash
# Measurement plan of 2026-12-06 (issue 16). Sequential; nothing else runs meanwhile.
set -u
cd /work/main
OUT=jmh/results-raw/2026-12-06-1025
J25=/usr/lib/jvm/temurin-25-jdk-amd64
J17=/usr/lib/jvm/java-17-openjdk-amd64
log() { echo "$(date +%H:%M:%S) $*" >> $OUT/progress.txt; }
ob() { env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$1 /usr/bin/python3 jmh/reference/openblas_gemm.py > $OUT/openblas-$1t-$2.txt 2>&1; }
pt() { env -u OPENBLAS_CORETYPE $1 /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-$2.txt 2>&1; }
log start
JAVA_HOME=$J25 jmh/run-all.sh $OUT/jdk25 peak > $OUT/jdk25-peak.md 2>&1; log peak25
$J25/bin/java -jar jmh/target/benchmarks.jar 'FmaPeakBenchmark.fma256' -t 2 -f 1 -wi 3 -i 5 -rf csv -rff $OUT/peak-2threads-at-once.csv > $OUT/peak-2threads-at-once.log 2>&1; log peak2t
ob 1 a; ob 2 a; log openblas-a
JAVA_HOME=$J25 jmh/run-all.sh $OUT/jdk25 gemm > $OUT/jdk25-gemm.md 2>&1; log gemm25
THREADS=1 pt "OMP_NUM_THREADS=1" 1t-a; THREADS=2 pt "OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE" 2t-passive-a; THREADS=2 pt "OMP_NUM_THREADS=2" 2t-a; log pytorch-a
JAVA_HOME=$J25 jmh/run-all.sh $OUT/jdk25 mlp > $OUT/jdk25-mlp.md 2>&1; log mlp25
THREADS=1 pt "OMP_NUM_THREADS=1" 1t-b; THREADS=2 pt "OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE" 2t-passive-b; THREADS=2 pt "OMP_NUM_THREADS=2" 2t-b; log pytorch-b
# single-thread A/B: the commit before this issue (0219ede) against now, alternated, one fork each
for r in 1 2; do
  for v in old new; do
    $J25/bin/java -jar /tmp/$v-benchmarks.jar 'GemmBenchmark' -p shape=512x512x512,1024x1024x1024,256x784x256 -p trans=NN -f 1 -wi 5 -i 5 -rf csv -rff $OUT/ab-$v-$r-gemm-nn.csv > /dev/null 2>&1
    $J25/bin/java -jar /tmp/$v-benchmarks.jar 'GemmBenchmark' -p shape=64x256x784,256x256x784 -p trans=NT -f 1 -wi 5 -i 5 -rf csv -rff $OUT/ab-$v-$r-gemm-nt.csv > /dev/null 2>&1
    $J25/bin/java -jar /tmp/$v-benchmarks.jar 'GemmBenchmark' -p shape=256x784x64,256x784x256 -p trans=TN -f 1 -wi 5 -i 5 -rf csv -rff $OUT/ab-$v-$r-gemm-tn.csv > /dev/null 2>&1
    $J25/bin/java -jar /tmp/$v-benchmarks.jar 'MlpBenchmark.step' -p net=784-256-128-10 -p batch=64,256 -f 1 -wi 5 -i 5 -rf csv -rff $OUT/ab-$v-$r-step.csv > /dev/null 2>&1
    $J25/bin/java -jar /tmp/$v-benchmarks.jar 'MlpBenchmark.step' -p net=784-1024-1024-10 -p batch=256 -f 1 -wi 5 -i 5 -rf csv -rff $OUT/ab-$v-$r-step-big.csv > /dev/null 2>&1
    log ab-$v-$r
  done
done
# JDK 17 subset
mkdir -p $OUT/jdk17
$J17/bin/java -jar jmh/target/benchmarks.jar GemmBenchmark -p shape=512x512x512,1024x1024x1024,2048x2048x2048 -p trans=NN -p threads=1,2 -rf csv -rff $OUT/jdk17/square.csv > $OUT/jdk17/square.log 2>&1; log square17
$J17/bin/java -jar jmh/target/benchmarks.jar MlpBenchmark.step -p net=784-256-128-10,784-1024-1024-10 -p batch=64,256 -p threads=1,2 -rf csv -rff $OUT/jdk17/mlp.csv > $OUT/jdk17/mlp.log 2>&1; log mlp17
$J17/bin/java -jar jmh/target/benchmarks.jar MlpBenchmark.step -p net=784-256-128-10 -p batch=64 -p optimizer=sgd,adam -p threads=1,2 -f 1 -prof gc -rf csv -rff $OUT/jdk17/mlp-gc.csv > $OUT/jdk17/mlp-gc.log 2>&1; log mlpgc17
ob 1 b; ob 2 b; log openblas-b
log DONE
