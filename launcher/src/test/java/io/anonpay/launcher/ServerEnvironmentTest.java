package io.anonpay.launcher;

import io.anonpay.embedded.ServerDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServerEnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void tellsAServerItsOwnDatabaseTheBrokerItsUrlAndItsPartners() {
        Secrets secrets = Secrets.loadOrCreate(dir.resolve("secrets.properties"));
        ServerDatabase database = new ServerDatabase("credit", "jdbc:postgresql://127.0.0.1:1/credit", "credit", "pw");

        Map<String, String> env = ServerEnvironment.of(Server.CREDIT, database, "tcp://127.0.0.1:2",
                dir.resolve("keys"), secrets, server -> "http://h/" + server.id());

        assertThat(env).containsEntry("DB_URL", "jdbc:postgresql://127.0.0.1:1/credit")
                .containsEntry("DB_USER", "credit")
                .containsEntry("DB_PASSWORD", "pw")
                .containsEntry("JMS_URL", "tcp://127.0.0.1:2")
                .containsEntry("ANONPAY_KEYS_DIR", dir.resolve("keys").toString())
                .containsEntry("OPERATOR_USER", "operator")
                .containsEntry("OPERATOR_PASSWORD", secrets.operatorPassword())
                .containsEntry("ANONPAY_PUBLIC_URL", "http://h/credit")
                .containsEntry("MALL_URL", "http://h/mall")
                .containsEntry("SHIPPING_URL", "http://h/shipping")
                .containsEntry("ANONPAY_PARTNERS", "mall:mall=http://h/mall,shipping:shipping=http://h/shipping");
    }
}
