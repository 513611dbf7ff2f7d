package io.anonpay.common.contract;

import io.anonpay.common.crypto.sign.VerifiedToken;
import io.anonpay.common.json.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

/**
 * Each record's fields as JWS claims and back. Who issued a message, for whom and until when are
 * the registered claims iss, aud and exp, never repeated in the body, so they cannot disagree.
 */
final class ContractClaims {

    private ContractClaims() {
    }

    static JsonObject body(PaymentInstructions m) {
        return Jsonp.object()
                .add("purchaseId", m.purchaseId())
                .add("paymentSum", money(m.paymentSum()))
                .add("shippingCompany", m.shippingCompany())
                .add("shippingVolume", volume(m.shippingVolume()))
                .add("shippingFee", money(m.shippingFee()))
                .add("tariffVersion", m.tariffVersion())
                .add("returnUrl", m.returnUrl())
                .build();
    }

    static PaymentInstructions paymentInstructions(VerifiedToken t) {
        JsonObject c = t.claims();
        return new PaymentInstructions(text(c, "purchaseId"), money(c, "paymentSum"), text(c, "shippingCompany"),
                volume(c), money(c, "shippingFee"), text(c, "tariffVersion"), t.issuer(), t.audience(),
                text(c, "returnUrl"), t.expiresAt());
    }

    static JsonObject body(ShippingInstructions m) {
        return Jsonp.object()
                .add("purchaseId", m.purchaseId())
                .add("paymentSum", money(m.paymentSum()))
                .add("shippingVolume", volume(m.shippingVolume()))
                .add("shippingFee", money(m.shippingFee()))
                .add("tariffVersion", m.tariffVersion())
                .add("creditCompany", m.creditCompany())
                .add("returnUrl", m.returnUrl())
                .build();
    }

    static ShippingInstructions shippingInstructions(VerifiedToken t) {
        JsonObject c = t.claims();
        return new ShippingInstructions(text(c, "purchaseId"), money(c, "paymentSum"), volume(c),
                money(c, "shippingFee"), text(c, "tariffVersion"), t.issuer(), t.audience(), text(c, "creditCompany"),
                text(c, "returnUrl"), t.expiresAt());
    }

    static JsonObject body(SettlementResult m) {
        JsonObjectBuilder body = Jsonp.object()
                .add("purchaseId", m.purchaseId())
                .add("paymentSum", money(m.paymentSum()))
                .add("outcome", m.outcome().name());
        if (m.settlementId() != null) {
            body.add("settlementId", m.settlementId());
        }
        if (m.declineReason() != null) {
            body.add("declineReason", m.declineReason().name());
        }
        return body.build();
    }

    static SettlementResult settlementResult(VerifiedToken t) {
        JsonObject c = t.claims();
        String declineReason = optionalText(c, "declineReason");
        return new SettlementResult(text(c, "purchaseId"), optionalText(c, "settlementId"), money(c, "paymentSum"),
                SettlementResult.Outcome.valueOf(text(c, "outcome")),
                declineReason == null ? null : SettlementResult.DeclineReason.valueOf(declineReason), t.issuer());
    }

    static JsonObject body(ShippingReceipt m) {
        return Jsonp.object()
                .add("purchaseId", m.purchaseId())
                .add("shippingId", m.shippingId())
                .add("status", m.status().name())
                .build();
    }

    static ShippingReceipt shippingReceipt(VerifiedToken t) {
        JsonObject c = t.claims();
        return new ShippingReceipt(text(c, "purchaseId"), text(c, "shippingId"),
                ShipmentStatus.valueOf(text(c, "status")), t.issuer());
    }

    static JsonObject body(PaymentRequest m) {
        return Jsonp.object()
                .add("requestId", m.requestId())
                .add("purchaseId", m.purchaseId())
                .add("action", m.action().name())
                .add("amount", money(m.amount()))
                .build();
    }

