package io.anonpay.bench;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.DataDirectory;
import io.anonpay.launcher.Secrets;
import io.anonpay.launcher.Server;
import io.anonpay.launcher.Transport;
import io.anonpay.launcher.tls.TlsMaterial;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The system under test: where its servers, databases and processes are, started here or read from run.json. */
record Target(String mall, String credit, String shipping, int mallPort, int creditPort, int shippingPort,
              String operatorUser, String operatorPassword, Db mallDb, Db creditDb, Path dataDir, Path runFile,
              Optional<Path> authority) {

    /** A server's database. */
    record Db(String jdbcUrl, String user, String password) {
    }

    static Target of(AnonpaySystem system) {
        var mallDb = system.database(Server.MALL);
        var creditDb = system.database(Server.CREDIT);
        return new Target(system.baseUrl(Server.MALL), system.baseUrl(Server.CREDIT), system.baseUrl(Server.SHIPPING),
                port(system, Server.MALL), port(system, Server.CREDIT), port(system, Server.SHIPPING),
                system.operator().user(), system.operator().password(),
                new Db(mallDb.jdbcUrl(), mallDb.user(), mallDb.password()),
                new Db(creditDb.jdbcUrl(), creditDb.user(), creditDb.password()),
                system.dataDirectory().root(), system.dataDirectory().runFile(),
                system.transport().material().map(TlsMaterial::authorityCertificate));
    }

    private static int port(AnonpaySystem system, Server server) {
        return system.servers().stream().filter(i -> i.server() == server).findFirst().orElseThrow().port();
    }

    /**
     * From a running system's run.json (demo mode: the operator credential is in it). The database passwords are
     * {@code ANONPAY_MALL_DB_PASSWORD} and {@code ANONPAY_CREDIT_DB_PASSWORD} when set, else those in the
     * {@code secrets.properties} of the run's data directory (embedded PostgreSQL).
     */
    static Target of(Path runFile) {
        JsonObject run;
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(runFile)))) {
            run = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + runFile, e);
        }
        JsonObject servers = run.getJsonObject("servers");
        JsonObject operator = run.getJsonObject("operator");
        if (operator == null) {
            throw new IllegalArgumentException(runFile + " holds no operator credential (not demo mode): the benchmark"
                    + " needs it to issue cards and add a product");
        }
        return new Target(servers.getJsonObject("mall").getString("baseUrl"),
                servers.getJsonObject("credit").getString("baseUrl"),
                servers.getJsonObject("shipping").getString("baseUrl"),
                servers.getJsonObject("mall").getInt("port"), servers.getJsonObject("credit").getInt("port"),
                servers.getJsonObject("shipping").getInt("port"),
                operator.getString("user"), operator.getString("password"),
                new Db(servers.getJsonObject("mall").getString("jdbcUrl"), "mall",
                        databasePassword(run, Server.MALL)),
                new Db(servers.getJsonObject("credit").getString("jdbcUrl"), "credit",
                        databasePassword(run, Server.CREDIT)),
                Path.of(run.getString("dataDir")), runFile.toAbsolutePath(),
                Optional.ofNullable(run.getJsonObject("tls")).map(tls -> Path.of(tls.getString("ca"))));
    }

    /** An HTTP/1.1 client of this system: trusting the run's own authority only when it runs with --tls. */
    HttpClient httpClient() {
        return Transport.httpClientOf(authority).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static String databasePassword(JsonObject run, Server server) {
        String configured = System.getenv("ANONPAY_" + server.name() + "_DB_PASSWORD");
        if (configured != null && !configured.isEmpty()) {
            return configured;
        }
        Path secrets = new DataDirectory(Path.of(run.getString("dataDir"))).secrets();
        if (!Files.isReadable(secrets)) {
            throw new IllegalArgumentException("no database password for " + server.id() + ": set ANONPAY_"
                    + server.name() + "_DB_PASSWORD, or run as the owner of " + secrets);
        }
        return Secrets.read(secrets).databasePassword(server);
    }

    Optional<Long> pid(Server server) {
        int port = switch (server) {
            case MALL -> mallPort;
            case CREDIT -> creditPort;
            case SHIPPING -> shippingPort;
        };
        return Procs.payara(server.id(), port);
    }

    List<Long> postgresPids() {
        return Procs.postgres(dataDir.resolve("postgres"));
    }

    /** The broker's JVM, when the launcher started it (a process of its own on this data directory). */
    List<Long> brokerPids() {
        return Procs.find("io.anonpay.embedded.BrokerMain", dataDir.toString());
    }

    /** The servers' processes — where a settlement's CPU goes — by label, in the order of the table. */
    Map<String, List<Long>> processes() {
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        for (Server server : new Server[] {Server.CREDIT, Server.MALL, Server.SHIPPING}) {
            groups.put(server.id() + " JVM", pid(server).map(List::of).orElse(List.of()));
        }
        groups.put("PostgreSQL", postgresPids());
        groups.put("broker JVM", brokerPids());
        return groups;
    }
}
