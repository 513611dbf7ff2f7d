package io.anonpay.credit.settlement.entity;

import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.PaymentState;
import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.card.entity.Customer;
import io.anonpay.credit.card.entity.Money;
import io.anonpay.credit.card.entity.PasswordHash;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fee line of a payment as the settlement moves it: held with the goods, then claimed once or released. */
class SettlementFeeTest {

    private static final Instant PAID = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant LATER = PAID.plus(Duration.ofHours(2));
    private static final Instant UNTIL = PAID.plus(Duration.ofDays(7));
    private static final String VERSION = "t0123456789abcdef";

    /** The shipping terms of instructions for 2,500 EUR of goods and a 500 EUR fee. */
    static FeeLine terms() {
        return FeeLine.of(new PaymentInstructions("purchase-1", io.anonpay.common.contract.Money.of(2_500, "EUR"),
                "shipping", new ShippingVolume(1_000), io.anonpay.common.contract.Money.of(500, "EUR"), VERSION,
                "mall", "credit", "https://mall.example/return", PAID.plus(Duration.ofMinutes(10))));
    }

    private static Card card() {
        return new Card(new Customer("Alice"), new byte[32], "1234", new Money(10_000, "EUR"),
                new PasswordHash(new byte[32], new byte[16]));
    }

    private static Settlement authorized() {
        return Settlement.authorized("purchase-1", card(), "sealed", eur(2_500), terms(), "mall", PAID, UNTIL);
    }

    private static Money eur(long amount) {
        return new Money(amount, "EUR");
    }

    @Test
    void anApprovalHoldsTheFeeWithTheGoodsAndKeepsItsTerms() {
        Settlement settlement = authorized();

        FeeLine line = settlement.feeLine();
        assertThat(line.state()).isEqualTo(FeeState.HELD);
        assertThat(line.shippingCompany()).isEqualTo("shipping");
        assertThat(line.shippingVolume()).isEqualTo(new ShippingVolume(1_000));
        assertThat(line.tariffVersion()).isEqualTo(VERSION);
        assertThat(line.recipientMatched()).as("unknown until a claim").isNull();
        assertThat(settlement.fee()).contains(eur(500));
    }

    @Test
    void aClaimDebitsTheFeeOnceAndKeepsOnlyWhetherTheRecipientIsTheCardholder() {
        Settlement settlement = authorized();

        Move claim = settlement.claimFee(false, LATER);

        assertThat(claim).isEqualTo(new Move(StepKind.FEE_CLAIM, eur(500), null));
        assertThat(settlement.feeLine().state()).isEqualTo(FeeState.CLAIMED);
        assertThat(settlement.feeLine().recipientMatched()).isFalse();
        assertThat(settlement.state()).as("the goods move on their own").isEqualTo(PaymentState.AUTHORIZED);
        assertThatThrownBy(() -> settlement.claimFee(true, LATER)).isInstanceOf(IllegalStateException.class);
        assertThat(settlement.releaseFee(LATER)).as("a claimed fee is not given back").isEmpty();
        assertThat(settlement.expire(UNTIL).map(Move::kind)).as("the goods still expire").contains(StepKind.EXPIRY);
        assertThat(settlement.expireFee(UNTIL)).isEmpty();
    }

    @Test
    void aReleasedFeeIsReleasedOnceAndNeverClaimed() {
        Settlement settlement = authorized();
        settlement.voidHold(eur(2_500), LATER);

        Move release = settlement.releaseFee(LATER).orElseThrow();

        assertThat(release).isEqualTo(new Move(StepKind.FEE_RELEASE, eur(500), null));
        assertThat(settlement.feeLine().state()).isEqualTo(FeeState.RELEASED);
        assertThat(settlement.releaseFee(LATER)).isEmpty();
        assertThatThrownBy(() -> settlement.claimFee(true, LATER)).isInstanceOf(IllegalStateException.class);
        assertThat(settlement.feeLine().recipientMatched()).isNull();
    }

    @Test
    void aFeeNobodyClaimedExpiresAtTheEndOfTheHoldOnlyOnceTheGoodsAreTaken() {
        Settlement settlement = authorized();

        assertThat(settlement.expireFee(UNTIL)).as("goods held: their own expiry takes the fee").isEmpty();
        settlement.capture(eur(2_500), LATER);
        assertThat(settlement.expireFee(UNTIL.minusNanos(1_000))).as("not yet").isEmpty();
        Move release = settlement.expireFee(UNTIL).orElseThrow();

        assertThat(release).isEqualTo(new Move(StepKind.FEE_RELEASE, eur(500), null));
        assertThat(settlement.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(settlement.expireFee(UNTIL.plusSeconds(5))).as("at most once").isEmpty();
    }

    @Test
    void aDeclineKeepsTheTermsItWasDeclinedForAndHoldsNothing() {
        Settlement declined = Settlement.declined("purchase-2", card(), eur(2_500), terms(),
                DeclineReason.INSUFFICIENT_BALANCE, "mall", PAID);

        assertThat(declined.feeLine().state()).isNull();
        assertThat(declined.fee()).contains(eur(500));
        assertThatThrownBy(() -> declined.claimFee(true, LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> declined.releaseFee(LATER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFeeStepsAreNeverToldToTheMall() {
        for (StepKind kind : new StepKind[]{StepKind.FEE_HOLD, StepKind.FEE_CLAIM, StepKind.FEE_RELEASE}) {
            assertThat(kind.ofFee()).isTrue();
            assertThatThrownBy(kind::applied).isInstanceOf(IllegalStateException.class);
        }
        assertThat(StepKind.CAPTURE.ofFee()).isFalse();
    }
}
