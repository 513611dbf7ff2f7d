package io.anonpay.systemtests.privacy;

import io.anonpay.embedded.ServerDatabase;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.SystemHttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Everything one party holds, as text to search: every row of every table of its database, its log files, the
 * messages it sent (the payloads of its outbox, decoded from their JWS form: the credit and shipping companies'
 * to the mall, the mall's payment requests to the credit company), and the figures its operator scrapes from
 * {@code /metrics}.
 */
public final class PartyEvidence {

    private final String party;
    private final String database;
    private final String logs;
    private final List<String> sentMessages;
    private final String metrics;

    private PartyEvidence(String party, String database, String logs, List<String> sentMessages, String metrics) {
        this.party = party;
        this.database = database;
        this.logs = logs;
        this.sentMessages = sentMessages;
        this.metrics = metrics;
    }

    private static PartyEvidence collect(String party, ServerDatabase db, Path serverDirectory, String metrics) {
        return new PartyEvidence(party, dump(db), logs(serverDirectory), outboxPayloads(db), metrics);
    }

    /** What a server of the running system holds now. */
    public static PartyEvidence of(AnonpaySystem system, Server server) {
        return collect(server.id(), system.database(server), system.dataDirectory().server(server),
                SystemHttp.asOperator(system, server, "metrics"));
    }

    String database() {
        return database;
    }

    String logs() {
        return logs;
    }

    List<String> sentMessages() {
        return sentMessages;
    }

    String metrics() {
        return metrics;
    }

    /** Where {@code secret} shows in this party's data (in clear, case-insensitively, or hex-encoded); empty if nowhere. */
    private List<String> whereFound(String secret) {
        List<String> places = new ArrayList<>();
        if (contains(database, secret)) {
            places.add(party + " database");
        }
        if (contains(logs, secret)) {
            places.add(party + " logs");
        }
        places.addAll(inMessages(secret));
        places.addAll(inMetrics(secret));
        return places;
    }

    private List<String> inMetrics(String secret) {
        return contains(metrics, secret) ? List.of(party + " metrics") : List.of();
    }

    /**
     * Each place {@code secret} shows in this party's metrics, as a finding: for what a party may hold itself (the
     * mall its products and purchase ids) but must not show in a figure.
     */
    public List<String> foundInMetrics(String secret, String what) {
        return inMetrics(secret).stream().map(place -> place + " hold " + what + ": " + secret).toList();
    }

    private List<String> inMessages(String secret) {
        return sentMessages.stream().anyMatch(message -> contains(message, secret))
                ? List.of("messages " + party + " sent") : List.of();
    }

    /** Each place {@code secret} shows, as a finding: "credit logs holds a product name: Teapot". */
    public List<String> found(String secret, String what) {
        return whereFound(secret).stream().map(place -> place + " holds " + what + ": " + secret).toList();
    }

    /**
     * Each place {@code secret} shows in the messages this party sent, as a finding: for what a party may hold
     * itself (the mall its products, its refund reasons) but must not tell anyone.
     */
    public List<String> foundInMessages(String secret, String what) {
        return inMessages(secret).stream().map(place -> place + " hold " + what + ": " + secret).toList();
    }

    static boolean contains(String haystack, String secret) {
        String lower = haystack.toLowerCase(Locale.ROOT);
        String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
        return lower.contains(secret.toLowerCase(Locale.ROOT)) || lower.contains(hex);
    }

    private static String dump(ServerDatabase db) {
        StringBuilder all = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select t::text from \"" + table + "\" t")) {
                    while (rs.next()) {
                        all.append(table).append(' ').append(rs.getString(1)).append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the " + db.name() + " database", e);
        }
        return all.toString();
    }

    private static String logs(Path serverDirectory) {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(serverDirectory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains(".log")).toList()) {
                all.append(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    private static List<String> outboxPayloads(ServerDatabase db) {
        List<String> payloads = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select count(*) from information_schema.tables"
                     + " where table_schema = 'public' and table_name = 'outbox'")) {
            exists.next();
            if (exists.getInt(1) == 0) {
                return payloads;
            }
            try (ResultSet rs = statement.executeQuery("select body from outbox")) {
                while (rs.next()) {
                    String[] jws = rs.getString(1).split("\\.");
                    payloads.add(new String(Base64.getUrlDecoder().decode(jws[1]), StandardCharsets.UTF_8));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the " + db.name() + " outbox", e);
        }
        return payloads;
    }
}
