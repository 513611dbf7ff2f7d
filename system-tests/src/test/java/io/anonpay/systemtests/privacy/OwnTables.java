package io.anonpay.systemtests.privacy;

import io.anonpay.embedded.ServerDatabase;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each party's database holds its own tables and nothing else: exactly those its migrations under
 * {@code sql/<party>/} create, plus Flyway's history. A server that wrote into another party's database (as
 * co-hosting did on Payara Server, whose placeholders resolved server-wide) would leave a table there that its
 * owner's migrations never create.
 */
public final class OwnTables {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

    private OwnTables() {
    }

    public static void assertEachPartyHoldsOnlyItsOwnTables(AnonpaySystem system) {
        for (Server server : Server.values()) {
            Set<String> expected = migrated(server.id());
            expected.add("flyway_schema_history");
            assertThat(tables(system.database(server)))
                    .as("the tables in the " + server.id() + " database").isEqualTo(expected);
        }
    }

    /** The tables the party's migrations create. */
    static Set<String> migrated(String party) {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("..", "sql", party))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher created = CREATE_TABLE.matcher(Files.readString(file));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(tables).as(party + "'s migrations create tables").isNotEmpty();
        return tables;
    }

    private static Set<String> tables(ServerDatabase db) {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             ResultSet rs = connection.createStatement().executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tables of the " + db.name() + " database", e);
        }
        return tables;
    }
}
