package io.anonpay.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScrapeTest {

    private static final String BEFORE = """
            # HELP anonpay_settlements_total Payments answered, by outcome and decline reason
            # TYPE anonpay_settlements_total counter
            anonpay_settlements_total{outcome="approved",reason="none"} 1200.0
            anonpay_settlements_total{outcome="declined",reason="insufficient_balance"} 3.0
            # TYPE anonpay_outbox_backlog gauge
            anonpay_outbox_backlog 0.0
            anonpay_outbox_oldest_age_seconds 1.23E-4
            """;

    private static final String AFTER = """
            anonpay_settlements_total{outcome="approved",reason="none"} 4.5E3
            anonpay_settlements_total{outcome="declined",reason="insufficient_balance"} 5.0
            anonpay_settlements_total{outcome="declined",reason="card_locked"} 1.0
            anonpay_card_lockouts_total 1.0 1733500000000
            anonpay_outbox_backlog 17.0
            """;

    @Test
    void samplesAreReadWithTheirLabelsValuesAndExponents() {
        Scrape scrape = Scrape.parse(AFTER);

        assertThat(scrape.sum("anonpay_settlements_total", Map.of("outcome", "approved"))).isEqualTo(4500);
        assertThat(scrape.sum("anonpay_settlements_total", Map.of("outcome", "declined"))).isEqualTo(6);
        assertThat(scrape.sum("anonpay_settlements_total")).isEqualTo(4506);
        assertThat(scrape.byLabel("anonpay_settlements_total", "reason"))
                .containsExactly(Map.entry("card_locked", 1.0), Map.entry("insufficient_balance", 5.0),
                        Map.entry("none", 4500.0));
        assertThat(scrape.sum("anonpay_card_lockouts_total")).as("a timestamp after the value").isEqualTo(1);
    }

    @Test
    void aCounterNotYetShownCountsZeroAGaugeNotShownIsMissing() {
        Scrape scrape = Scrape.parse(BEFORE);

        assertThat(scrape.sum("anonpay_card_lockouts_total")).isZero();
        assertThat(scrape.gauge("anonpay_outbox_backlog")).isZero();
        assertThat(scrape.gauge("anonpay_outbox_oldest_age_seconds")).isEqualTo(0.000123);
        assertThat(scrape.gauge("anonpay_purchases")).isNaN();
    }

    @Test
    void theIncreaseOfACounterIsItsGrowthBetweenTwoScrapes() {
        Scrape before = Scrape.parse(BEFORE);
        Scrape after = Scrape.parse(AFTER);

        assertThat(Scrape.increase(before, after, "anonpay_settlements_total", Map.of("outcome", "approved")))
                .isEqualTo(3300);
        assertThat(Scrape.increase(before, after, "anonpay_settlements_total",
                Map.of("outcome", "declined", "reason", "card_locked"))).as("a series new since before").isEqualTo(1);
        assertThat(Scrape.increase(before, after, "anonpay_card_lockouts_total", Map.of())).isEqualTo(1);
    }

    @Test
    void aCounterThatShrankOrAServerNotReadGivesNoIncrease() {
        Scrape before = Scrape.parse(AFTER);
        Scrape restarted = Scrape.parse(BEFORE);

        assertThat(Scrape.increase(before, restarted, "anonpay_settlements_total", Map.of())).isNaN();
        assertThat(Scrape.increase(Scrape.none(), restarted, "anonpay_settlements_total", Map.of())).isNaN();
        assertThat(Scrape.increase(before, Scrape.none(), "anonpay_card_lockouts_total", Map.of())).isNaN();
    }

    @Test
    void escapedLabelValuesAndSpecialValuesAreRead() {
        Scrape scrape = Scrape.parse("""
                m{a="x\\"y",b="back\\\\slash",c="line\\nbreak",} +Inf
                m{a="nan"} NaN
                m{a="minus"} -Inf
                """);

        assertThat(scrape.samples("m")).hasSize(3);
        assertThat(scrape.samples("m").get(0).labels())
                .containsExactly(Map.entry("a", "x\"y"), Map.entry("b", "back\\slash"), Map.entry("c", "line\nbreak"));
        assertThat(scrape.samples("m").get(0).value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(scrape.samples("m").get(1).value()).isNaN();
        assertThat(scrape.samples("m").get(2).value()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void aLineThatIsNoSampleIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> Scrape.parse("ok 1\nbroken{a=\"x\" 2\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Scrape.parse("<html>401</html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> Scrape.parse("name_without_value\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
