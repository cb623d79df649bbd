#!/usr/bin/env bash
# training step: vectorprop JMH (JDK 25, 17; threads 1,2) and PyTorch (1 thread, 2 threads PASSIVE and not), alternated, R rounds
cd /work/main
OUT=$1; R=${2:-2}
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for r in $(seq 1 $R); do
  for jv in $J25 java; do
    $jv -jar jmh/target/benchmarks.jar 'MlpBenchmark.step$' -p net=784-256-128-10 -p batch=64,256 -p optimizer=sgd -p threads=1,2 -f 1 -wi 6 -i 5 -w 1 -r 1 2>&1 | grep -E "^MlpBenchmark" | sed "s#^#r$r $(basename $(dirname $(dirname $jv))) #" >> $OUT
    $jv -jar jmh/target/benchmarks.jar 'MlpBenchmark.step$' -p net=784-1024-1024-10 -p batch=256 -p optimizer=sgd -p threads=1,2 -f 1 -wi 6 -i 5 -w 1 -r 1 2>&1 | grep -E "^MlpBenchmark" | sed "s#^#r$r $(basename $(dirname $(dirname $jv))) #" >> $OUT
  done
  env -u OPENBLAS_CORETYPE /usr/bin/python3 jmh/reference/pytorch_step.py 2>&1 | sed "s#^#r$r pt1 #" >> $OUT
  env -u OPENBLAS_CORETYPE THREADS=2 OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 jmh/reference/pytorch_step.py 2>&1 | sed "s#^#r$r pt2p #" >> $OUT
  env -u OPENBLAS_CORETYPE THREADS=2 /usr/bin/python3 jmh/reference/pytorch_step.py 2>&1 | sed "s#^#r$r pt2 #" >> $OUT
done
echo DONE >> $OUT
