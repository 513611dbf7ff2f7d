package io.anonpay.common.problem;

import io.anonpay.common.crypto.ProblemReason;
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

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
