package io.anonpay.common.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Applies a server's migrations. Flyway takes a PostgreSQL advisory lock, so several instances of one server
 * starting together migrate once.
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    /** @param server the folder below {@code db/migration/} holding this server's scripts */
    public static MigrateResult migrate(DataSource dataSource, String server, ClassLoader loader) {
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + server)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> server + " schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        return result;
    }
}
