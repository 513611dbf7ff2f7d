package io.anonpay.common.contract;

import java.time.Instant;

/** Sample messages as the parties would write them. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private Fixtures() {
    }

    static final Tariff TARIFF = new Tariff("shipping", "EUR", 390, 110, 5000, 1, 2_000_000);

    static PaymentInstructions paymentInstructions() {
        return new PaymentInstructions("v1.kid.sealed-purchase", Money.of(5997, "EUR"), "shipping",
                new ShippingVolume(2400), TARIFF.fee(new ShippingVolume(2400)), TARIFF.version(), "mall", "credit",
                "https://mall.example/purchases/1", NOW.plusSeconds(900));
    }

    static ShippingInstructions shippingInstructions() {
        return new ShippingInstructions("v1.kid.sealed-purchase", Money.of(5997, "EUR"), new ShippingVolume(2400),
                TARIFF.fee(new ShippingVolume(2400)), TARIFF.version(), "mall", "shipping", "credit",
                "https://mall.example/purchases/1", NOW.plusSeconds(900));
    }

    static FeeClaim feeClaim() {
        return new FeeClaim("v1.kid.sealed-purchase", Money.of(500, "EUR"), "v1.kid.sealed-recipient-name",
                "shipping", "credit");
    }

    static SettlementResult approved() {
        return SettlementResult.approved("v1.kid.sealed-purchase", "v1.kid.sealed-settlement", Money.of(5997, "EUR"), "credit");
    }

    static SettlementResult declined() {
        return SettlementResult.declined("v1.kid.sealed-purchase", Money.of(5997, "EUR"),
                SettlementResult.DeclineReason.INSUFFICIENT_BALANCE, "credit");
    }

    static PaymentRequest refundRequest() {
        return new PaymentRequest("2f1c3c4e-8d7a-4e7b-9a55-0b7e1d2c3f40", "v1.kid.sealed-purchase",
                PaymentRequest.Action.REFUND, Money.of(1999, "EUR"), "mall", "credit");
    }

    static PaymentUpdate refunded() {
        return new PaymentUpdate("v1.kid.sealed-purchase", "2f1c3c4e-8d7a-4e7b-9a55-0b7e1d2c3f40",
                PaymentUpdate.Event.REFUNDED, Money.of(1999, "EUR"), Money.of(5997, "EUR"), Money.of(1999, "EUR"),
                PaymentState.PARTIALLY_REFUNDED, null, "credit");
    }

    static PaymentUpdate expired() {
        return new PaymentUpdate("v1.kid.sealed-purchase", null, PaymentUpdate.Event.EXPIRED, Money.of(5997, "EUR"),
                Money.of(0, "EUR"), Money.of(0, "EUR"), PaymentState.EXPIRED, null, "credit");
    }

    static PaymentUpdate refused() {
        return new PaymentUpdate("v1.kid.sealed-purchase", "2f1c3c4e-8d7a-4e7b-9a55-0b7e1d2c3f40",
                PaymentUpdate.Event.REFUSED, Money.of(9999, "EUR"), Money.of(5997, "EUR"), Money.of(0, "EUR"),
                PaymentState.CAPTURED, PaymentUpdate.Refusal.EXCEEDS_CAPTURED, "credit");
    }

    static ShippingReceipt receipt() {
        return new ShippingReceipt("v1.kid.sealed-purchase", "S-000123", ShipmentStatus.ACCEPTED, "shipping");
    }
}
