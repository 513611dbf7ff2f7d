package io.anonpay.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @TempDir
    Path dir;

    @Test
    void madeUpOnceOwnerOnlyAndKept() throws Exception {
        Path file = dir.resolve("secrets.properties");

        Secrets first = Secrets.loadOrCreate(file);
        Secrets second = Secrets.loadOrCreate(file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(first.operatorUser()).isEqualTo("operator");
        assertThat(first.operatorPassword()).hasSizeGreaterThanOrEqualTo(20).isEqualTo(second.operatorPassword());
        assertThat(first.databasePassword(Server.MALL)).isEqualTo(second.databasePassword(Server.MALL))
                .isNotEqualTo(first.databasePassword(Server.CREDIT));
    }

    /** A file from before the embedded PostgreSQL's superuser had a password: it gets one, the rest stays. */
    @Test
    void aSuperuserPasswordIsAddedToAnOlderFile() throws Exception {
        Path file = dir.resolve("secrets.properties");
        Files.writeString(file, "db.mall.password=old-mall\ndb.credit.password=old-credit\n"
                + "db.shipping.password=old-shipping\noperator.user=operator\noperator.password=old-operator\n");

        Secrets secrets = Secrets.loadOrCreate(file);

        assertThat(secrets.superuserPassword()).hasSizeGreaterThanOrEqualTo(20)
                .isEqualTo(Secrets.read(file).superuserPassword());
        assertThat(secrets.databasePassword(Server.MALL)).isEqualTo("old-mall");
        assertThat(secrets.operatorPassword()).isEqualTo("old-operator");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
}
