package io.anonpay.bench;

import io.anonpay.launcher.Secrets;
import io.anonpay.launcher.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTest {

    @TempDir
    Path data;

    /** --run-file mode: the embedded PostgreSQL asks for passwords, which are in the secrets beside run.json. */
    @Test
    void theDatabasePasswordsComeFromTheSecretsOfTheRunsDataDirectory() throws Exception {
        Secrets secrets = Secrets.loadOrCreate(data.resolve("secrets.properties"));
        Path runFile = data.resolve("run.json");
        Files.writeString(runFile, """
                {"dataDir": "%s", "broker": {"url": "tcp://127.0.0.1:61616"},
                 "servers": {
                   "mall": {"baseUrl": "http://127.0.0.1:8080/mall", "port": 8080,
                            "jdbcUrl": "jdbc:postgresql://127.0.0.1:15432/mall"},
                   "credit": {"baseUrl": "http://127.0.0.1:8081/credit", "port": 8081,
                              "jdbcUrl": "jdbc:postgresql://127.0.0.1:15432/credit"},
                   "shipping": {"baseUrl": "http://127.0.0.1:8082/shipping", "port": 8082,
                                "jdbcUrl": "jdbc:postgresql://127.0.0.1:15432/shipping"}},
                 "operator": {"user": "operator", "password": "op"}}
                """.formatted(data));

        Target target = Target.of(runFile);

        assertThat(target.creditDb().user()).isEqualTo("credit");
        assertThat(target.creditDb().password()).isNotBlank().isEqualTo(secrets.databasePassword(Server.CREDIT));
        assertThat(target.mallDb().password()).isEqualTo(secrets.databasePassword(Server.MALL));
    }
}
