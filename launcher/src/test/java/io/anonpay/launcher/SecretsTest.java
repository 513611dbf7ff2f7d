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
}
