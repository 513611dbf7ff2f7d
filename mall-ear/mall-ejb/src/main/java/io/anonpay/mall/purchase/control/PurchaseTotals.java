package io.anonpay.mall.purchase.control;

import io.anonpay.common.problem.ProblemException;
import io.anonpay.mall.catalog.entity.Product;
import io.anonpay.mall.purchase.entity.Totals;

import java.util.Map;

/**
 * Computes a purchase's payment sum and parcel from the mall's own catalog. Exact arithmetic: a sum that
 * would overflow is refused, never wrapped.
 */
public final class PurchaseTotals {

    /** Dimensional weight divisor: 5,000 cm³ count as one kilogram. */
    static final long CUBIC_CM_PER_KG = 5_000;

    private PurchaseTotals() {
    }

    public static Totals of(Map<Product, Integer> quantities) {
        if (quantities.isEmpty()) {
            throw ProblemException.invalid("empty-purchase", "a purchase needs at least one product");
        }
        String currency = null;
        long sum = 0;
        long dimensionalWeight;
        long volume = 0;
        long weight = 0;
        int items = 0;
        try {
            for (Map.Entry<Product, Integer> line : quantities.entrySet()) {
                Product product = line.getKey();
                int quantity = line.getValue();
                if (currency == null) {
                    currency = product.price().currency();
                } else if (!currency.equals(product.price().currency())) {
                    throw new ProblemException("mixed-currencies", "Mixed currencies", 422,
                            "all products of one purchase must be priced in the same currency; '"
                                    + product.name() + "' is in " + product.price().currency() + ", not " + currency);
                }
                sum = Math.addExact(sum, Math.multiplyExact(product.price().amount(), quantity));
                volume = Math.addExact(volume, Math.multiplyExact(product.size().volumeCubicCm(), quantity));
                weight = Math.addExact(weight, Math.multiplyExact((long) product.size().weightGrams(), quantity));
                items = Math.addExact(items, quantity);
            }
            dimensionalWeight = Math.floorDiv(Math.multiplyExact(volume, 1_000) + CUBIC_CM_PER_KG - 1, CUBIC_CM_PER_KG);
        } catch (ArithmeticException overflow) {
            throw new ProblemException("sum-too-large", "Sum too large", 422,
                    "the payment sum or the parcel of this purchase is too large to handle; buy fewer items");
        }
        return new Totals(sum, currency, volume, weight, dimensionalWeight, items);
    }
}
