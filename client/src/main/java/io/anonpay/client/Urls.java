package io.anonpay.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Building addresses below a base URL, which may or may not end with a slash. */
final class Urls {

    private Urls() {
    }

    static URI resolve(URI base, String relative) {
        String text = base.toString();
        return URI.create(text.endsWith("/") ? text + relative : text + "/" + relative);
    }

    /** One path segment: purchase ids are URL-safe today, but the client must not depend on it. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An address a server gave us: if it is broken, the server is at fault (exit 4), not the buyer. */
    static URI fromServer(String text, String who) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw ClientFailure.serverError(who + " gave an address that is not a URL: '" + text + "'");
    }

    static URI parse(String text, String option) {
        try {
            URI uri = new URI(text.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below, with an example of what is expected
        }
        throw ClientFailure.usage(option + " must be an http(s) URL such as http://127.0.0.1:8080/mall, not '"
                + text + "'");
    }
}
