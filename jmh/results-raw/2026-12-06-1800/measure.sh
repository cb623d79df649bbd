#!/usr/bin/env bash
# Final run of the second session of 2026-12-06 at HEAD (after NC6, the JDK 17 kernel loops, A_BLOCK6): issue 16's nine SGEMM shapes and the three steps, 1 and 2 threads,
# OpenBLAS before and after, PyTorch (1 thread and 2 threads PASSIVE) twice.
set -u
cd /work/main
OUT=jmh/results-raw/2026-12-06-1800
J25=/usr/lib/jvm/temurin-25-jdk-amd64
SH="512x512x512:NN 1024x1024x1024:NN 2048x2048x2048:NN 256x256x784:NT 256x784x256:NN 256x784x256:TN 64x256x784:NT 64x784x256:NN 256x784x64:TN"
log() { echo "$(date +%H:%M:%S) $*" >> $OUT/progress.txt; }
log start
for t in 1 2; do env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$t /usr/bin/python3 jmh/reference/openblas_gemm.py $SH > $OUT/openblas-${t}t-a.txt 2>&1; done
env -u OPENBLAS_CORETYPE THREADS=2 OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-2t-passive-a.txt 2>&1
env -u OPENBLAS_CORETYPE THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-1t-a.txt 2>&1; log refs-a
for j in jdk25:$J25/bin/java jdk17:java; do
  d=${j%%:*}; JAVA=${j#*:}
  $JAVA -jar jmh/target/benchmarks.jar GemmBenchmark.sgemm -p shape=512x512x512,1024x1024x1024,2048x2048x2048 -p trans=NN -p threads=1,2 > $OUT/$d/square.log 2>&1
  $JAVA -jar jmh/target/benchmarks.jar GemmBenchmark.sgemm -p shape=256x256x784,64x256x784 -p trans=NT -p threads=1,2 > $OUT/$d/fwd.log 2>&1
  $JAVA -jar jmh/target/benchmarks.jar GemmBenchmark.sgemm -p shape=256x784x256,64x784x256 -p trans=NN -p threads=1,2 > $OUT/$d/dx.log 2>&1
  $JAVA -jar jmh/target/benchmarks.jar GemmBenchmark.sgemm -p shape=256x784x256,256x784x64 -p trans=TN -p threads=1,2 > $OUT/$d/dw.log 2>&1
  $JAVA -jar jmh/target/benchmarks.jar MlpBenchmark.step -p net=784-256-128-10 -p batch=64,256 -p optimizer=sgd -p threads=1,2 > $OUT/$d/mlp.log 2>&1
  $JAVA -jar jmh/target/benchmarks.jar MlpBenchmark.step -p net=784-1024-1024-10 -p batch=256 -p optimizer=sgd -p threads=1,2 > $OUT/$d/mlp-big.log 2>&1
  log $d
done
for t in 1 2; do env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$t /usr/bin/python3 jmh/reference/openblas_gemm.py $SH > $OUT/openblas-${t}t-b.txt 2>&1; done
env -u OPENBLAS_CORETYPE THREADS=2 OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-2t-passive-b.txt 2>&1
env -u OPENBLAS_CORETYPE THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-1t-b.txt 2>&1; log DONE
