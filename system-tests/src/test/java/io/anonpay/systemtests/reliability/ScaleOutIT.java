package io.anonpay.systemtests.reliability;

import io.anonpay.common.contract.Queues;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Payments.Paid;
import io.anonpay.testhttp.JsonHttp.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All three parties scaled out at once (docs/scaling.md): a second instance of the mall, the credit company and the
 * shipping company on the same databases, keys and broker, as behind load balancers. Buyers buy at either mall, pay
 * at either credit instance, read their purchase at the other mall and ship a third of the approved purchases at
 * either shipping instance; the two malls are competing consumers of the settlement results and shipping receipts.
 * Race's invariants hold (money conserved, nothing negative, one settlement a purchase, every outcome at the mall),
 * each shipped purchase is captured and its fee claimed exactly once, both malls show every purchase alike, and
 * every instance served buyers.
 */
@ExtendWith(RunningSystem.class)
class ScaleOutIT {

    private static final List<Server> SERVERS = List.of(Server.MALL, Server.CREDIT, Server.SHIPPING);
    private static final String APPLIED = "anonpay_messages_applied_total{";

    @Test
    void buyersSpreadOverTwoInstancesOfEveryServer(AnonpaySystem system) throws Exception {
        try {
            Map<Server, List<String>> instances = startSecondInstances(system);
            race(system, instances);
        } finally {
            SERVERS.forEach(server -> system.server(server).stopExtraInstances());
        }
    }

    private static void race(AnonpaySystem system, Map<Server, List<String>> instances) throws Exception {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        List<String> malls = instances.get(Server.MALL);
        List<String> credits = instances.get(Server.CREDIT);
        List<String> shippers = instances.get(Server.SHIPPING);
        Map<String, AtomicInteger> answeredBy = new ConcurrentHashMap<>();
        instances.values().stream().flatMap(List::stream).forEach(url -> answeredBy.put(url, new AtomicInteger()));
        Map<String, Long> appliedBefore = appliedAt(api, malls);
        List<String> shipped = new CopyOnWriteArrayList<>();

        Race race = new Race(system, "ScaleOut", 3);
        List<Paid> made = race.run((payments, product, client, payment, card) -> {
            // turn by turn every mall meets every credit instance; the buyer reads at the other mall
            int turn = client + payment;
            String mall = malls.get(turn % 2);
            String credit = credits.get(turn / 2 % 2);
            Paid paid = payments.buyAndPayAt(mall, credit, product, Race.PRICE, card, Race.patience());
            answeredBy.get(mall).incrementAndGet();
            if (paid.answered()) {
                answeredBy.get(credit).incrementAndGet();
            }
            if (paid.approved() && turn % 3 == 0) {
                String reader = malls.get((turn + 1) % 2);
                String shipper = shippers.get(turn / 3 % 2);
                assertThat(api.awaitStatusAt(reader, paid.purchaseId(), "PAID"::equals, Race.patience()))
                        .as("the approval of %s read at %s", paid.purchaseId(), reader).isEqualTo("PAID");
                Api.expect(api.shipPatientlyAt(shipper, api.shippingInstructionsAt(reader, paid.purchaseId()),
                        "Scale Out Recipient", Race.patience()), 201, "shipping at " + shipper);
                answeredBy.get(shipper).incrementAndGet();
                shipped.add(paid.purchaseId());
            }
            return paid;
        });

        for (int i = 0; i < shipped.size(); i++) {
            String mall = malls.get(i % 2);
            assertThat(api.awaitPaymentStateAt(mall, shipped.get(i), "CAPTURED", Race.patience()))
                    .as("the capture of %s read at %s", shipped.get(i), mall).isEqualTo("CAPTURED");
        }
        race.assertMoneyConserved();
        race.assertEachPurchaseSettledOnceAndKnownAtTheMall(made);
        assertShippedOnce(databases, race, shipped);
        assertNotDeadLettered(system, DeadLetters.RECEIPTS_DLQ, shipped);
        assertBothMallsShowTheSame(api, malls, made);
        answeredBy.forEach((url, answered) -> assertThat(answered.get()).as("requests answered by %s", url)
                .isPositive());
        Map<String, Long> results = awaitResultsApplied(api, malls, appliedBefore, made.size());
        Map<String, Long> receipts = appliedSince(api, malls, appliedBefore, Queues.SHIPPING_RECEIPTS);
        malls.forEach(mall -> {
            assertThat(results.get(mall)).as("settlement results applied by %s", mall).isPositive();
            assertThat(receipts.get(mall)).as("shipping receipts applied by %s", mall).isPositive();
        });
        assertThat(sum(results)).as("settlement results applied by the two malls together")
                .isGreaterThanOrEqualTo(made.size());

        long approved = made.stream().filter(Paid::approved).count();
        System.out.printf("ScaleOutIT: %d clients, %d payments, %d approved, %d declined, %d shipped; answered: %s;"
                        + " results applied: %s; receipts applied: %s%n", race.clients(), made.size(), approved,
                made.size() - approved, shipped.size(), new TreeMap<>(answeredBy), results, receipts);
    }

