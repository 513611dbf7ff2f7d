package io.anonpay.systemtests.reliability;

import io.anonpay.contract.ServedContracts;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.LaunchOptions;
import io.anonpay.launcher.Progress;
import io.anonpay.launcher.Server;
import io.anonpay.launcher.ServerProcess;
import io.anonpay.systemtests.InClear;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.SystemHttp;
import io.anonpay.systemtests.privacy.OwnTables;
import io.anonpay.systemtests.reliability.Api.Card;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same deployables on the full application servers operators run, WildFly 39 and Payara Server 6: for each,
 * the launcher starts a second, separate system with {@code --runtime wildfly --tls} or
 * {@code --runtime payara-server --tls} (its own PostgreSQL, broker and data directory), each party on its own server
 * set up as docs/deploy.md says, serving HTTPS only, and each party's tables in its own database only
 * ({@link OwnTables}). Everything below then travels over HTTPS and {@code ssl://}. Its
 * API must answer the same requests as the Payara Micro system the other system tests share answers them
 * ({@link SameAnswers}). A buyer walks the anonymous purchase — buy, pay, the result applied at the mall, ship, the
 * receipt applied. Then the privacy audit runs over the parties' tables, logs and messages, and every server says
 * it runs EclipseLink. Then the credit company's server is killed with SIGKILL during a burst of payments and
 * restarted, as OutageIT does on Payara Micro: each payment charged and delivered once; and poison messages are
 * dead-lettered with the mall's reasons and handled through the operator's API, as PoisonMessageIT does. Nothing of
 * it may be left running.
 */
@ExtendWith(RunningSystem.class)
class FullServerRuntimeIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wildfly", "payara-server"})
    void theAnonymousPurchaseWalksThroughAndNobodyLearnsMoreNorLosesMoneyToAKill(String runtime, AnonpaySystem micro)
            throws Exception {
        Path data = Path.of("target/" + runtime + "-system-data");
        try (AnonpaySystem system = AnonpaySystem.start(LaunchOptions.parse(options(runtime, data), Map.of()),
                new Progress(System.out))) {
            servesHttpsOnly(system, runtime);
            everyServerRunsEclipseLink(system);
            OwnTables.assertEachPartyHoldsOnlyItsOwnTables(system);
            answersAsOnPayaraMicro(micro, system, runtime);
            Api api = new Api(system);
            String holder = "Runtime Holder";
            String productName = "Teapot, on " + runtime;
            long price = 2_350;
            Card card = api.newCard(holder, 10_000);
            String purchase = api.newPurchase(api.newProduct(productName, price));

            Api.expect(api.pay(api.paymentInstructions(purchase), card), 201, "paying on " + runtime);
            assertThat(api.awaitStatus(purchase, "PAID"::equals, PATIENCE)).as("the result at the mall")
                    .isEqualTo("PAID");
            Api.expect(api.ship(api.shippingInstructions(purchase), holder), 201, "shipping on " + runtime);
            assertThat(api.awaitStatus(purchase, "SHIPPING_ACCEPTED"::equals, PATIENCE)).as("the receipt at the mall")
                    .isEqualTo("SHIPPING_ACCEPTED");
            assertThat(api.awaitPaymentState(purchase, "CAPTURED", PATIENCE)).as("the capture once accepted")
                    .isEqualTo("CAPTURED");
            long fee = api.fee(purchase);
            Books books = new Books(api, new Databases(system));
            assertThat(books.awaitFeesClaimed(card, PATIENCE).feesClaimed())
                    .as("the shipping company's fee claimed at the credit company on " + runtime).isEqualTo(fee);
            assertThat(books.assertConserved(card, price).balance())
                    .as("the card charged once, goods and fee").isEqualTo(10_000 - price - fee);
            Clearing.assertReconciled(system, PATIENCE);

            FaultAudit.assertNothingLeaked(system, card, holder, productName);
            for (Server server : Server.values()) {
                assertThat(SystemHttp.asOperator(system, server, "metrics")).as("%s's metrics on %s", server, runtime)
                        .contains("anonpay_outbox_backlog ").contains("anonpay_outbox_sent_total ");
            }
            for (Server server : Server.values()) {
                assertThat(ServedContracts.checkedApplications()).as("%s's replies on %s held to its served "
                        + "document (without a document: %s)", server, runtime,
                        ServedContracts.applicationsWithoutDocument()).contains(URI.create(system.baseUrl(server)));
            }
            System.out.printf("FullServerRuntimeIT: bought, paid, shipped and audited on %s%n", runtime);

            OutageIT.creditKilledDuringPayments(system, "FullServerRuntimeIT on " + runtime);
            PoisonMessageIT.poisonIsDeadLetteredAndTheOperatorHandlesIt(system, "FullServerRuntimeIT on " + runtime);
            LockedOperator.lockedOperatorAnswers(system, runtime);
        }
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains(data.toAbsolutePath().toString())))
                .as("processes of the %s system left running", runtime).isEmpty();
    }

    private static List<String> options(String runtime, Path data) {
        List<String> args = new ArrayList<>(List.of("--runtime", runtime, "--fresh",
                "--data-dir", data.toString(),
                "--runtime-dir", System.getProperty("anonpay.runtime", "../launcher/target/runtime"),
                "--timeout", "600", "--tls"));
        for (String flag : List.of("--mall-port", "--credit-port", "--shipping-port", "--pg-port", "--broker-port")) {
            args.add(flag);
            args.add(Integer.toString(freePort()));
        }
        return args;
    }

    /**
     * The same requests to both systems, answered alike. Before the walk, while this system's catalog is still the
     * demo catalog that the Payara Micro system's holds too.
     */
    private static void answersAsOnPayaraMicro(AnonpaySystem micro, AnonpaySystem system, String runtime) {
        long start = System.nanoTime();
        var expected = SameAnswers.askedOf(micro);
        var actual = SameAnswers.askedOf(system);
        assertThat(SameAnswers.differences(expected, actual))
                .as("answers on %s that differ from Payara Micro's", runtime).isEmpty();
        System.out.printf("FullServerRuntimeIT: %d requests answered alike on Payara Micro and %s (%d ms)%n",
                expected.replies().size(), runtime, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * With {@code --tls}: the run's URLs, in the run file too, are HTTPS, and a request in clear to a party's port
     * gets nothing of the application (the plain run's ports answer it: EncryptedRunIT): no HTTP answer on WildFly,
     * and on Payara Server a redirect to the same address on https with an empty body, as on Payara Micro.
     */
    private static void servesHttpsOnly(AnonpaySystem system, String runtime) throws IOException {
        JsonObject run = Json.createReader(new StringReader(Files.readString(system.dataDirectory().runFile())))
                .readObject();
        for (Server server : Server.values()) {
            assertThat(system.baseUrl(server)).as("%s's URL on %s", server, runtime).startsWith("https://");
            assertThat(run.getJsonObject("servers").getJsonObject(server.id()).getString("baseUrl"))
                    .as("%s's URL in the run file on %s", server, runtime).isEqualTo(system.baseUrl(server));
            int port = URI.create(system.baseUrl(server)).getPort();
            String path = "/" + server.id() + "/api/keys?probe=1";
            String answer = InClear.answer(port, path);
            if (runtime.equals("wildfly")) {
                assertThat(answer).as("what %s's port on %s said to a request in clear", server, runtime)
                        .doesNotContain("HTTP/");
            } else {
                assertThat(answer).as("what %s's port on %s said to a request in clear", server, runtime)
                        .startsWith("HTTP/1.1 302 ")
                        .contains("\r\nLocation: https://127.0.0.1:" + port + path + "\r\n")
                        .contains("\r\nContent-Length: 0\r\n").endsWith("\r\n\r\n")
                        .doesNotContainIgnoringCase("Content-Type");
            }
        }
        assertThat(system.brokerUrl()).as("the broker on %s", runtime).startsWith("ssl://");
    }

    /** Readiness (on WildFly, on its management port): its database check names the JPA provider. */
    private static void everyServerRunsEclipseLink(AnonpaySystem system) {
        HttpClient http = system.transport().httpClient().build();
        for (ServerProcess server : system.servers()) {
            JsonObject health = Json.createReader(new StringReader(get(http, server.healthReady()))).readObject();
            assertThat(health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                    .filter(check -> check.getString("name").equals("database")))
                    .as(server.server() + " database check").singleElement()
                    .satisfies(check -> assertThat(check.getJsonObject("data").getString("jpa"))
                            .as(server.server() + " JPA provider").isEqualTo("EclipseLink"));
        }
        assertThat(system.servers()).extracting(ServerProcess::server).containsExactly(Server.values());
    }

    private static String get(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
