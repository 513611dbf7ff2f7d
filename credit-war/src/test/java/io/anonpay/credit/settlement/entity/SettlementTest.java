package io.anonpay.credit.settlement.entity;

import io.anonpay.common.contract.PaymentState;
import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.PaymentUpdate.Event;
import io.anonpay.common.contract.PaymentUpdate.Refusal;
import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.card.entity.Customer;
import io.anonpay.credit.card.entity.Money;
import io.anonpay.credit.card.entity.PasswordHash;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The payment's moves as the settlement decides them: what applies, what is refused and why, and what the mall is told. */
class SettlementTest {

    private static final Instant PAID = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant LATER = PAID.plus(Duration.ofHours(2));
    private static final Instant UNTIL = PAID.plus(Duration.ofDays(7));

    private static Settlement authorized() {
        Card card = new Card(new Customer("Alice"), new byte[32], "1234", new Money(10_000, "EUR"),
                new PasswordHash(new byte[32], new byte[16]));
        return Settlement.authorized("purchase-1", card, "sealed", eur(2_500), SettlementFeeTest.terms(), "mall", PAID,
                UNTIL);
    }

    private static Settlement captured() {
        Settlement settlement = authorized();
        assertThat(settlement.capture(eur(2_500), PAID).isApplied()).isTrue();
        return settlement;
    }

    private static Money eur(long amount) {
        return new Money(amount, "EUR");
    }

