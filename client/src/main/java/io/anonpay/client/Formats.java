package io.anonpay.client;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** How amounts, volumes and card numbers are shown to the buyer. */
final class Formats {

    private Formats() {
    }

    /** Minor units in the currency's own decimals: 2499 EUR → "EUR 24.99", 500 JPY → "JPY 500". */
    static String money(long amount, String currency) {
        Integer digits = fractionDigits(currency);
        if (digits == null) {
            return currency + " " + amount + " (minor units)";
        }
        return currency + " " + BigDecimal.valueOf(amount, digits).toPlainString();
    }

    /** {"amount":…,"currency":…} as money, or "?" when the server sent none. */
    static String money(JsonObject money) {
        String currency = JsonSupport.string(money, "currency");
        if (currency == null || !money.containsKey("amount")) {
            return "?";
        }
        return money(JsonSupport.number(money, "amount", 0), currency);
    }

    /** The mall's {cubicCentimeters, weightGrams, dimensionalWeightGrams}, or the shipping company's volume alone. */
    static String volume(JsonObject volume) {
        if (volume == null) {
            return "?";
        }
        StringBuilder text = new StringBuilder(grouped(JsonSupport.number(volume, "cubicCentimeters", 0)) + " cm3");
        long weight = JsonSupport.number(volume, "weightGrams", -1);
        if (weight >= 0) {
            text.append(", ").append(grouped(weight)).append(" g");
            long dimensional = JsonSupport.number(volume, "dimensionalWeightGrams", -1);
            if (dimensional > weight) {
                text.append(" (charged as ").append(grouped(dimensional)).append(" g by size)");
            }
        }
        return text.toString();
    }

    /** Only the last four digits are ever shown: "**** 4242". */
    static String maskedCard(String cardNumber) {
        String digits = cardNumber == null ? "" : cardNumber.replaceAll("\\D", "");
        return digits.length() < 4 ? "****" : "**** " + digits.substring(digits.length() - 4);
    }

    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static Integer fractionDigits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return Math.max(digits, 0);
        } catch (IllegalArgumentException | NullPointerException unknownCode) {
            return null;
        }
    }
}
