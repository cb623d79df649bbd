#!/usr/bin/env bash
# b256 step, JMH, JDK 25 and 17, threads 1,2, R rounds, pp before each JVM
cd /work/main
OUT=$1; R=${2:-4}
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for r in $(seq 1 $R); do
  for jv in $J25 java; do
    tag=$([ $jv = java ] && echo jdk17 || echo jdk25)
    echo "r$r $tag $(date +%H:%M:%S) pp $(/tmp/h/pp | tr '\n' ' ')" >> $OUT
    $jv -jar jmh/target/benchmarks.jar 'MlpBenchmark.step$' -p net=784-256-128-10 -p batch=256 -p optimizer=sgd -p threads=1,2 -f 1 -wi 6 -i 5 -w 1 -r 1 2>&1 | grep -E "^MlpBenchmark" | sed "s#^#r$r $tag #" >> $OUT
  done
done
echo DONE >> $OUT
