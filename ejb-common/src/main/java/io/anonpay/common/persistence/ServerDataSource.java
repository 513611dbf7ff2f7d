package io.anonpay.common.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A party's database as the application server defines it, under the one name each party's persistence unit
 * gives as its {@code jta-data-source}: {@code jdbc/<party>}. Payara names the JDBC resource so
 * ({@code create-jdbc-resource … jdbc/credit}); WildFly binds datasources under {@code java:/} and reads that
 * {@code jta-data-source} as {@code java:/jdbc/<party>}. The URL, user and password are the server's
 * configuration (docs/deploy.md), never the application's.
 * <p>
 * Looked up here, not injected with {@code @Resource(lookup = "jdbc/<party>")}: WildFly takes a lookup name
 * without {@code java:} for a name in the component's own environment, where nothing is bound.
 */
public final class ServerDataSource {

    private ServerDataSource() {
    }

    /** The persistence unit's {@code jta-data-source} and Payara's JDBC resource name of the party's database. */
    public static String name(String party) {
        return "jdbc/" + party;
    }

    /** The party's database; fails, naming both names tried, when the server defines neither. */
    public static DataSource of(String party) {
        List<String> tried = new ArrayList<>();
        for (String name : List.of(name(party), "java:/" + name(party))) {
            try {
                if (new InitialContext().lookup(name) instanceof DataSource dataSource) {
                    return dataSource;
                }
                tried.add(name + " (not a DataSource)");
            } catch (NamingException e) {
                tried.add(name + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        throw new IllegalStateException("the server defines no datasource for " + party + ": tried "
                + String.join(", ", tried) + "; see docs/deploy.md");
    }
}