    @Test
    void anApprovalHoldsTheWholeSumUntilItsExpiry() {
        Settlement settlement = authorized();

        assertThat(settlement.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(settlement.captured().amount()).isZero();
        assertThat(settlement.refunded().amount()).isZero();
        assertThat(settlement.authorizedUntil()).isEqualTo(UNTIL);
        assertThat(settlement.mall()).isEqualTo("mall");
    }

    @Test
    void aCaptureTakesTheWholeHoldAndTellsTheTotals() {
        Settlement settlement = authorized();

        Move move = settlement.capture(eur(2_500), LATER);
        PaymentUpdate update = settlement.update(move, "req-1", "credit");

        assertThat(move).isEqualTo(new Move(StepKind.CAPTURE, eur(2_500), null));
        assertThat(settlement.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(update.event()).isEqualTo(Event.CAPTURED);
        assertThat(update.requestId()).isEqualTo("req-1");
        assertThat(update.amount().amount()).isEqualTo(2_500);
        assertThat(update.captured().amount()).isEqualTo(2_500);
        assertThat(update.refunded().amount()).isZero();
        assertThat(update.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(update.refusal()).isNull();
        assertThat(update.creditCompany()).isEqualTo("credit");
    }

    @Test
    void aCaptureOrVoidOfAnotherAmountOrCurrencyIsRefusedAndChangesNothing() {
        Settlement settlement = authorized();

        Move less = settlement.capture(eur(2_499), LATER);
        Move dollars = settlement.voidHold(new Money(2_500, "USD"), LATER);

        assertThat(less.refusal()).isEqualTo(Refusal.AMOUNT_MISMATCH);
        assertThat(dollars.refusal()).isEqualTo(Refusal.AMOUNT_MISMATCH);
        assertThat(settlement.state()).isEqualTo(PaymentState.AUTHORIZED);
        PaymentUpdate update = settlement.update(less, "req-1", "credit");
        assertThat(update.event()).isEqualTo(Event.REFUSED);
        assertThat(update.amount().amount()).as("what was asked").isEqualTo(2_499);
        assertThat(update.state()).isEqualTo(PaymentState.AUTHORIZED);
    }

    @Test
    void aVoidReleasesTheHoldAndNothingCapturesOrVoidsItAfterwards() {
        Settlement settlement = authorized();

        Move voided = settlement.voidHold(eur(2_500), LATER);
        Move capture = settlement.capture(eur(2_500), LATER);
        Move again = settlement.voidHold(eur(2_500), LATER);
        Move refund = settlement.refund(eur(100), LATER);

        assertThat(voided).isEqualTo(new Move(StepKind.VOID, eur(2_500), null));
        assertThat(capture.refusal()).isEqualTo(Refusal.NOT_HELD);
        assertThat(again.refusal()).isEqualTo(Refusal.NOT_HELD);
        assertThat(refund.refusal()).isEqualTo(Refusal.NOT_CAPTURED);
        assertThat(settlement.state()).isEqualTo(PaymentState.VOIDED);
        assertThat(settlement.expire(UNTIL)).isEmpty();
    }

    @Test
    void aSecondCaptureIsRefusedAsNotHeld() {
        Settlement settlement = captured();

        assertThat(settlement.capture(eur(2_500), LATER).refusal()).isEqualTo(Refusal.NOT_HELD);
        assertThat(settlement.voidHold(eur(2_500), LATER).refusal()).isEqualTo(Refusal.NOT_HELD);
        assertThat(settlement.state()).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void refundsGoBackPartlyThenWhollyAndNeverBeyondTheCapture() {
        Settlement settlement = captured();

        Move part = settlement.refund(eur(1_000), LATER);
        PaymentState afterPart = settlement.state();
        Move tooMuch = settlement.refund(eur(1_501), LATER);
        Move rest = settlement.refund(eur(1_500), LATER);
        Move more = settlement.refund(eur(1), LATER);

        assertThat(part.isApplied()).isTrue();
        assertThat(afterPart).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
        assertThat(tooMuch.refusal()).isEqualTo(Refusal.EXCEEDS_CAPTURED);
        assertThat(rest).isEqualTo(new Move(StepKind.REFUND, eur(1_500), null));
        assertThat(more.refusal()).isEqualTo(Refusal.EXCEEDS_CAPTURED);
        assertThat(settlement.state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(settlement.refunded().amount()).isEqualTo(2_500);
        PaymentUpdate update = settlement.update(rest, "req-3", "credit");
        assertThat(update.event()).isEqualTo(Event.REFUNDED);
        assertThat(update.amount().amount()).isEqualTo(1_500);
        assertThat(update.captured().amount()).isEqualTo(2_500);
        assertThat(update.refunded().amount()).isEqualTo(2_500);
    }

    @Test
    void aRefundBeforeTheCaptureIsRefused() {
        Settlement settlement = authorized();

        assertThat(settlement.refund(eur(100), LATER).refusal()).isEqualTo(Refusal.NOT_CAPTURED);
        assertThat(settlement.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(settlement.refunded().amount()).isZero();
    }

    @Test
    void aHoldExpiresOnlyOnceItsTimeRanOutAndOnlyWhileHeld() {
        Settlement settlement = authorized();

        assertThat(settlement.expire(UNTIL.minusNanos(1000))).isEmpty();
        Move expiry = settlement.expire(UNTIL).orElseThrow();

        assertThat(expiry).isEqualTo(new Move(StepKind.EXPIRY, eur(2_500), null));
        assertThat(settlement.state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(settlement.expire(UNTIL.plusSeconds(5))).as("at most once").isEmpty();
        assertThat(settlement.capture(eur(2_500), UNTIL).refusal()).isEqualTo(Refusal.NOT_HELD);
        PaymentUpdate update = settlement.update(expiry, null, "credit");
        assertThat(update.event()).isEqualTo(Event.EXPIRED);
        assertThat(update.requestId()).isNull();
        assertThat(update.state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(captured().expire(UNTIL)).as("a captured payment has no hold to expire").isEmpty();
    }

    @Test
    void aDeclinedSettlementHasNoPaymentToMove() {
        Card card = new Card(new Customer("Bob"), new byte[32], "1234", new Money(100, "EUR"),
                new PasswordHash(new byte[32], new byte[16]));
        Settlement declined = Settlement.declined("purchase-2", card, eur(2_500), SettlementFeeTest.terms(),
                DeclineReason.INSUFFICIENT_BALANCE, "mall", PAID);

        assertThat(declined.state()).isNull();
        assertThatThrownBy(() -> declined.capture(eur(2_500), LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> declined.expire(UNTIL)).isInstanceOf(IllegalStateException.class);
    }
}
