package io.anonpay.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.anonpay.testhttp.JsonHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One application's OpenAPI document, as its server serves it, and what a reply must be to agree with it. */
final class ServedDocument {

    /** What the validator says when the document has no such path, or no such method on it. */
    private static final Set<String> UNDESCRIBED = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");


    private final String contextPath;
    private final OpenApiInteractionValidator validator;

    /** The document given, YAML or JSON, for the application under {@code contextPath} (e.g. {@code /mall}). */
    ServedDocument(String contextPath, String document) {
        this.contextPath = contextPath;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withBasePathOverride(contextPath).build();
    }

    /**
     * The document {@code application}'s server serves at {@code /openapi}, if it is this application's: its
     * {@code servers} name the application's context root; otherwise why not. Fetched with the client that called
     * the application, so that it trusts what that client trusts.
     */
    static ServedDocument fetch(HttpClient client, URI application) throws NotServedException {
        String contextPath = application.getRawPath();
        URI served = application.resolve("/openapi?format=JSON");
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(served).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new NotServedException(served + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + served, e);
        }
        if (response.statusCode() != 200) {
            throw new NotServedException(served + " answered " + response.statusCode());
        }
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            document = reader.readObject();
        } catch (RuntimeException e) {
            throw new NotServedException(served + " is no JSON document: " + e);
        }
        if (!describes(document, contextPath)) {
            throw new NotServedException(served + " describes servers " + document.get("servers") + ", not "
                    + contextPath);
        }
        try {
            return new ServedDocument(contextPath, withoutRuntimeAdditions(document).toString());
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            throw new NotServedException(served + " is no valid OpenAPI document: " + e.getMessage());
        }
    }

    /**
     * The document without what the runtimes add to the one they were given, each refused by the validator: the
     * member {@code endpoints} that Payara adds (each application's context root with its paths; no OpenAPI member),
     * and the empty {@code externalDocs}, {@code info.contact} and {@code info.license} objects that WildFly adds
     * (an empty license or external document lacks its required {@code name} or {@code url}). Everything else is
     * taken as served.
     */
    static JsonObject withoutRuntimeAdditions(JsonObject document) {
        JsonObjectBuilder kept = Json.createObjectBuilder(document).remove("endpoints");
        if (isEmptyObject(document.get("externalDocs"))) {
            kept.remove("externalDocs");
        }
        if (document.get("info") instanceof JsonObject info) {
            JsonObjectBuilder keptInfo = Json.createObjectBuilder(info);
            for (String member : List.of("contact", "license")) {
                if (isEmptyObject(info.get(member))) {
                    keptInfo.remove(member);
                }
            }
            kept.add("info", keptInfo);
        }
        return kept.build();
    }

    private static boolean isEmptyObject(JsonValue value) {
        return value instanceof JsonObject object && object.isEmpty();
    }

    /** The server serves no document of the application: why. */
    static final class NotServedException extends Exception {
        NotServedException(String reason) {
            super(reason);
        }
    }

    /** Its servers are this context root, relative or on some host: the document is this application's. */
    private static boolean describes(JsonObject document, String contextPath) {
        if (!document.containsKey("servers") || document.get("servers").getValueType() != JsonValue.ValueType.ARRAY) {
            return false;
        }
        return !document.getJsonArray("servers").isEmpty() && document.getJsonArray("servers").stream()
                .map(server -> server.asJsonObject().getString("url", ""))
                .allMatch(url -> URI.create(url).getRawPath().replaceAll("/$", "").equals(contextPath));
    }

    /** What is wrong with this reply to {@code method} on the raw {@code path}: nothing when the list is empty. */
    List<String> faults(String method, String path, JsonHttp.Reply reply) {
        Optional<Request.Method> known = method(method);
        if (known.isEmpty()) {
            return undescribed(method, reply);
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
        if (!reply.contentType().isEmpty()) {
            response.withContentType(reply.contentType());
        }
        if (!reply.body().isEmpty()) {
            response.withBody(reply.body());
        }
        if (reply.retryAfter() != null) {
            response.withHeader("Retry-After", reply.retryAfter());
        }
        ValidationReport report = validator.validateResponse(path, known.get(), response.build());
        if (report.getMessages().stream().anyMatch(message -> UNDESCRIBED.contains(message.getKey()))) {
            return undescribed(method, reply);
        }
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
    }

    /** A request the document does not describe may only be refused, with a problem. */
    private List<String> undescribed(String method, JsonHttp.Reply reply) {
        if (reply.status() >= 400 && reply.isCompleteProblem()) {
            return List.of();
        }
        return List.of(method + " is not described under " + contextPath + ", yet the answer is "
                + reply.status() + " " + reply.contentType() + ", not a problem");
    }

    /** Methods are case-sensitive: {@code get} is not {@code GET}, and the documents describe no such method. */
    private static Optional<Request.Method> method(String method) {
        try {
            return Optional.of(Request.Method.valueOf(method));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
