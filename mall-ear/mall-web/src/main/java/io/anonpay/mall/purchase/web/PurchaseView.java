package io.anonpay.mall.purchase.web;

import io.anonpay.common.contract.Money;
import io.anonpay.mall.purchase.entity.Purchase;

import java.time.Instant;

/** A purchase as its buyer sees it. The settlement id is sealed: only the credit company can open it. */
public record PurchaseView(String purchaseId, String status, Money paymentSum, Volume shippingVolume,
                           int itemCount, String creditCompany, String settlementId, String declineReason,
                           String shippingCompany, String shippingId, Instant createdAt, Instant payableUntil) {

    public record Volume(long cubicCentimeters, long weightGrams, long dimensionalWeightGrams) {
    }

    public static PurchaseView from(Purchase p) {
        return new PurchaseView(p.purchaseId(), p.statusAt(Instant.now()).name(), p.sum().toContract(),
                new Volume(p.volumeCubicCm(), p.weightGrams(), p.dimensionalWeightGrams()), p.itemCount(),
                p.settledBy() != null ? p.settledBy() : p.creditCompany(), p.settlementId(), p.declineReason(),
                p.shippingCompany(), p.shippingId(), p.createdAt(), p.payableUntil());
    }
}
