package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.systemtests.reliability.Payments.Paid;
import io.anonpay.testhttp.JsonHttp.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults injected into the running system: the broker stopped and killed with SIGKILL, the credit company, the
 * shipping company and the mall killed with SIGKILL. Buyers keep paying and shipping; once everything is back, every result reaches the mall exactly once,
 * and nobody is charged twice. Every test leaves the whole system running, whatever happens.
 */
@ExtendWith(RunningSystem.class)
class OutageIT {

    private static final long PRICE = 700;
    private static final Duration DELIVERY = Duration.ofSeconds(150);

    @Test
    void paymentsAndShipmentsGoOnWhileTheBrokerIsDownAndArriveOnceItIsBack(AnonpaySystem system) {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        String holder = "Broker Outage Holder";
        Card card = api.newCard(holder, 1_000_000);
        String productName = "Teapot, broker outage";
        long product = api.newProduct(productName, PRICE);
        Payments payments = new Payments(api);
        List<Paid> paidBefore = new ArrayList<>();
        for (int i = 0; i < Math.max(2, Scale.burst() / 2); i++) {
            paidBefore.add(payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(60)));
        }
        new ResultTrail(system).assertNoneLate(payments.awaitMall(paidBefore, DELIVERY),
                "paid before the outage");
        List<String> toShip = paidBefore.stream().map(p -> api.shippingInstructions(p.purchaseId())).toList();

