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
 * and shipped by the command-line client over HTTPS; no port of the run answering in clear, which the same probe
 * shows the plain run does; and a client that trusts another authority refused with a plain message.
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

    @Test
    void noPartyLearnsWhatItMustNotOverTls() {
        assertThat(List.of(Server.values())).allMatch(server -> encrypted.baseUrl(server).startsWith("https://"));
        assertThat(encrypted.brokerUrl()).startsWith("ssl://");

        PrivacyAuditIT.audit(encrypted);
    }

    /**
     * A request in clear to each port of the run: the servers' ports answer no HTTP and the broker's sends no
     * OpenWire greeting. The plain run answers both, so the probe would see a port that speaks in clear.
     */
    @Test
    void noPortOfTheRunSpeaksInClear(AnonpaySystem plain) throws IOException {
        Map<String, String> inClear = new LinkedHashMap<>();
        for (Server server : Server.values()) {
            inClear.put(server.id(), InClear.firstWordsAt(URI.create(encrypted.baseUrl(server)).getPort()));
        }
        inClear.put("broker", InClear.firstWordsAt(URI.create(encrypted.brokerUrl()).getPort()));

        assertThat(inClear).as("what each port of the --tls run said to a request in clear")
                .allSatisfy((port, said) -> assertThat(said).doesNotContain("HTTP/").doesNotContain("ActiveMQ"));
        assertThat(InClear.firstWordsAt(URI.create(plain.baseUrl(Server.CREDIT)).getPort()))
                .as("the plain run's credit port")
                .startsWith("HTTP/");
        assertThat(InClear.firstWordsAt(URI.create(plain.brokerUrl()).getPort())).as("the plain run's broker")
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
