#!/usr/bin/env bash
# JMH step, JDK 25: 6 s against 20 s of warm-up, threads 1 and 2, small net b64 and b256, two rounds
cd /work/main
OUT=$1
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for r in 1 2; do
  for wi in 6 20; do
    echo "r$r wi$wi pp $(/tmp/h/pp 1 | tr '\n' ' ')" >> $OUT
    $J25 -jar jmh/target/benchmarks.jar 'MlpBenchmark.step$' -p net=784-256-128-10 -p batch=64,256 -p optimizer=sgd -p threads=1,2 -f 1 -wi $wi -i 5 -w 1 -r 1 2>&1 | grep -E "^MlpBenchmark" | sed "s#^#r$r wi$wi #" >> $OUT
  done
done
echo DONE >> $OUT
