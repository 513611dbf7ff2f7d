package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/** Claim 5 as the buyer reads it: which of the three password checks the credit company's answer reports. */
class PaymentStepTest {

    @Test
    void tellsAMatchedPasswordFromAWrongOneFromNoneChecked() {
        assertThat(PaymentStep.passwordCheck(json(FakeBodies.approved()))).isEqualTo("the password matched.");
        assertThat(PaymentStep.passwordCheck(json(FakeBodies.wrongPassword())))
                .isEqualTo("card number or password not recognised (4 more wrong attempts lock the card).");
        assertThat(PaymentStep.passwordCheck(json(FakeBodies.approvedInSession())))
                .isEqualTo("not checked: no password was given in this payment (a payment session paid).");
    }

    @Test
    void aLockedCardChecksNoPassword() {
        JsonObject locked = json("""
                {"outcome":"DECLINED","declineReason":"CARD_LOCKED","passwordCheck":"NOT_CHECKED",\
                "passwordMatched":false,"lockedUntil":"2025-01-01T12:30:00Z","finalOutcome":false}""");

        assertThat(PaymentStep.passwordCheck(locked)).isEqualTo("not checked: the card is locked until "
                + "2025-01-01T12:30:00Z.");
    }

    @Test
    void theWrongPasswordThatLocksTheCardIsNotRecognisedAndSaysSo() {
        JsonObject fifth = json("""
                {"outcome":"DECLINED","declineReason":"CARD_LOCKED","passwordCheck":"NOT_MATCHED",\
                "passwordMatched":false,"lockedUntil":"2025-01-01T12:30:00Z","finalOutcome":false}""");

        assertThat(PaymentStep.passwordCheck(fifth)).isEqualTo("card number or password not recognised; the card is "
                + "now locked until 2025-01-01T12:30:00Z.");
    }

    @Test
    void readsAServerOlderThanPasswordCheckByPasswordMatched() {
        assertThat(PaymentStep.passwordCheck(json("""
                {"outcome":"APPROVED","passwordMatched":true}"""))).isEqualTo("the password matched.");
        assertThat(PaymentStep.passwordCheck(json("""
                {"outcome":"DECLINED","declineReason":"CARD_REJECTED","passwordMatched":false}""")))
                .isEqualTo("card number or password not recognised.");
        assertThat(PaymentStep.passwordCheck(json("""
                {"outcome":"DECLINED","declineReason":"CARD_LOCKED","passwordMatched":false}""")))
                .isEqualTo("not checked: the card is locked.");
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
