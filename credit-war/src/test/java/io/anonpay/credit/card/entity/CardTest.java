package io.anonpay.credit.card.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CardTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private static Card card() {
        return new Card(new Customer("Alice"), new byte[32], "1234", new Money(10_000, "EUR"),
                new PasswordHash(new byte[32], new byte[16]));
    }

    @Test
    void fiveConsecutiveFailuresLockForThirtyMinutes() {
        Card card = card();
        for (int failure = 1; failure <= 4; failure++) {
            card.passwordRejected(NOW);
            assertThat(card.lockedAt(NOW)).isFalse();
            assertThat(card.attemptsLeft(NOW)).isEqualTo(5 - failure);
        }

        card.passwordRejected(NOW);

        assertThat(card.lockedAt(NOW)).isTrue();
        assertThat(card.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(card.attemptsLeft(NOW)).isZero();
        assertThat(card.lockedAt(NOW.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(card.lockedAt(NOW.plus(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void aRightPasswordEndsTheRun() {
        Card card = card();
        for (int failure = 1; failure <= 4; failure++) {
            card.passwordRejected(NOW);
        }

        card.passwordAccepted();
        card.passwordRejected(NOW);

        assertThat(card.failedAttempts()).isEqualTo(1);
        assertThat(card.lockedAt(NOW)).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        Card card = card();
        for (int failure = 1; failure <= 5; failure++) {
            card.passwordRejected(NOW);
        }

        card.passwordRejected(NOW.plus(Duration.ofMinutes(10)));

        assertThat(card.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void afterTheLockRunsOutCountingStartsAfresh() {
        Card card = card();
        for (int failure = 1; failure <= 5; failure++) {
            card.passwordRejected(NOW);
        }
        Instant later = NOW.plus(Duration.ofMinutes(31));

        assertThat(card.attemptsLeft(later)).isEqualTo(5);
        card.passwordRejected(later);

        assertThat(card.lockedAt(later)).isFalse();
        assertThat(card.failedAttempts()).isEqualTo(1);
        assertThat(card.attemptsLeft(later)).isEqualTo(4);
    }

    @Test
    void currenciesAreCompared() {
        assertThat(card().balance().sameCurrencyAs(new Money(1, "EUR"))).isTrue();
        assertThat(card().balance().sameCurrencyAs(new Money(1, "USD"))).isFalse();
    }
}
