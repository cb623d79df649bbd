#!/usr/bin/env bash
# final issue-16 campaign: GEMM alternated with OpenBLAS (inter.sh, 3 rounds), steps with PyTorch (step2.sh, 3 rounds + gc),
# then JMH GEMM threads=1,2 on the shapes (2 forks, JDK 25 then 17)
D=/tmp/h11/final
date +%T > $D/start
bash /tmp/h/inter.sh   # ../2026-12-07-1150/harness/inter.sh $D/inter.txt
bash /tmp/h/step2.sh   # ../2026-12-07-1150/harness/step2.sh $D/step.txt 3
cd /work/main
for jv in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java java; do
  tag=$([ $jv = java ] && echo jdk17 || echo jdk25)
  echo "$tag pp $(/tmp/h/pp 1 | tr '\n' ' ') $(date +%T)" >> $D/jmh-gemm.txt
  $jv -jar jmh/target/benchmarks.jar 'GemmBenchmark.sgemm$' -p shape=512x512x512,1024x1024x1024,2048x2048x2048 -p trans=NN -p impl=simd -p threads=1,2 -f 2 -wi 5 -i 5 -w 1 -r 1 -rf csv -rff $D/jmh-sq-$tag.csv 2>&1 | grep -E "^GemmBenchmark" >> $D/jmh-gemm.txt
  $jv -jar jmh/target/benchmarks.jar 'GemmBenchmark.sgemm$' -p shape=64x256x784,256x256x784 -p trans=NT -p impl=simd -p threads=1,2 -f 2 -wi 5 -i 5 -w 1 -r 1 -rf csv -rff $D/jmh-nt-$tag.csv 2>&1 | grep -E "^GemmBenchmark" >> $D/jmh-gemm.txt
  $jv -jar jmh/target/benchmarks.jar 'GemmBenchmark.sgemm$' -p shape=64x784x256,256x784x256 -p trans=NN -p impl=simd -p threads=1,2 -f 2 -wi 5 -i 5 -w 1 -r 1 -rf csv -rff $D/jmh-nn-$tag.csv 2>&1 | grep -E "^GemmBenchmark" >> $D/jmh-gemm.txt
  $jv -jar jmh/target/benchmarks.jar 'GemmBenchmark.sgemm$' -p shape=256x784x64,256x784x256 -p trans=TN -p impl=simd -p threads=1,2 -f 2 -wi 5 -i 5 -w 1 -r 1 -rf csv -rff $D/jmh-tn-$tag.csv 2>&1 | grep -E "^GemmBenchmark" >> $D/jmh-gemm.txt
done
date +%T > $D/end
