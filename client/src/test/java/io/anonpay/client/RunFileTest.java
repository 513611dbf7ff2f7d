package io.anonpay.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunFileTest {

    @TempDir
    Path dir;

    private Path runFile(String json) throws IOException {
        return Files.writeString(dir.resolve("run.json"), json);
    }

    @Test
    void readsTheMallFromTheLaunchersRunFile() throws IOException {
        Path file = runFile("""
                {"dataDir":"/tmp/d","broker":{"url":"tcp://127.0.0.1:61616"},
                 "servers":{"mall":{"baseUrl":"http://127.0.0.1:18080/mall","port":18080},
                            "credit":{"baseUrl":"http://127.0.0.1:18081/credit"}},
                 "demo":{"cardholders":[]}}""");

        assertThat(RunFile.mallBaseUrl(null, file)).isEqualTo(URI.create("http://127.0.0.1:18080/mall"));
    }

    @Test
    void anExplicitMallWinsOverTheRunFile() throws IOException {
        Path file = runFile("{\"servers\":{\"mall\":{\"baseUrl\":\"http://127.0.0.1:18080/mall\"}}}");

        assertThat(RunFile.mallBaseUrl("http://mall.example:9000/shop", file))
                .isEqualTo(URI.create("http://mall.example:9000/shop"));
    }

    @Test
    void aTlsRunsAuthorityIsTrustedUnlessTheMallIsGivenExplicitly() throws IOException {
        Path tls = runFile("{\"servers\":{\"mall\":{\"baseUrl\":\"https://127.0.0.1:18080/mall\"}},"
                + "\"tls\":{\"ca\":\"/tmp/d/tls/ca.crt\"}}");
        assertThat(RunFile.authority(null, tls)).contains(Path.of("/tmp/d/tls/ca.crt"));
        assertThat(RunFile.authority("https://mall.example/shop", tls)).isEmpty();

        Path plain = runFile("{\"servers\":{\"mall\":{\"baseUrl\":\"http://127.0.0.1:18080/mall\"}}}");
        assertThat(RunFile.authority(null, plain)).isEmpty();
    }

    @Test
    void anExplicitRunFileMustExist() {
        assertThatThrownBy(() -> RunFile.mallBaseUrl(null, dir.resolve("missing.json")))
                .isInstanceOfSatisfying(ClientFailure.class, f -> assertThat(f.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aRunFileWithoutAMallOrNotJsonIsAUsageError() throws IOException {
        Path noMall = runFile("{\"servers\":{}}");
        assertThatThrownBy(() -> RunFile.mallBaseUrl(null, noMall)).hasMessageContaining("names no mall");

        Path broken = runFile("not json");
        assertThatThrownBy(() -> RunFile.mallBaseUrl(null, broken))
                .isInstanceOfSatisfying(ClientFailure.class, f -> assertThat(f.exitCode()).isEqualTo(ExitCodes.USAGE));
    }

    @Test
    void aMallThatIsNotAnHttpUrlIsAUsageError() {
        assertThatThrownBy(() -> RunFile.mallBaseUrl("127.0.0.1:8080", null))
                .hasMessageContaining("--mall must be an http(s) URL");
    }
}
