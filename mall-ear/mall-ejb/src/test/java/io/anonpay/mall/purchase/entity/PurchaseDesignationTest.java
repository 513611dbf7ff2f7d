package io.anonpay.mall.purchase.entity;

import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.mall.catalog.entity.Money;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry.RequestedBy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The buyer designates the credit and the shipping company before paying, and the fee is fixed then (claim 6). */
class PurchaseDesignationTest {

    private static final Instant BOUGHT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = BOUGHT.plusSeconds(60);
    private static final Instant EXPIRE = BOUGHT.plus(Duration.ofMinutes(15));
    private static final ShippingTerms FIRST = new ShippingTerms("shipping", new Money(720, "EUR"), "tAbCdEfGhIjKlMnOp");
    private static final ShippingTerms OTHER = new ShippingTerms("shipping-two", new Money(990, "EUR"),
            "tZyXwVuTsRqPoNmLk");

    /** Pricing that must not happen. */
    private static final Supplier<ShippingTerms> NOT_ASKED = () -> {
        throw new AssertionError("the purchase was priced again");
    };

    @Test
    void theFirstDesignationFixesTheFeeOfThatShippingCompany() {
        Purchase purchase = unpaid();
        AtomicInteger asked = new AtomicInteger();

        purchase.designate("credit", "shipping", () -> {
            asked.incrementAndGet();
            return FIRST;
        }, BOUGHT, EXPIRE);

        assertThat(asked).hasValue(1);
        assertThat(purchase.creditCompany()).isEqualTo("credit");
        assertThat(purchase.shippingCompany()).isEqualTo("shipping");
        assertThat(purchase.shippingTerms()).isEqualTo(FIRST);
        assertThat(purchase.paymentPendingUntil()).isEqualTo(EXPIRE.plus(Purchase.RESULTS_IN_FLIGHT));
    }

    @Test
    void theSameShippingCompanyAgainKeepsTheFeeWhateverItPublishesLater() {
        Purchase purchase = designated();

        purchase.designate("credit", "shipping", NOT_ASKED, LATER, LATER.plusSeconds(900));

        assertThat(purchase.shippingTerms()).isEqualTo(FIRST);
        assertThat(purchase.paymentPendingUntil()).isEqualTo(LATER.plusSeconds(900).plus(Purchase.RESULTS_IN_FLIGHT));
    }

    @Test
    void anotherShippingCompanyIsRefusedWhileAPaymentMayBePendingAndNothingChanges() {
        Purchase purchase = designated();
        Instant pendingUntil = purchase.paymentPendingUntil();

        assertThatThrownBy(() -> purchase.designate("credit", "shipping-two", NOT_ASKED, LATER, LATER.plusSeconds(900)))
                .isInstanceOfSatisfying(RefusedMove.class, refused -> {
                    assertThat(refused.rule()).isEqualTo(RefusedMove.Rule.PAYMENT_PENDING);
                    assertThat(refused).hasMessageContaining("another shipping company").hasMessageContaining("credit");
                });

        assertThat(purchase.shippingTerms()).isEqualTo(FIRST);
        assertThat(purchase.paymentPendingUntil()).isEqualTo(pendingUntil);
        assertThat(purchase.updatedAt()).isEqualTo(BOUGHT);
    }

    @Test
    void anotherShippingCompanyIsPricedAnewOnceNoPaymentCanBePending() {
        Purchase declined = designated();
        declined.decline("credit", "INSUFFICIENT_BALANCE", LATER);
        Purchase lapsed = designated();
        Instant free = lapsed.paymentPendingUntil();

        declined.designate("credit", "shipping-two", () -> OTHER, LATER, LATER.plusSeconds(900));
        lapsed.designate("credit-two", "shipping-two", () -> OTHER, free, free.plusSeconds(900));

        assertThat(declined.shippingTerms()).isEqualTo(OTHER);
        assertThat(lapsed.shippingTerms()).isEqualTo(OTHER);
        assertThat(lapsed.creditCompany()).isEqualTo("credit-two");
    }

    @Test
    void aPurchaseThatCannotBePaidIsNotDesignatedAgain() {
        Purchase paid = designated();
        paid.approve("credit", "v1.settled", LATER);
        Purchase cancelled = designated();
        cancelled.cancel(RequestedBy.BUYER, LATER);
        Purchase expired = designated();
        Instant afterTheWindow = expired.payableUntil().plusSeconds(1);

        for (Purchase purchase : new Purchase[]{paid, cancelled}) {
            assertThatThrownBy(() -> purchase.designate("credit", "shipping", NOT_ASKED, LATER, LATER))
                    .isInstanceOfSatisfying(RefusedMove.class,
                            refused -> assertThat(refused.rule()).isEqualTo(RefusedMove.Rule.NOT_PAYABLE));
        }
        assertThatThrownBy(() -> expired.designate("credit", "shipping", NOT_ASKED, afterTheWindow, afterTheWindow))
                .isInstanceOf(RefusedMove.class).hasMessageContaining("EXPIRED");
        assertThat(paid.shippingTerms()).isEqualTo(FIRST);
    }

    @Test
    void aPricingThatFailsLeavesThePurchaseAsItWas() {
        Purchase purchase = unpaid();

        assertThatThrownBy(() -> purchase.designate("credit", "shipping", () -> {
            throw new IllegalStateException("tariff not verified");
        }, BOUGHT, EXPIRE)).hasMessage("tariff not verified");

        assertThat(purchase.creditCompany()).isNull();
        assertThat(purchase.shippingCompany()).isNull();
        assertThat(purchase.shippingTerms()).isNull();
        assertThat(purchase.paymentPendingUntil()).isNull();
    }

    @Test
    void termsOfAnotherCompanyOrInAnotherCurrencyDoNotPriceThePurchase() {
        Purchase purchase = unpaid();
        ShippingTerms inFrancs = new ShippingTerms("shipping", new Money(720, "CHF"), FIRST.tariffVersion());

        assertThatThrownBy(() -> purchase.designate("credit", "shipping", () -> OTHER, BOUGHT, EXPIRE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> purchase.designate("credit", "shipping", () -> inFrancs, BOUGHT, EXPIRE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(purchase.shippingTerms()).isNull();
    }

    @Test
    void onlyThePricedShippingCompanyReportsTheParcel() {
        Purchase purchase = designated();
        purchase.approve("credit", "v1.settled", LATER);

        assertThatThrownBy(() -> purchase.ship("shipping-two", "AP1",
                ShipmentStatus.ACCEPTED, true, LATER))
                .isInstanceOf(RefusedMove.class).hasMessageContaining("not designated");
        assertThat(purchase.ship("shipping", "AP1", ShipmentStatus.ACCEPTED, true, LATER))
                .as("the capture of the held sum").hasSize(1);
    }

    private static Purchase unpaid() {
        return new Purchase("v1.purchase", new Totals(990, "EUR", 1_000, 100, 200, 1), BOUGHT,
                BOUGHT.plus(Duration.ofHours(24)));
    }

    private static Purchase designated() {
        Purchase purchase = unpaid();
        purchase.designate("credit", "shipping", () -> FIRST, BOUGHT, EXPIRE);
        return purchase;
    }
}
