package io.anonpay.mall.purchase.entity;

import io.anonpay.common.contract.PaymentRequest.Action;
import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.mall.catalog.entity.Money;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry.RequestedBy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.anonpay.mall.purchase.entity.PurchaseStatus.AWAITING_PAYMENT;
import static io.anonpay.mall.purchase.entity.PurchaseStatus.CANCELLED;
import static io.anonpay.mall.purchase.entity.PurchaseStatus.DELIVERED;
import static io.anonpay.mall.purchase.entity.PurchaseStatus.EXPIRED;
import static io.anonpay.mall.purchase.entity.PurchaseStatus.IN_TRANSIT;
import static io.anonpay.mall.purchase.entity.PurchaseStatus.PAID;
import static io.anonpay.mall.purchase.entity.PurchaseStatus.PAYMENT_DECLINED;
import static io.anonpay.mall.purchase.entity.PurchaseStatus.RETURNED;
import static io.anonpay.mall.purchase.entity.PurchaseStatus.SHIPPING_ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurchaseTest {

    private static final Instant BOUGHT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = BOUGHT.plusSeconds(60);
    private static final Instant INSTRUCTIONS_EXPIRE = BOUGHT.plus(Duration.ofMinutes(15));
    static final ShippingTerms TERMS = new ShippingTerms("shipping", new Money(720, "EUR"), "tAbCdEfGhIjKlMnOp");

    /** The moves a purchase makes, written out independently of PurchaseStatus. */
    private static final Map<PurchaseStatus, Set<PurchaseStatus>> ALLOWED = Map.of(
            AWAITING_PAYMENT, Set.of(PAYMENT_DECLINED, PAID, CANCELLED),
            PAYMENT_DECLINED, Set.of(PAYMENT_DECLINED, PAID, CANCELLED),
            PAID, Set.of(SHIPPING_ACCEPTED, IN_TRANSIT, DELIVERED, RETURNED, CANCELLED),
            SHIPPING_ACCEPTED, Set.of(IN_TRANSIT, DELIVERED, RETURNED),
            IN_TRANSIT, Set.of(DELIVERED, RETURNED),
            DELIVERED, Set.of(RETURNED),
            RETURNED, Set.of(),
            CANCELLED, Set.of());

    private static final Map<PurchaseStatus, ShipmentStatus> REPORTED_AS = Map.of(
            SHIPPING_ACCEPTED, ShipmentStatus.ACCEPTED, IN_TRANSIT, ShipmentStatus.SHIPPED,
            DELIVERED, ShipmentStatus.DELIVERED, RETURNED, ShipmentStatus.RETURNED);

    /**
     * Every stored status to every status a partner's report, the buyer or the operator names (none brings a purchase
     * back to unpaid).
     */
    static Stream<Arguments> everyPair() {
        return ALLOWED.keySet().stream().flatMap(from -> ALLOWED.keySet().stream()
                .filter(to -> to != AWAITING_PAYMENT).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void aPurchaseMovesExactlyAlongTheAllowedMoves(PurchaseStatus from, PurchaseStatus to) {
        Purchase purchase = at(from);

        try {
            reportThat(purchase, to);
        } catch (RefusedMove refused) {
            assertThat(ALLOWED.get(from)).doesNotContain(to);
        }

        assertThat(purchase.status()).isEqualTo(ALLOWED.get(from).contains(to) ? to : from);
        assertThat(purchase.updatedAt()).isEqualTo(ALLOWED.get(from).contains(to) ? LATER : BOUGHT);
        assertThat(from.allowedMoves()).isEqualTo(ALLOWED.get(from));
    }

    @Test
    void theSameApprovalAgainChangesNothing() {
        Purchase purchase = at(PAID);

        assertThat(purchase.approve("credit", "v1.settled", LATER)).isEmpty();

        assertThat(purchase.settlementId()).isEqualTo("v1.settled");
        assertThat(purchase.updatedAt()).isEqualTo(BOUGHT);
        assertThat(purchase.requests()).isEmpty();
    }

    @Test
    void aSecondApprovalIsRefusedBecauseTheBuyerPaidTwice() {
        Purchase purchase = at(PAID);

        assertThatThrownBy(() -> purchase.approve("credit", "v1.other", LATER))
                .isInstanceOf(RefusedMove.class).hasMessageContaining("charged twice");
        assertThat(purchase.settlementId()).isEqualTo("v1.settled");
    }

    @Test
    void aDeclineNeverUndoesAPayment() {
        Purchase purchase = at(PAID);

        assertThat(purchase.decline("credit", "INSUFFICIENT_BALANCE", LATER)).isFalse();

        assertThat(purchase.status()).isEqualTo(PAID);
        assertThat(purchase.declineReason()).isNull();
    }

    @Test
    void aPaymentAfterADeclineClearsTheReason() {
        Purchase purchase = at(PAYMENT_DECLINED);
        assertThat(purchase.declineReason()).isEqualTo("INSUFFICIENT_BALANCE");

        purchase.approve("credit", "v1.settled", LATER);

        assertThat(purchase.declineReason()).isNull();
        assertThat(purchase.settledBy()).isEqualTo("credit");
    }

    @Test
    void anApprovalFromACompanyNotDesignatedIsVoidedThereOnceAndChangesNothingElse() {
        Purchase purchase = at(AWAITING_PAYMENT);

        List<PaymentRequestEntry> asked = purchase.approve("credit-two", "v1.elsewhere", LATER);

        assertThat(asked).singleElement().satisfies(voided -> {
            assertThat(voided.action()).isEqualTo(Action.VOID);
            assertThat(voided.creditCompany()).isEqualTo("credit-two");
            assertThat(voided.amount().amount()).isEqualTo(990);
            assertThat(voided.requestedBy()).isEqualTo(RequestedBy.AUTOMATIC);
            assertThat(voided.reason()).isNull();
            assertThat(voided.inFlight()).isTrue();
        });
        assertThat(purchase.approve("credit-two", "v1.elsewhere", LATER.plusSeconds(1))).as("delivered again").isEmpty();
        assertThat(purchase.requests()).hasSize(1);
        assertThat(purchase.status()).isEqualTo(AWAITING_PAYMENT);
        assertThat(purchase.settlementId()).isNull();
        assertThat(purchase.payment().exists()).isFalse();
        assertThat(purchase.updatedAt()).isEqualTo(BOUGHT);
        assertThat(unpaid().approve("credit", "v1.undesignated", LATER)).as("before any designation")
                .singleElement().extracting(PaymentRequestEntry::action).isEqualTo(Action.VOID);
    }

    @Test
    void aDeclineFromACompanyNoLongerDesignatedChangesNothing() {
        Purchase purchase = at(PAYMENT_DECLINED);
        designate(purchase, "credit-two", LATER, LATER.plus(Duration.ofMinutes(15)));

        assertThat(purchase.decline("credit", "INSUFFICIENT_BALANCE", LATER.plusSeconds(1))).isFalse();

        assertThat(purchase.creditCompany()).isEqualTo("credit-two");
        assertThat(purchase.paymentPendingUntil()).as("still pending at the new company").isNotNull();
    }

    @Test
    void anotherCreditCompanyIsRefusedWhileAPaymentMayBePendingTheSameOneNever() {
        Purchase purchase = at(AWAITING_PAYMENT);
        Instant pendingUntil = INSTRUCTIONS_EXPIRE.plus(Purchase.RESULTS_IN_FLIGHT);
        assertThat(purchase.paymentPendingUntil()).isEqualTo(pendingUntil);

        assertThatThrownBy(() -> designate(purchase, "credit-two", LATER, LATER.plusSeconds(900)))
                .isInstanceOf(RefusedMove.class).hasMessageContaining("may still be pending");
        assertThatThrownBy(() -> designate(purchase, "credit-two", pendingUntil.minusSeconds(1),
                pendingUntil.plusSeconds(900))).isInstanceOf(RefusedMove.class);
        designate(purchase, "credit", LATER, LATER.plusSeconds(900));
        assertThat(purchase.paymentPendingUntil()).as("new instructions, a new wait")
                .isEqualTo(LATER.plusSeconds(900).plus(Purchase.RESULTS_IN_FLIGHT));

        Instant free = purchase.paymentPendingUntil();
        designate(purchase, "credit-two", free, free.plusSeconds(900));
        assertThat(purchase.creditCompany()).isEqualTo("credit-two");
    }

    @Test
    void aDeclineFromTheDesignatedCompanyLetsTheBuyerChooseAnother() {
        Purchase purchase = at(PAYMENT_DECLINED);
        assertThat(purchase.paymentPendingUntil()).isNull();

        designate(purchase, "credit-two", LATER, LATER.plusSeconds(900));

        assertThat(purchase.creditCompany()).isEqualTo("credit-two");
        assertThat(purchase.approve("credit-two", "v1.settled-there", LATER)).isEmpty();
        assertThat(purchase.status()).isEqualTo(PAID);
        assertThat(purchase.settledBy()).isEqualTo("credit-two");
    }

    @Test
    void receiptsComeOnlyAfterPayment() {
        Purchase purchase = at(AWAITING_PAYMENT);
        assertThat(purchase.shippingCompany()).isEqualTo("shipping");

        assertThatThrownBy(() -> purchase.ship("shipping", "AP1", ShipmentStatus.ACCEPTED, true, LATER))
                .isInstanceOf(RefusedMove.class).hasMessageContaining("unpaid");
        assertThat(purchase.shippingId()).isNull();
    }

    @Test
    void receiptsComeOnlyFromTheDesignatedShippingCompany() {
        Purchase purchase = at(PAID);

        assertThatThrownBy(() -> purchase.ship("another", "AP1", ShipmentStatus.ACCEPTED, true, LATER))
                .isInstanceOf(RefusedMove.class).hasMessageContaining("not designated");
        assertThat(purchase.status()).isEqualTo(PAID);
    }

    @Test
    void aSecondShipmentIsRefused() {
        Purchase purchase = at(SHIPPING_ACCEPTED);

        assertThatThrownBy(() -> purchase.ship("shipping", "AP2", ShipmentStatus.SHIPPED, true, LATER))
                .isInstanceOf(RefusedMove.class).hasMessageContaining("second shipment");
        assertThat(purchase.shippingId()).isEqualTo("AP1");
    }

    @Test
    void aLateReceiptDoesNotMoveTheShipmentBack() {
        Purchase purchase = at(PAID);
        purchase.ship("shipping", "AP1", ShipmentStatus.DELIVERED, true, LATER);

        assertThat(purchase.ship("shipping", "AP1", ShipmentStatus.SHIPPED, true, LATER.plusSeconds(1))).isEmpty();
        assertThat(purchase.ship("shipping", "AP1", ShipmentStatus.DELIVERED, true, LATER.plusSeconds(1))).isEmpty();

        assertThat(purchase.status()).isEqualTo(DELIVERED);
        assertThat(purchase.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anUnpaidPurchaseExpiresForTheBuyerOnly() {
        Purchase purchase = at(PAYMENT_DECLINED);
        Instant afterTheWindow = purchase.payableUntil().plusSeconds(1);

        assertThat(purchase.statusAt(afterTheWindow)).isEqualTo(EXPIRED);
        assertThat(purchase.status()).isEqualTo(PAYMENT_DECLINED);
        assertThat(at(PAID).statusAt(afterTheWindow)).isEqualTo(PAID);
        assertThat(EXPIRED.allowedMoves()).isEmpty();
    }

    @Test
    void paidAreTheStatusesFromPaymentOn() {
        assertThat(Arrays.stream(PurchaseStatus.values()).filter(PurchaseStatus::paid))
                .containsExactlyInAnyOrder(PAID, SHIPPING_ACCEPTED, IN_TRANSIT, DELIVERED, RETURNED);
    }

    @Test
    void eachShipmentStatusHasItsPurchaseStatus() {
        REPORTED_AS.forEach((status, shipment) -> assertThat(PurchaseStatus.of(shipment)).isEqualTo(status));
    }

    private static Purchase unpaid() {
        return new Purchase("v1.purchase", new Totals(990, "EUR", 1_000, 100, 200, 1), BOUGHT,
                BOUGHT.plus(Duration.ofHours(24)));
    }

    /** The buyer designates {@code creditCompany} and the test's shipping company, priced at {@link #TERMS}. */
    static void designate(Purchase purchase, String creditCompany, Instant now, Instant instructionsExpire) {
        purchase.designate(creditCompany, "shipping", () -> TERMS, now, instructionsExpire);
    }

    /** A purchase brought to {@code status} the way the mall brings one there, all at {@link #BOUGHT}. */
    private static Purchase at(PurchaseStatus status) {
        Purchase purchase = unpaid();
        designate(purchase, "credit", BOUGHT, INSTRUCTIONS_EXPIRE);
        if (status == PAYMENT_DECLINED) {
            purchase.decline("credit", "INSUFFICIENT_BALANCE", BOUGHT);
        } else if (status == CANCELLED) {
            purchase.cancel(RequestedBy.BUYER, BOUGHT);
        } else if (status != AWAITING_PAYMENT) {
            purchase.approve("credit", "v1.settled", BOUGHT);
            if (status != PAID) {
                purchase.ship("shipping", "AP1", REPORTED_AS.get(status), true, BOUGHT);
            }
        }
        assertThat(purchase.status()).isEqualTo(status);
        return purchase;
    }

    /** What a partner, the buyer or the operator does to bring a purchase to {@code status}, at {@link #LATER}. */
    private static void reportThat(Purchase purchase, PurchaseStatus status) {
        switch (status) {
            case PAID -> purchase.approve("credit", "v1.settled", LATER);
            case PAYMENT_DECLINED -> purchase.decline("credit", "INSUFFICIENT_BALANCE", LATER);
            case CANCELLED -> purchase.cancel(RequestedBy.OPERATOR, LATER);
            default -> purchase.ship("shipping", "AP1", REPORTED_AS.get(status), true, LATER);
        }
    }
}
