package io.anonpay.common.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEntryTest {

    private static final String REFUSED = "https://anonpay.io/problems/not-found";

    @Test
    void aSucceededActionOnAnOpaqueTarget() {
        AuditEntry entry = AuditEntry.of("operator", "purchase.refund", AuditTarget.of("a purchase id"),
                AuditEntry.SUCCEEDED);
        assertThat(entry.action()).isEqualTo("purchase.refund");
        assertThat(entry.outcome()).isEqualTo("succeeded");
        assertThat(AuditEntry.of("operator", "dead-letter.discard", null, AuditEntry.SUCCEEDED).action())
                .isEqualTo("dead-letter.discard");
    }

    @Test
    void aRefusalCarriesItsProblemType() {
        assertThat(AuditEntry.of("operator", "card.issue", null, REFUSED).outcome()).isEqualTo(REFUSED);
    }

    @Test
    void refusesATargetThatIsNotOpaque() {
        assertThatThrownBy(() -> AuditEntry.of("operator", "card.issue", "4111111111111111", AuditEntry.SUCCEEDED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opaque");
        assertThatThrownBy(() -> AuditEntry.of("operator", "product.change", "Blue teapot", AuditEntry.SUCCEEDED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnActionNameThatIsNotStable() {
        assertThatThrownBy(() -> AuditEntry.of("operator", "Issue card", null, AuditEntry.SUCCEEDED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dotted");
        assertThatThrownBy(() -> AuditEntry.of("operator", "card", null, AuditEntry.SUCCEEDED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnOutcomeThatIsNeitherSuccessNorAProblemType() {
        assertThatThrownBy(() -> AuditEntry.of("operator", "card.issue", null, "oops"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsTheOperator() {
        assertThatThrownBy(() -> AuditEntry.of(" ", "card.issue", null, AuditEntry.SUCCEEDED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntry.of("x".repeat(65), "card.issue", null, AuditEntry.SUCCEEDED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
