package io.anonpay.root;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Everything that reaches the root module: there is nothing at "/", so any path, with any method, is 404
 * {@code not-found}, and what the container refuses on its way here (a path into {@code WEB-INF}) keeps its status.
 * The bodies are the servers' own ({@code StatusProblems} of ejb-common, which a unit test holds them to), written
 * out here because this module carries no party's code. Nothing of the request is echoed.
 */
public class NothingHere extends HttpServlet {

    static final String MEDIA_TYPE = "application/problem+json";

    /** The statuses a request can meet on its way here, with the body the servers answer for each. */
    static final Map<Integer, String> BODIES = Map.of(
            400, body("bad-request", "Bad Request", 400,
                    "the request is malformed (its path, its headers or its body)"),
            404, body("not-found", "Not Found", 404, "no such resource"),
            413, body("body-too-large", "Request body too large", 413, "the request body is too large"),
            414, body("request-uri-too-long", "Request-URI Too Long", 414, "the request path is too long"),
            431, body("request-header-fields-too-large", "Request Header Fields Too Large", 431,
                    "request header fields too large"),
            500, body("internal-error", "Internal error", 500,
                    "the server could not handle the request; it has been logged"));

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && BODIES.containsKey(given) ? given
                : code instanceof Integer given && given >= 500 ? 500 : 404;
        byte[] body = BODIES.get(status).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static String body(String type, String title, int status, String detail) {
        return "{\"type\":\"https://anonpay.io/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }
}
