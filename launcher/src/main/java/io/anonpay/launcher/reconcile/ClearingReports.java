package io.anonpay.launcher.reconcile;

import io.anonpay.launcher.RunFile.Credentials;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Fetches a party's clearing report from its operator API. */
final class ClearingReports {

    private final HttpClient http;
    private final Credentials operator;

    ClearingReports(Credentials operator, HttpClient.Builder client) {
        this.operator = operator;
        this.http = client.connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * @param baseUrl the party's base URL, e.g. {@code http://127.0.0.1:8081/credit}
     * @throws ReportUnavailable when the party does not answer with a report
     */
    ClearingReport fetch(String baseUrl, Instant from, Instant to) {
        List<String> query = new ArrayList<>();
        if (from != null) {
            query.add("from=" + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8));
        }
        if (to != null) {
            query.add("to=" + URLEncoder.encode(to.toString(), StandardCharsets.UTF_8));
        }
        URI uri = URI.create((baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "api/operator/clearing"
                + (query.isEmpty() ? "" : "?" + String.join("&", query)));
        String credential = Base64.getEncoder().encodeToString((operator.user() + ":" + operator.password())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json").header("Authorization", "Basic " + credential).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ReportUnavailable(uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportUnavailable(uri + ": interrupted");
        }
        if (response.statusCode() != 200) {
            throw new ReportUnavailable(uri + ": HTTP " + response.statusCode() + " " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return ClearingReport.parse(reader.readObject());
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            throw new ReportUnavailable(uri + ": not a clearing report (" + e + ")");
        }
    }

    /** A report that could not be had: the reconciliation cannot say anything. */
    static final class ReportUnavailable extends RuntimeException {
        ReportUnavailable(String message) {
            super(message);
        }
    }
}
