#!/usr/bin/env bash
# GemmBenchmark dW shapes (TN), old (af53975) and new (549e401) jars alternated, JDK 25 and 17, threads 1,2; OpenBLAS alongside
cd /tmp/h; OUT=$1; R=${2:-3}
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for r in $(seq 1 $R); do
  for jv in $J25 java; do
    tag=$([ $jv = java ] && echo jdk17 || echo jdk25)
    for jar in old new; do
      echo "r$r $tag $jar $(date +%H:%M:%S) pp $(./pp | awk '{print $3}')" >> $OUT
      $jv -jar $jar-benchmarks.jar 'GemmBenchmark.sgemm$' -p shape=256x784x64,256x784x256 -p trans=TN -p impl=simd -p threads=1,2 -f 1 -wi 5 -i 5 -w 1 -r 1 2>&1 | grep -E "^GemmBenchmark" | sed "s#^#r$r $tag $jar #" >> $OUT
    done
  done
  for s in 256x784x64:TN 256x784x256:TN; do for t in 1 2; do
    echo "r$r ob $s t$t $(env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$t /usr/bin/python3 /work/main/jmh/reference/openblas_gemm.py $s | tail -1)" >> $OUT
  done; done
done
echo DONE >> $OUT
