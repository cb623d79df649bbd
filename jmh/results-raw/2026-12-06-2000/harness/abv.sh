#!/bin/bash
# usage: abv.sh class batch reps secs -> SH/SB step at 2 threads, base (old) vs work tree (new), tagged with ping-pong
J=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
for r in $(seq $3); do for v in old new; do
  if [ $v = old ]; then CP=/tmp/basewt/target/classes:/tmp/h/cls; else CP=/work/main/target/classes:/tmp/h/cls; fi
  p1=$(/tmp/pp/pp 1 | tr ' ' '/')
  a=$($J --add-modules jdk.incubator.vector -cp $CP io.vectorprop.mlp.$1 $2 ${TH:-2} $4 2>/dev/null | cut -d' ' -f4- | sed 's/[0-9]*://g')
  echo "$v pp=$p1 $a"
done; done
