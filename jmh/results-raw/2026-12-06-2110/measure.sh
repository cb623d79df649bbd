#!/usr/bin/env bash
# Final run of the fourth session of 2026-12-06 at HEAD (e0a427a: B packed by rows across panels, JDK 17 row pack of A,
# the 8x8 transposed-B pack on JDK 25): issue 16 nine SGEMM shapes and the three steps, 1 and 2 threads, JDK 25 and 17,
# each JMH command preceded and followed by the C ping-pong (pingpong.txt: the vCPUs' distance at that moment); OpenBLAS and PyTorch (1 thread, 2 threads PASSIVE) before and after.
set -u
cd /work/main
OUT=jmh/results-raw/2026-12-06-2110/final
mkdir -p $OUT/jdk25 $OUT/jdk17
J25=/usr/lib/jvm/temurin-25-jdk-amd64
JAR=/tmp/final.jar
SH="512x512x512:NN 1024x1024x1024:NN 2048x2048x2048:NN 256x256x784:NT 256x784x256:NN 256x784x256:TN 64x256x784:NT 64x784x256:NN 256x784x64:TN"
log() { echo "$(date +%H:%M:%S) $*" >> $OUT/progress.txt; }
pp() { echo "$(date +%H:%M:%S) $1 $(/tmp/h/pp 2)" >> $OUT/pingpong.txt; }
refs() {
  pp openblas-$1
  for t in 1 2; do env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$t /usr/bin/python3 jmh/reference/openblas_gemm.py $SH > $OUT/openblas-${t}t-$1.txt 2>&1; done
  pp pytorch-$1
  env -u OPENBLAS_CORETYPE THREADS=2 OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-2t-passive-$1.txt 2>&1
  env -u OPENBLAS_CORETYPE THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 jmh/reference/pytorch_step.py > $OUT/pytorch-1t-$1.txt 2>&1
  log refs-$1
}
log start
refs a
for j in jdk25:$J25/bin/java jdk17:java; do
  d=${j%%:*}; JAVA=${j#*:}
  jmh() { local name=$1; shift; pp $d-$name; $JAVA -jar $JAR "$@" > $OUT/$d/$name.log 2>&1; pp $d-$name-end; }
  jmh cores CoreToCoreBenchmark -i 5
  jmh square GemmBenchmark.sgemm -p shape=512x512x512,1024x1024x1024,2048x2048x2048 -p trans=NN -p threads=1,2
  jmh fwd GemmBenchmark.sgemm -p shape=256x256x784,64x256x784 -p trans=NT -p threads=1,2
  jmh dx GemmBenchmark.sgemm -p shape=256x784x256,64x784x256 -p trans=NN -p threads=1,2
  jmh dw GemmBenchmark.sgemm -p shape=256x784x256,256x784x64 -p trans=TN -p threads=1,2
  jmh mlp MlpBenchmark.step -p net=784-256-128-10 -p batch=64,256 -p optimizer=sgd -p threads=1,2
  jmh mlp-big MlpBenchmark.step -p net=784-1024-1024-10 -p batch=256 -p optimizer=sgd -p threads=1,2
  log $d
done
refs b
log DONE
