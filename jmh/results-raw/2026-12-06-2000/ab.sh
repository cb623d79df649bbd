#!/bin/bash
# A/B of the split hint + caller's part 0 (new) against the session start a29698d (base): MlpBenchmark.step b64 sgd,
# two threads, JMH alternated, each fork tagged with a cache-line ping-pong round trip (ns) between the two vCPUs.
OUT=$(dirname $0); J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for jdk in ${JDKS:-jdk25}; do
  [ $jdk = jdk25 ] && J=$J25 || J=java
  for r in $(seq ${PAIRS:-4}); do for v in base new; do
    p=$(/tmp/pp/pp 1 | tr ' ' /)
    $J -jar /tmp/$v.jar MlpBenchmark.step -p net=784-256-128-10 -p batch=${BATCH:-64} -p optimizer=sgd -p threads=${THR:-2} -f 1 -wi 5 -i 10 > $OUT/$jdk-b${BATCH:-64}-t${THR:-2}-$v-$r.log 2>&1
    echo "$jdk $v $r pp-before=$p pp-after=$(/tmp/pp/pp 1 | tr ' ' /) $(python3 /tmp/med.py $OUT/$jdk-b${BATCH:-64}-t${THR:-2}-$v-$r.log)" >> $OUT/ab.txt
  done; done
done
