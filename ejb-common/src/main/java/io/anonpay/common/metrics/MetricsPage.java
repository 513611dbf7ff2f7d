package io.anonpay.common.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /<context>/metrics}: the server's figures in Prometheus text. Mapped in each server's web.xml outside
 * {@code api/} (Payara Micro's own {@code /metrics} sits at the root) and under the operator's security constraint,
 * so Prometheus scrapes it with the operator credential ({@code basic_auth}).
 */
public class MetricsPage extends HttpServlet {

    @Inject
    Metrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] text = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(Metrics.contentType());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }
}
