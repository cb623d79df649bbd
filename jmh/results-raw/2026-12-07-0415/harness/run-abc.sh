#!/bin/bash
# args: threads pairs out shapes...
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
th=$1; pairs=$2; out=$3; shift 3
for s in "$@"; do
  echo "# $s ${th}t $(date +%H:%M:%S)" >> $out
  $J --add-modules jdk.incubator.vector -cp /tmp/kx/target/classes io.vectorprop.gemm.ABC $s $pairs $th 250 0 0 0 0 2>&1 | grep -v WARN >> $out
done
