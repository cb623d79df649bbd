#!/usr/bin/env bash
# vectorprop (JDK 25 and 17, in-process harness P3: 3 s warm-up, median of 0.25 s samples over 2 s) and OpenBLAS
# (numpy, median of 7 blocks) alternated shape by shape, 1 and 2 threads, 3 rounds; pp = cache-line round trip (ns) before.
cd /tmp/h
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
OUT=${1:-/tmp/h/inter.txt}
SH="256x784x256:NN 64x784x256:NN 256x256x784:NT 1024x1024x1024:NN"
for r in 1 2 3; do
  for s in $SH; do
    shape=${s%%:*}; tt=${s#*:}; dims=${shape//x/ }
    for t in 1; do
      p=$(./pp 1 | tr '\n' ' ')
      ob=$(env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$t /usr/bin/python3 /work/main/jmh/reference/openblas_gemm.py $s | tail -1 | awk '{print $3}')
      j25=$($J25 --add-modules jdk.incubator.vector -cp cls:. io.vectorprop.gemm.P3 $dims $tt $t 3000 2000 250 2>/dev/null)
      j17=$(java --add-modules jdk.incubator.vector -cp cls io.vectorprop.gemm.P3 $dims $tt $t 3000 2000 250 2>/dev/null)
      echo "$(date +%H:%M:%S) r$r $s t$t pp $p ob $ob j25 $j25 j17 $j17" >> $OUT
    done
  done
done
echo DONE >> $OUT
