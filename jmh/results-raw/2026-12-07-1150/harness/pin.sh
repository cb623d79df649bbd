#!/usr/bin/env bash
# vectorprop (JDK 25, P3: 5 s warm-up, median of 0.25 s samples over 2 s) and OpenBLAS (numpy), both pinned to one vCPU, alternated
cd /tmp/h
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
OUT=$1; R=${2:-2}; shift 2; SH=${*:-"256x784x256:NN 64x784x256:NN"}
for r in $(seq 1 $R); do
  for s in $SH; do
    shape=${s%%:*}; tt=${s#*:}; dims=${shape//x/ }
    for c in 0 1; do
      ob=$(taskset -c $c env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=1 /usr/bin/python3 /work/main/jmh/reference/openblas_gemm.py $s | tail -1 | awk '{print $3}')
      j25=$(taskset -c $c $J25 --add-modules jdk.incubator.vector -cp cls io.vectorprop.gemm.P3 $dims $tt 1 5000 2000 250 2>/dev/null)
      j17=$(taskset -c $c java --add-modules jdk.incubator.vector -cp cls io.vectorprop.gemm.P3 $dims $tt 1 5000 2000 250 2>/dev/null)
      echo "$(date +%H:%M:%S) r$r $s cpu$c ob $ob j25 $j25 j17 $j17" >> $OUT
    done
  done
done
echo DONE >> $OUT
