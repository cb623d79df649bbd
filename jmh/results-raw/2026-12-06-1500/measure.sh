#!/usr/bin/env bash
# After the in-register transpose of a transposed A (JDK 25): TN shapes 1 and 2 threads with OpenBLAS before and after, then the steps with PyTorch.
set -u
cd /work/main
OUT=jmh/results-raw/2026-12-06-1500
J25=/usr/lib/jvm/temurin-25-jdk-amd64
log() { echo "$(date +%H:%M:%S) $*" >> $OUT/progress.txt; }
log start
for t in 1 2; do env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$t /usr/bin/python3 jmh/reference/openblas_gemm.py 256x784x256:TN 256x784x64:TN 512x512x512:NN 2048x2048x2048:NN > $OUT/openblas-${t}t-a.txt 2>&1; done
$J25/bin/java -jar jmh/target/benchmarks.jar GemmBenchmark.sgemm -p shape=256x784x64,256x784x256 -p trans=TN -p threads=1,2 -rf csv -rff $OUT/jdk25/dw.csv > $OUT/jdk25/dw.log 2>&1; log dw
for t in 1 2; do env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$t /usr/bin/python3 jmh/reference/openblas_gemm.py 256x784x256:TN 256x784x64:TN 512x512x512:NN 2048x2048x2048:NN > $OUT/openblas-${t}t-b.txt 2>&1; done
env -u OPENBLAS_CORETYPE THREADS=2 OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-2t-passive-a.txt 2>&1
env -u OPENBLAS_CORETYPE THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-1t-a.txt 2>&1; log pytorch-a
$J25/bin/java -jar jmh/target/benchmarks.jar MlpBenchmark.step -p net=784-256-128-10 -p batch=64,256 -p optimizer=sgd -p threads=1,2 -rf csv -rff $OUT/jdk25/mlp.csv > $OUT/jdk25/mlp.log 2>&1
$J25/bin/java -jar jmh/target/benchmarks.jar MlpBenchmark.step -p net=784-1024-1024-10 -p batch=256 -p optimizer=sgd -p threads=1,2 -rf csv -rff $OUT/jdk25/mlp-big.csv > $OUT/jdk25/mlp-big.log 2>&1; log mlp
env -u OPENBLAS_CORETYPE THREADS=2 OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-2t-passive-b.txt 2>&1
env -u OPENBLAS_CORETYPE THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-1t-b.txt 2>&1; log DONE
