package io.anonpay.client;

import jakarta.json.JsonObject;

import java.time.Duration;

/**
 * Shipping (claims 6-9, docs/claims.md): instructions from the mall once it knows the purchase is paid, for the
 * shipping company the buyer designated with the payment, the delivery address to that company, then waiting for the
 * mall to hear the shipping receipt.
 */
final class ShippingStep {

    /** @param purchase the mall's view once it shows shipping accepted, or null when not waited for */
    record Shipped(JsonObject shipment, JsonObject purchase) {
    }

    private ShippingStep() {
    }

    /** @param shippingCompany null: the one designated with the payment */
    static Shipped ship(Terminal terminal, String purchaseId, String shippingCompany, Recipient recipient,
                        Duration wait) {
        Output output = terminal.output();
        String companyId = shippingCompany != null ? shippingCompany : designated(terminal, purchaseId);
        JsonObject issued = terminal.mall().shippingInstructions(purchaseId, companyId);
        String company = PaymentStep.companyName(issued, companyId);
        output.progress("Giving the delivery address to " + company + " ...");
        JsonObject shipment = terminal.companies().ship(
                Urls.fromServer(JsonSupport.required(issued, "api", "the mall"), "the mall"),
                JsonSupport.required(issued, "instructions", "the mall"), recipient, company);
        output.progress("  Tracking number: " + JsonSupport.string(shipment, "shippingId")
                + " (shipping fee " + Formats.money(JsonSupport.object(shipment, "fee")) + ").");
        if (wait.isZero()) {
            return new Shipped(shipment, null);
        }
        JsonObject seen = terminal.watch().until(purchaseId, PurchaseWatch.SHIPPING_ACCEPTED, wait,
                "the mall to see that the parcel was accepted");
        output.progress("  The mall shows the purchase as " + JsonSupport.string(seen, "status") + ".");
        return new Shipped(shipment, seen);
    }

    /** The shipping company the purchase was priced for; for a purchase that names none, the first listed. */
    private static String designated(Terminal terminal, String purchaseId) {
        String designated = JsonSupport.string(terminal.mall().purchase(purchaseId), "shippingCompany");
        return designated != null ? designated
                : JsonSupport.string(MallApi.company(terminal.mall().shippingCompanies(), null, "shipping"), "id");
    }
}
