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

class MetricsSectionTest {

    private static final String IDLE = "anonpay_outbox_backlog 0\nanonpay_outbox_oldest_age_seconds 0\n";

    private static String credit(int approved, int matched, int tooMany, int backlog, double age, int sent) {
        return """
                anonpay_settlements_total{outcome="approved",reason="none"} %d.0
                anonpay_settlements_total{outcome="declined",reason="insufficient_balance"} 2.0
                anonpay_password_checks_total{result="matched"} %d.0
                anonpay_http_too_many_requests_total{family="settlements"} %d.0
                anonpay_outbox_backlog %d.0
                anonpay_outbox_oldest_age_seconds %s
                anonpay_outbox_sent_total %d.0
                """.formatted(approved, matched, tooMany, backlog, age, sent);
    }

    /** Results applied at the mall, their lags all in the 5-10 ms bucket, and that many purchases paid. */
    private static String mall(int applied, int awaiting) {
        return """
                anonpay_outbox_backlog 0.0
                anonpay_outbox_oldest_age_seconds 0.0
                anonpay_messages_applied_total{queue="anonpay.mall.settlement-results"} %1$d.0
                anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.005"} 0
                anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="0.01"} %1$d
                anonpay_delivery_lag_seconds_bucket{queue="anonpay.mall.settlement-results",le="+Inf"} %1$d
                anonpay_purchases{status="awaiting_payment"} %2$d.0
                anonpay_purchases{status="paid"} %1$d.0
                """.formatted(applied, awaiting);
    }

    /** One map of texts per scrape, in turn; the last is repeated. */
    private static Supplier<Map<Server, Scrape>> steps(List<Map<Server, String>> texts) {
        Deque<Map<Server, String>> left = new ArrayDeque<>(texts);
        return () -> {
            Map<Server, String> step = left.size() > 1 ? left.poll() : left.peek();
            Map<Server, Scrape> scrapes = new EnumMap<>(Server.class);
            step.forEach((server, text) -> scrapes.put(server, Scrape.parse(text)));
            return scrapes;
        };
    }

    private static Load.Run run(long ok, long tooMany, double seconds) {
        Load.Run run = new Load.Run();
        run.ok.set(ok);
        run.tooMany.set(tooMany);
        run.seconds = seconds;
        return run;
    }

    /** The row of {@code figure}: its value, then its note. */
    private static Row row(String table, String figure) {
        String line = table.lines().filter(l -> l.startsWith("| " + figure + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + figure + " in\n" + table));
        String[] cells = line.split("\\|");
        return new Row(cells[2].strip(), cells[5].strip());
    }

    private record Row(String value, String note) {
    }

