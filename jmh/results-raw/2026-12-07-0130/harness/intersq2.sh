#!/usr/bin/env bash
# 2 threads, squares: OpenBLAS, JDK 25 and JDK 17 at the committed code (cls), alternated, 4 rounds; 1t JDK 25 before each round
cd /tmp/h
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
OUT=${1:-/tmp/h/intersq2.txt}
for r in 1 2 3 4; do
  one=$($J25 --add-modules jdk.incubator.vector -cp cls io.vectorprop.gemm.P3 1024 1024 1024 NN 1 2000 1000 250 2>/dev/null)
  for s in 512x512x512:NN 1024x1024x1024:NN 2048x2048x2048:NN; do
    shape=${s%%:*}; tt=${s#*:}; dims=${shape//x/ }
    ob=$(env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=2 /usr/bin/python3 /work/main/jmh/reference/openblas_gemm.py $s | tail -1 | awk '{print $3}')
    a=$($J25 --add-modules jdk.incubator.vector -cp cls io.vectorprop.gemm.P3 $dims $tt 2 3000 2000 250 2>/dev/null)
    c=$(java --add-modules jdk.incubator.vector -cp cls io.vectorprop.gemm.P3 $dims $tt 2 3000 2000 250 2>/dev/null)
    echo "$(date +%H:%M:%S) r$r $s t2 ob $ob j25 $a j17 $c (1t 1024 j25 $one)" >> $OUT
  done
done
echo DONE >> $OUT
