package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a settlement result that has not reached the mall is: still in the credit company's outbox (and when the
 * relay tries next), on the mall's queue, or dead-lettered. Said in the failure message, so that a late result in
 * CI can be told from a lost one without a rerun.
 */
final class ResultTrail {

    private final AnonpaySystem system;
    private final Databases databases;

    ResultTrail(AnonpaySystem system) {
        this.system = system;
        this.databases = new Databases(system);
    }

    /** @param late purchase id → its status at the mall, as {@link Payments#awaitMall} returns them */
    void assertNoneLate(Map<String, String> late, String what) {
        assertThat(late).as(() -> what + ":" + of(late)).isEmpty();
    }

    private String of(Map<String, String> late) {
        DeadLetters broker = new DeadLetters(system);
        List<String> queued = purchaseIds(broker, DeadLetters.SETTLEMENT_RESULTS);
        List<String> dead = purchaseIds(broker, DeadLetters.SETTLEMENT_DLQ);
        return late.entrySet().stream().map(entry -> {
            String id = entry.getKey();
            List<String> outbox = databases.column(Server.CREDIT, "select concat_ws(' ', 'created', created_at,"
                    + " 'attempts', attempts, 'next attempt', next_attempt_at, 'sent', coalesce(sent_at::text, 'never'))"
                    + " from outbox where message_key = ? order by id", id);
            return String.format("%n  %s… at the mall %s; outbox %s; on the queue %d time(s); dead-lettered %d time(s)",
                    id.substring(0, Math.min(24, id.length())), entry.getValue(),
                    outbox.isEmpty() ? "(no row)" : outbox, count(queued, id), count(dead, id));
        }).collect(Collectors.joining());
    }

    private static List<String> purchaseIds(DeadLetters broker, String queue) {
        try {
            return broker.browse(queue).stream().map(l -> Tokens.purchaseId(l.text())).flatMap(Optional::stream).toList();
        } catch (RuntimeException unreachable) {
            return List.of("(cannot browse " + queue + ": " + unreachable.getMessage() + ")");
        }
    }

    private static long count(List<String> ids, String id) {
        return ids.stream().filter(id::equals).count();
    }
}
