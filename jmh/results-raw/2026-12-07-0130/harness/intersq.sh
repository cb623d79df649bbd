#!/usr/bin/env bash
# 2 threads, squares: OpenBLAS, JDK 25 HEAD (static), JDK 25 dynamic, JDK 17 HEAD, JDK 17 dynamic; alternated, 3 rounds
cd /tmp/h
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
OUT=${1:-/tmp/h/intersq.txt}
for r in 1 2 3; do
  for s in 512x512x512:NN 1024x1024x1024:NN 2048x2048x2048:NN; do
    shape=${s%%:*}; tt=${s#*:}; dims=${shape//x/ }
    ob=$(env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=2 /usr/bin/python3 /work/main/jmh/reference/openblas_gemm.py $s | tail -1 | awk '{print $3}')
    a=$($J25 --add-modules jdk.incubator.vector -cp cls io.vectorprop.gemm.P3 $dims $tt 2 3000 2000 250 2>/dev/null)
    b=$($J25 --add-modules jdk.incubator.vector -cp dcls io.vectorprop.gemm.P3 $dims $tt 2 3000 2000 250 2>/dev/null)
    c=$(java --add-modules jdk.incubator.vector -cp cls io.vectorprop.gemm.P3 $dims $tt 2 3000 2000 250 2>/dev/null)
    d=$(java --add-modules jdk.incubator.vector -cp dcls io.vectorprop.gemm.P3 $dims $tt 2 3000 2000 250 2>/dev/null)
    echo "$(date +%H:%M:%S) r$r $s ob $ob j25old $a j25dyn $b j17old $c j17dyn $d" >> $OUT
  done
done
echo DONE >> $OUT
