package io.anonpay.client;

import jakarta.json.JsonObject;

/** A purchase as the mall shows it, in lines a buyer reads. */
final class PurchaseText {

    private PurchaseText() {
    }

    static void print(JsonObject purchase, Output output) {
        output.line("Purchase id:  " + JsonSupport.string(purchase, "purchaseId"));
        output.line("Status:       " + JsonSupport.string(purchase, "status") + " - " + meaning(purchase));
        output.line("Sum:          " + Formats.money(JsonSupport.object(purchase, "paymentSum")));
        JsonObject fee = JsonSupport.object(purchase, "shippingFee");
        if (fee != null) {
            String tariff = JsonSupport.string(purchase, "tariffVersion");
            output.line("Shipping fee: " + Formats.money(fee) + (tariff == null ? "" : " (tariff " + tariff + ")"));
            output.line("Total:        " + Formats.money(JsonSupport.object(purchase, "total")));
        }
        output.line("Volume:       " + Formats.volume(JsonSupport.object(purchase, "shippingVolume")));
        output.line("Items:        " + JsonSupport.number(purchase, "itemCount", 0));
        optional(output, "Credit:       ", JsonSupport.string(purchase, "creditCompany"));
        optional(output, "Declined:     ", JsonSupport.string(purchase, "declineReason"));
        if (purchase.get("payment") instanceof JsonObject payment) {
            output.line("Payment:      " + payment(payment));
        }
        optional(output, "Shipping:     ", JsonSupport.string(purchase, "shippingCompany"));
        optional(output, "Tracking no.: ", JsonSupport.string(purchase, "shippingId"));
        optional(output, "Created:      ", JsonSupport.string(purchase, "createdAt"));
        if (isAwaitingPayment(purchase)) {
            optional(output, "Pay until:    ", JsonSupport.string(purchase, "payableUntil"));
        }
    }

    /** A one-line summary for progress: "EUR 24.99, 6,000 cm3, 1,250 g". */
    static String summary(JsonObject purchase) {
        return Formats.money(JsonSupport.object(purchase, "paymentSum")) + ", "
                + Formats.volume(JsonSupport.object(purchase, "shippingVolume"));
    }

    static String meaning(JsonObject purchase) {
        String status = JsonSupport.string(purchase, "status");
        return switch (status == null ? "" : status) {
            case "AWAITING_PAYMENT" -> "not paid yet";
            case "PAYMENT_DECLINED" -> "the payment was declined";
            case "PAID" -> "paid; give the shipping company your address next";
            case "SHIPPING_ACCEPTED" -> "paid; the shipping company has accepted the parcel";
            case "IN_TRANSIT" -> "on its way";
            case "DELIVERED" -> "delivered";
            case "RETURNED" -> "returned to the mall";
            case "EXPIRED" -> "not paid in time; it can no longer be paid";
            case "CANCELLED" -> "cancelled; money held on the card is released";
            default -> "status unknown to this client";
        };
    }

    /** "CAPTURED (captured EUR 49.98, refunded EUR 10.00)": the money's state at the credit company. */
    static String payment(JsonObject payment) {
        String state = JsonSupport.string(payment, "state");
        String meaning = switch (state == null ? "" : state) {
            case "AUTHORIZED" -> "held on the card";
            case "CAPTURED" -> "charged";
            case "PARTIALLY_REFUNDED" -> "charged, partly refunded";
            case "REFUNDED" -> "refunded";
            case "VOIDED" -> "released, nothing charged";
            case "EXPIRED" -> "hold expired, nothing charged";
            default -> "state unknown to this client";
        };
        StringBuilder line = new StringBuilder(state + " - " + meaning);
        JsonObject captured = JsonSupport.object(payment, "captured");
        JsonObject refunded = JsonSupport.object(payment, "refunded");
        if (captured != null && JsonSupport.number(captured, "amount", 0) > 0) {
            line.append(" (captured ").append(Formats.money(captured));
            if (refunded != null && JsonSupport.number(refunded, "amount", 0) > 0) {
                line.append(", refunded ").append(Formats.money(refunded));
            }
            line.append(')');
        }
        return line.toString();
    }

    private static boolean isAwaitingPayment(JsonObject purchase) {
        String status = JsonSupport.string(purchase, "status");
        return "AWAITING_PAYMENT".equals(status) || "PAYMENT_DECLINED".equals(status);
    }

    private static void optional(Output output, String label, String value) {
        if (value != null) {
            output.line(label + value);
        }
    }
}