    static PaymentRequest paymentRequest(VerifiedToken t) {
        JsonObject c = t.claims();
        return new PaymentRequest(text(c, "requestId"), text(c, "purchaseId"),
                PaymentRequest.Action.valueOf(text(c, "action")), money(c, "amount"), t.issuer(), t.audience());
    }

    static JsonObject body(PaymentUpdate m) {
        JsonObjectBuilder body = Jsonp.object()
                .add("purchaseId", m.purchaseId())
                .add("event", m.event().name())
                .add("amount", money(m.amount()))
                .add("captured", money(m.captured()))
                .add("refunded", money(m.refunded()))
                .add("state", m.state().name());
        if (m.requestId() != null) {
            body.add("requestId", m.requestId());
        }
        if (m.refusal() != null) {
            body.add("refusal", m.refusal().name());
        }
        return body.build();
    }

    static PaymentUpdate paymentUpdate(VerifiedToken t) {
        JsonObject c = t.claims();
        String refusal = optionalText(c, "refusal");
        return new PaymentUpdate(text(c, "purchaseId"), optionalText(c, "requestId"),
                PaymentUpdate.Event.valueOf(text(c, "event")), money(c, "amount"), money(c, "captured"),
                money(c, "refunded"), PaymentState.valueOf(text(c, "state")),
                refusal == null ? null : PaymentUpdate.Refusal.valueOf(refusal), t.issuer());
    }

    static JsonObject body(Tariff m) {
        return Jsonp.object()
                .add("version", m.version())
                .add("currency", m.currency())
                .add("baseFee", m.baseFee())
                .add("perKilogram", m.perKilogram())
                .add("cubicCentimetersPerKilogram", m.cubicCentimetersPerKilogram())
                .add("minimumKilograms", m.minimumKilograms())
                .add("maximumCubicCentimeters", m.maximumCubicCentimeters())
                .build();
    }

    /** The terms as signed; a version claim that is not the terms' own is a broken tariff. */
    static Tariff tariff(VerifiedToken t) {
        JsonObject c = t.claims();
        Tariff tariff = new Tariff(t.issuer(), text(c, "currency"), number(c, "baseFee"), number(c, "perKilogram"),
                number(c, "cubicCentimetersPerKilogram"), number(c, "minimumKilograms"),
                number(c, "maximumCubicCentimeters"));
        if (!tariff.version().equals(text(c, "version"))) {
            throw new InvalidContractException("version", "is not the version of the signed terms");
        }
        return tariff;
    }

    static JsonObject body(FeeClaim m) {
        return Jsonp.object()
                .add("purchaseId", m.purchaseId())
                .add("fee", money(m.fee()))
                .add("settlementId", m.settlementId())
                .build();
    }

    static FeeClaim feeClaim(VerifiedToken t) {
        JsonObject c = t.claims();
        return new FeeClaim(text(c, "purchaseId"), money(c, "fee"), text(c, "settlementId"), t.issuer(),
                t.audience());
    }

    private static JsonObjectBuilder volume(ShippingVolume volume) {
        return Jsonp.object().add("cubicCentimeters", volume.cubicCentimeters());
    }

    private static ShippingVolume volume(JsonObject claims) {
        return new ShippingVolume(number(claims.getJsonObject("shippingVolume"), "cubicCentimeters"));
    }

    private static JsonObjectBuilder money(Money money) {
        return Jsonp.object().add("amount", money.amount()).add("currency", money.currency());
    }

    private static Money money(JsonObject claims, String name) {
        JsonObject money = claims.getJsonObject(name);
        if (money == null) {
            throw new InvalidContractException(name, "is required");
        }
        return new Money(number(money, "amount"), text(money, "currency"));
    }

    private static String text(JsonObject json, String name) {
        String value = optionalText(json, name);
        if (value == null) {
            throw new InvalidContractException(name, "is required");
        }
        return value;
    }

    private static String optionalText(JsonObject json, String name) {
        return json.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static long number(JsonObject json, String name) {
        if (json == null || !(json.get(name) instanceof JsonNumber number)) {
            throw new InvalidContractException(name, "must be a whole number");
        }
        return number.longValueExact();
    }
}
