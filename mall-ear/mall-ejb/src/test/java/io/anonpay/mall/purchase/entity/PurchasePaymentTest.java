package io.anonpay.mall.purchase.entity;

import io.anonpay.common.contract.PaymentRequest.Action;
import io.anonpay.common.contract.PaymentState;
import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.PaymentUpdate.Event;
import io.anonpay.common.contract.PaymentUpdate.Refusal;
import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.mall.catalog.entity.Money;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry.RequestedBy;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.anonpay.mall.purchase.entity.PurchaseStatus.CANCELLED;
import static io.anonpay.mall.purchase.entity.PurchaseStatus.PAID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a purchase asks of the credit company that holds its money, and how it follows that company's answers. */
class PurchasePaymentTest {

    private static final long SUM = 990;
    private static final Instant BOUGHT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = BOUGHT.plusSeconds(60);

    @Test
    void anApprovalHoldsTheSum() {
        Purchase purchase = paid();

        assertThat(purchase.payment().state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(purchase.payment().held()).isTrue();
        assertThat(purchase.payment().capturedAmount()).isZero();
        assertThat(purchase.requests()).isEmpty();
    }

    @Test
    void anApprovalFromAnotherCompanyOfAPaidPurchaseIsVoidedThereAndLeavesThePaymentAlone() {
        Purchase purchase = paid();

        PaymentRequestEntry voided = only(purchase.approve("credit-two", "v1.twice", LATER));

        assertThat(voided.creditCompany()).isEqualTo("credit-two");
        assertThat(voided.action()).isEqualTo(Action.VOID);
        assertThat(purchase.settledBy()).isEqualTo("credit");
        assertThat(purchase.settlementId()).isEqualTo("v1.settled");
        assertThat(purchase.follow(update(purchase, voided, Event.VOIDED, PaymentState.VOIDED, 0, 0), LATER))
                .isEmpty();
        assertThat(voided.status()).isEqualTo(Status.APPLIED);
        assertThat(purchase.payment().state()).as("its own payment").isEqualTo(PaymentState.AUTHORIZED);
        assertThat(purchase.status()).isEqualTo(PAID);
    }

    @Test
    void anApprovalAfterACancellationIsRecordedAndVoidedOnce() {
        Purchase purchase = designated();
        assertThat(purchase.cancel(RequestedBy.BUYER, BOUGHT)).as("nothing to release yet").isEmpty();

        PaymentRequestEntry voided = only(purchase.approve("credit", "v1.late", LATER));

        assertThat(voided.creditCompany()).isEqualTo("credit");
        assertThat(voided.action()).isEqualTo(Action.VOID);
        assertThat(voided.amount().amount()).isEqualTo(SUM);
        assertThat(voided.requestedBy()).isEqualTo(RequestedBy.AUTOMATIC);
        assertThat(purchase.status()).isEqualTo(CANCELLED);
        assertThat(purchase.payment().state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(purchase.approve("credit", "v1.late", LATER.plusSeconds(1))).as("delivered again").isEmpty();
        assertThatThrownBy(() -> purchase.approve("credit", "v1.third", LATER)).isInstanceOf(RefusedMove.class)
                .hasMessageContaining("charged twice");
        purchase.follow(update(purchase, voided, Event.VOIDED, PaymentState.VOIDED, 0, 0), LATER);
        assertThat(purchase.payment().state()).isEqualTo(PaymentState.VOIDED);
        assertThat(purchase.requests()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ShipmentStatus.class)
    void theFirstReceiptWhateverItReportsCapturesTheWholeSumOnce(ShipmentStatus first) {
        Purchase purchase = paid();

        PaymentRequestEntry capture = only(purchase.ship("shipping", "AP1", first, false, LATER));

        assertThat(capture.action()).isEqualTo(Action.CAPTURE);
        assertThat(capture.creditCompany()).isEqualTo("credit");
        assertThat(capture.amount().amount()).isEqualTo(SUM);
        assertThat(capture.amount().currency()).isEqualTo("EUR");
        assertThat(capture.requestedBy()).isEqualTo(RequestedBy.AUTOMATIC);
        for (ShipmentStatus later : ShipmentStatus.values()) {
            assertThat(purchase.ship("shipping", "AP1", later, false, LATER.plusSeconds(1))).isEmpty();
        }
        assertThat(purchase.requests()).hasSize(1);
    }

    @Test
    void nothingIsCapturedWhenTheHoldIsGone() {
        Purchase purchase = paid();
        purchase.follow(expiry(purchase), LATER);

        assertThat(purchase.ship("shipping", "AP1", ShipmentStatus.ACCEPTED, true, LATER)).isEmpty();
        assertThat(purchase.status()).isEqualTo(PurchaseStatus.SHIPPING_ACCEPTED);
    }

    @Test
    void anUnpaidPurchaseIsCancelledWithoutARequest() {
        Purchase awaiting = designated();
        Purchase declined = designated();
        declined.decline("credit", "INSUFFICIENT_BALANCE", BOUGHT);

        assertThat(awaiting.cancel(RequestedBy.BUYER, LATER)).isEmpty();
        assertThat(declined.cancel(RequestedBy.OPERATOR, LATER)).isEmpty();

        assertThat(awaiting.status()).isEqualTo(CANCELLED);
        assertThat(declined.status()).isEqualTo(CANCELLED);
        assertThat(declined.decline("credit", "INSUFFICIENT_BALANCE", LATER)).as("a late decline").isFalse();
        assertThat(declined.status()).isEqualTo(CANCELLED);
    }

    @Test
    void aPaidPurchaseCancelledBeforeItShipsVoidsTheWholeSumOnce() {
        Purchase purchase = paid();

        PaymentRequestEntry voided = only(purchase.cancel(RequestedBy.OPERATOR, LATER));

        assertThat(voided.action()).isEqualTo(Action.VOID);
        assertThat(voided.amount().amount()).isEqualTo(SUM);
        assertThat(voided.creditCompany()).isEqualTo("credit");
        assertThat(voided.requestedBy()).isEqualTo(RequestedBy.OPERATOR);
        assertThat(purchase.status()).isEqualTo(CANCELLED);
        assertThat(purchase.cancel(RequestedBy.BUYER, LATER.plusSeconds(1))).as("cancelled again").isEmpty();
        assertThat(purchase.requests()).hasSize(1);
        assertThatThrownBy(() -> purchase.ship("shipping", "AP1", ShipmentStatus.ACCEPTED, true, LATER))
                .isInstanceOf(RefusedMove.class).hasMessageContaining("cancelled");
    }

    @ParameterizedTest
    @EnumSource(ShipmentStatus.class)
    void aShippedPurchaseIsNotCancelled(ShipmentStatus shipped) {
        Purchase purchase = paid();
        purchase.ship("shipping", "AP1", shipped, false, LATER);
        PurchaseStatus before = purchase.status();

        assertThatThrownBy(() -> purchase.cancel(RequestedBy.BUYER, LATER.plusSeconds(1)))
                .isInstanceOfSatisfying(RefusedMove.class,
                        refused -> assertThat(refused.rule()).isEqualTo(RefusedMove.Rule.ALREADY_SHIPPED));

        assertThat(purchase.status()).isEqualTo(before);
        assertThat(purchase.requests()).extracting(PaymentRequestEntry::action).containsExactly(Action.CAPTURE);
    }

    @Test
    void aRefundWaitsForTheConfirmedCapture() {
        Purchase purchase = paid();
        assertRefused(purchase, 100, "EUR", RefusedMove.Rule.NOT_CAPTURED);
        PaymentRequestEntry capture = only(purchase.ship("shipping", "AP1", ShipmentStatus.ACCEPTED, true, LATER));
        assertRefused(purchase, 100, "EUR", RefusedMove.Rule.NOT_CAPTURED);

        purchase.follow(update(purchase, capture, Event.CAPTURED, PaymentState.CAPTURED, SUM, 0), LATER);

        PaymentRequestEntry refund = purchase.refund(new Money(300, "EUR"), "scratched lid", LATER);
        assertThat(refund.action()).isEqualTo(Action.REFUND);
        assertThat(refund.amount().amount()).isEqualTo(300);
        assertThat(refund.reason()).isEqualTo("scratched lid");
        assertThat(refund.requestedBy()).isEqualTo(RequestedBy.OPERATOR);
        assertThat(refund.toContract("mall").toString()).doesNotContain("scratched");
        assertThat(capture.status()).isEqualTo(Status.APPLIED);
    }

    @Test
    void refundsStayWithinWhatRemainsCapturedCountingThoseOnTheirWay() {
        Purchase purchase = captured();
        assertRefused(purchase, SUM + 1, "EUR", RefusedMove.Rule.REFUND_EXCEEDS_CAPTURED);
        PaymentRequestEntry first = purchase.refund(new Money(600, "EUR"), "first", LATER);
        assertRefused(purchase, SUM - 600 + 1, "EUR", RefusedMove.Rule.REFUND_EXCEEDS_CAPTURED);

        purchase.follow(update(purchase, first, Event.REFUNDED, PaymentState.PARTIALLY_REFUNDED, SUM, 600), LATER);
        PaymentRequestEntry rest = purchase.refund(new Money(SUM - 600, "EUR"), "the rest", LATER);
        purchase.follow(update(purchase, rest, Event.REFUNDED, PaymentState.REFUNDED, SUM, SUM), LATER);

        assertThat(purchase.payment().state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(purchase.payment().refundedAmount()).isEqualTo(SUM);
        assertRefused(purchase, 1, "EUR", RefusedMove.Rule.REFUND_EXCEEDS_CAPTURED);
    }

    @Test
    void aRefundIsInThePurchasesCurrencyAndOfMoreThanZero() {
        Purchase purchase = captured();

        assertRefused(purchase, 100, "USD", RefusedMove.Rule.OTHER_CURRENCY);
        assertRefused(purchase, 0, "EUR", RefusedMove.Rule.NOT_POSITIVE);
        assertThat(purchase.requests()).hasSize(1);
    }

    @Test
    void updatesMirrorThePaymentOnlyForwardAndDuplicatesChangeNothing() {
        Purchase purchase = captured();
        PaymentRequestEntry first = purchase.refund(new Money(100, "EUR"), "a", LATER);
        PaymentRequestEntry second = purchase.refund(new Money(200, "EUR"), "b", LATER);
        PaymentUpdate secondDone = update(purchase, second, Event.REFUNDED, PaymentState.PARTIALLY_REFUNDED, SUM, 300);
        PaymentUpdate firstDone = update(purchase, first, Event.REFUNDED, PaymentState.PARTIALLY_REFUNDED, SUM, 100);

        purchase.follow(secondDone, LATER);
        purchase.follow(firstDone, LATER);
        purchase.follow(secondDone, LATER.plusSeconds(1));

        assertThat(purchase.payment().refundedAmount()).as("the later total stands").isEqualTo(300);
        assertThat(first.status()).isEqualTo(Status.APPLIED);
        assertThat(second.status()).isEqualTo(Status.APPLIED);
        assertThat(second.answeredAt()).isEqualTo(LATER);
        assertThat(purchase.payment().capturedAmount()).isEqualTo(SUM);
    }

    @Test
    void aRefusalIsRecordedAndChangesNothing() {
        Purchase purchase = captured();
        PaymentRequestEntry refund = purchase.refund(new Money(100, "EUR"), "a", LATER);

        purchase.follow(refusal(purchase, refund, Refusal.EXCEEDS_CAPTURED, PaymentState.CAPTURED, SUM, 0), LATER);

        assertThat(refund.status()).isEqualTo(Status.REFUSED);
        assertThat(refund.refusal()).isEqualTo(Refusal.EXCEEDS_CAPTURED);
        assertThat(purchase.payment().state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(purchase.payment().refundedAmount()).isZero();
        assertThatThrownBy(() -> purchase.follow(update(purchase, refund, Event.REFUNDED,
                PaymentState.PARTIALLY_REFUNDED, SUM, 100), LATER)).as("another answer to an answered request")
                .isInstanceOf(RefusedMove.class);
    }

    @Test
    void anUpdateIsHeardOnlyFromTheCompanyItsRequestWentToAndAsItsAnswer() {
        Purchase purchase = paid();
        PaymentRequestEntry capture = only(purchase.ship("shipping", "AP1", ShipmentStatus.ACCEPTED, true, LATER));
        PaymentUpdate right = update(purchase, capture, Event.CAPTURED, PaymentState.CAPTURED, SUM, 0);

        assertThatThrownBy(() -> purchase.follow(new PaymentUpdate(purchase.purchaseId(), capture.requestId(),
                Event.CAPTURED, right.amount(), right.captured(), right.refunded(), PaymentState.CAPTURED, null,
                "credit-two"), LATER)).isInstanceOf(RefusedMove.class).hasMessageContaining("went to credit");
        assertThatThrownBy(() -> purchase.follow(new PaymentUpdate(purchase.purchaseId(), "no-such-request",
                Event.CAPTURED, right.amount(), right.captured(), right.refunded(), PaymentState.CAPTURED, null,
                "credit"), LATER)).isInstanceOf(RefusedMove.class).hasMessageContaining("no request");
        assertThatThrownBy(() -> purchase.follow(new PaymentUpdate(purchase.purchaseId(), capture.requestId(),
                Event.VOIDED, right.amount(), right.refunded(), right.refunded(), PaymentState.VOIDED, null,
                "credit"), LATER)).isInstanceOf(RefusedMove.class).hasMessageContaining("answers the CAPTURE");
        assertThatThrownBy(() -> purchase.follow(new PaymentUpdate(purchase.purchaseId(), capture.requestId(),
                Event.CAPTURED, money(SUM - 1), money(SUM - 1), money(0), PaymentState.CAPTURED, null, "credit"),
                LATER)).isInstanceOf(RefusedMove.class).hasMessageContaining("another amount");
        assertThatThrownBy(() -> purchase.follow(new PaymentUpdate(purchase.purchaseId(), capture.requestId(),
                Event.CAPTURED, right.amount(), money(SUM + 1), money(0), PaymentState.CAPTURED, null, "credit"),
                LATER)).isInstanceOf(RefusedMove.class).hasMessageContaining("do not fit");
        assertThatThrownBy(() -> purchase.follow(new PaymentUpdate(purchase.purchaseId(), null, Event.EXPIRED,
                right.amount(), money(0), money(0), PaymentState.EXPIRED, null, "credit-two"), LATER))
                .isInstanceOf(RefusedMove.class).hasMessageContaining("holds no payment");

        assertThat(capture.inFlight()).isTrue();
        assertThat(purchase.payment().state()).isEqualTo(PaymentState.AUTHORIZED);
    }

    @Test
    void anExpiryMarksThePaymentExpiredAndEndsAPendingPayment() {
        Purchase purchase = paid();
        assertThat(purchase.paymentPendingUntil()).isNotNull();

        assertThat(purchase.follow(expiry(purchase), LATER)).isEmpty();

        assertThat(purchase.payment().state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(purchase.payment().held()).isFalse();
        assertThat(purchase.paymentPendingUntil()).isNull();
        assertThat(purchase.status()).isEqualTo(PAID);
        assertThat(purchase.cancel(RequestedBy.BUYER, LATER)).as("nothing is held to void").isEmpty();
        assertThat(purchase.status()).isEqualTo(CANCELLED);
    }

    @Test
    void aReturnedParcelIsRefundedInFullOnceTheCaptureIsConfirmed() {
        Purchase purchase = paid();
        PaymentRequestEntry capture = only(purchase.ship("shipping", "AP1", ShipmentStatus.RETURNED, true, LATER));
        assertThat(capture.action()).isEqualTo(Action.CAPTURE);
        assertThat(purchase.refundAwaitsCapture()).isTrue();

        PaymentUpdate captured = update(purchase, capture, Event.CAPTURED, PaymentState.CAPTURED, SUM, 0);
        PaymentRequestEntry refund = only(purchase.follow(captured, LATER));

        assertThat(refund.action()).isEqualTo(Action.REFUND);
        assertThat(refund.amount().amount()).isEqualTo(SUM);
        assertThat(refund.requestedBy()).isEqualTo(RequestedBy.AUTOMATIC);
        assertThat(refund.reason()).isNull();
        assertThat(purchase.refundAwaitsCapture()).isFalse();
        assertThat(purchase.follow(captured, LATER.plusSeconds(1))).as("the capture confirmed again").isEmpty();
        assertThat(purchase.requests()).hasSize(2);
    }

    @Test
    void aReturnAfterTheCaptureRefundsWhatRemainsAtOnce() {
        Purchase purchase = captured();
        PaymentRequestEntry partial = purchase.refund(new Money(200, "EUR"), "dent", LATER);
        purchase.follow(update(purchase, partial, Event.REFUNDED, PaymentState.PARTIALLY_REFUNDED, SUM, 200), LATER);
        purchase.refund(new Money(100, "EUR"), "on its way", LATER);

        PaymentRequestEntry rest = only(purchase.ship("shipping", "AP1", ShipmentStatus.RETURNED, true, LATER));

        assertThat(rest.action()).isEqualTo(Action.REFUND);
        assertThat(rest.amount().amount()).isEqualTo(SUM - 300);
        assertThat(purchase.refundAwaitsCapture()).isFalse();
    }

    @Test
    void noRefundOnReturnWhenSwitchedOff() {
        Purchase purchase = paid();
        PaymentRequestEntry capture = only(purchase.ship("shipping", "AP1", ShipmentStatus.RETURNED, false, LATER));

        assertThat(purchase.refundAwaitsCapture()).isFalse();
        assertThat(purchase.follow(update(purchase, capture, Event.CAPTURED, PaymentState.CAPTURED, SUM, 0), LATER))
                .isEmpty();
    }

    @Test
    void aWaitingRefundIsDroppedWhenTheCaptureFailsForGood() {
        Purchase purchase = paid();
        PaymentRequestEntry capture = only(purchase.ship("shipping", "AP1", ShipmentStatus.RETURNED, true, LATER));

        assertThat(purchase.follow(refusal(purchase, capture, Refusal.NOT_HELD, PaymentState.EXPIRED, 0, 0), LATER))
                .isEmpty();

        assertThat(purchase.payment().state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(purchase.refundAwaitsCapture()).isFalse();
        assertThat(capture.refusal()).isEqualTo(Refusal.NOT_HELD);
    }

    @Test
    void cancelledIsFinalAndShippedAreTheStatusesAfterAReceipt() {
        assertThat(CANCELLED.allowedMoves()).isEmpty();
        assertThat(CANCELLED.paid()).isFalse();
        assertThat(List.of(PurchaseStatus.values())).filteredOn(PurchaseStatus::shipped).containsExactlyInAnyOrder(
                PurchaseStatus.SHIPPING_ACCEPTED, PurchaseStatus.IN_TRANSIT, PurchaseStatus.DELIVERED,
                PurchaseStatus.RETURNED);
    }

    private static void assertRefused(Purchase purchase, long amount, String currency, RefusedMove.Rule rule) {
        int before = purchase.requests().size();
        assertThatThrownBy(() -> purchase.refund(new Money(amount, currency), "why", LATER))
                .isInstanceOfSatisfying(RefusedMove.class, refused -> assertThat(refused.rule()).isEqualTo(rule));
        assertThat(purchase.requests()).hasSize(before);
    }

    private static PaymentRequestEntry only(List<PaymentRequestEntry> asked) {
        assertThat(asked).hasSize(1);
        return asked.get(0);
    }

    private static Purchase designated() {
        Purchase purchase = new Purchase("v1.purchase", new Totals(SUM, "EUR", 1_000, 100, 200, 1), BOUGHT,
                BOUGHT.plus(Duration.ofHours(24)));
        PurchaseTest.designate(purchase, "credit", BOUGHT, BOUGHT.plus(Duration.ofMinutes(15)));
        return purchase;
    }

    private static Purchase paid() {
        Purchase purchase = designated();
        assertThat(purchase.approve("credit", "v1.settled", BOUGHT)).isEmpty();
        return purchase;
    }

    /** Shipped, and its capture confirmed. */
    private static Purchase captured() {
        Purchase purchase = paid();
        PaymentRequestEntry capture = only(purchase.ship("shipping", "AP1", ShipmentStatus.ACCEPTED, true, BOUGHT));
        purchase.follow(update(purchase, capture, Event.CAPTURED, PaymentState.CAPTURED, SUM, 0), BOUGHT);
        assertThat(purchase.payment().state()).isEqualTo(PaymentState.CAPTURED);
        return purchase;
    }

    private static PaymentUpdate update(Purchase purchase, PaymentRequestEntry request, Event event,
                                        PaymentState state, long captured, long refunded) {
        return new PaymentUpdate(purchase.purchaseId(), request.requestId(), event, request.amount().toContract(),
                money(captured), money(refunded), state, null, request.creditCompany());
    }

    private static PaymentUpdate refusal(Purchase purchase, PaymentRequestEntry request, Refusal refusal,
                                         PaymentState state, long captured, long refunded) {
        return new PaymentUpdate(purchase.purchaseId(), request.requestId(), Event.REFUSED,
                request.amount().toContract(), money(captured), money(refunded), state, refusal,
                request.creditCompany());
    }

    private static PaymentUpdate expiry(Purchase purchase) {
        return new PaymentUpdate(purchase.purchaseId(), null, Event.EXPIRED, money(SUM), money(0), money(0),
                PaymentState.EXPIRED, null, "credit");
    }

    private static io.anonpay.common.contract.Money money(long amount) {
        return io.anonpay.common.contract.Money.of(amount, "EUR");
    }
}
