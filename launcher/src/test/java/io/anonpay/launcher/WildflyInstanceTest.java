package io.anonpay.launcher;

import io.anonpay.launcher.tls.TlsMaterial;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command a party's WildFly starts with, plain and with {@code --tls}, on an installation and server base
 * directory laid out as {@link WildflyInstall} leaves them (so that neither setup.sh nor tls.cli runs here).
 */
class WildflyInstanceTest {

    private static final int PORT = 18080;

    @TempDir
    Path dir;
    private Path runtime;
    private DataDirectory data;
    private WildflyInstall install;

    @BeforeEach
    void layOut() throws IOException {
        runtime = Files.createDirectories(dir.resolve("runtime"));
        for (String file : List.of(PayaraFiles.RESOURCE_ADAPTER + ".rar", RuntimeDirectory.ROOT_MODULE,
                Server.MALL.deployable(ServerRuntime.WILDFLY))) {
            Files.writeString(runtime.resolve(file), file);
        }
        data = new DataDirectory(dir.resolve("data"));
        Path bin = Files.createDirectories(data.root().resolve("wildfly/wildfly-39/bin"));
        Files.writeString(bin.resolve("standalone.sh"), "");
        Path configuration = Files.createDirectories(data.server(Server.MALL).resolve("wildfly/configuration"));
        Files.writeString(configuration.resolve("standalone-full.xml"), "<server/>");
        Files.writeString(configuration.resolve(WildflyInstall.TLS_CONFIGURATION), "<server/>");
        install = WildflyInstall.prepare(runtime, data);
    }

    @Test
    void plainServesHttpOnThePartysPort() {
        WildflyInstance mall = new WildflyInstance(Server.MALL, PORT, runtime, install, data, Transport.plain());

        ProcessBuilder command = mall.command("tcp://127.0.0.1:61616", Map.of());

        assertThat(command.command()).containsSequence("-c", "standalone-full.xml")
                .contains("-Djboss.socket.binding.port-offset=100", "-Djboss.http.port=" + (PORT - 100))
                .noneMatch(argument -> argument.startsWith("-Djboss.https.port"));
        assertThat(command.environment().get("JAVA_OPTS")).doesNotContain("@");
        assertThat(mall.baseUrl()).isEqualTo("http://127.0.0.1:" + PORT + "/mall");
        assertThat(data.server(Server.MALL).resolve("tls.options")).doesNotExist();
    }

    @Test
    void tlsServesHttpsOnlyOnThePartysPortWithItsOwnKeyStore() throws IOException {
        TlsMaterial tls = TlsMaterial.prepare(dir.resolve("tls"), "store-password", List.of(Server.MALL.id()),
                Instant.now());
        WildflyInstance mall = new WildflyInstance(Server.MALL, PORT, runtime, install, data, Transport.tls(tls));

        ProcessBuilder command = mall.command("ssl://127.0.0.1:61616", Map.of());

        assertThat(command.command()).containsSequence("-c", WildflyInstall.TLS_CONFIGURATION)
                .contains("-Djboss.https.port=" + (PORT - 100))
                .noneMatch(argument -> argument.startsWith("-Djboss.http.port"))
                .noneMatch(argument -> argument.contains("store-password"));
        Path options = data.server(Server.MALL).resolve("tls.options");
        assertThat(command.environment().get("JAVA_OPTS")).endsWith(" @" + options)
                .doesNotContain("store-password");
        assertThat(Files.readString(options)).contains(tls.keyStore(Server.MALL.id()).toString())
                .contains(tls.trustStore().toString()).contains("store-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(options))).isEqualTo("rw-------");
        assertThat(mall.baseUrl()).isEqualTo("https://127.0.0.1:" + PORT + "/mall");
    }
}
