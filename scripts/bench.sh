#!/usr/bin/env bash
# The benchmark (issue 9): builds what it needs, installs pgbench when missing, starts anonpay on free ports in a
# temporary data directory (or uses a running one: scripts/bench.sh --run-file anonpay-data/run.json), loads it
# and prints one table (also written to benchmarks/target/bench-run/table.md, with a flame graph of the credit
# server). Takes about 7 minutes.
#   scripts/bench.sh [--run-file PATH] [--seconds 20] [--clients 16] [--latency-payments 200] [--client-purchases 30]
#                    [--warmup-seconds 30] [--profile-seconds 10] [--session-purchases-per-second 300]
#   scripts/bench.sh --footprint [payara-micro wildfly payara-server]   (start-up and idle memory per runtime, ~10 min)
set -euo pipefail
cd "$(dirname "$0")/.."

command -v java >/dev/null || { echo "bench needs Java 17 or newer on the PATH" >&2; exit 2; }
command -v mvn >/dev/null || { echo "bench needs Maven 3.8 or newer on the PATH" >&2; exit 2; }

# pgbench: Debian ships it in the server package postgresql-<version> (pg_wrapper links /usr/bin/pgbench).
find_pgbench() {
  command -v pgbench 2>/dev/null && return 0
  ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -1 | grep . && return 0
  return 1
}
if [ "${1:-}" != "--footprint" ] && ! find_pgbench >/dev/null; then
  echo "installing pgbench (Debian's postgresql package; no cluster is created) ..." >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.d/anonpay-bench.conf >/dev/null
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
export PGBENCH="${PGBENCH:-$(find_pgbench || true)}"

jar=benchmarks/target/anonpay-bench.jar
changed=$( [ -f "$jar" ] && find . \( -name target -o -name .git -o -name 'anonpay-data' -o -name node_modules \) -prune \
    -o -type f -newer "$jar" \( -name '*.java' -o -name '*.xml' -o -name '*.sql' -o -name '*.html' -o -name '*.js' \
    -o -name '*.css' -o -name '*.properties' \) -print -quit || true )
if [ ! -f "$jar" ] || [ -n "$changed" ] || [ ! -d launcher/target/runtime ]; then
  echo "building anonpay and the benchmark ..." >&2
  mvn -B -ntp -q -DskipTests install
  # until the root pom lists benchmarks as a module, build it on its own
  grep -q '<module>benchmarks</module>' pom.xml || (cd benchmarks && mvn -B -ntp -q -DskipTests package)
fi

# scripts/bench.sh --footprint [payara-micro wildfly payara-server]: start-up and idle memory on each runtime
if [ "${1:-}" = "--footprint" ]; then
  shift
  exec java -Xmx512m -cp "$jar" io.anonpay.bench.Footprint "$@"
fi
exec java -Xmx1g -jar "$jar" "$@"
