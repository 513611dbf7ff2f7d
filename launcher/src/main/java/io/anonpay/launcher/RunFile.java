package io.anonpay.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code run.json}: where everything is, for tools and tests to drive the running system. Operator credentials
 * appear only in demo mode (everything embedded).
 *
 * @param operator    {@code null} outside demo mode
 * @param cardholders the demo cardholders, empty outside demo mode
 * @param authority   with {@code --tls}, the PEM certificate of the run's authority, which clients are to trust;
 *                    {@code null} for plain traffic
 */
public record RunFile(Path dataDir, String brokerUrl, List<Entry> servers, Credentials operator,
                      List<DemoCardholder> cardholders, Path authority, Instant startedAt) {

    public RunFile(Path dataDir, String brokerUrl, List<Entry> servers, Credentials operator, Instant startedAt) {
        this(dataDir, brokerUrl, servers, operator, List.of(), null, startedAt);
    }

    /** One server in the run file. */
    public record Entry(Server server, String baseUrl, int port, String jdbcUrl, Path log) {
    }

    /** A user name and password. */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[" + user + "]";
        }
    }

    public String toJson() {
        JsonObjectBuilder servers = Json.createObjectBuilder();
        for (Entry entry : this.servers) {
            String root = URI.create(entry.baseUrl()).getScheme() + "://127.0.0.1:" + entry.port();
            servers.add(entry.server().id(), Json.createObjectBuilder()
                    .add("baseUrl", entry.baseUrl())
                    .add("port", entry.port())
                    .add("health", root + "/health/ready")
                    .add("openApi", root + "/openapi")
                    .add("jdbcUrl", entry.jdbcUrl())
                    .add("log", entry.log().toString()));
        }
        JsonObjectBuilder run = Json.createObjectBuilder()
                .add("dataDir", dataDir.toString())
                .add("broker", Json.createObjectBuilder().add("url", brokerUrl))
                .add("servers", servers);
        if (authority != null) {
            run.add("tls", Json.createObjectBuilder().add("ca", authority.toString()));
        }
        if (operator != null) {
            run.add("operator", Json.createObjectBuilder()
                    .add("user", operator.user()).add("password", operator.password()));
        }
        if (!cardholders.isEmpty()) {
            JsonArrayBuilder demo = Json.createArrayBuilder();
            cardholders.forEach(c -> demo.add(Json.createObjectBuilder().add("name", c.name())
                    .add("cardNumber", c.cardNumber()).add("password", c.password())
                    .add("credit", Json.createObjectBuilder().add("amount", c.limit()).add("currency", c.currency()))));
            run.add("demo", Json.createObjectBuilder().add("cardholders", demo));
        }
        run.add("startedAt", startedAt.toString());
        StringWriter out = new StringWriter();
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(run.build());
        }
        return out.toString().strip() + "\n";
    }

    /** Writes the file owner-readable only (it may hold credentials), replacing any old one in one move. */
    public void write(Path file) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temporary);
            Files.createFile(temporary,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, toJson(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
