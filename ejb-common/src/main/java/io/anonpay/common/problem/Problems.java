package io.anonpay.common.problem;

import io.anonpay.common.crypto.ProblemReason;
import io.anonpay.common.json.Jsonp;
import jakarta.ws.rs.core.Response;

/** Builds the HTTP response that carries a problem body. */
public final class Problems {

    private Problems() {
    }

    /** A problem for a protocol rejection: the reason's code is the type, the message says what was wrong. */
    public static Problem of(ProblemReason reason, String detail) {
        String title = switch (reason.status()) {
            case 400 -> "Invalid request";
            case 403 -> "Forbidden";
            case 503 -> "Service unavailable";
            default -> "Rejected";
        };
        return Problem.of(reason.code(), title, reason.status(), detail);
    }

    /**
     * The body as servlet code writes it, outside JAX-RS (the error page, the operator mechanism): the problem's
     * four members, as JSON-B writes them for a problem without violations.
     */
    public static String json(Problem problem) {
        return Jsonp.object()
                .add("type", problem.type().toString())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail())
                .build().toString();
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
