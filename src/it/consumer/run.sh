#!/usr/bin/env bash
# Consumer test: install the built jar (with its POM) into a throwaway local repository, then compile and run a
# small outside project (this folder) against it with Maven, as a user would: with --add-modules (SIMD), without
# it (the scalar fallback and its one warning), and with the jar on the module path (Automatic-Module-Name).
# Run by `./mvnw verify` (exec-maven-plugin, phase verify, after the jars are built); skipped with -DskipTests.
# Usage: run.sh PROJECT_DIR VERSION USER_LOCAL_REPO
set -euo pipefail
root=$(cd "$1" && pwd); version=$2; userRepo=$3
java="${JAVA_HOME:-}/bin/java"; [ -x "$java" ] || java=java
work="$root/target/consumer-it"
rm -rf "$work"; mkdir -p "$work"
repo="$work/repo"
jar="$root/target/vectorprop-$version.jar"
fail() { echo "consumer test FAILED: $*" >&2; exit 1; }
[ -f "$jar" ] || fail "$jar not built"

mvn=("$root/mvnw" -B -q -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$userRepo")
"${mvn[@]}" -f "$root/pom.xml" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
  -Dfile="$jar" -DpomFile="$root/pom.xml" \
  -Dsources="$root/target/vectorprop-$version-sources.jar" -Djavadoc="$root/target/vectorprop-$version-javadoc.jar"
installed="$repo/io/vectorprop/vectorprop/$version/vectorprop-$version.jar"
[ -f "$installed" ] || fail "install-file did not put the jar at $installed"

cp -r "$root/src/it/consumer/." "$work/project"
"${mvn[@]}" -f "$work/project/pom.xml" -Dvectorprop.version="$version" compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$work/cp.txt"
cp=$(cat "$work/cp.txt")
[ "$cp" = "$installed" ] || fail "the consumer's class path should be exactly the installed jar (no runtime dependencies), was: $cp"
classes="$work/project/target/classes"

run() { # name, expected implementation, java args...
  local name=$1 impl=$2; shift 2
  if ! "$java" "$@" example.ConsumerMain >"$work/$name.out" 2>"$work/$name.err"; then
    cat "$work/$name.out" "$work/$name.err" >&2; fail "$name: the program failed"
  fi
  grep -q "implementation=$impl sgemm=ok" "$work/$name.out" || { cat "$work/$name.out" "$work/$name.err" >&2; fail "$name: expected implementation=$impl"; }
  local warns; warns=$(grep -c "To enable SIMD" "$work/$name.err" || true)
  if [ "$impl" = scalar ]; then
    [ "$warns" = 1 ] || { cat "$work/$name.err" >&2; fail "$name: expected exactly one warning on how to enable SIMD, got $warns"; }
  else
    [ "$warns" = 0 ] || { cat "$work/$name.err" >&2; fail "$name: unexpected fallback warning"; }
  fi
  echo "consumer test: $name: $(cat "$work/$name.out")"
}
run classpath-simd simd --add-modules jdk.incubator.vector -cp "$cp:$classes"
run classpath-no-module scalar -cp "$cp:$classes"
run module-path simd --module-path "$installed" --add-modules io.vectorprop,jdk.incubator.vector -cp "$classes"
echo "consumer test: passed"
