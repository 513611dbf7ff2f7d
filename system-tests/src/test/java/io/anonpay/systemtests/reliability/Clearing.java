package io.anonpay.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.launcher.reconcile.Reconcile;
import io.anonpay.launcher.reconcile.Reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The three parties' clearing reports compared as {@code ./anonpay reconcile} compares them: after a race or a
 * crash, what the mall counts as paid equals what the credit company owes it, and the fees the shipping company
 * claimed equal what the credit company paid it, purchase key by purchase key.
 */
final class Clearing {

    private Clearing() {
    }

    static List<Reconciliation> reconcile(AnonpaySystem system) {
        Map<Server, String> baseUrls = new EnumMap<>(Server.class);
        for (Server server : Server.values()) {
            baseUrls.put(server, system.baseUrl(server));
        }
        return Reconcile.reconcile(baseUrls, system.operator(), null, null, system.transport().httpClient());
    }

    /**
     * Waits until every pair of parties agrees (money still on its way, a capture the mall has not heard of yet,
     * is a difference for a moment), at most {@code patience}; then asserts it.
     */
    static List<Reconciliation> assertReconciled(AnonpaySystem system, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        List<Reconciliation> results = reconcile(system);
        while (!results.stream().allMatch(Reconciliation::balanced) && Instant.now().isBefore(deadline)) {
            Api.pause(1000);
            results = reconcile(system);
        }
        for (Reconciliation r : results) {
            assertThat(r.balanced()).as("%s ↔ %s: only %s reports %s, only %s reports %s, different: %s", r.left(),
                    r.right(), r.left(), r.onlyLeft(), r.right(), r.onlyRight(), r.different()).isTrue();
        }
        return results;
    }
}
