package io.anonpay.it;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Holds each test class back until its deployment serves: Payara Micro's Arquillian container may report a
 * deployment before its web module is mapped (under load, every test of a class once got Payara's own 404 page).
 * Waits for {@code GET api/keys} (every server publishes its keys there) to answer 200, at most a minute.
 */
public class AwaitServing implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(AwaitServing.class.getName());
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Observer.class);
    }

    public static class Observer {

        @Inject
        private Instance<ProtocolMetaData> metaData;

        public void untilServing(@Observes AfterDeploy deployed) throws InterruptedException {
            ProtocolMetaData protocol = metaData.get();
            Optional<Servlet> first = protocol == null ? Optional.empty() : protocol.getContexts(HTTPContext.class)
                    .stream().flatMap(context -> context.getServlets().stream()).findFirst();
            if (first.isPresent()) {
                await(first.get().getBaseURI().resolve("api/keys"));
            }
        }

        private static void await(URI probe) throws InterruptedException {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Instant start = Instant.now();
            Instant deadline = start.plus(PATIENCE);
            int last = -1;
            while (Instant.now().isBefore(deadline)) {
                try {
                    last = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (last == 200) {
                        long waited = Duration.between(start, Instant.now()).toMillis();
                        LOG.info(() -> probe + " serves, " + waited + " ms after the deployment was reported");
                        return;
                    }
                } catch (IOException notYet) {
                    last = -1;
                }
                Thread.sleep(200);
            }
            int status = last;
            LOG.warning(() -> probe + " still answers " + status + " a minute after the deployment");
        }
    }
}
