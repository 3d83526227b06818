# Sourced by bench/run and bench/profile: builds (or takes) the command-line jar, fetches DuckDB's JDBC
# driver and compiles bench/src. Sets root, build_dir, jar, duckdb_jar, classes, data_dir, results_dir.
# Environment: SIBCALC_BUILD_DIR, SIBCALC_JAR, DUCKDB_VERSION, BENCH_DATA (see bench/run).

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
build_dir=$(realpath -m "${SIBCALC_BUILD_DIR:-target}")
duckdb_version=${DUCKDB_VERSION:-2.0.0.1}
bench_dir=$build_dir/bench
data_dir=$(realpath -m "${BENCH_DATA:-$build_dir/bench-data}")
results_dir=$bench_dir/results

if [[ -n "${SIBCALC_JAR:-}" ]]; then
  jar=$(realpath "$SIBCALC_JAR")
else
  echo "bench: building the command line (./mvnw package -DskipTests) into $build_dir" >&2
  ./mvnw -q -Dsibcalc.buildDir="$build_dir" package -DskipTests
  jar=$build_dir/sibcalc-0.1.0-cli.jar
fi

duckdb_jar=$bench_dir/lib/duckdb_jdbc-$duckdb_version.jar
if [[ ! -f "$duckdb_jar" ]]; then
  echo "bench: fetching org.duckdb:duckdb_jdbc:$duckdb_version (benchmark only; not a dependency of sibcalc)" >&2
  ./mvnw -q dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$duckdb_version" -DoutputDirectory="$bench_dir/lib"
fi

classes=$bench_dir/classes
rm -rf "$classes"
mkdir -p "$classes"
# The harness, and the data generators of examples/src it runs (EssexGenerator, RealShapedGenerator, ...).
javac --release 17 -d "$classes" -cp "$jar" "$root"/bench/src/org/sibcalc/bench/*.java \
  "$root"/examples/src/org/sibcalc/examples/*.java
