package io.anonpay.systemtests.privacy;

import io.anonpay.client.AnonpayClient;
import io.anonpay.client.ExitCodes;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.launcher.tls.TlsMaterial;
import io.anonpay.systemtests.InClear;
import io.anonpay.systemtests.RunningSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole system started with {@code --tls} (issue 22, item 2): the privacy audit once more, every purchase paid
 * and shipped by the command-line client over HTTPS; a request in clear to a server redirected to https with nothing
 * of the application, where the plain run serves it, and the broker silent; and a client that trusts another
 * authority refused with a plain message.
 */
@ExtendWith(RunningSystem.class)
class EncryptedRunIT {

    private static AnonpaySystem encrypted;

    @BeforeAll
    static void start() {
        encrypted = RunningSystem.start("target/system-data-tls", "--tls");
    }

    @AfterAll
    static void stop() {
        if (encrypted != null) {
            RunningSystem.stop(encrypted);
        }
    }

    /**
     * The audit under a capture of every TCP packet on loopback: no buyer's card number or password is in it. The
     * same capture around a purchase on the plain run finds that buyer's card number, so the search can see one.
     * (The database connections stay plain on loopback; they carry what the databases hold, no card number.)
     */
    @Test
    void noPartyLearnsWhatItMustNotOverTlsAndNoCardNumberCrossesAPlainSocket(AnonpaySystem plain) {
        assertThat(List.of(Server.values())).allMatch(server -> encrypted.baseUrl(server).startsWith("https://"));
        assertThat(encrypted.brokerUrl()).startsWith("ssl://");

        List<PrivacyAuditIT.Person> buyers;
        byte[] captured;
        try (LoopbackCapture capture = LoopbackCapture.start(Path.of("target/capture/tls-run.pcap"))) {
            buyers = PrivacyAuditIT.audit(encrypted);
            captured = capture.stop();
        }
        assertThat(captured.length).as("bytes captured on loopback during the audit").isGreaterThan(100_000);
        for (PrivacyAuditIT.Person buyer : buyers) {
            assertThat(LoopbackCapture.contains(captured, buyer.cardNumber()))
                    .as("a card number of the --tls run in clear on loopback").isFalse();
            assertThat(LoopbackCapture.contains(captured, buyer.password()))
                    .as("a card password of the --tls run in clear on loopback").isFalse();
        }

        String kettle = "Capture Kettle " + Instant.now().toEpochMilli();
        PrivacyAuditIT.addProduct(plain, kettle, 700);
        PrivacyAuditIT.Person buyer = PrivacyAuditIT.person(plain);
        try (LoopbackCapture capture = LoopbackCapture.start(Path.of("target/capture/plain-run.pcap"))) {
            PrivacyAuditIT.buy(plain, buyer, kettle);
            captured = capture.stop();
        }
        assertThat(LoopbackCapture.contains(captured, buyer.cardNumber()))
                .as("the plain run's buyer's card number, captured on loopback").isTrue();
    }

    /**
     * A request in clear to each port of the run: each server's port answers an API path and a page alike with a
     * redirect to the same address on https and nothing of the application; the broker, connected to and not
     * spoken to, sends no OpenWire greeting. The plain run answers the same API request with the party's keys, and
     * its broker greets in OpenWire unasked, so the probes would see a port that serves in clear.
     */
    @Test
    void aRequestInClearIsRedirectedToHttpsAndTheBrokerStaysSilent(AnonpaySystem plain) throws IOException {
        Map<URI, String> inClear = new LinkedHashMap<>();
        for (Server server : Server.values()) {
            int port = URI.create(encrypted.baseUrl(server)).getPort();
            for (String path : List.of("/" + server.id() + "/api/keys?probe=1", "/" + server.id() + "/")) {
                inClear.put(URI.create("http://127.0.0.1:" + port + path), InClear.answer(port, path));
            }
        }

        assertThat(inClear).as("what each server port of the --tls run answered a request in clear")
                .allSatisfy((request, answer) -> assertThat(answer).startsWith("HTTP/1.1 302 ")
                        .contains("\r\nLocation: " + request.toString().replace("http://", "https://") + "\r\n")
                        .contains("\r\nContent-Length: 0\r\n").endsWith("\r\n\r\n")
                        .doesNotContainIgnoringCase("Content-Type"));
        assertThat(InClear.greeting(URI.create(encrypted.brokerUrl()).getPort())).as("the --tls run's broker")
                .doesNotContain("ActiveMQ").doesNotContain("HTTP/");
        assertThat(InClear.answer(URI.create(plain.baseUrl(Server.CREDIT)).getPort(), "/credit/api/keys?probe=1"))
                .as("the plain run's credit port").startsWith("HTTP/1.1 200 ").contains("\"keys\"");
        assertThat(InClear.greeting(URI.create(plain.brokerUrl()).getPort())).as("the plain run's broker")
                .contains("ActiveMQ");
    }

    @Test
    void aClientTrustingAnotherAuthorityIsRefusedPlainly(@TempDir Path dir) throws IOException {
        Path foreign = TlsMaterial.prepare(dir.resolve("tls"), "another-run", List.of(Server.MALL.id()), Instant.now())
                .authorityCertificate();
        Path runFile = dir.resolve("run.json");
        String run = Files.readString(encrypted.dataDirectory().runFile());
        String ownAuthority = encrypted.transport().material().orElseThrow().authorityCertificate().toString();
        assertThat(run).contains(ownAuthority);
        Files.writeString(runFile, run.replace(ownAuthority, foreign.toString()));

        StringWriter err = new StringWriter();
        CommandLine client = AnonpayClient.commandLine(new AnonpayClient());
        client.setOut(new PrintWriter(new StringWriter(), true));
        client.setErr(new PrintWriter(err, true));
        int exit = client.execute("--run-file", runFile.toString(), "products");

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(err.toString()).contains("is not trusted");
    }
}
