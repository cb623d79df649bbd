#!/usr/bin/env bash
# Issue 16's nine SGEMM shapes, 1 and 2 threads, JDK 25, with OpenBLAS 1t/2t before and after (same hour), at HEAD.
set -u
cd /work/main
OUT=jmh/results-raw/2026-12-06-1525
J25=/usr/lib/jvm/temurin-25-jdk-amd64
SH="512x512x512:NN 1024x1024x1024:NN 2048x2048x2048:NN 256x256x784:NT 256x784x256:NN 256x784x256:TN 64x256x784:NT 64x784x256:NN 256x784x64:TN"
log() { echo "$(date +%H:%M:%S) $*" >> $OUT/progress.txt; }
log start
for t in 1 2; do env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$t /usr/bin/python3 jmh/reference/openblas_gemm.py $SH > $OUT/openblas-${t}t-a.txt 2>&1; done; log openblas-a
$J25/bin/java -jar jmh/target/benchmarks.jar GemmBenchmark.sgemm -p shape=512x512x512,1024x1024x1024,2048x2048x2048 -p trans=NN -p threads=1,2 > $OUT/jdk25/square.log 2>&1; log square
$J25/bin/java -jar jmh/target/benchmarks.jar GemmBenchmark.sgemm -p shape=256x256x784,64x256x784 -p trans=NT -p threads=1,2 > $OUT/jdk25/fwd.log 2>&1
$J25/bin/java -jar jmh/target/benchmarks.jar GemmBenchmark.sgemm -p shape=256x784x256,64x784x256 -p trans=NN -p threads=1,2 > $OUT/jdk25/dx.log 2>&1
$J25/bin/java -jar jmh/target/benchmarks.jar GemmBenchmark.sgemm -p shape=256x784x256,256x784x64 -p trans=TN -p threads=1,2 > $OUT/jdk25/dw.log 2>&1; log layers
for t in 1 2; do env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$t /usr/bin/python3 jmh/reference/openblas_gemm.py $SH > $OUT/openblas-${t}t-b.txt 2>&1; done; log DONE
