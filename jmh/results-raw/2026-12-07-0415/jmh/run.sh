#!/bin/bash
cd /work/main
O=/tmp/h3/jmh
S="512x512x512:NN 1024x1024x1024:NN 2048x2048x2048:NN 256x256x784:NT 256x784x256:NN 256x784x256:TN 64x256x784:NT 64x784x256:NN 256x784x64:TN"
for J in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java java; do
  tag=$([ "$J" = java ] && echo jdk17 || echo jdk25)
  for g in "NN 512x512x512,1024x1024x1024,2048x2048x2048,64x784x256,256x784x256" "NT 256x256x784,64x256x784" "TN 256x784x256,256x784x64"; do
    set -- $g
    echo "== $tag $1 $(date +%H:%M:%S)" >> $O/progress.txt
    $J -jar jmh/target/benchmarks.jar GemmBenchmark.sgemm -p shape=$2 -p trans=$1 -p impl=simd -p threads=1,2 -f 2 -wi 5 -i 5 -w 1 -r 1 -rf csv -rff $O/$tag-$1.csv > $O/$tag-$1.log 2>&1
  done
  for t in 1 2; do
    env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=$t /usr/bin/python3 jmh/reference/openblas_gemm.py $S > $O/openblas-${t}t-after-$tag.txt 2>&1
  done
done
echo DONE $(date +%H:%M:%S) >> $O/progress.txt
