package io.anonpay.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunFileTest {

    @TempDir
    Path dir;

    private RunFile run(RunFile.Credentials operator) {
        List<RunFile.Entry> servers = List.of(
                new RunFile.Entry(Server.MALL, "http://127.0.0.1:8080/mall", 8080,
                        "jdbc:postgresql://127.0.0.1:15432/mall", dir.resolve("mall/server.log")),
                new RunFile.Entry(Server.CREDIT, "http://127.0.0.1:8081/credit", 8081,
                        "jdbc:postgresql://127.0.0.1:15432/credit", dir.resolve("credit/server.log")),
                new RunFile.Entry(Server.SHIPPING, "http://127.0.0.1:8082/shipping", 8082,
                        "jdbc:postgresql://127.0.0.1:15432/shipping", dir.resolve("shipping/server.log")));
        return new RunFile(dir, "tcp://127.0.0.1:61616", servers, operator, Instant.parse("2025-01-02T03:04:05Z"));
    }

    private static JsonObject read(Path file) throws Exception {
        return Json.createReader(new StringReader(Files.readString(file))).readObject();
    }

    @Test
    void saysWhereEveryServerItsDatabaseAndTheBrokerAre() throws Exception {
        Path file = dir.resolve("run.json");

        run(new RunFile.Credentials("operator", "pw")).write(file);

        JsonObject json = read(file);
        assertThat(json.getString("dataDir")).isEqualTo(dir.toString());
        assertThat(json.getJsonObject("broker").getString("url")).isEqualTo("tcp://127.0.0.1:61616");
        JsonObject mall = json.getJsonObject("servers").getJsonObject("mall");
        assertThat(mall.getString("baseUrl")).isEqualTo("http://127.0.0.1:8080/mall");
        assertThat(mall.getInt("port")).isEqualTo(8080);
        assertThat(mall.getString("jdbcUrl")).isEqualTo("jdbc:postgresql://127.0.0.1:15432/mall");
        assertThat(mall.getString("log")).isEqualTo(dir.resolve("mall/server.log").toString());
        assertThat(mall.getString("health")).isEqualTo("http://127.0.0.1:8080/health/ready");
        assertThat(mall.getString("openApi")).isEqualTo("http://127.0.0.1:8080/openapi");
        assertThat(json.getJsonObject("servers").keySet()).containsExactly("mall", "credit", "shipping");
        assertThat(json.getJsonObject("servers").getJsonObject("shipping").getString("baseUrl"))
                .isEqualTo("http://127.0.0.1:8082/shipping");
        assertThat(json.getJsonObject("operator").getString("user")).isEqualTo("operator");
        assertThat(json.getJsonObject("operator").getString("password")).isEqualTo("pw");
        assertThat(json.getString("startedAt")).isEqualTo("2025-01-02T03:04:05Z");
    }

    @Test
    void outsideDemoModeHoldsNoCredentials() throws Exception {
        Path file = dir.resolve("run.json");

        run(null).write(file);

        assertThat(read(file).containsKey("operator")).isFalse();
    }

    @Test
    void isReadableByItsOwnerOnlyAndReplacesAnOldOne() throws Exception {
        Path file = dir.resolve("run.json");
        Files.writeString(file, "old");

        run(null).write(file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).startsWith("{");
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void escapesWhatJsonNeedsEscaped() throws Exception {
        Path odd = dir.resolve("a \"quoted\" dir");
        Files.createDirectories(odd);
        Path file = odd.resolve("run.json");

        new RunFile(odd, "tcp://h:1", List.of(), null, Instant.EPOCH).write(file);

        assertThat(read(file).getString("dataDir")).isEqualTo(odd.toString());
    }
}
