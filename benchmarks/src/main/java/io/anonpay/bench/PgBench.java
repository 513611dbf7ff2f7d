package io.anonpay.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgbench running the statements one settlement commits at the credit company, as a custom script against the
 * credit database of the running system. They run on copies of the credit tables in a schema {@code bench} (same
 * columns, defaults, checks, unique indexes and foreign keys, created with {@code LIKE ... INCLUDING ALL}), so that
 * pgbench's rows never reach the real outbox relay or the mall; the schema is dropped afterwards.
 *
 * <p>The transaction, as {@code SettlementLedger.settle} issues it through EclipseLink (shared cache off):
 * the card under its row lock ({@code CardLockout.admit}: {@code em.find(..., PESSIMISTIC_WRITE)}), its customer
 * (eager many-to-one, a second select), the purchase's existing settlement ({@code recorded}), the conditional
 * hold of the sum and the shipping fee ({@code CardBalance.hold}), the settlement insert with its fee line and
 * {@code lastval()} (identity), the hold's and the fee hold's {@code payment_step} inserts, each with
 * {@code lastval()}, the outbox insert ({@code Outbox.append}), commit.
 */
final class PgBench {

    static final String SCRIPT = String.join("\n",
            "\\set card random(1, :ncards)",
            "\\set r random(1, 4611686018427387903)",
            "\\set amount random(100, 5000)",
            "BEGIN;",
            "SELECT id, balance_amount, balance_currency, created_at, customer_id, failed_attempts, held_amount,"
                    + " last_four, locked_until, number_hash, password_hash, password_salt, status FROM bench.card"
                    + " WHERE (id = :card) FOR UPDATE;",
            "SELECT id, created_at, name FROM bench.customer WHERE (id = :card);",
            "SELECT id, authorized_until, captured_amount, card_id, created_at, decline_reason, mall, outcome,"
                    + " purchase_id, purchase_key, refunded_amount, settlement_id, state, sum_amount, sum_currency,"
                    + " updated_at, shipping_company, shipping_volume, fee_amount, tariff_version, fee_state,"
                    + " recipient_matched FROM bench.settlement WHERE (purchase_key = sha256(convert_to("
                    + "repeat(md5(:r::text || '-' || :client_id::text), :pidrep), 'UTF8')));",
            "UPDATE bench.card SET held_amount = held_amount + :amount + 500 WHERE id = :card"
                    + " AND balance_amount - held_amount >= :amount + 500 AND balance_currency = 'EUR';",
            "INSERT INTO bench.settlement (purchase_key, purchase_id, card_id, settlement_id, sum_amount,"
                    + " sum_currency, outcome, decline_reason, state, captured_amount, refunded_amount,"
                    + " authorized_until, mall, created_at, updated_at, shipping_company, shipping_volume, fee_amount,"
                    + " tariff_version, fee_state) VALUES (sha256(convert_to("
                    + "repeat(md5(:r::text || '-' || :client_id::text), :pidrep), 'UTF8')),"
                    + " repeat(md5(:r::text || '-' || :client_id::text), :pidrep), :card,"
                    + " repeat(md5(:r::text), :sidrep), :amount, 'EUR', 'APPROVED', NULL, 'AUTHORIZED', 0, 0,"
                    + " now() + interval '7 days', 'mall', now(), now(), 'shipping', 1000, 500, 'tAAAAAAAAAAAAAAAA',"
                    + " 'HELD');",
            "SELECT lastval();",
            // the settlement's id by its own sequence: within this insert lastval() is already the step's
            "INSERT INTO bench.payment_step (settlement_ref, kind, request_id, amount, currency, outcome, refusal,"
                    + " created_at) VALUES (currval(pg_get_serial_sequence('bench.settlement', 'id')), 'HOLD', NULL,"
                    + " :amount, 'EUR', 'APPLIED', NULL, now());",
            "SELECT lastval();",
            "INSERT INTO bench.payment_step (settlement_ref, kind, request_id, amount, currency, outcome, refusal,"
                    + " created_at) VALUES (currval(pg_get_serial_sequence('bench.settlement', 'id')), 'FEE_HOLD',"
                    + " NULL, 500, 'EUR', 'APPLIED', NULL, now());",
            "SELECT lastval();",
            "INSERT INTO bench.outbox (destination, message_key, body) VALUES ('anonpay.mall.settlement-results',"
                    + " repeat(md5(:r::text || '-' || :client_id::text), :pidrep), repeat(md5(:r::text || 'b'), :bodyrep));",
            "END;",
            "");

    static final int BENCH_CARDS = 1000;

