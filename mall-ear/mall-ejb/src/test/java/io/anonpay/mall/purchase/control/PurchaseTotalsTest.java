package io.anonpay.mall.purchase.control;

import io.anonpay.common.problem.ProblemException;
import io.anonpay.mall.catalog.entity.Money;
import io.anonpay.mall.catalog.entity.PackedSize;
import io.anonpay.mall.catalog.entity.Product;
import io.anonpay.mall.purchase.entity.Totals;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurchaseTotalsTest {

    private static Product product(String name, long price, String currency, int l, int w, int h, int grams) {
        return new Product(name, "", new Money(price, currency), new PackedSize(l, w, h, grams));
    }

    @Test
    void sumVolumeAndWeightsAddUpOverLinesAndQuantities() {
        Map<Product, Integer> lines = new LinkedHashMap<>();
        lines.put(product("Teapot", 2_499, "EUR", 30, 20, 10, 1_500), 2);
        lines.put(product("Kettle", 3_000, "EUR", 25, 25, 30, 1_200), 1);

        Totals totals = PurchaseTotals.of(lines);

        assertThat(totals.sumAmount()).isEqualTo(2 * 2_499 + 3_000);
        assertThat(totals.currency()).isEqualTo("EUR");
        assertThat(totals.volumeCubicCm()).isEqualTo(2 * 6_000 + 18_750);
        assertThat(totals.weightGrams()).isEqualTo(2 * 1_500 + 1_200);
        assertThat(totals.itemCount()).isEqualTo(3);
        // 30,750 cm³ at 5,000 cm³/kg = 6.15 kg, rounded up to the gram
        assertThat(totals.dimensionalWeightGrams()).isEqualTo(6_150);
    }

    @Test
    void dimensionalWeightRoundsUp() {
        Totals totals = PurchaseTotals.of(Map.of(product("Cube", 1, "EUR", 1, 1, 1, 1), 1));

        assertThat(totals.dimensionalWeightGrams()).isEqualTo(1);
    }

    @Test
    void mixedCurrenciesAreRefused() {
        Map<Product, Integer> lines = new LinkedHashMap<>();
        lines.put(product("Teapot", 100, "EUR", 1, 1, 1, 1), 1);
        lines.put(product("Yukata", 100, "JPY", 1, 1, 1, 1), 1);

        assertThatThrownBy(() -> PurchaseTotals.of(lines))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("same currency");
    }

    @Test
    void aSumThatWouldOverflowIsRefusedNotWrapped() {
        Map<Product, Integer> lines = Map.of(product("Diamond", Long.MAX_VALUE / 2, "EUR", 1, 1, 1, 1), 3);

        assertThatThrownBy(() -> PurchaseTotals.of(lines))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().type().toString()).endsWith("/sum-too-large"));
    }

    @Test
    void anEmptyPurchaseIsRefused() {
        assertThatThrownBy(() -> PurchaseTotals.of(Map.of())).isInstanceOf(ProblemException.class);
    }
}
