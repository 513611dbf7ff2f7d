package io.anonpay.testhttp;

import java.net.URI;
import java.net.http.HttpClient;

/**
 * Judges every reply a {@link JsonHttp} receives, before the caller sees it; found with {@link java.util.ServiceLoader}
 * on the class path, so that putting a check's jar on a test class path switches it on for every call of that JVM
 * (the module {@code contract} holds one: every reply against the server's published OpenAPI document). A check that
 * finds a fault throws an {@link AssertionError}, which the calling test then fails with.
 */
public interface ReplyCheck {

    /**
     * Looks at one exchange: the request's method and URL, and what came back; {@code client} is the one that made
     * it (trusting what the caller trusts, e.g. a {@code --tls} run's authority), for what the check must fetch.
     */
    void check(HttpClient client, String method, URI uri, JsonHttp.Reply reply);
}
