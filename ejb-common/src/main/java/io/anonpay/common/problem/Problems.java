package io.anonpay.common.problem;

import jakarta.ws.rs.core.Response;

/** Builds the HTTP response that carries a problem body. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