    /**
     * Starts the second instances of the three servers side by side (each waits for its own readiness), and answers
     * both base URLs of each server, the first instance first.
     */
    private static Map<Server, List<String>> startSecondInstances(AnonpaySystem system) throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(SERVERS.size());
        try {
            Map<Server, Future<String>> second = new EnumMap<>(Server.class);
            SERVERS.forEach(server -> second.put(server, starting.submit(() ->
                    system.server(server).startExtraInstance())));
            // every start ends (ready or failed) before this returns or throws, so that the finally stops them all
            Map<Server, List<String>> instances = new EnumMap<>(Server.class);
            Exception failed = null;
            for (Server server : SERVERS) {
                try {
                    instances.put(server, List.of(system.baseUrl(server), second.get(server).get()));
                } catch (ExecutionException e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
            for (List<String> both : instances.values()) {
                new Api(system).awaitServingAt(both.get(1), Race.patience());
            }
            return instances;
        } finally {
            starting.shutdown();
        }
    }

    /**
     * Each shipped purchase: one capture request at the mall, answered once; one capture and one fee claim in the
     * credit company's ledger; and over all cards, exactly the shipped purchases' goods captured.
     */
    private static void assertShippedOnce(Databases databases, Race race, List<String> shipped) {
        for (String purchaseId : shipped) {
            assertThat(databases.column(Server.MALL, "select r.action || ' ' || r.status from payment_request r"
                    + " join purchase p on p.id = r.purchase_ref where p.purchase_id = ?", purchaseId))
                    .as("the requests the mall made for %s", purchaseId).containsExactly("CAPTURE APPLIED");
            assertThat(databases.column(Server.CREDIT, "select t.kind || ' ' || t.outcome from payment_step t"
                    + " join settlement s on s.id = t.settlement_ref where s.purchase_id = ?"
                    + " and t.kind in ('CAPTURE', 'FEE_CLAIM') order by t.kind", purchaseId))
                    .as("the capture and fee claim of %s at the credit company", purchaseId)
                    .containsExactly("CAPTURE APPLIED", "FEE_CLAIM APPLIED");
        }
        assertThat(race.totals()[1]).as("goods captured over all cards").isEqualTo(shipped.size() * Race.PRICE);
    }

    private static void assertNotDeadLettered(AnonpaySystem system, String queue, List<String> purchaseIds) {
        Set<String> ours = Set.copyOf(purchaseIds);
        List<String> refused = new DeadLetters(system).browse(queue).stream()
                .map(l -> Tokens.purchaseId(l.text()).orElse("")).filter(ours::contains).toList();
        assertThat(refused).as("messages about these purchases dead-lettered on %s", queue).isEmpty();
    }

    /** Every purchase, settled and at rest, read at both malls: the same status and payment state at each. */
    private static void assertBothMallsShowTheSame(Api api, List<String> malls, List<Paid> made) {
        List<String> differing = new ArrayList<>();
        for (Paid paid : made) {
            List<String> seen = malls.stream().map(mall -> shown(api, mall, paid.purchaseId())).distinct().toList();
            if (seen.size() > 1) {
                differing.add(paid.purchaseId() + " " + seen);
            }
        }
        assertThat(differing).as("purchases the two malls show differently").isEmpty();
    }

    private static String shown(Api api, String mall, String purchaseId) {
        JsonObject purchase = Api.expect(api.purchaseAt(mall, purchaseId), 200, "reading a purchase at " + mall)
                .object();
        return purchase.getString("status") + "/"
                + (purchase.get("payment") instanceof JsonObject payment ? payment.getString("state") : "NONE");
    }

    private static Map<String, Long> appliedAt(Api api, List<String> malls) {
        Map<String, Long> applied = new TreeMap<>();
        for (String mall : malls) {
            for (String queue : List.of(Queues.SETTLEMENT_RESULTS, Queues.SHIPPING_RECEIPTS)) {
                applied.put(queue + " " + mall, applied(api, mall, queue));
            }
        }
        return applied;
    }

    /**
     * The settlement results each mall applied since {@code before}, once they add up to {@code expected} (or
     * Race's patience passed): a mall counts a message just after its commit, so a count may trail the status the
     * test has seen.
     */
    private static Map<String, Long> awaitResultsApplied(Api api, List<String> malls, Map<String, Long> before,
                                                         int expected) {
        Instant deadline = Instant.now().plus(Race.patience());
        Map<String, Long> results = appliedSince(api, malls, before, Queues.SETTLEMENT_RESULTS);
        while (sum(results) < expected && Instant.now().isBefore(deadline)) {
            Api.pause(250);
            results = appliedSince(api, malls, before, Queues.SETTLEMENT_RESULTS);
        }
        return results;
    }

    private static Map<String, Long> appliedSince(Api api, List<String> malls, Map<String, Long> before,
                                                  String queue) {
        return malls.stream().collect(Collectors.toMap(mall -> mall,
                mall -> applied(api, mall, queue) - before.get(queue + " " + mall), (a, b) -> a, TreeMap::new));
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The instance's own count of messages from {@code queue} it applied, from its Prometheus page (0 before any). */
    private static long applied(Api api, String baseUrl, String queue) {
        Reply page = Api.expect(api.send(baseUrl, "GET", "metrics", null, null, api.operatorAuthorization()), 200,
                "the metrics of " + baseUrl);
        return page.body().lines().filter(line -> line.startsWith(APPLIED) && line.contains("queue=\"" + queue + "\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
