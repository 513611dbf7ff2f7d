package io.anonpay.common.problem;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is stable and documented; {@code title} is short and the same
 * for every occurrence of a type; {@code detail} tells this caller what to fix.
 */
public record Problem(URI type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://anonpay.io/problems/";

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(type(slug), title, status, detail, null);
    }

    /** One invalid field: where it is and what is wrong with it. */
    public record Violation(String field, String message) {
    }
}
