package io.anonpay.launcher.reconcile;

import io.anonpay.launcher.RunFile.Credentials;
import io.anonpay.launcher.Secrets;
import io.anonpay.launcher.Server;
import io.anonpay.launcher.Transport;
import io.anonpay.launcher.reconcile.ClearingReport.Line;
import io.anonpay.launcher.reconcile.ClearingReports.ReportUnavailable;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code ./anonpay reconcile [--from INSTANT] [--to INSTANT] [--data-dir DIR]}: reads {@code run.json}, fetches the
 * clearing report of the mall, the credit company and the shipping company, and compares what each pair of parties
 * says is due between them, purchase key by purchase key: the mall and the credit company (goods captured less
 * refunded), the credit company and the shipping company (shipping fees claimed). Exit code 0 only when everything
 * matches, 1 when something does not, 2 when it cannot tell (a report unavailable, bad arguments).
 * <p>
 * A window compares the purchases with a line of either party inside it. The parties record the same purchase at
 * slightly different times (a capture is applied at the credit company before the mall hears of it), so each report
 * is fetched for an hour more on both sides, and a purchase inside the window on one side is compared whole.
 */
public final class Reconcile {

    /** How far beyond the window each report is read, so that a purchase near its edge is found on both sides. */
    static final Duration MARGIN = Duration.ofHours(1);

    /** The pairs of roles that owe each other money: the mall and its credit company, the credit company and its carrier. */
    private static final List<Server[]> PAIRS = List.of(new Server[]{Server.MALL, Server.CREDIT},
            new Server[]{Server.CREDIT, Server.SHIPPING});