    /** What one pgbench run measured. */
    record Result(double tps, double latencyMs, long transactions, long failed, String command) {
    }

    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final String jdbcUrl;

    PgBench(String jdbcUrl, String user, String password) {
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        this.host = m.group(1);
        this.port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        this.database = m.group(3);
        this.user = user;
        this.password = password == null ? "" : password;
        this.jdbcUrl = jdbcUrl;
    }

    /** The pgbench binary: PGBENCH, then the PATH, then Debian's versioned locations. */
    static String binary() {
        String configured = System.getenv("PGBENCH");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "pgbench"))) {
                return Path.of(dir, "pgbench").toString();
            }
        }
        for (int v = 17; v >= 13; v--) {
            Path p = Path.of("/usr/lib/postgresql/" + v + "/bin/pgbench");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /**
     * Creates the bench schema: copies of customer, card, settlement, payment_step, outbox; 1,000 customers with a
     * card each.
     */
    void setUp() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists bench cascade");
            s.execute("create schema bench");
            s.execute("create table bench.customer (like public.customer including all)");
            s.execute("create table bench.card (like public.card including all)");
            s.execute("alter table bench.card add foreign key (customer_id) references bench.customer (id)");
            s.execute("create table bench.settlement (like public.settlement including all)");
            s.execute("alter table bench.settlement add foreign key (card_id) references bench.card (id)");
            s.execute("create table bench.payment_step (like public.payment_step including all)");
            s.execute("alter table bench.payment_step add foreign key (settlement_ref) references bench.settlement (id)");
            s.execute("create table bench.outbox (like public.outbox including all)");
            s.execute("insert into bench.customer (name) select 'Bench Customer ' || g from generate_series(1, "
                    + BENCH_CARDS + ") g");
            s.execute("insert into bench.card (customer_id, number_hash, last_four, balance_amount, balance_currency,"
                    + " password_hash, password_salt) select g, sha256(('card-' || g)::bytea), '0000', 1000000000000,"
                    + " 'EUR', sha256(('pw-' || g)::bytea), substring(sha256(('salt-' || g)::bytea) from 1 for 16)"
                    + " from generate_series(1, " + BENCH_CARDS + ") g order by g");
            s.execute("analyze bench.customer, bench.card, bench.settlement, bench.payment_step, bench.outbox");
        }
    }

    void tearDown() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists bench cascade");
        } catch (SQLException e) {
            System.err.println("bench: could not drop schema bench: " + e.getMessage());
        }
    }

    /**
     * @param cards   how many cards the clients pick from at random (1: one hot card)
     * @param lengths the real purchase id, settlement id and outbox body lengths, so rows are the same size
     */
    Result run(Path workDir, int clients, int cards, int seconds, int[] lengths) throws IOException, InterruptedException {
        String pgbench = binary();
        if (pgbench == null) {
            throw new IllegalStateException("pgbench not found (scripts/bench.sh installs it)");
        }
        Files.createDirectories(workDir);
        Path script = workDir.resolve("settlement.sql");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(pgbench, "-n", "-M", "prepared",
                "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients,
                        Runtime.getRuntime().availableProcessors())),
                "-T", Integer.toString(seconds), "-f", script.toString(),
                "-D", "ncards=" + cards,
                "-D", "pidrep=" + Math.max(1, lengths[0] / 32),
                "-D", "sidrep=" + Math.max(1, lengths[1] / 32),
                "-D", "bodyrep=" + Math.max(1, lengths[2] / 32),
                "-h", host, "-p", Integer.toString(port), "-U", user, database));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 120L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        Files.writeString(workDir.resolve("pgbench-" + (cards == 1 ? "hot" : "many") + ".out"), out);
        return new Result(number(out, "tps = ([0-9.]+)"), number(out, "latency average = ([0-9.]+) ms"),
                (long) number(out, "number of transactions actually processed: (\\d+)"),
                (long) number(out, "number of failed transactions: (\\d+)"),
                String.join(" ", command).replace(script.toString(), "settlement.sql"));
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** The average lengths of purchase ids, settlement ids and outbox bodies the real system wrote. */
    int[] realLengths() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("select coalesce(avg(length(purchase_id)), 700),"
                     + " coalesce(avg(length(settlement_id)), 200),"
                     + " (select coalesce(avg(length(body)), 2500) from public.outbox) from public.settlement")) {
            rs.next();
            return new int[] {(int) rs.getDouble(1), (int) rs.getDouble(2), (int) rs.getDouble(3)};
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s@%s:%d/%s", user, host, port, database);
    }
}
