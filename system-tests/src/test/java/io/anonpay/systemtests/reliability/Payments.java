package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.Server;
import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.testhttp.JsonHttp.Reply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Buyers paying through the real HTTP APIs (purchase at the mall, payment instructions, settlement at the credit
 * company), and what each was told: the ledger a test checks the servers against.
 */
final class Payments {

    /** One purchase paid with one card, and the credit company's last answer. */
    record Paid(String purchaseId, Card card, long sum, Reply reply) {

        boolean answered() {
            return reply.status() == 200 || reply.status() == 201;
        }

        boolean approved() {
            return answered() && "APPROVED".equals(reply.object().getString("outcome"))
                    && reply.object().getBoolean("finalOutcome");
        }

        boolean declined() {
            return answered() && "DECLINED".equals(reply.object().getString("outcome"))
                    && reply.object().getBoolean("finalOutcome");
        }
    }

    private final Api api;
    private final List<Paid> made = new java.util.concurrent.CopyOnWriteArrayList<>();

    Payments(Api api) {
        this.api = api;
    }

    /** Buys one of the product and pays, retrying the same instructions while the credit company is busy or away. */
    Paid buyAndPay(long productId, long price, Card card, Duration patience) {
        return buyAndPayAt(api.baseUrl(Server.CREDIT), productId, price, card, patience);
    }

    /** As {@link #buyAndPay(long, long, Card, Duration)}, paying at the credit instance with this base URL. */
    Paid buyAndPayAt(String creditBaseUrl, long productId, long price, Card card, Duration patience) {
        return buyAndPayAt(api.baseUrl(Server.MALL), creditBaseUrl, productId, price, card, patience);
    }

    /**
     * As {@link #buyAndPay(long, long, Card, Duration)}, buying (and taking the instructions) at the mall instance
     * and paying at the credit instance with these base URLs.
     */
    Paid buyAndPayAt(String mallBaseUrl, String creditBaseUrl, long productId, long price, Card card,
                     Duration patience) {
        String purchaseId = api.newPurchaseAt(mallBaseUrl, productId);
        String instructions = api.paymentInstructionsAt(mallBaseUrl, purchaseId);
        Paid paid = new Paid(purchaseId, card, price, api.payPatiently(creditBaseUrl, instructions, card, patience));
        made.add(paid);
        return paid;
    }

    void record(Paid paid) {
        made.add(paid);
    }

    List<Paid> made() {
        return List.copyOf(made);
    }

    /** Sum of the approved payments by card id, as the buyers were told. */
    Map<Long, Long> approvedSums() {
        return made.stream().filter(Paid::approved)
                .collect(Collectors.groupingBy(p -> p.card().id(), Collectors.summingLong(Paid::sum)));
    }

    /**
     * Waits until the mall shows every purchase as the credit company decided (PAID or later for an approval,
     * PAYMENT_DECLINED for a decline); returns those that did not get there, with their last status.
     */
    Map<String, String> awaitMall(Collection<Paid> payments, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Map<String, String> pending = new ConcurrentHashMap<>();
        List<Paid> waiting = new ArrayList<>(payments);
        while (true) {
            pending.clear();
            List<Paid> still = new ArrayList<>();
            for (Paid paid : waiting) {
                String status = api.status(paid.purchaseId());
                boolean arrived = paid.approved() ? PAID_OR_LATER.contains(status) : "PAYMENT_DECLINED".equals(status);
                if (!arrived) {
                    still.add(paid);
                    pending.put(paid.purchaseId(), status);
                }
            }
            waiting = still;
            if (waiting.isEmpty() || Instant.now().isAfter(deadline)) {
                return Map.copyOf(pending);
            }
            Api.pause(1000);
        }
    }

    /** Where an approved purchase may be once the mall applied the approval (or voided it, cancelled before). */
    static final Set<String> PAID_OR_LATER = Set.of("PAID", "SHIPPING_ACCEPTED", "IN_TRANSIT", "DELIVERED", "RETURNED",
            "CANCELLED");
}
