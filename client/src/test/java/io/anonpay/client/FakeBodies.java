package io.anonpay.client;

/** Canned bodies shaped like the servers' records (ProductView, PurchaseView, IssuedInstructions, ...). */
final class FakeBodies {

    static final String PASSWORD = "correct horse battery";
    static final String CARD = "4000 0012 3456 7899";

    private FakeBodies() {
    }

    static String products() {
        return """
                [{"id":3,"name":"Tea pot","description":"Cast iron, 1 l","price":{"amount":2499,"currency":"EUR"},
                  "size":{"lengthCm":20,"widthCm":15,"heightCm":20,"weightGrams":1250}},
                 {"id":5,"name":"Tea cup","description":"Porcelain","price":{"amount":450,"currency":"EUR"},
                  "size":{"lengthCm":10,"widthCm":10,"heightCm":8,"weightGrams":200}}]""";
    }

    static String companies(String id, String name, String base) {
        return """
                [{"id":"%s","name":"%s","site":"%s/%s","keys":{"keys":[]}},
                 {"id":"%s-2","name":"Other","site":"%s/%s-2","keys":null}]"""
                .formatted(id, name, base, id, id, base, id);
    }

    static final String TARIFF_VERSION = "tAbCdEfGhIjKlMnOp";

    /** @param shippingCompany the one the purchase is priced for (at a fee of EUR 4.90), or null */
    static String purchase(String status, String shippingCompany) {
        boolean shipping = "SHIPPING_ACCEPTED".equals(status);
        String payment = switch (status) {
            case "PAID" -> payment("AUTHORIZED", 0);
            case "SHIPPING_ACCEPTED" -> payment("CAPTURED", 4998);
            case "CANCELLED" -> payment("VOIDED", 0);
            default -> "null";
        };
        String priced = shippingCompany == null ? "" : """
                "shippingCompany":"%s","shippingFee":{"amount":490,"currency":"EUR"},\
                "total":{"amount":5488,"currency":"EUR"},"tariffVersion":"%s","""
                .formatted(shippingCompany, TARIFF_VERSION);
        return """
                {"purchaseId":"%s","status":"%s","payment":%s,"paymentSum":{"amount":4998,"currency":"EUR"},
                 "shippingVolume":{"cubicCentimeters":12000,"weightGrams":2500,"dimensionalWeightGrams":2400},
                 "itemCount":2,"creditCompany":"credit","settlementId":null,"declineReason":null,%s
                 "shippingId":%s,"createdAt":"2025-01-01T12:00:00Z","payableUntil":"2025-01-02T12:00:00Z"}"""
                .formatted(FakeAnonpay.PURCHASE_ID, status, payment, priced,
                        shipping ? "\"" + FakeAnonpay.TRACKING_NUMBER + "\"" : "null");
    }

    private static String payment(String state, long captured) {
        return """
                {"state":"%s","authorized":{"amount":4998,"currency":"EUR"},\
                "captured":{"amount":%d,"currency":"EUR"},"refunded":{"amount":0,"currency":"EUR"},"requests":[]}"""
                .formatted(state, captured);
    }

    static String instructions(String company, String name, String api) {
        return """
                {"company":"%s","companyName":"%s","instructions":"eyJhbGciOiJFZERTQSJ9.eyJ9.c2ln",
                 "expiresAt":"2025-01-01T12:15:00Z","page":"%s","api":"%s"}"""
                .formatted(company, name, api.replace("/api/", "/") + ".html", api);
    }

    /** Instructions for the credit company, with the shipping they price: a fee of EUR 4.90 on EUR 49.98. */
    static String paymentInstructions(String company, String api, String shippingCompany) {
        return """
                {"company":"%s","companyName":"Example Credit","instructions":"eyJhbGciOiJFZERTQSJ9.eyJ9.c2ln",
                 "expiresAt":"2025-01-01T12:15:00Z","page":"%s","api":"%s",
                 "shipping":{"company":"%s","companyName":"Example Shipping",
                             "fee":{"amount":490,"currency":"EUR"},"tariffVersion":"%s"},
                 "total":{"amount":5488,"currency":"EUR"}}"""
                .formatted(company, api.replace("/api/", "/") + ".html", api, shippingCompany, TARIFF_VERSION);
    }

    static String approved() {
        return settlement("APPROVED", null, "MATCHED", true, null, "Payment approved.");
    }

    static String declinedForBalance() {
        return settlement("DECLINED", "INSUFFICIENT_BALANCE", "MATCHED", true, null,
                "Payment declined: the card's balance is too low.");
    }

    /** What a payment session's payment answers: no password was checked in it. */
    static String approvedInSession() {
        return settlement("APPROVED", null, "NOT_CHECKED", true, null, "Payment approved.");
    }

    static String wrongPassword() {
        return settlement("DECLINED", "CARD_REJECTED", "NOT_MATCHED", false, 4,
                "Card number or password not recognised. Check both and try again.");
    }

    /** As the credit company writes it: an answer that checked no password (NOT_CHECKED) leaves passwordMatched out. */
    private static String settlement(String outcome, String reason, String passwordCheck, boolean finalOutcome,
                                     Integer attemptsLeft, String message) {
        String matched = passwordCheck.equals("NOT_CHECKED") ? ""
                : "\"passwordMatched\":" + passwordCheck.equals("MATCHED") + ",";
        return """
                {"purchaseId":"%s","outcome":"%s","declineReason":%s,"passwordCheck":"%s",%s
                 "paymentSum":{"amount":4998,"currency":"EUR"},"finalOutcome":%s,"repeated":false,
                 "settledAt":null,"attemptsLeft":%s,"lockedUntil":null,"returnUrl":"http://mall/purchase.html",
                 "message":"%s"}"""
                .formatted(FakeAnonpay.PURCHASE_ID, outcome, reason == null ? "null" : "\"" + reason + "\"",
                        passwordCheck, matched, finalOutcome, attemptsLeft, message);
    }

    static String acceptedShipment(String shippingId) {
        return """
                {"shippingId":"%s","status":"ACCEPTED","shippingVolume":{"cubicCentimeters":12000},
                 "paymentSum":{"amount":4998,"currency":"EUR"},"fee":{"amount":490,"currency":"EUR"},
                 "returnUrl":"http://mall/purchase.html"}""".formatted(shippingId);
    }

    static String shipmentView(String shippingId) {
        return """
                {"shippingId":"%s","status":"IN_TRANSIT","statusChangedAt":"2025-01-01T13:00:00Z",
                 "shippingVolume":{"cubicCentimeters":12000},"paymentSum":{"amount":4998,"currency":"EUR"},
                 "fee":{"amount":490,"currency":"EUR"}}""".formatted(shippingId);
    }

    static String problem(String slug, String title, int status, String detail) {
        return """
                {"type":"https://anonpay.io/problems/%s","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(slug, title, status, detail);
    }
}