    @Test
    void eachFigureIsTheGrowthBetweenItsScrapesBesideTheBenchmarksOwnCount() {
        MetricsWindow window = MetricsWindow.open(steps(List.of(
                Map.of(Server.CREDIT, credit(100, 50, 0, 0, 0, 100), Server.MALL, mall(100, 2000),
                        Server.SHIPPING, IDLE),
                Map.of(Server.CREDIT, credit(1100, 50, 0, 30, 0.2, 1070), Server.MALL, mall(1070, 1030),
                        Server.SHIPPING, IDLE),
                Map.of(Server.CREDIT, credit(1400, 350, 5, 12, 0.05, 1388), Server.MALL, mall(1388, 700),
                        Server.SHIPPING, IDLE),
                Map.of(Server.CREDIT, credit(1400, 350, 5, 0, 0, 1400), Server.MALL, mall(1400, 700),
                        Server.SHIPPING, IDLE))), Duration.ZERO, Duration.ZERO);
        window.mark("distinct");
        window.close();
        Table table = new Table();

        new MetricsSection(table).settlementRuns(window, List.of(
                new MetricsSection.Phase("distinct cards", MetricsWindow.BEFORE, "distinct", run(1000, 0, 20)),
                new MetricsSection.Phase("password", "distinct", MetricsWindow.END, run(299, 5, 10))));
        String rendered = table.render();

        Row distinct = row(rendered, "settlements approved (credit), distinct cards");
        assertThat(distinct.value()).isEqualTo("1,000");
        assertThat(distinct.note()).contains("50.0/s over the run's 20.0 s", "the benchmark counted 1,000: agrees");
        Row password = row(rendered, "settlements approved (credit), password");
        assertThat(password.value()).isEqualTo("300");
        assertThat(password.note()).contains("the benchmark counted 299: DIFFERS by +1");
        assertThat(row(rendered, "settlements declined (credit), the runs together").value()).isEqualTo("0");
        assertThat(row(rendered, "password checks (credit), the runs together").note())
                .contains("matched 300", "its settlements: 299: DIFFERS by +1");
        Row tooMany = row(rendered, "429 answers (all servers), the runs together");
        assertThat(tooMany.value()).isEqualTo("5");
        assertThat(tooMany.note()).contains("credit settlements 5", "the benchmark received 5: agrees");
        assertThat(row(rendered, "outbox backlog, highest seen: credit").value()).isEqualTo("30");
        assertThat(row(rendered, "outbox oldest unsent row, highest age seen: credit").value()).isEqualTo("200");
        Row relay = row(rendered, "relay send failures, the runs until delivered");
        assertThat(relay.value()).isEqualTo("0");
        assertThat(relay.note()).contains("messages relayed: mall 0, credit 1,300, shipping 0");
        Row applied = row(rendered, "messages applied (mall), anonpay.mall.settlement-results");
        assertThat(applied.value()).isEqualTo("1,300");
        assertThat(applied.note()).contains("dead-lettered 0, retried 0", "approved settlements: 1,299: DIFFERS by +1");
        assertThat(row(rendered, "messages dead-lettered, all queues").value()).isEqualTo("0");
        // all 1,300 lags in the 5-10 ms bucket: the median is its middle, the 99th percentile near its top
        Row p50 = row(rendered, "delivery lag at the mall (settlement results), the runs together, p50");
        assertThat(p50.value()).isEqualTo("7.50");
        assertThat(p50.note()).contains("n=1,300 observed, messages applied 1,300: agrees");
        assertThat(row(rendered, "delivery lag at the mall (settlement results), the runs together, p99").value())
                .isEqualTo("9.95");
        Row purchases = row(rendered, "purchases at the mall at the end, by status");
        assertThat(purchases.value()).isEqualTo("2,100");
        assertThat(purchases.note()).contains("awaiting_payment 700, paid 1,400", "paid grew by 1,300");
    }

    @Test
    void theStatementsRunComparesMatchedChecksAnd429s() {
        MetricsWindow window = MetricsWindow.open(steps(List.of(
                Map.of(Server.CREDIT, credit(0, 10, 0, 0, 0, 0), Server.MALL, mall(0, 0), Server.SHIPPING, IDLE),
                Map.of(Server.CREDIT, credit(0, 610, 0, 0, 0, 0), Server.MALL, mall(0, 0), Server.SHIPPING, IDLE))),
                Duration.ZERO, Duration.ZERO);
        window.close();
        Table table = new Table();

        new MetricsSection(table).statements(window, run(600, 52, 20));
        String rendered = table.render();

        Row matched = row(rendered, "password checks matched (credit), statements run");
        assertThat(matched.value()).isEqualTo("600");
        assertThat(matched.note()).contains("the benchmark's 200 answers: 600: agrees");
        Row tooMany = row(rendered, "429 answers (all servers), statements run");
        assertThat(tooMany.value()).isEqualTo("0");
        assertThat(tooMany.note()).contains("none; the benchmark received 52: DIFFERS by -52");
    }

    @Test
    void agreementIsExactOrSaysByHowMuch() {
        assertThat(MetricsSection.agreement(42, 42)).isEqualTo("agrees");
        assertThat(MetricsSection.agreement(40, 42)).isEqualTo("DIFFERS by -2");
        assertThat(MetricsSection.agreement(Double.NaN, 42)).isEqualTo("no figure to compare");
        assertThat(MetricsSection.count(1234567)).isEqualTo("1,234,567");
        assertThat(MetricsSection.count(Double.NaN)).isEqualTo("n/a");
    }
}
