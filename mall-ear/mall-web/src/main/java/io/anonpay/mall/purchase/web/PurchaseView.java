package io.anonpay.mall.purchase.web;

import io.anonpay.common.contract.Money;
import io.anonpay.mall.purchase.entity.Payment;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry;
import io.anonpay.mall.purchase.entity.Purchase;

import java.time.Instant;
import java.util.List;

/**
 * A purchase as its buyer sees it. The settlement id is sealed: only the credit company can open it. The payment
 * is null until a credit company approved; its requests show what the mall asked, never the operator's reasons.
 */
public record PurchaseView(String purchaseId, String status, Money paymentSum, Volume shippingVolume,
                           int itemCount, String creditCompany, String settlementId, String declineReason,
                           String shippingCompany, String shippingId, Instant createdAt, Instant payableUntil,
                           PaymentView payment) {

    public record Volume(long cubicCentimeters, long weightGrams, long dimensionalWeightGrams) {
    }

    /** The payment as the credit company last reported it: held, captured, refunded, voided or expired. */
    public record PaymentView(String state, Money authorized, Money captured, Money refunded,
                              List<RequestView> requests) {

        static PaymentView from(Purchase p) {
            Payment payment = p.payment();
            if (!payment.exists()) {
                return null;
            }
            String currency = p.sum().currency();
            return new PaymentView(payment.state().name(), p.sum().toContract(),
                    Money.of(payment.capturedAmount(), currency), Money.of(payment.refundedAmount(), currency),
                    p.requests().stream().map(RequestView::from).toList());
        }
    }

    /** One request of the mall's to a credit company, as the buyer may see it. */
    public record RequestView(String action, Money amount, String status, String refusal) {

        static RequestView from(PaymentRequestEntry r) {
            return new RequestView(r.action().name(), r.amount().toContract(), r.status().name(),
                    r.refusal() == null ? null : r.refusal().name());
        }
    }

    public static PurchaseView from(Purchase p) {
        return new PurchaseView(p.purchaseId(), p.statusAt(Instant.now()).name(), p.sum().toContract(),
                new Volume(p.volumeCubicCm(), p.weightGrams(), p.dimensionalWeightGrams()), p.itemCount(),
                p.settledBy() != null ? p.settledBy() : p.creditCompany(), p.settlementId(), p.declineReason(),
                p.shippingCompany(), p.shippingId(), p.createdAt(), p.payableUntil(), PaymentView.from(p));
    }
}
