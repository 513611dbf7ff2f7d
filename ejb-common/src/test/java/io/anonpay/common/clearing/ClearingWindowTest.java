package io.anonpay.common.clearing;

import io.anonpay.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClearingWindowTest {

    @Test
    void eitherSideMayBeOpen() {
        assertThat(ClearingWindow.of(null, null)).isEqualTo(new ClearingWindow(null, null));
        assertThat(ClearingWindow.of("2026-12-01T00:00:00Z", null))
                .isEqualTo(new ClearingWindow(Instant.parse("2026-12-01T00:00:00Z"), null));
        assertThat(ClearingWindow.of(null, "2026-12-01T00:00:00.123456Z"))
                .isEqualTo(new ClearingWindow(null, Instant.parse("2026-12-01T00:00:00.123456Z")));
    }

    @Test
    void anInstantWithAnOffsetIsTheSameInstantInUtc() {
        assertThat(ClearingWindow.of("2026-12-01T01:00:00+01:00", null).from())
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "yesterday", "2026-12-01", "2026-12-01T00:00:00", "2026-13-01T00:00:00Z",
            "1764547200"})
    void whatIsNoInstantIsRefusedNamingTheParameter(String text) {
        assertProblem(() -> ClearingWindow.of(text, null), "invalid-instant", "from must be");
        assertProblem(() -> ClearingWindow.of(null, text), "invalid-instant", "to must be");
    }

    @Test
    void fromMustComeBeforeTo() {
        assertThat(ClearingWindow.of("2026-12-01T00:00:00Z", "2026-12-01T00:00:00.000001Z").to())
                .isEqualTo(Instant.parse("2026-12-01T00:00:00.000001Z"));
        assertProblem(() -> ClearingWindow.of("2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z"), "invalid-window",
                "from (2026-12-01T00:00:00Z) must be before to (2026-12-01T00:00:00Z)");
        assertProblem(() -> ClearingWindow.of("2026-12-02T00:00:00Z", "2026-12-01T00:00:00Z"), "invalid-window",
                "from (2026-12-02T00:00:00Z) must be before to (2026-12-01T00:00:00Z)");
    }

    private static void assertProblem(Runnable parse, String slug, String mention) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.problem().type().toString()).endsWith("/" + slug);
            assertThat(problem.getMessage()).startsWith(mention);
        });
    }
}
