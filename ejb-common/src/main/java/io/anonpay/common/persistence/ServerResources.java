package io.anonpay.common.persistence;

import jakarta.jms.ConnectionFactory;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * What the application server defines for a party, by the names every server uses for it: its database
 * {@code jdbc/<party>} (also the persistence unit's {@code jta-data-source}) and its connection factory to the
 * broker {@code jms/<party>}, a pool of the ActiveMQ resource adapter. Payara names its resources so
 * ({@code create-jdbc-resource}, {@code create-connector-resource}); WildFly binds them under {@code java:/}, and
 * reads such a {@code jta-data-source} as {@code java:/jdbc/<party>}. URLs, users and passwords are the server's
 * configuration (docs/deploy.md), never the application's.
 * <p>
 * Looked up here, not injected with {@code @Resource(lookup = "jdbc/<party>")}: WildFly takes a lookup name
 * without {@code java:} for a name in the component's own environment, where nothing is bound.
 */
public final class ServerResources {

    private ServerResources() {
    }

    /** The party's database; fails, naming the names tried, when the server defines none. */
    public static DataSource dataSource(String party) {
        return lookup("jdbc/" + party, DataSource.class);
    }

    /** The party's connection factory to the broker; fails, naming the names tried, when the server defines none. */
    public static ConnectionFactory connectionFactory(String party) {
        return lookup("jms/" + party, ConnectionFactory.class);
    }

    private static <T> T lookup(String name, Class<T> type) {
        List<String> tried = new ArrayList<>();
        for (String candidate : List.of(name, "java:/" + name)) {
            try {
                Object found = new InitialContext().lookup(candidate);
                if (type.isInstance(found)) {
                    return type.cast(found);
                }
                tried.add(candidate + " (a " + found.getClass().getSimpleName() + ")");
            } catch (NamingException e) {
                tried.add(candidate + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        throw new IllegalStateException("the server defines no " + type.getSimpleName() + " " + name + ": tried "
                + String.join(", ", tried) + "; see docs/deploy.md");
    }
}
