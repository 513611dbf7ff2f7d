package io.anonpay.it;

import io.anonpay.testhttp.JsonHttp;

import java.net.URI;

/**
 * The shared test HTTP client ({@link JsonHttp}; {@code Http.Reply} is its reply) for in-container tests, which
 * may also act as the operator that the test run configures.
 */
public final class Http extends JsonHttp {

    private Http(JsonHttp http) {
        super(http);
    }

    /** @param base the server's base URL, e.g. http://127.0.0.1:8080/mall/ */
    public static Http at(URI base) {
        return new Http(JsonHttp.at(base));
    }

    /** Acts as the operator the in-container test run configures. */
    public JsonHttp asOperator() {
        return as(System.getenv().getOrDefault("OPERATOR_USER", "operator"), System.getenv("OPERATOR_PASSWORD"));
    }
}