    private Reconcile() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command, for a test: what {@link #main} does, returning the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Instant from = null;
        Instant to = null;
        Path dataDir = Path.of("anonpay-data");
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--from" -> from = Instant.parse(value(args, ++i, "--from"));
                    case "--to" -> to = Instant.parse(value(args, ++i, "--to"));
                    case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (from != null && to != null && !from.isBefore(to)) {
                throw new IllegalArgumentException("--from must be before --to");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("reconcile: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        try {
            RunSettings run = RunSettings.read(dataDir);
            List<Reconciliation> results = reconcile(run.baseUrls(), run.operator(), from, to,
                    Transport.httpClientOf(run.authority()));
            print(results, from, to, out);
            return results.stream().allMatch(Reconciliation::balanced) ? 0 : 1;
        } catch (ReportUnavailable | IllegalStateException e) {
            err.println("reconcile: " + e.getMessage());
            return 2;
        }
    }

    /**
     * Fetches the three reports and compares each pair.
     *
     * @param baseUrls each server's base URL
     * @param from     inclusive, or null
     * @param to       exclusive, or null
     */
    public static List<Reconciliation> reconcile(Map<Server, String> baseUrls, Credentials operator, Instant from,
                                                 Instant to) {
        return reconcile(baseUrls, operator, from, to, HttpClient.newBuilder());
    }

    /**
     * As {@link #reconcile(Map, Credentials, Instant, Instant)}, with a client of one's own, e.g. one that trusts a
     * {@code --tls} run's authority.
     */
    public static List<Reconciliation> reconcile(Map<Server, String> baseUrls, Credentials operator, Instant from,
                                                 Instant to, HttpClient.Builder client) {
        ClearingReports reports = new ClearingReports(operator, client);
        Map<Server, ClearingReport> fetched = new EnumMap<>(Server.class);
        for (Server server : Server.values()) {
            fetched.put(server, reports.fetch(baseUrls.get(server), from == null ? null : from.minus(MARGIN),
                    to == null ? null : to.plus(MARGIN)));
        }
        Predicate<Line> window = Reconciliation.window(from, to);
        List<Reconciliation> results = new ArrayList<>();
        for (Server[] pair : PAIRS) {
            ClearingReport left = fetched.get(pair[0]);
            ClearingReport right = fetched.get(pair[1]);
            results.add(Reconciliation.of(left.party(), left.linesWith(right.party()), right.party(),
                    right.linesWith(left.party()), window));
        }
        return results;
    }

    static void print(List<Reconciliation> results, Instant from, Instant to, PrintStream out) {
        out.println("Clearing reports compared, " + (from == null && to == null ? "all time"
                : "from " + (from == null ? "the start" : from) + " to " + (to == null ? "now" : to)) + ":");
        out.println();
        String format = "%-20s %8s %10s %10s %10s  %-24s %-24s%n";
        out.printf(format, "parties", "matched", "only left", "only right", "different", "left says", "right says");
        for (Reconciliation r : results) {
            out.printf(format, r.left() + " ↔ " + r.right(), r.matched(), r.onlyLeft().size(), r.onlyRight().size(),
                    r.different().size(), r.left() + ": " + totals(r.leftTotals()),
                    r.right() + ": " + totals(r.rightTotals()));
        }
        out.println();
        boolean balanced = true;
        for (Reconciliation r : results) {
            String pair = r.left() + " ↔ " + r.right();
            for (String key : r.onlyLeft()) {
                out.println(pair + "  " + key + "  only " + r.left() + " reports it");
                balanced = false;
            }
            for (String key : r.onlyRight()) {
                out.println(pair + "  " + key + "  only " + r.right() + " reports it");
                balanced = false;
            }
            for (Reconciliation.Difference d : r.different()) {
                out.println(pair + "  " + d.purchaseKey() + "  " + r.left() + " says " + money(d.left().amount(),
                        d.left().currency()) + ", " + r.right() + " says " + money(d.right().amount(),
                        d.right().currency()));
                balanced = false;
            }
        }
        out.println(balanced ? "Everything matches." : "The books do not match: the purchase keys above differ.");
    }

    private static String totals(Map<String, Long> totals) {
        return totals.isEmpty() ? "nothing" : totals.entrySet().stream()
                .map(e -> money(e.getValue(), e.getKey())).collect(Collectors.joining(", "));
    }

    static String money(long minorUnits, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return currency + " " + BigDecimal.valueOf(minorUnits, digits).toPlainString();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static final String USAGE = """
            usage: ./anonpay reconcile [--from INSTANT] [--to INSTANT] [--data-dir DIR]
              Compares what the mall, the credit company and the shipping company each say is due between them,
              per purchase key, from their clearing reports (GET api/operator/clearing), and prints a table.
              INSTANT is ISO-8601 UTC, e.g. 2026-12-06T00:00:00Z; --from inclusive, --to exclusive; default: all.
              --data-dir: where run.json is (default anonpay-data).
              Exit code: 0 everything matches, 1 something differs, 2 it cannot tell.""";

    /**
     * The servers' base URLs, the operator's credential and, for a {@code --tls} run, the authority to trust alone
     * ({@code tls.ca}), from run.json and the secrets file beside it.
     */
    record RunSettings(Map<Server, String> baseUrls, Credentials operator, Optional<Path> authority) {

        static RunSettings read(Path dataDir) {
            Path runFile = dataDir.resolve("run.json");
            JsonObject run;
            try (JsonReader reader = Json.createReader(Files.newBufferedReader(runFile))) {
                run = reader.readObject();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + runFile + " (is the system running? ./anonpay run"
                        + " writes it): " + e.getMessage());
            }
            Map<Server, String> baseUrls = new EnumMap<>(Server.class);
            JsonObject servers = run.getJsonObject("servers");
            for (Server server : Server.values()) {
                JsonObject entry = servers.getJsonObject(server.id());
                if (entry == null) {
                    throw new IllegalStateException(runFile + " lists no " + server.id());
                }
                baseUrls.put(server, entry.getString("baseUrl"));
            }
            Optional<Path> authority = Optional.ofNullable(run.getJsonObject("tls"))
                    .map(tls -> Path.of(tls.getString("ca")));
            JsonObject operator = run.getJsonObject("operator");
            if (operator != null) {
                return new RunSettings(baseUrls, new Credentials(operator.getString("user"),
                        operator.getString("password")), authority);
            }
            Path secrets = dataDir.resolve("secrets.properties");
            if (Files.isReadable(secrets)) {
                Secrets read = Secrets.read(secrets);
                return new RunSettings(baseUrls, new Credentials(read.operatorUser(), read.operatorPassword()),
                        authority);
            }
            throw new IllegalStateException("no operator credential: neither " + runFile + " nor " + secrets
                    + " holds one");
        }
    }
}
