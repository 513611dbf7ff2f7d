package io.anonpay.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {

    @Test
    void numbersAreRoundedByMagnitude() {
        assertThat(Table.number(3812.4)).isEqualTo("3,812");
        assertThat(Table.number(100)).isEqualTo("100");
        assertThat(Table.number(57.26)).isEqualTo("57.3");
        assertThat(Table.number(0.8149)).isEqualTo("0.81");
        assertThat(Table.number(-12.25)).isEqualTo("-12.3");
        assertThat(Table.number(Double.NaN)).isEqualTo("n/a");
        assertThat(Table.number(Double.POSITIVE_INFINITY)).isEqualTo("n/a");
    }

    @Test
    void rendersAnAlignedMarkdownTable() {
        String rendered = new Table()
                .section("Settlements")
                .row("API settlements/s", 28.44, "settlements/s", "", "16 clients")
                .row("pgbench", 3950, "tps", "", null)
                .row("ratio", 0.0072, "", ">= 0.5", "")
                .render();
        assertThat(rendered).isEqualTo("""
                | figure            | value | unit          | target | note       |
                | ----------------- | ----: | ------------- | ------ | ---------- |
                | **Settlements**   |       |               |        |            |
                | API settlements/s |  28.4 | settlements/s |        | 16 clients |
                | pgbench           | 3,950 | tps           |        |            |
                | ratio             |  0.01 |               | >= 0.5 |            |
                """);
    }

    @Test
    void everyLineHasTheSameWidth() {
        String rendered = new Table().row("a", 1, "s", "< 60", "x").row("a much longer figure name", 123456, "MiB",
                "", "a note").row("missing", (String) null, "", "", "").render();
        assertThat(rendered.lines().map(String::length).distinct()).hasSize(1);
        assertThat(rendered).contains("|     n/a |").doesNotContain("null");
    }
}
