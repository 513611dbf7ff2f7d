package io.anonpay.credit.card.control;

import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.common.problem.Problem;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.card.entity.Customer;
import io.anonpay.credit.card.entity.Money;
import io.anonpay.credit.card.entity.PasswordHash;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The verdict in the buyer's words, and the problems a statement or a payment session answers with. */
class PasswordVerdictTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30.123456Z");

    @Test
    void anUnknownCardIsRejectedWithoutACount() {
        PasswordVerdict verdict = PasswordVerdict.unknownCard();

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.refusal()).isEqualTo(DeclineReason.CARD_REJECTED);
        assertThat(verdict.passwordWrong()).as("answered as a wrong password").isTrue();
        assertThat(verdict.attemptsLeft()).isNull();
        assertThat(verdict.problem().problem()).isEqualTo(Problem.of("card-rejected", "Card rejected", 403,
                "card number or password not recognised"));
    }

    @Test
    void aWrongPasswordIsRejectedWithTheAttemptsLeft() {
        PasswordVerdict verdict = PasswordVerdict.wrongPassword(failed(1), NOW);

        assertThat(verdict.refusal()).isEqualTo(DeclineReason.CARD_REJECTED);
        assertThat(verdict.passwordWrong()).isTrue();
        assertThat(verdict.attemptsLeft()).isEqualTo(4);
        assertThat(verdict.problem().problem()).isEqualTo(Problem.of("card-rejected", "Card rejected", 403,
                "card number or password not recognised; attempts left before the card locks: 4"));
    }

    @Test
    void theFifthWrongPasswordLocksTheCard() {
        PasswordVerdict verdict = PasswordVerdict.wrongPassword(failed(5), NOW);

        assertThat(verdict.refusal()).isEqualTo(DeclineReason.CARD_LOCKED);
        assertThat(verdict.passwordWrong()).as("the fifth password was compared").isTrue();
        assertThat(verdict.lockedUntil()).isEqualTo(NOW.plus(Card.LOCK_DURATION));
        assertThat(verdict.problem().problem()).isEqualTo(Problem.of("card-locked", "Card locked", 423,
                "this card is locked after too many wrong passwords until 2026-12-06T10:45:30.123456Z"));
    }

    @Test
    void aCardFoundLockedComparesNoPassword() {
        PasswordVerdict verdict = PasswordVerdict.locked(failed(5));

        assertThat(verdict.refusal()).isEqualTo(DeclineReason.CARD_LOCKED);
        assertThat(verdict.passwordWrong()).isFalse();
        assertThat(verdict.lockedUntil()).isEqualTo(NOW.plus(Card.LOCK_DURATION));
    }

    @Test
    void theRightPasswordIsAcceptedWithoutARefusal() {
        PasswordVerdict verdict = PasswordVerdict.accepted(failed(0));

        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.refusal()).isNull();
    }

    private static Card failed(int failures) {
        Card card = new Card(new Customer("Alice"), new byte[32], "1111", new Money(10_000, "EUR"),
                new PasswordHash(new byte[32], new byte[16]));
        for (int i = 0; i < failures; i++) {
            card.passwordRejected(NOW);
        }
        return card;
    }
}
