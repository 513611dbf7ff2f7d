package io.anonpay.mall.purchase.control;

import io.anonpay.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

class AwaitingPaymentCapTest {

    @Test
    void purchasesAreAdmittedUpToTheCapAndRefusedPastItUntilACountFindsRoom() {
        AwaitingPaymentCap cap = cap(3, Duration.ofSeconds(10));
        cap.counted(1);

        cap.admit();
        cap.admit();

        assertThatThrownBy(cap::admit).isInstanceOfSatisfying(ProblemException.class, refused -> {
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.problem().type().toString()).endsWith("/too-many-awaiting-payment");
            assertThat(refused.retryAfterSeconds()).as("until the next count").isEqualTo(10);
            assertThat(refused).hasMessageContaining("3 purchases awaiting payment");
        });
        assertThatThrownBy(cap::admit).as("a refusal takes no room").isInstanceOf(ProblemException.class);
        cap.counted(2);
        assertThatCode(cap::admit).as("once the purge made room").doesNotThrowAnyException();
        assertThatThrownBy(cap::admit).isInstanceOf(ProblemException.class);
    }

    @Test
    void aRoundShorterThanASecondStillAsksForOneSecond() {
        AwaitingPaymentCap cap = cap(0, Duration.ofMillis(200));

        assertThatThrownBy(cap::admit).isInstanceOfSatisfying(ProblemException.class,
                refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(1));
    }

    private static AwaitingPaymentCap cap(long max, Duration interval) {
        AwaitingPaymentCap cap = new AwaitingPaymentCap();
        cap.max = max;
        cap.interval = interval;
        return cap;
    }
}
