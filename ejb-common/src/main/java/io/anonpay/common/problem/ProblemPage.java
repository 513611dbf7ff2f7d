package io.anonpay.common.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of each server's web.xml: what the servlet container answers itself (a path no servlet serves, a
 * method the static files do not take, a failure outside JAX-RS) becomes the same problem+json that JAX-RS answers,
 * instead of Payara's HTML page or an empty body. The body is built from the status alone: nothing of the request
 * (its path may carry an identifier) is echoed, except the problem that code before the resource answered itself
 * ({@link #ANSWERED}). Asked for directly, it is a path like any unknown one: 404.
 */
public class ProblemPage extends HttpServlet {

    /**
     * The request attribute where code that answers a problem outside JAX-RS (the operator's authentication
     * mechanism) leaves it: WildFly sends the status of a refusing mechanism through this page, which would answer
     * the status's plain problem instead ({@code too-many-requests} for {@code operator-locked}). The answer's
     * headers (Retry-After) stay on the response.
     */
    public static final String ANSWERED = ProblemPage.class.getName() + ".answered";

    private static final Logger LOG = Logger.getLogger(ProblemPage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : HttpServletResponse.SC_NOT_FOUND;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable thrown) {
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            LOG.log(Level.SEVERE, "unexpected failure outside the API", thrown);
        }
        if (isWriteToStaticFile(request, status)) {
            status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
        }
        Problem problem = request.getAttribute(ANSWERED) instanceof Problem answered && answered.status() == status
                ? answered : StatusProblems.of(status);
        byte[] body = Problems.json(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /**
     * The pages are served read-only by the container's default servlet, which refuses a PUT or DELETE with 403 and
     * a method it does not know (PATCH) with 501: to a client both are a method this resource does not take. Only
     * outside {@code api/}, where no security constraint could have raised the 403.
     */
    private static boolean isWriteToStaticFile(HttpServletRequest request, int status) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String given && given.startsWith(request.getContextPath())
                ? given.substring(request.getContextPath().length()) : "/api/";
        if (path.startsWith("/api/")) {
            return false;
        }
        String method = request.getMethod();
        return status == HttpServletResponse.SC_NOT_IMPLEMENTED
                || status == HttpServletResponse.SC_FORBIDDEN && ("PUT".equals(method) || "DELETE".equals(method));
    }
}
