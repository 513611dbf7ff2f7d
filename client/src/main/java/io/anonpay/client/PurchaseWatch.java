package io.anonpay.client;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Waits until the mall shows a purchase in one of some statuses. Results reach the mall over JMS, a moment after
 * the credit or shipping company answered the buyer, so the client asks again until they arrive or time runs out.
 */
final class PurchaseWatch {

    /** Statuses from which the purchase counts as paid (PurchaseStatus.paid() in the mall). */
    static final Set<String> PAID = Set.of("PAID", "SHIPPING_ACCEPTED", "IN_TRANSIT", "DELIVERED", "RETURNED");
    /** The mall has heard the payment's outcome, either way, or the purchase can no longer be paid. */
    static final Set<String> PAYMENT_SETTLED = Set.of("PAID", "SHIPPING_ACCEPTED", "IN_TRANSIT", "DELIVERED",
            "RETURNED", "PAYMENT_DECLINED", "EXPIRED");
    static final Set<String> SHIPPING_ACCEPTED = Set.of("SHIPPING_ACCEPTED", "IN_TRANSIT", "DELIVERED", "RETURNED");

    private final MallApi mall;
    private final Output output;
    private final Duration interval;

    PurchaseWatch(MallApi mall, Output output, Duration interval) {
        this.mall = mall;
        this.output = output;
        this.interval = interval.isZero() || interval.isNegative() ? Duration.ofMillis(100) : interval;
    }

    /**
     * @param waitingFor what the buyer is told is awaited, e.g. "the mall to see the payment"
     * @return the purchase as the mall shows it once its status is one of {@code statuses}
     * @throws ClientFailure exit 3 when the timeout passes first
     */
    JsonObject until(String purchaseId, Set<String> statuses, Duration timeout, String waitingFor) {
        Instant deadline = Instant.now().plus(timeout);
        output.progress("Waiting for " + waitingFor + " (up to " + timeout.toSeconds() + " s) ...");
        String lastStatus = null;
        while (true) {
            JsonObject purchase = mall.purchase(purchaseId);
            String status = JsonSupport.string(purchase, "status");
            if (statuses.contains(status)) {
                return purchase;
            }
            if (lastStatus != null && !lastStatus.equals(status)) {
                output.progress("  the mall now shows " + status);
            }
            lastStatus = status;
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw ClientFailure.unreachable("the mall still shows the purchase as " + status + " after "
                        + timeout.toSeconds() + " s; check again later with 'anonpay-client purchase show "
                        + "<purchase id>' (a longer --wait may help)");
            }
            sleep(left.compareTo(interval) < 0 ? left : interval);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ClientFailure.unreachable("interrupted while waiting for the mall");
        }
    }
}