        List<Paid> paidDuring;
        List<Reply> shipped = new ArrayList<>();
        try {
            system.broker().stop();
            for (int i = 0; i < Scale.burst(); i++) {
                payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(60));
            }
            for (String instructions : toShip) {
                shipped.add(api.ship(instructions, holder));
            }
            paidDuring = payments.made().subList(paidBefore.size(), payments.made().size());
            assertThat(paidDuring).as("payments accepted while the broker is down").allMatch(Paid::approved);
            assertThat(shipped).as("shipments accepted while the broker is down").allMatch(r -> r.status() == 201);
            assertThat(paidDuring).as("results held back while the broker is down")
                    .allMatch(p -> api.status(p.purchaseId()).equals("AWAITING_PAYMENT"));
        } finally {
            system.broker().start();
        }

        new ResultTrail(system).assertNoneLate(payments.awaitMall(paidDuring, DELIVERY),
                "payments not at the mall after the outage");
        for (Paid paid : paidBefore) {
            assertThat(api.awaitStatus(paid.purchaseId(), "SHIPPING_ACCEPTED"::equals, DELIVERY))
                    .as("shipment of %s after the outage", paid.purchaseId()).isEqualTo("SHIPPING_ACCEPTED");
        }
        assertExactlyOnce(system, api, databases, card, payments.made());
        FaultAudit.assertNothingLeaked(system, card, holder, productName);
        System.out.printf("OutageIT broker: %d payments and %d shipments during the outage, all delivered once%n",
                paidDuring.size(), shipped.size());
    }

    @Test
    void aCrashOfTheCreditCompanyDuringPaymentsLosesNothingAndChargesOnce(AnonpaySystem system) throws Exception {
        creditKilledDuringPayments(system, "OutageIT");
    }

    /** The scenario above on any system, whatever its runtime (FullServerRuntimeIT runs it on the full servers). */
    static void creditKilledDuringPayments(AnonpaySystem system, String reporter) throws Exception {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        String holder = "Credit Crash Holder";
        Card card = api.newCard(holder, 1_000_000);
        String productName = "Teapot, credit crash";
        long product = api.newProduct(productName, PRICE);
        Payments payments = new Payments(api);
        List<Long> inFlightAtKill = new ArrayList<>();
        for (int round = 0; round < Scale.crashes(); round++) {
            List<String[]> toPay = purchasesToPay(api, product, Scale.burst());
            ExecutorService buyers = Executors.newFixedThreadPool(4);
            List<Future<Paid>> answers = new ArrayList<>();
            try {
                for (String[] purchase : toPay) {
                    answers.add(buyers.submit(() -> new Paid(purchase[0], card, PRICE,
                            api.payPatiently(purchase[1], card, Duration.ofMinutes(5)))));
                }
                // mid-burst: the first payment answered, the others (3 clients at least) still in flight
                inFlightAtKill.add(toPay.size() - awaitFirstAnswer(answers));
                system.server(Server.CREDIT).kill();
            } finally {
                buyers.shutdown();
                system.server(Server.CREDIT).restart();
                api.awaitServing(Server.CREDIT, Duration.ofSeconds(120));
            }
            for (Future<Paid> answer : answers) {
                payments.record(answer.get());
            }
        }

        assertThat(inFlightAtKill).as("payments still unanswered at each kill").allMatch(n -> n > 0);
        assertThat(payments.made()).as("every buyer got a final answer after retrying")
                .allMatch(Paid::approved);
        new ResultTrail(system).assertNoneLate(payments.awaitMall(payments.made(), DELIVERY),
                "payments not at the mall after the crash");
        assertExactlyOnce(system, api, databases, card, payments.made());
        FaultAudit.assertNothingLeaked(system, card, holder, productName);
        System.out.printf("%s credit crash: %d kill -9 (payments unanswered at each: %s), %d payments, each charged"
                + " and delivered once%n", reporter, Scale.crashes(), inFlightAtKill, payments.made().size());
    }

    /**
     * The mall is down, and the credit and shipping companies restart meanwhile: they verify the mall's signatures
     * with the mall's keys kept from before. A shipping company that never had them answers 503 with Retry-After,
     * and changes nothing.
     */
    @Test
    void resultsWaitForACrashedMallAndAreAppliedOnceAfterItsRestart(AnonpaySystem system) throws IOException {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        String holder = "Mall Crash Holder";
        Card card = api.newCard(holder, 1_000_000);
        String productName = "Teapot, mall crash";
        long product = api.newProduct(productName, PRICE);
        Payments payments = new Payments(api);
        List<Paid> paidBefore = List.of(payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(60)),
                payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(60)),
                payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(60)));
        new ResultTrail(system).assertNoneLate(payments.awaitMall(paidBefore, DELIVERY),
                "paid before the crash");
        List<String> toShip = new ArrayList<>(paidBefore.stream()
                .map(p -> api.shippingInstructions(p.purchaseId())).toList());
        List<Reply> shipped = new ArrayList<>(List.of(api.ship(toShip.remove(0), holder)));
        List<String[]> toPay = purchasesToPay(api, product, Scale.burst());

        Reply keysUnavailable;
        try {
            system.server(Server.MALL).kill();
            system.server(Server.CREDIT).restart();
            api.awaitServing(Server.CREDIT, Duration.ofSeconds(120));
            for (String[] purchase : toPay) {
                payments.record(new Paid(purchase[0], card, PRICE, api.payPatiently(purchase[1], card,
                        Duration.ofSeconds(60))));
            }
            Path kept = system.dataDirectory().keys(Server.SHIPPING).resolve("partners").resolve("mall.json");
            Path aside = kept.resolveSibling("mall.json.aside");
            system.server(Server.SHIPPING).kill();
            Files.move(kept, aside);
            system.server(Server.SHIPPING).restart();
            api.awaitServing(Server.SHIPPING, Duration.ofSeconds(120));
            String before = databases.fingerprint();
            keysUnavailable = api.ship(toShip.get(0), holder);
            assertThat(databases.fingerprint()).as("a shipment refused for now changes nothing").isEqualTo(before);
            system.server(Server.SHIPPING).kill();
            Files.move(aside, kept, StandardCopyOption.REPLACE_EXISTING);
            system.server(Server.SHIPPING).restart();
            api.awaitServing(Server.SHIPPING, Duration.ofSeconds(120));
            for (String instructions : toShip) {
                shipped.add(api.shipPatiently(instructions, holder, Duration.ofSeconds(60)));
            }
        } finally {
            system.server(Server.MALL).restart();
            api.awaitServing(Server.MALL, Duration.ofSeconds(120));
        }

        assertThat(payments.made()).as("paid at a restarted credit company while the mall was down")
                .allMatch(Paid::approved);
        assertThat(keysUnavailable.status()).as("%s", keysUnavailable).isEqualTo(503);
        assertThat(keysUnavailable.isCompleteProblem()).as("%s", keysUnavailable).isTrue();
        assertThat(keysUnavailable.object().getString("type")).endsWith("signature-keys-unavailable");
        assertThat(keysUnavailable.retryAfter()).isEqualTo("10");
        assertThat(shipped).as("shipped before the crash, then at a restarted shipping company while the mall was"
                + " down").allMatch(r -> r.status() == 201);
        new ResultTrail(system).assertNoneLate(payments.awaitMall(payments.made(), DELIVERY),
                "payments not at the mall after its restart");
        for (Paid paid : paidBefore) {
            assertThat(api.awaitStatus(paid.purchaseId(), "SHIPPING_ACCEPTED"::equals, DELIVERY))
                    .isEqualTo("SHIPPING_ACCEPTED");
        }
        assertExactlyOnce(system, api, databases, card, payments.made());
        FaultAudit.assertNothingLeaked(system, card, holder, productName);
        System.out.printf("OutageIT mall crash: %d payments at a restarted credit company while the mall was down,"
                + " applied once; %d shipments%n", toPay.size(), shipped.size() - 1);
    }

    /**
     * The mall killed while it works off a backlog of results, as soon as its database shows the first of them
     * applied: its deliveries are then anywhere between receiving, committing its database and acknowledging the
     * message. After a restart every result is applied once (one applied but not acknowledged comes again and
     * changes nothing), and the broker holds no transaction prepared: the mall consumes without XA.
     */
    @Test
    void aKill9OfTheMallWhileItAppliesResultsLosesNothing(AnonpaySystem system) throws Exception {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        String holder = "Mall Backlog Holder";
        Card card = api.newCard(holder, 1_000_000);
        String productName = "Teapot, mall backlog";
        long product = api.newProduct(productName, PRICE);
        Payments payments = new Payments(api);
        // One payment with the mall up, so that the credit company holds the mall's keys (a fresh one could not
        // verify the instructions while the mall is down: 503, see the mall crash above).
        payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(60));
        // A round whose kill came too late (the whole backlog already applied) proves nothing: it is played again,
        // up to three times as many rounds as crashes wanted.
        int killedWhileApplying = 0;
        int rounds = 0;
        while (killedWhileApplying < Scale.crashes() && rounds < Scale.crashes() * 3) {
            rounds++;
            List<String[]> toPay = purchasesToPay(api, product, Scale.burst() * 8);
            try {
                system.server(Server.MALL).kill();
                for (String[] purchase : toPay) {
                    payments.record(new Paid(purchase[0], card, PRICE, api.payPatiently(purchase[1], card,
                            Duration.ofSeconds(60))));
                }
                long appliedAtKill = restartAndKillOnceItMoves(system, Server.MALL, () -> appliedResults(databases));
                if (appliedAtKill > 0 && appliedAtKill < toPay.size()) {
                    killedWhileApplying++;
                }
            } finally {
                system.server(Server.MALL).restart();
                api.awaitServing(Server.MALL, Duration.ofSeconds(120));
            }
        }

        assertThat(killedWhileApplying).as("kills -9 that landed with part of the backlog applied, in %d rounds",
                rounds).isEqualTo(Scale.crashes());
        assertThat(payments.made()).as("paid while the mall was down").allMatch(Paid::approved);
        new ResultTrail(system).assertNoneLate(payments.awaitMall(payments.made(), DELIVERY),
                "payments not at the mall after it was killed while applying them");
        assertExactlyOnce(system, api, databases, card, payments.made());
        assertThat(new DeadLetters(system).preparedTransactions()).as("transactions left prepared in the broker")
                .isZero();
        FaultAudit.assertNothingLeaked(system, card, holder, productName);
        System.out.printf("OutageIT mall killed while applying: %d kill -9 (%d with part of the backlog applied),"
                + " %d payments, each applied once%n", rounds, killedWhileApplying, payments.made().size());
    }

    /**
     * The credit company killed while it works off a backlog of capture requests: the purchases were paid, the
     * credit company went down, and the parcels were accepted meanwhile, so the mall's capture requests wait on the
     * broker. It is killed again as soon as its ledger shows the first capture, then restarted. Afterwards every
     * payment is captured exactly once, the card's books balance, and the mall mirrors every capture.
     */
    @Test
    void aKill9OfTheCreditCompanyWhileItAppliesCapturesCapturesOnce(AnonpaySystem system) throws Exception {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        String holder = "Capture Backlog Holder";
        Card card = api.newCard(holder, 1_000_000);
        String productName = "Teapot, capture backlog";
        long product = api.newProduct(productName, PRICE);
        Payments payments = new Payments(api);
        shipOneWithEverythingUp(system, api, payments, product, card, holder);
        int killedWhileCapturing = 0;
        int rounds = 0;
        while (killedWhileCapturing < Scale.crashes() && rounds < Scale.crashes() * 3) {
            rounds++;
            List<Paid> paid = paidAtTheMall(system, api, payments, product, card, Scale.burst() * 4);
            List<String> toShip = paid.stream().map(p -> api.shippingInstructions(p.purchaseId())).toList();
            try {
                system.server(Server.CREDIT).kill();
                for (String instructions : toShip) {
                    Api.expect(api.shipPatiently(instructions, holder, Duration.ofSeconds(60)), 201, "shipping");
                }
                awaitShippingAccepted(api, paid);
                long capturedAtKill = restartAndKillOnceItMoves(system, Server.CREDIT,
                        () -> captured(databases, card));
                if (capturedAtKill > 0 && capturedAtKill < paid.size()) {
                    killedWhileCapturing++;
                }
            } finally {
                system.server(Server.CREDIT).restart();
                api.awaitServing(Server.CREDIT, Duration.ofSeconds(120));
            }
        }

        assertThat(killedWhileCapturing).as("kills -9 that landed with part of the captures applied, in %d rounds",
                rounds).isEqualTo(Scale.crashes());
        assertEachCapturedOnce(system, api, databases, card, payments);
        FaultAudit.assertNothingLeaked(system, card, holder, productName);
        System.out.printf("OutageIT credit killed while capturing: %d kill -9 (%d with part of the captures"
                + " applied), %d payments, each captured once%n", rounds, killedWhileCapturing,
                payments.made().size());
    }

    /**
     * The mall killed while it applies a backlog of the credit company's capture updates: the parcels were accepted
     * while the credit company was down (the capture requests wait on the broker), the mall was killed, and the
     * credit company captured everything meanwhile, so its updates wait for the mall. The mall is restarted and
     * killed again as soon as it shows the first capture, then restarted. Afterwards it shows every payment captured
     * and every capture request answered once, and the card's books balance.
     */
    @Test
    void aKill9OfTheMallWhileItAppliesCaptureUpdatesMirrorsEachOnce(AnonpaySystem system) throws Exception {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        String holder = "Update Backlog Holder";
        Card card = api.newCard(holder, 1_000_000);
        String productName = "Teapot, update backlog";
        long product = api.newProduct(productName, PRICE);
        Payments payments = new Payments(api);
        shipOneWithEverythingUp(system, api, payments, product, card, holder);
        int killedWhileApplying = 0;
        int rounds = 0;
        while (killedWhileApplying < Scale.crashes() && rounds < Scale.crashes() * 3) {
            rounds++;
            List<Paid> paid = paidAtTheMall(system, api, payments, product, card, Scale.burst() * 4);
            List<String> toShip = paid.stream().map(p -> api.shippingInstructions(p.purchaseId())).toList();
            long capturedBefore = captured(databases, card);
            try {
                system.server(Server.CREDIT).kill();
                for (String instructions : toShip) {
                    Api.expect(api.shipPatiently(instructions, holder, Duration.ofSeconds(60)), 201, "shipping");
                }
                awaitShippingAccepted(api, paid);
                awaitOutboxSent(databases, Server.MALL);
                system.server(Server.MALL).kill();
                system.server(Server.CREDIT).restart();
                Instant deadline = Instant.now().plus(DELIVERY);
                while (captured(databases, card) - capturedBefore < paid.size() && Instant.now().isBefore(deadline)) {
                    Api.pause(100);
                }
                assertThat(captured(databases, card) - capturedBefore).as("captured while the mall was down")
                        .isEqualTo(paid.size());
                long mirroredAtKill = restartAndKillOnceItMoves(system, Server.MALL,
                        () -> answeredCaptures(databases));
                if (mirroredAtKill > 0 && mirroredAtKill < paid.size()) {
                    killedWhileApplying++;
                }
            } finally {
                for (Server server : List.of(Server.CREDIT, Server.MALL)) {
                    if (!system.server(server).isRunning()) {
                        system.server(server).restart();
                    }
                }
                api.awaitServing(Server.CREDIT, Duration.ofSeconds(120));
                api.awaitServing(Server.MALL, Duration.ofSeconds(120));
            }
        }

        assertThat(killedWhileApplying).as("kills -9 that landed with part of the updates applied, in %d rounds",
                rounds).isEqualTo(Scale.crashes());
        assertEachCapturedOnce(system, api, databases, card, payments);
        FaultAudit.assertNothingLeaked(system, card, holder, productName);
        System.out.printf("OutageIT mall killed while applying captures: %d kill -9 (%d with part of the updates"
                + " applied), %d payments, each captured and mirrored once%n", rounds, killedWhileApplying,
                payments.made().size());
    }

    /**
     * The broker killed while captures flow: parcels are accepted one after the other, and the broker's JVM is
     * killed with SIGKILL as soon as the credit company's ledger shows the first capture, then started again (same
     * store). Every capture request and every update is applied once: what the outboxes held is relayed after the
     * restart, and what the broker had stored is delivered from its journal.
     */
    @Test
    void aKill9OfTheBrokerWhileCapturesFlowCapturesOnce(AnonpaySystem system) throws Exception {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        String holder = "Broker Capture Holder";
        Card card = api.newCard(holder, 1_000_000);
        String productName = "Teapot, broker captures";
        long product = api.newProduct(productName, PRICE);
        Payments payments = new Payments(api);
        shipOneWithEverythingUp(system, api, payments, product, card, holder);
        int killedWhileCapturing = 0;
        int rounds = 0;
        while (killedWhileCapturing < Scale.crashes() && rounds < Scale.crashes() * 3) {
            rounds++;
            List<Paid> paid = paidAtTheMall(system, api, payments, product, card, Scale.burst() * 2);
            List<String> toShip = paid.stream().map(p -> api.shippingInstructions(p.purchaseId())).toList();
            long capturedBefore = captured(databases, card);
            ExecutorService shipper = Executors.newSingleThreadExecutor();
            try {
                Future<?> shipping = shipper.submit(() -> {
                    for (String instructions : toShip) {
                        Api.expect(api.shipPatiently(instructions, holder, Duration.ofMinutes(2)), 201, "shipping");
                    }
                    return null;
                });
                Instant deadline = Instant.now().plus(DELIVERY);
                while (captured(databases, card) == capturedBefore && Instant.now().isBefore(deadline)) {
                    Api.pause(10);
                }
                long capturedAtKill = captured(databases, card) - capturedBefore;
                system.broker().kill();
                if (capturedAtKill > 0 && capturedAtKill < paid.size()) {
                    killedWhileCapturing++;
                }
                system.broker().start();
                shipping.get();
            } finally {
                shipper.shutdownNow();
                if (!system.broker().isRunning()) {
                    system.broker().start();
                }
            }
        }

        assertThat(killedWhileCapturing).as("broker kills that landed with part of the captures applied, in %d"
                + " rounds", rounds).isEqualTo(Scale.crashes());
        assertEachCapturedOnce(system, api, databases, card, payments);
        FaultAudit.assertNothingLeaked(system, card, holder, productName);
        System.out.printf("OutageIT broker killed while capturing: %d kill -9 (%d with part of the captures"
                + " applied), %d payments, each captured once%n", rounds, killedWhileCapturing,
                payments.made().size());
    }

    /**
     * One purchase paid and shipped with everything up, so that the shipping company holds the credit company's
     * keys (it seals the recipient's name to them) before a scenario takes the credit company down.
     */
    private static void shipOneWithEverythingUp(AnonpaySystem system, Api api, Payments payments, long product,
                                                Card card, String holder) {
        List<Paid> first = paidAtTheMall(system, api, payments, product, card, 1);
        Api.expect(api.shipPatiently(api.shippingInstructions(first.get(0).purchaseId()), holder,
                Duration.ofSeconds(60)), 201, "the first shipment");
    }

    /** {@code count} purchases bought and paid, once the mall shows each paid. */
    private static List<Paid> paidAtTheMall(AnonpaySystem system, Api api, Payments payments, long product,
                                            Card card, int count) {
        List<Paid> paid = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paid.add(payments.buyAndPay(product, PRICE, card, Duration.ofSeconds(60)));
        }
        new ResultTrail(system).assertNoneLate(payments.awaitMall(paid, DELIVERY), "paid before the crash");
        return paid;
    }

    private static void awaitShippingAccepted(Api api, List<Paid> paid) {
        for (Paid p : paid) {
            assertThat(api.awaitStatus(p.purchaseId(), "SHIPPING_ACCEPTED"::equals, DELIVERY))
                    .as("the receipt of %s at the mall", p.purchaseId()).isEqualTo("SHIPPING_ACCEPTED");
        }
    }

    /** Waits until the server's outbox holds nothing unsent: its messages are on the broker. */
    private static void awaitOutboxSent(Databases databases, Server server) {
        Instant deadline = Instant.now().plus(DELIVERY);
        while (unsent(databases, server) > 0 && Instant.now().isBefore(deadline)) {
            Api.pause(100);
        }
        assertThat(unsent(databases, server)).as("%s's outbox, unsent", server.id()).isZero();
    }

    private static long unsent(Databases databases, Server server) {
        return Long.parseLong(databases.column(server, "select count(*) from outbox where sent_at is null").get(0));
    }

    /** The capture requests the mall has seen answered, over all purchases. */
    private static long answeredCaptures(Databases databases) {
        return Long.parseLong(databases.column(Server.MALL,
                "select count(*) from payment_request where action = 'CAPTURE' and status <> 'REQUESTED'").get(0));
    }

    /**
     * Every payment of the scenario shown captured at the mall, its one capture request answered once, each captured
     * exactly once in the ledger, and the card's books balanced.
     */
    private static void assertEachCapturedOnce(AnonpaySystem system, Api api, Databases databases, Card card,
                                               Payments payments) {
        Map<String, String> notCaptured = new java.util.TreeMap<>();
        for (Paid p : payments.made()) {
            String state = api.awaitPaymentState(p.purchaseId(), "CAPTURED", DELIVERY);
            if (!"CAPTURED".equals(state)) {
                notCaptured.put(p.purchaseId(), state);
            }
        }
        assertThat(notCaptured).as("payments the mall does not show captured").isEmpty();
        for (Paid p : payments.made()) {
            assertThat(databases.column(Server.MALL, "select r.action || ' ' || r.status from payment_request r"
                    + " join purchase p on p.id = r.purchase_ref where p.purchase_id = ?", p.purchaseId()))
                    .as("the requests the mall made for %s", p.purchaseId()).containsExactly("CAPTURE APPLIED");
        }
        long approved = payments.made().stream().filter(Paid::approved).mapToLong(Paid::sum).sum();
        Databases.CardBooks books = new Books(api, databases).awaitFeesClaimed(card, DELIVERY);
        books = new Books(api, databases).assertConserved(card, approved);
        assertThat(books.captured()).as("every payment captured once").isEqualTo(approved);
        assertThat(books.feesClaimed()).as("every shipping fee claimed once").isEqualTo(books.feesApproved());
        assertThat(books.balance()).isEqualTo(card.limit() - approved - books.feesApproved());
        Clearing.assertReconciled(system, DELIVERY);
        assertThat(new DeadLetters(system).preparedTransactions()).as("transactions left prepared in the broker")
                .isZero();
    }

    /**
     * Restarts the stopped {@code server} and kills it again with SIGKILL as soon as {@code progress} (polled every
     * 10 ms, at most 4 minutes) moves past where it stood: the server is then somewhere in the middle of its work.
     * Leaves it stopped; returns how far the progress had moved at the kill.
     */
    private static long restartAndKillOnceItMoves(AnonpaySystem system, Server server, LongSupplier progress)
            throws InterruptedException {
        long before = progress.getAsLong();
        ExecutorService restarter = Executors.newSingleThreadExecutor();
        try {
            Future<?> restart = restarter.submit(() -> system.server(server).restart());
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            while (progress.getAsLong() == before && Instant.now().isBefore(deadline)) {
                Api.pause(10);
            }
            long movedAtKill = progress.getAsLong() - before;
            system.server(server).kill();
            try {
                restart.get();
            } catch (ExecutionException stoppedWhileStarting) {
                // the restart's readiness wait ends when the kill ends the JVM it waits for
            }
            return movedAtKill;
        } finally {
            restarter.shutdownNow();
        }
    }

    private static long captured(Databases databases, Card card) {
        return Long.parseLong(databases.column(Server.CREDIT,
                "select count(*) from settlement where card_id = ? and captured_amount > 0", card.id()).get(0));
    }

    private static long appliedResults(Databases databases) {
        return Long.parseLong(databases.column(Server.MALL,
                "select count(*) from purchase where settlement_id is not null").get(0));
    }

    @Test
    void aKill9OfTheBrokerDuringPaymentsLosesNothingAndDeliversOnce(AnonpaySystem system) throws Exception {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        String holder = "Broker Crash Holder";
        Card card = api.newCard(holder, 1_000_000);
        String productName = "Teapot, broker crash";
        long product = api.newProduct(productName, PRICE);
        Payments payments = new Payments(api);
        List<Long> answeredBeforeKill = new ArrayList<>();
        for (int round = 0; round < Scale.crashes(); round++) {
            List<String[]> toPay = purchasesToPay(api, product, Math.max(4, Scale.burst() * 3 / 4));
            ExecutorService buyers = Executors.newFixedThreadPool(3);
            List<Future<Paid>> answers = new ArrayList<>();
            try {
                for (String[] purchase : toPay) {
                    answers.add(buyers.submit(() -> new Paid(purchase[0], card, PRICE,
                            api.payPatiently(purchase[1], card, Duration.ofMinutes(3)))));
                }
                // mid-burst: the first results are relayed (consumed, or still in the store), the rest not yet made
                answeredBeforeKill.add(awaitFirstAnswer(answers));
                system.broker().kill();
                assertThat(system.broker().isRunning()).isFalse();
                for (Future<Paid> answer : answers) {
                    payments.record(answer.get());
                }
            } finally {
                buyers.shutdown();
                system.broker().start();
            }
        }

        long burst = Math.max(4, Scale.burst() * 3 / 4);
        assertThat(answeredBeforeKill).as("payments answered before each kill: some, not all")
                .allMatch(n -> n > 0 && n < burst);
        assertThat(payments.made()).as("payments accepted around the broker's crashes").allMatch(Paid::approved);
        new ResultTrail(system).assertNoneLate(payments.awaitMall(payments.made(), DELIVERY),
                "payments not at the mall after the crash");
        assertExactlyOnce(system, api, databases, card, payments.made());
        FaultAudit.assertNothingLeaked(system, card, holder, productName);
        System.out.printf("OutageIT broker crash: %d kill -9 of the broker during %d payments (answered before each"
                + " kill: %s), all at the mall once%n", Scale.crashes(), payments.made().size(), answeredBeforeKill);
    }

    @Test
    void aCrashOfTheShippingCompanyDuringShipmentsShipsOnce(AnonpaySystem system) throws Exception {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        String holder = "Shipping Crash Holder";
        Card card = api.newCard(holder, 1_000_000);
        String productName = "Teapot, shipping crash";
        long product = api.newProduct(productName, PRICE);
        Payments payments = new Payments(api);
        List<Long> answeredBeforeKill = new ArrayList<>();
        List<Integer> finalAnswers = new ArrayList<>();
        for (int round = 0; round < Scale.crashes(); round++) {
            List<Paid> paid = paidAtTheMall(system, api, payments, product, card, Math.max(4, Scale.burst() / 2));
            List<String> toShip = paid.stream().map(p -> api.shippingInstructions(p.purchaseId())).toList();

            // two shippers: when the first answer comes, at least half the shipments are still to be made
            ExecutorService shippers = Executors.newFixedThreadPool(2);
            List<Future<Reply>> answers = new ArrayList<>();
            List<Reply> shipped = new ArrayList<>();
            try {
                for (String instructions : toShip) {
                    answers.add(shippers.submit(() -> api.shipPatiently(instructions, holder,
                            Duration.ofMinutes(5))));
                }
                answeredBeforeKill.add(awaitFirstAnswer(answers));
                system.server(Server.SHIPPING).kill();
            } finally {
                shippers.shutdown();
                system.server(Server.SHIPPING).restart();
                api.awaitServing(Server.SHIPPING, Duration.ofSeconds(120));
            }
            for (Future<Reply> answer : answers) {
                shipped.add(answer.get());
            }
            shipped.forEach(r -> finalAnswers.add(r.status()));
            assertShippedOnce(system, api, databases, holder, paid, toShip, shipped);
        }
        int shipments = Math.max(4, Scale.burst() / 2);
        assertThat(answeredBeforeKill).as("shipments answered before each kill: some, not all")
                .allMatch(n -> n > 0 && n < shipments);
        assertExactlyOnce(system, api, databases, card, payments.made());
        FaultAudit.assertNothingLeaked(system, card, holder, productName);
        System.out.printf("OutageIT shipping crash: %d kill -9 during %d shipments (answered before each kill: %s,"
                + " final answers %s), each shipped and received once%n", Scale.crashes(), finalAnswers.size(),
                answeredBeforeKill, finalAnswers);
    }

    /** Waits (at most a minute) until the first of the answers is in; returns how many are in by then. */
    private static <T> long awaitFirstAnswer(List<Future<T>> answers) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (answers.stream().noneMatch(Future::isDone) && Instant.now().isBefore(deadline)) {
            Api.pause(20);
        }
        return answers.stream().filter(Future::isDone).count();
    }

    /** New purchases of the product with their payment instructions: {purchase id, instructions} each. */
    private static List<String[]> purchasesToPay(Api api, long product, int count) {
        List<String[]> toPay = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String purchaseId = api.newPurchase(product);
            toPay.add(new String[]{purchaseId, api.paymentInstructions(purchaseId)});
        }
        return toPay;
    }

    /**
     * Each purchase shipped exactly once: the final answer accepted it, a retry gets the same shipment back, the
     * shipping company holds one shipment, and the mall has the receipt and refused none.
     */
    private static void assertShippedOnce(AnonpaySystem system, Api api, Databases databases, String holder,
                                          List<Paid> paid, List<String> toShip, List<Reply> shipped) {
        assertThat(shipped).as("every shipment accepted (201, or 200 when its first answer was lost)")
                .allMatch(r -> r.status() == 201 || r.status() == 200);
        for (int i = 0; i < paid.size(); i++) {
            String purchaseId = paid.get(i).purchaseId();
            String shippingId = shipped.get(i).object().getString("shippingId");
            Reply retried = api.ship(toShip.get(i), holder);
            assertThat(retried.status()).as("a retried shipment request").isEqualTo(200);
            assertThat(retried.object().getString("shippingId")).as("the retried shipment").isEqualTo(shippingId);
            assertThat(databases.column(Server.SHIPPING, "select count(*) from shipment where purchase_id = ?",
                    purchaseId)).as("shipments of %s", purchaseId).containsExactly("1");
            assertThat(api.awaitStatus(purchaseId, "SHIPPING_ACCEPTED"::equals, DELIVERY))
                    .as("receipt of %s at the mall", purchaseId).isEqualTo("SHIPPING_ACCEPTED");
            assertThat(api.purchase(purchaseId).object().getString("shippingId")).as("shipment known to the mall")
                    .isEqualTo(shippingId);
        }
        Set<String> ours = paid.stream().map(Paid::purchaseId).collect(Collectors.toSet());
        assertThat(new DeadLetters(system).browse(DeadLetters.RECEIPTS_DLQ).stream()
                .map(l -> Tokens.purchaseId(l.text()).orElse("")).filter(ours::contains).toList())
                .as("receipts the mall refused for these purchases").isEmpty();
    }

    /**
     * One settlement per purchase at the credit company, the card's books balanced with the approvals, and no result
     * for these purchases refused by the mall (a second approval would be dead-lettered).
     */
    private static void assertExactlyOnce(AnonpaySystem system, Api api, Databases databases, Card card,
                                          List<Paid> made) {
        for (Paid paid : made) {
            assertThat(databases.settlementsOf(paid.purchaseId())).as("settlements of %s", paid.purchaseId())
                    .isEqualTo(1);
        }
        long approved = made.stream().filter(Paid::approved).mapToLong(Paid::sum).sum();
        new Books(api, databases).assertConserved(card, approved);
        Clearing.assertReconciled(system, DELIVERY);
        Set<String> ours = made.stream().map(Paid::purchaseId).collect(Collectors.toSet());
        Map<String, Long> refused = new DeadLetters(system).browse(DeadLetters.SETTLEMENT_DLQ).stream()
                .map(l -> Tokens.purchaseId(l.text()).orElse("")).filter(ours::contains)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(refused).as("results the mall refused for these purchases").isEmpty();
    }
}
