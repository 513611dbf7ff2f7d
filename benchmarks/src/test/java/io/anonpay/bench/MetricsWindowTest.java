package io.anonpay.bench;

import io.anonpay.launcher.Server;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricsWindowTest {

    /** The same text from the three servers, one per scrape in turn; the last is repeated. */
    static Supplier<Map<Server, Scrape>> scripted(String... texts) {
        Deque<String> left = new ArrayDeque<>(List.of(texts));
        return () -> {
            String text = left.size() > 1 ? left.poll() : left.peek();
            Map<Server, Scrape> scrapes = new EnumMap<>(Server.class);
            for (Server server : Server.values()) {
                scrapes.put(server, Scrape.parse(text));
            }
            return scrapes;
        };
    }

    static String server(int backlog, double age, int sent, int applied, int deadLettered) {
        return """
                anonpay_outbox_backlog %d
                anonpay_outbox_oldest_age_seconds %s
                anonpay_outbox_sent_total %d
                anonpay_messages_applied_total{queue="q"} %d
                anonpay_messages_dead_lettered_total{queue="q"} %d
                """.formatted(backlog, age, sent, applied, deadLettered);
    }

    @Test
    void theHighestGaugesAreThoseOfAnyScrapeFromBeforeToTheEnd() {
        MetricsWindow window = MetricsWindow.open(scripted(
                server(0, 0, 10, 10, 0),        // before: all delivered
                server(40, 0.25, 10, 10, 0),    // a mark during the load
                server(7, 1.5, 50, 20, 0),      // the end of the load
                server(0, 0, 50, 49, 1)),       // delivered: 49 applied, 1 dead-lettered
                Duration.ZERO, Duration.ZERO);
        window.mark("run");
        window.close();

        assertThat(window.highest(Server.CREDIT, PrometheusNames.OUTBOX_BACKLOG)).isEqualTo(40);
        assertThat(window.highest(Server.CREDIT, PrometheusNames.OUTBOX_OLDEST_AGE)).isEqualTo(1.5);
        assertThat(window.scrapes()).as("before, the mark, the end").isEqualTo(3);
        assertThat(window.delivered()).isTrue();
        assertThat(window.at(MetricsWindow.DELIVERED, Server.MALL)
                .sum(PrometheusNames.MESSAGES_DEAD_LETTERED)).isEqualTo(1);
        assertThat(window.at("run", Server.SHIPPING).gauge(PrometheusNames.OUTBOX_BACKLOG)).isEqualTo(40);
    }

    @Test
    void aWindowWhoseMessagesAreNotAppliedInTimeSaysSo() {
        MetricsWindow window = MetricsWindow.open(scripted(server(0, 0, 10, 10, 0), server(3, 0.1, 12, 10, 0)),
                Duration.ZERO, Duration.ZERO);
        window.close();

        assertThat(window.delivered()).isFalse();
        assertThat(window.at(MetricsWindow.DELIVERED, Server.CREDIT).gauge(PrometheusNames.OUTBOX_BACKLOG))
                .as("the last scrape stands in").isEqualTo(3);
        assertThatThrownBy(() -> window.at("never marked")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deliveredMeansEmptyOutboxesAndEverySentMessageReceivedSomewhere() {
        Scrape credit = Scrape.parse("anonpay_outbox_backlog 0\nanonpay_outbox_sent_total 100\n");
        Scrape mall = Scrape.parse("""
                anonpay_outbox_backlog 0
                anonpay_messages_applied_total{queue="anonpay.mall.settlement-results"} 98
                anonpay_messages_dead_lettered_total{queue="anonpay.mall.settlement-results"} 1
                """);
        Scrape mallLater = Scrape.parse("""
                anonpay_outbox_backlog 0
                anonpay_messages_applied_total{queue="anonpay.mall.settlement-results"} 99
                anonpay_messages_dead_lettered_total{queue="anonpay.mall.settlement-results"} 1
                """);
        Scrape waiting = Scrape.parse("anonpay_outbox_backlog 2\nanonpay_outbox_sent_total 100\n");
        Scrape unreadable = Scrape.parse("anonpay_outbox_backlog NaN\nanonpay_outbox_sent_total 100\n");

        assertThat(MetricsWindow.allDelivered(List.of(credit, mall))).as("one in the broker").isFalse();
        assertThat(MetricsWindow.allDelivered(List.of(credit, mallLater))).isTrue();
        assertThat(MetricsWindow.allDelivered(List.of(waiting, mallLater))).as("rows wait").isFalse();
        assertThat(MetricsWindow.allDelivered(List.of(unreadable, mallLater))).as("backlog not read").isFalse();
        assertThat(MetricsWindow.allDelivered(List.of(credit, mallLater, Scrape.none()))).as("a server away")
                .isFalse();
    }
}
