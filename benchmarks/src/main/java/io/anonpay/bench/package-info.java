/**
 * The benchmark ({@code scripts/bench.sh}): starts anonpay through the launcher or uses a running one, loads it
 * through its HTTP APIs with the shared test client (HTTP/1.1, kept-alive connections) and prints one table:
 * settlements against pgbench's floor, password checks against raw Argon2id, result delivery, start-up and memory,
 * and what the servers' {@code /metrics} showed during those runs beside the benchmark's own counts.
 */
package io.anonpay.bench;
