package io.anonpay.mall.purchase.web;

import io.anonpay.common.contract.Money;
import io.anonpay.mall.purchase.entity.Payment;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry;
import io.anonpay.mall.purchase.entity.Purchase;
import io.anonpay.mall.purchase.entity.ShippingTerms;

import java.time.Instant;
import java.util.List;

/**
 * A purchase as its buyer sees it. The settlement id is sealed: only the credit company can open it. The shipping
 * fee, its tariff version and the total (sum and fee, what the card holds) are null until the buyer designated a
 * shipping company. The payment is null until a credit company approved; its requests show what the mall asked,
 * never the operator's reasons.
 */
public record PurchaseView(String purchaseId, String status, Money paymentSum, Money shippingFee, Money total,
                           Volume shippingVolume, int itemCount, String creditCompany, String settlementId,
                           String declineReason, String shippingCompany, String tariffVersion, String shippingId,
                           Instant createdAt, Instant payableUntil, PaymentView payment) {

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
        ShippingTerms terms = p.shippingTerms();
        Money sum = p.sum().toContract();
        Money fee = terms == null ? null : terms.fee().toContract();
        return new PurchaseView(p.purchaseId(), p.statusAt(Instant.now()).name(), sum, fee,
                fee == null ? null : sum.plus(fee),
                new Volume(p.volumeCubicCm(), p.weightGrams(), p.dimensionalWeightGrams()), p.itemCount(),
                p.settledBy() != null ? p.settledBy() : p.creditCompany(), p.settlementId(), p.declineReason(),
                p.shippingCompany(), terms == null ? null : terms.tariffVersion(), p.shippingId(), p.createdAt(),
                p.payableUntil(), PaymentView.from(p));
    }
}
