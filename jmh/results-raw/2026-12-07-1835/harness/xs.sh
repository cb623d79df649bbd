#!/usr/bin/env bash
# GemmEngine.XS (columns where they pack less, A p-major) off/on, 2 threads, ABF 14 pairs of 0.25 s
cd /tmp/h; OUT=$1
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for r in 1 2; do
for opt in "" "-XX:UseAVX=2"; do
  if [ -z "$opt" ]; then SH="256:784:256:TN 256:784:64:TN 64:784:256:TN 128:784:256:TN 64:784:1024:NN 128:256:256:TN"; else SH="128:784:256:TN 256:784:64:TN 32:784:256:TN 256:784:256:TN"; fi
  for s in $SH; do
    for j in $J25 java; do
      tag=$([ $j = java ] && echo jdk17 || echo jdk25)
      echo "r$r $tag ${opt:-avx512} $s pp $(./pp | awk '{print $3}') $($j $opt --add-modules jdk.incubator.vector -Dab.field=GemmEngine.XS -cp cls io.vectorprop.gemm.ABF ${s//:/ } 14 2 2>/dev/null | python3 r.py)" >> $OUT
    done
  done
done
done
echo DONE >> $OUT
