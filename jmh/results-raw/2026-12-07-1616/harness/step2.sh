#!/usr/bin/env bash
# training step: vectorprop JMH (JDK 25, 17; threads 1,2; sgd) and PyTorch (1 thread, 2 threads PASSIVE and not), alternated, R rounds; then -prof gc
cd /work/main
OUT=$1; R=${2:-2}
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for r in $(seq 1 $R); do
  for jv in $J25 java; do
    tag=$([ $jv = java ] && echo jdk17 || echo jdk25)
    echo "r$r $tag pp $(/tmp/h/pp 1 | tr '\n' ' ')" >> $OUT
    $jv -jar jmh/target/benchmarks.jar 'MlpBenchmark.step$' -p net=784-256-128-10 -p batch=64,256 -p optimizer=sgd -p threads=1,2 -f 1 -wi 6 -i 5 -w 1 -r 1 2>&1 | grep -E "^MlpBenchmark" | sed "s#^#r$r $tag #" >> $OUT
    $jv -jar jmh/target/benchmarks.jar 'MlpBenchmark.step$' -p net=784-1024-1024-10 -p batch=256 -p optimizer=sgd -p threads=1,2 -f 1 -wi 6 -i 5 -w 1 -r 1 2>&1 | grep -E "^MlpBenchmark" | sed "s#^#r$r $tag #" >> $OUT
  done
  echo "r$r pt pp $(/tmp/h/pp 1 | tr '\n' ' ')" >> $OUT
  env -u OPENBLAS_CORETYPE /usr/bin/python3 jmh/reference/pytorch_step.py 2>&1 | sed "s#^#r$r pt1 #" >> $OUT
  env -u OPENBLAS_CORETYPE THREADS=2 OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 jmh/reference/pytorch_step.py 2>&1 | sed "s#^#r$r pt2p #" >> $OUT
  env -u OPENBLAS_CORETYPE THREADS=2 /usr/bin/python3 jmh/reference/pytorch_step.py 2>&1 | sed "s#^#r$r pt2 #" >> $OUT
done
for jv in $J25 java; do
  tag=$([ $jv = java ] && echo jdk17 || echo jdk25)
  $jv -jar jmh/target/benchmarks.jar 'MlpBenchmark.step$' -p net=784-256-128-10 -p batch=64,256 -p optimizer=sgd,adam -p threads=1,2 -f 1 -wi 12 -i 3 -w 1 -r 1 -prof gc 2>&1 | grep -E "^MlpBenchmark.step(:gc.alloc.rate.norm)? " | sed "s#^#gc $tag #" >> $OUT
done
echo DONE >> $OUT
