#!/usr/bin/env bash
# One-thread step, HEAD (final.jar) against the session's start 158d157 (base.jar), JMH forks alternated base/new,
# 2 pairs per JDK; pp (cache-line round trip, ns) before each fork.
cd /tmp/h
OUT=${1:-/tmp/h/stepab}
mkdir -p $OUT
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for pair in 1 2; do
  for jdk in jdk25:$J25 jdk17:java; do
    d=${jdk%%:*}; JAVA=${jdk#*:}
    for v in base final; do
      echo "$(date +%H:%M:%S) $d $v $pair pp $(./pp 1 | tr '\n' ' ')" >> $OUT/pp.txt
      $JAVA -jar /tmp/$v.jar MlpBenchmark.step -p net=784-256-128-10 -p batch=64,256 -p optimizer=sgd -p threads=1 -f 1 -wi 4 -i 5 -w 1 -r 1 > $OUT/$d-$v-$pair-small.log 2>&1
      $JAVA -jar /tmp/$v.jar MlpBenchmark.step -p net=784-1024-1024-10 -p batch=256 -p optimizer=sgd -p threads=1 -f 1 -wi 4 -i 5 -w 1 -r 1 > $OUT/$d-$v-$pair-big.log 2>&1
    done
  done
done
echo DONE >> $OUT/pp.txt
