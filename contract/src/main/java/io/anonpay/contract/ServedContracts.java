package io.anonpay.contract;

import io.anonpay.testhttp.JsonHttp;
import io.anonpay.testhttp.ReplyCheck;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds every reply from a server's {@code api/} to the OpenAPI document that server serves: on a test class path of
 * a JVM started with {@code -Danonpay.contract.check=true}, every {@link JsonHttp} call is checked (test-http's
 * {@link ReplyCheck}). A reply that its operation does not describe — another status, another content type, a field
 * the schema does not list, a missing one — fails the calling test with an {@link AssertionError} that names the
 * fault; a reply to a path or method the document does not have must be a problem. Pages, {@code /openapi} and
 * {@code /health} are not the API's and are left alone.
 */
public final class ServedContracts implements ReplyCheck {

    /** {@code /<context>/api/...}: what the documents describe, each server under its own context root. */
    private static final Pattern API_PATH = Pattern.compile("^/([^/]+)(/api(?:/.*)?)$");

    private static final Map<URI, ServedDocument> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<URI, String> WITHOUT_DOCUMENT = new ConcurrentHashMap<>();

    @Override
    public void check(HttpClient client, String method, URI uri, JsonHttp.Reply reply) {
        if (!Boolean.getBoolean("anonpay.contract.check")) {
            return;
        }
        Matcher api = API_PATH.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (!api.matches() || notTheApplications(reply)) {
            return;
        }
        URI application = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/" + api.group(1));
        documentOf(client, application, reply).ifPresent(document -> {
            List<String> faults = document.faults(method, uri.getRawPath(), reply);
            if (!faults.isEmpty()) {
                throw new AssertionError(method + " " + uri + " answered what " + application
                        + "/openapi does not describe:\n  " + String.join("\n  ", faults) + "\nthe reply: " + reply
                        + "\n(checked because -Danonpay.contract.check=true)");
            }
        });
    }

    /**
     * A reply the application did not give: the runtime's own HTML page for a path no deployed application maps,
     * which is what a server answers while the application is not deployed yet or any more (it starts, or restarts
     * after a crash), and the HTTP layer's bare 400 (no body, no content type) for a request it refuses before any
     * application sees it (a {@code %00} in the path, a request line over the limit). Every status the application
     * itself answers under its context root is a problem (ejb-common's ProblemPage); the hostile-input suite holds
     * the server to that, and names the refusals that come from below the application.
     */
    private static boolean notTheApplications(JsonHttp.Reply reply) {
        boolean runtimePage = (reply.status() == 404 || reply.status() == 503)
                && reply.contentType().startsWith("text/html");
        boolean bareRefusal = reply.status() == 400 && reply.contentType().isEmpty() && reply.body().isEmpty();
        return runtimePage || bareRefusal;
    }

    /** The applications whose replies were checked in this JVM so far, by base URL. */
    public static List<URI> checkedApplications() {
        return DOCUMENTS.keySet().stream().sorted().toList();
    }

    /** The applications that answered from their API but serve no document of their own, with the reason. */
    public static Map<URI, String> applicationsWithoutDocument() {
        return Map.copyOf(WITHOUT_DOCUMENT);
    }

    /**
     * The application's document, fetched once. A server that answers from its API but serves no document of that
     * context (a partner played by a test, a runtime without MicroProfile OpenAPI) has none; one that cannot tell yet
     * (still deploying) is asked again at its next reply.
     */
    private static Optional<ServedDocument> documentOf(HttpClient client, URI application, JsonHttp.Reply reply) {
        ServedDocument known = DOCUMENTS.get(application);
        if (known != null || WITHOUT_DOCUMENT.containsKey(application)) {
            return Optional.ofNullable(known);
        }
        try {
            DOCUMENTS.putIfAbsent(application, ServedDocument.fetch(client, application));
            return Optional.of(DOCUMENTS.get(application));
        } catch (ServedDocument.NotServedException e) {
            if (reply.status() / 100 == 2) {
                WITHOUT_DOCUMENT.put(application, e.getMessage());
            }
            return Optional.empty();
        }
    }
}
