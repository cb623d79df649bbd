#!/usr/bin/env bash
# JMH step big net b256, threads 1 and 2, JDK 25 and 17 alternated, 3 rounds
cd /work/main
OUT=$1
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for r in 1 2; do
  for jv in $J25 java; do
    tag=$([ $jv = java ] && echo jdk17 || echo jdk25)
    echo "r$r $tag pp $(/tmp/h/pp 1 | tr '\n' ' ')" >> $OUT
    $jv -jar jmh/target/benchmarks.jar 'MlpBenchmark.step$' -p net=784-1024-1024-10 -p batch=256 -p optimizer=sgd -p threads=1,2 -f 1 -wi 6 -i 5 -w 1 -r 1 2>&1 | grep -E "^MlpBenchmark" | sed "s#^#r$r $tag #" >> $OUT
  done
done
echo DONE >> $OUT
