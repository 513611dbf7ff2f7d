package io.anonpay.systemtests;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.ServerProcess;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.privacy.DatabaseLogins;
import io.anonpay.systemtests.privacy.OwnTables;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher brings the three servers up for real: each answers, on its own database, and run.json says where. */
@ExtendWith(RunningSystem.class)
class SystemReadyIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void everyServerIsReadyWithItsDatabaseAndBrokerChecksUpAndEclipseLinkAsItsJpaProvider(AnonpaySystem system)
            throws Exception {
        for (ServerProcess server : system.servers()) {
            HttpResponse<String> response = get(server.healthReady().toString());

            assertThat(response.statusCode()).as(server.server() + " readiness").isEqualTo(200);
            JsonObject health = json(response.body());
            assertThat(health.getString("status")).isEqualTo("UP");
            assertThat(health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                    .filter(check -> check.getString("name").equals("database")))
                    .as(server.server() + " database check").singleElement()
                    .satisfies(check -> {
                        assertThat(check.getString("status")).isEqualTo("UP");
                        assertThat(check.getJsonObject("data").getString("jpa")).as(server.server() + " JPA provider")
                                .isEqualTo("EclipseLink");
                    });
            assertThat(health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                    .filter(check -> check.getString("name").equals("broker")))
                    .as(server.server() + " broker check").singleElement()
                    .satisfies(check -> {
                        assertThat(check.getString("status")).isEqualTo("UP");
                        assertThat(check.getJsonObject("data").getString("connection")).isEqualTo("open");
                    });
        }
    }

    @Test
    void eachPartysDatabaseHoldsOnlyItsOwnTables(AnonpaySystem system) {
        OwnTables.assertEachPartyHoldsOnlyItsOwnTables(system);
    }

    @Test
    void eachPartysDatabaseOpensOnlyToItsOwnRoleWithItsPassword(AnonpaySystem system) {
        DatabaseLogins.assertEachRoleNeedsItsPasswordAndReachesOnlyItsOwnDatabase(system);
    }

    @Test
    void everyServerDescribesItsApi(AnonpaySystem system) throws Exception {
        for (ServerProcess server : system.servers()) {
            HttpResponse<String> response = get(server.openApi().toString());

            assertThat(response.statusCode()).as(server.server() + " OpenAPI").isEqualTo(200);
            assertThat(response.body()).contains("openapi");
        }
    }

    @Test
    void runFileSaysWhereEachServerItsDatabaseAndTheBrokerAre(AnonpaySystem system) throws Exception {
        JsonObject run = json(Files.readString(system.dataDirectory().runFile()));

        JsonObject servers = run.getJsonObject("servers");
        assertThat(servers.keySet()).containsExactlyInAnyOrder("mall", "credit", "shipping");
        for (Server server : Server.values()) {
            JsonObject entry = servers.getJsonObject(server.id());
            assertThat(entry.getString("baseUrl")).isEqualTo(system.baseUrl(server))
                    .startsWith("http://127.0.0.1:").endsWith("/" + server.id());
            assertThat(entry.getString("jdbcUrl")).isEqualTo(system.database(server).jdbcUrl())
                    .endsWith("/" + server.id());
            assertThat(Files.exists(java.nio.file.Path.of(entry.getString("log")))).isTrue();
        }
        assertThat(run.getJsonObject("broker").getString("url")).isEqualTo(system.brokerUrl());
        assertThat(run.getJsonObject("operator").getString("user")).isEqualTo("operator");
        assertThat(run.getString("dataDir")).isEqualTo(RunningSystem.dataDirOf(system).toString());
    }

    @Test
    void theServersRunAsChildrenOfThisJvmSoThatStoppingCanBeChecked(AnonpaySystem system) {
        List<String> children = ProcessHandle.current().children()
                .map(child -> child.info().commandLine().orElse("")).toList();

        assertThat(children).filteredOn(command -> command.contains("payara-micro.jar")).hasSize(3);
    }
}
