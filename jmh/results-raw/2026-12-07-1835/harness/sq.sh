#!/usr/bin/env bash
# squares and the b256 forward, 1 and 2 threads, 3 forks x (5 + 5) x 1 s, JDK 25 then 17; pp before each
cd /work/main; OUT=$1
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for jv in $J25 java; do
  tag=$([ $jv = java ] && echo jdk17 || echo jdk25)
  echo "$tag $(date +%H:%M:%S) pp $(/tmp/h/pp | awk '{print $3}')" >> $OUT
  $jv -jar jmh/target/benchmarks.jar 'GemmBenchmark.sgemm$' -p shape=512x512x512,1024x1024x1024,2048x2048x2048 -p trans=NN -p impl=simd -p threads=1,2 -f 3 -wi 5 -i 5 -w 1 -r 1 2>&1 | grep -E "^GemmBenchmark" | sed "s#^#$tag #" >> $OUT
  echo "$tag $(date +%H:%M:%S) pp $(/tmp/h/pp | awk '{print $3}')" >> $OUT
  $jv -jar jmh/target/benchmarks.jar 'GemmBenchmark.sgemm$' -p shape=256x256x784 -p trans=NT -p impl=simd -p threads=1,2 -f 3 -wi 5 -i 5 -w 1 -r 1 2>&1 | grep -E "^GemmBenchmark" | sed "s#^#$tag #" >> $OUT
done
echo DONE >> $OUT
