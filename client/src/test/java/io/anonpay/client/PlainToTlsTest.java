package io.anonpay.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A client given the plain address of a --tls server, whose port answers what comes in clear with a redirect. */
class PlainToTlsTest {

    @Test
    void aRedirectToHttpsIsAPlainUsageErrorThatNamesTheCure() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", "https://127.0.0.1:" + server.getAddress().getPort()
                    + exchange.getRequestURI());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        try {
            ClientRun run = ClientRun.run("", "--mall", "http://127.0.0.1:" + server.getAddress().getPort() + "/mall",
                    "products");

            assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("answers on https only").contains("HTTP 302")
                    .contains("https://127.0.0.1:" + server.getAddress().getPort() + "/mall/api/products");
        } finally {
            server.stop(0);
        }
    }
}
