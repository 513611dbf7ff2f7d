package io.anonpay.common.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTargetTest {

    @Test
    void keepsAnInternalId() {
        assertThat(AuditTarget.of(42L)).isEqualTo("42");
        assertThat(AuditTarget.of("123456789012")).isEqualTo("123456789012");
    }

    @Test
    void digestsACardNumberTypedIntoAPath() {
        String target = AuditTarget.of("4111111111111111");
        assertThat(target).matches("sha256:[0-9a-f]{16}").doesNotContain("4111111111111111");
    }

    @Test
    void digestsASealedIdentifierTheSameWayEachTime() {
        String purchaseId = "eyJhbGciOiJFQ0RILUVTIn0.a-sealed.identifier";
        assertThat(AuditTarget.of(purchaseId)).isEqualTo(AuditTarget.of(purchaseId))
                .isNotEqualTo(AuditTarget.of(purchaseId + "x"))
                .hasSize("sha256:".length() + 16);
    }

    @Test
    void digestOfAKnownValue() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertThat(AuditTarget.of("abc")).isEqualTo("sha256:ba7816bf8f01cfea");
    }

    @Test
    void noneStaysNone() {
        assertThat(AuditTarget.of((String) null)).isNull();
    }
}
