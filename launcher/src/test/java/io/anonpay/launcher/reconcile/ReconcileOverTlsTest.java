package io.anonpay.launcher.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.anonpay.launcher.tls.TlsMaterial;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.List;

/** {@code ./anonpay reconcile} on a {@code --tls} run: it trusts the authority the run file names, and only that. */
class ReconcileOverTlsTest {

    private static final String PASSWORD = "store-password";

    @TempDir
    Path dir;

    private TlsMaterial tls;
    private HttpsServer parties;

    @BeforeEach
    void threePartiesOverHttps() throws Exception {
        tls = TlsMaterial.prepare(dir.resolve("tls"), PASSWORD, List.of("credit"), Instant.now());
        parties = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        parties.setHttpsConfigurator(new HttpsConfigurator(serving(tls.keyStore("credit"))));
        for (String party : List.of("mall", "credit", "shipping")) {
            parties.createContext("/" + party + "/api/operator/clearing", exchange -> {
                byte[] report = ("{\"party\":\"" + party + "\",\"counterparties\":[]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, report.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(report);
                }
            });
        }
        parties.start();
    }

    @AfterEach
    void stop() {
        parties.stop(0);
    }

    @Test
    void theRunsOwnAuthorityIsTrusted() throws Exception {
        writeRunFile(", \"tls\": {\"ca\": \"" + tls.authorityCertificate() + "\"}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Reconcile.run(new String[]{"--data-dir", dir.toString()}, new PrintStream(out), new PrintStream(err));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Clearing reports compared");
    }

    @Test
    void withoutTheAuthorityTheReportsAreUnavailable() throws Exception {
        writeRunFile("");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Reconcile.run(new String[]{"--data-dir", dir.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("reconcile: https://127.0.0.1:" + parties.getAddress().getPort());
    }

    private void writeRunFile(String tlsEntry) throws Exception {
        String base = "https://127.0.0.1:" + parties.getAddress().getPort() + "/";
        Files.writeString(dir.resolve("run.json"), "{\"servers\": {"
                + "\"mall\": {\"baseUrl\": \"" + base + "mall\"}, \"credit\": {\"baseUrl\": \"" + base + "credit\"}, "
                + "\"shipping\": {\"baseUrl\": \"" + base + "shipping\"}}, "
                + "\"operator\": {\"user\": \"operator\", \"password\": \"secret\"}" + tlsEntry + "}");
    }

    private static SSLContext serving(Path keyStore) throws Exception {
        KeyStore keys = KeyStore.getInstance(TlsMaterial.TYPE);
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }
}
