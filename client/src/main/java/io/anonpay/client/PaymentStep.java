package io.anonpay.client;

import jakarta.json.JsonObject;

import java.time.Duration;

/**
 * Paying (claims 3-6, docs/claims.md): instructions from the mall for the credit company and the shipping company the
 * buyer designates (the mall prices the shipping then), card and password to the credit company it names, then, once
 * the outcome is final, waiting for the mall to hear it over JMS.
 */
final class PaymentStep {

    /**
     * @param purchase        the mall's view after the outcome reached it, or null when not waited for
     * @param shippingCompany the id of the shipping company the purchase is priced for
     */
    record Paid(JsonObject settlement, JsonObject purchase, int exitCode, String shippingCompany) {
    }

    private PaymentStep() {
    }

    /**
     * @param creditCompany   null: the first credit company the mall lists
     * @param shippingCompany null: the first shipping company the mall lists
     */
    static Paid pay(Terminal terminal, String purchaseId, String creditCompany, String shippingCompany,
                    CardOptions card, String password, Duration wait) {
        Output output = terminal.output();
        String companyId = creditCompany != null ? creditCompany
                : JsonSupport.string(MallApi.company(terminal.mall().creditCompanies(), null, "credit"), "id");
        String shippingId = shippingCompany != null ? shippingCompany
                : JsonSupport.string(MallApi.company(terminal.mall().shippingCompanies(), null, "shipping"), "id");
        JsonObject issued = terminal.mall().paymentInstructions(purchaseId, companyId, shippingId);
        String company = companyName(issued, companyId);
        String priced = pricedShipping(issued, shippingId);
        if (priced != null) {
            output.progress(priced);
        }
        output.progress("Paying at " + company + " with card " + card.masked() + " ...");
        JsonObject settlement = terminal.companies().settle(
                Urls.fromServer(JsonSupport.required(issued, "api", "the mall"), "the mall"),
                JsonSupport.required(issued, "instructions", "the mall"), card.cardNumber, password, company);
        output.progress("  Password check: " + passwordCheck(settlement));
        boolean approved = "APPROVED".equals(JsonSupport.string(settlement, "outcome"));
        output.progress(approved ? "  Payment approved: " + approvedSum(settlement, issued) + "."
                : "  Payment declined (" + JsonSupport.string(settlement, "declineReason") + "): "
                        + JsonSupport.string(settlement, "message"));
        if (!JsonSupport.bool(settlement, "finalOutcome")) {
            output.progress("  Nothing was charged and the purchase is still open: you may pay again with "
                    + "'anonpay-client pay <purchase id>' (the right password, or another card).");
            return new Paid(settlement, null, ExitCodes.REFUSED, shippingId);
        }
        if (wait.isZero()) {
            return new Paid(settlement, null, approved ? ExitCodes.OK : ExitCodes.REFUSED, shippingId);
        }
        JsonObject seen = terminal.watch().until(purchaseId, PurchaseWatch.PAYMENT_SETTLED, wait,
                "the mall to see the payment");
        String status = JsonSupport.string(seen, "status");
        output.progress("  The mall shows the purchase as " + status + ".");
        boolean paid = approved && PurchaseWatch.PAID.contains(status);
        return new Paid(settlement, seen, paid ? ExitCodes.OK : ExitCodes.REFUSED, shippingId);
    }

    /**
     * "Shipping with Example Shipping (shipping): fee EUR 4.90; total EUR 54.88.": what the buyer pays for shipping
     * and in all, as the mall priced it; null from a mall that sends no price.
     */
    static String pricedShipping(JsonObject issued, String fallback) {
        JsonObject shipping = JsonSupport.object(issued, "shipping");
        JsonObject total = JsonSupport.object(issued, "total");
        if (shipping == null || total == null) {
            return null;
        }
        return "Shipping with " + companyName(shipping, fallback) + ": fee "
                + Formats.money(JsonSupport.object(shipping, "fee")) + "; total " + Formats.money(total) + ".";
    }

    /**
     * "EUR 31.09 (goods EUR 24.99, shipping EUR 6.10)": what the card holds, the goods the credit company approved and
     * the fee the mall priced; the goods alone from a mall that sends no price.
     */
    static String approvedSum(JsonObject settlement, JsonObject issued) {
        String goods = Formats.money(JsonSupport.object(settlement, "paymentSum"));
        JsonObject shipping = JsonSupport.object(issued, "shipping");
        JsonObject total = JsonSupport.object(issued, "total");
        if (shipping == null || total == null) {
            return goods;
        }
        return Formats.money(total) + " (goods " + goods + ", shipping " + Formats.money(JsonSupport.object(shipping,
                "fee")) + ")";
    }

    /**
     * Claim 5: the buyer learns whether the password matched; the credit company does not say which was wrong.
     * {@code passwordCheck} tells the three cases apart; a server older than it only sends {@code passwordMatched}.
     */
    static String passwordCheck(JsonObject settlement) {
        boolean locked = "CARD_LOCKED".equals(JsonSupport.string(settlement, "declineReason"));
        String until = JsonSupport.string(settlement, "lockedUntil");
        String lockedUntil = "locked" + (until == null ? "." : " until " + until + ".");
        String check = JsonSupport.string(settlement, "passwordCheck");
        if (check == null) { // a server older than passwordCheck: a locked card compared no password
            check = JsonSupport.bool(settlement, "passwordMatched") ? "MATCHED" : locked ? "NOT_CHECKED" : "NOT_MATCHED";
        }
        if ("MATCHED".equals(check)) {
            return "the password matched.";
        }
        if ("NOT_CHECKED".equals(check)) {
            return locked ? "not checked: the card is " + lockedUntil
                    : "not checked: no password was given in this payment (a payment session paid).";
        }
        if (locked) {
            return "card number or password not recognised; the card is now " + lockedUntil;
        }
        Integer attemptsLeft = JsonSupport.integerOrNull(settlement, "attemptsLeft");
        return "card number or password not recognised"
                + (attemptsLeft == null ? "." : " (" + attemptsLeft + " more wrong attempts lock the card).");
    }

    static String companyName(JsonObject issued, String fallback) {
        String name = JsonSupport.string(issued, "companyName");
        String id = JsonSupport.string(issued, "company");
        return name == null ? fallback : name + " (" + (id == null ? fallback : id) + ")";
    }
}
