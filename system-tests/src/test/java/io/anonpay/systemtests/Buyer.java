package io.anonpay.systemtests;

import io.anonpay.client.AnonpayClient;
import io.anonpay.launcher.AnonpaySystem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A buyer at the client terminal: runs the command-line client's own code against the running system. */
public final class Buyer {

    private final AnonpaySystem system;
    private final String cardNumber;
    private final String password;

    public Buyer(AnonpaySystem system, String cardNumber, String password) {
        this.system = system;
        this.cardNumber = cardNumber;
        this.password = password;
    }

    /**
     * The whole anonymous purchase with {@code buy}: {@code product} is a product's name, or {@code ID:QUANTITY};
     * the delivery data are {@code name, street, postal code, city}.
     */
    public Run buy(String product, String name, String street, String postalCode, String city) {
        boolean byId = product.matches("\\d+:\\d+");
        return run("buy", byId ? "--product" : "--product-name", product, "--card", cardNumber, "--password-stdin", "--name", name,
                "--street", street, "--postal-code", postalCode, "--city", city, "--country", "DE", "--wait", "90s",
                "--poll-interval", "200ms");
    }

    public Run run(String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AnonpayClient.commandLine(new AnonpayClient()
                .withInput(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8))));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("--run-file", system.dataDirectory().runFile().toString(), "--json"));
        args.addAll(List.of(command));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /** What the client printed: its exit code, its JSON document and its progress lines. */
    public record Run(int exit, String out, String err) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(out))) {
                return reader.readObject();
            }
        }

        @Override
        public String toString() {
            return "exit " + exit + "\nout: " + out + "\nerr: " + err;
        }
    }
}
