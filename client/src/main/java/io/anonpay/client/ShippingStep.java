package io.anonpay.client;

import jakarta.json.JsonObject;

import java.time.Duration;

/**
 * Shipping (claims 6-9, docs/claims.md): instructions from the mall once it knows the purchase is paid, the delivery address to the
 * shipping company they name, then waiting for the mall to hear the shipping receipt.
 */
final class ShippingStep {

    /** @param purchase the mall's view once it shows shipping accepted, or null when not waited for */
    record Shipped(JsonObject shipment, JsonObject purchase) {
    }

    private ShippingStep() {
    }

    /** @param shippingCompany null: the first company the mall lists */
    static Shipped ship(Terminal terminal, String purchaseId, String shippingCompany, Recipient recipient,
                        Duration wait) {
        Output output = terminal.output();
        String companyId = shippingCompany != null ? shippingCompany
                : JsonSupport.string(MallApi.company(terminal.mall().shippingCompanies(), null, "shipping"), "id");
        JsonObject issued = terminal.mall().shippingInstructions(purchaseId, companyId);
        String company = PaymentStep.companyName(issued, companyId);
        output.progress("Shipping with " + company + " ...");
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
}
