#!/usr/bin/env bash
# The README's comparison table, measured in one run: SGEMM (two shapes) and an MLP training step, vectorprop
# against OpenBLAS (NumPy), PyTorch, netlib-java 3 (VectorBLAS) and EJML, on 1 and 2 threads.
# Needs: ./mvnw -f jmh/pom.xml -P peers package; /usr/bin/python3 with numpy, torch (Debian python3-numpy,
# python3-torch, libopenblas0-pthread). Usage: jmh/compare.sh OUTDIR   (about 15 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=jmh/target/benchmarks.jar
OUT=${1:?usage: jmh/compare.sh OUTDIR}
mkdir -p "$OUT"
SHAPES=1024x1024x1024:NN,256x256x784:NT
PY="env -u OPENBLAS_CORETYPE /usr/bin/python3"
jmh() { local name=$1; shift; echo "== $name" >&2; $JAVA -jar "$JAR" "$@" -rf csv -rff "$OUT/$name.csv" > "$OUT/$name.log" 2>&1; }
# Python references first and last, so a disturbance of the machine shows up as a spread between the two rounds.
refs() {
  for t in 1 2; do
    echo "== references $1, $t thread(s)" >&2
    OPENBLAS_NUM_THREADS=$t $PY jmh/reference/openblas_gemm.py ${SHAPES//,/ } > "$OUT/openblas-$t-$1.txt"
    THREADS=$t $PY jmh/reference/pytorch_gemm.py ${SHAPES//,/ } > "$OUT/torch-gemm-$t-$1.txt"
    THREADS=$t OMP_WAIT_POLICY=PASSIVE $PY jmh/reference/pytorch_step.py 784-256-128-10:256 > "$OUT/torch-step-$t-$1.txt"
  done
}
refs a
jmh peers-1t PeersBenchmark -f 3 -p shape=$SHAPES -p lib=vectorprop,netlib,ejml -p threads=1
jmh peers-2t PeersBenchmark -f 3 -p shape=$SHAPES -p lib=vectorprop,ejml -p threads=2
jmh step MlpBenchmark.step -f 3 -p net=784-256-128-10 -p batch=256 -p optimizer=sgd -p threads=1,2
refs b
$JAVA -version > "$OUT/java-version.txt" 2>&1
/usr/bin/python3 jmh/compare_table.py "$OUT" | tee "$OUT/table.md"
