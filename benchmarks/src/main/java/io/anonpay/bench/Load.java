package io.anonpay.bench;

import io.anonpay.testhttp.JsonHttp;
import io.anonpay.testhttp.JsonHttp.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** What the benchmark does through the servers' HTTP APIs: cards, a product, purchases, payments, statements. */
final class Load {

    /** A card the benchmark issued, with its password. */
    record Card(String number, String password) {
    }

    /** A purchase ready to pay: its id and the mall's signed payment instructions for the credit company. */
    record Payable(String purchaseId, String instructions) {
    }

    /** One settlement's answer as the client saw it. */
    record Paid(String purchaseId, int status, long nanos, long receivedAtMillis) {
    }

    /** The outcome of a timed run of requests: successes, 429s, other failures, latencies of the successes. */
    static final class Run {
        final AtomicLong ok = new AtomicLong();
        final AtomicLong tooMany = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final ConcurrentLinkedQueue<Double> latenciesMs = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        double seconds;
        /** CPU seconds (user + system) each process group used during the run, by label. */
        final Map<String, Double> cpuSeconds = new LinkedHashMap<>();

        double perSecond() {
            return ok.get() / seconds;
        }

        /** Milliseconds of CPU per successful request in the groups named, together. */
        double cpuMsPerOk(Collection<String> groups) {
            return groups.stream().mapToDouble(g -> cpuSeconds.getOrDefault(g, 0.0)).sum() / ok.get() * 1000;
        }
    }

    private final JsonHttp http;
    private final JsonHttp operator;
    private final Target target;

    /** @param http one client for every call: HTTP/1.1 with kept-alive connections, as a load generator speaks */
    Load(JsonHttp http, Target target) {
        this.http = http;
        this.operator = http.as(target.operatorUser(), target.operatorPassword());
        this.target = target;
    }

    long addProduct() {
        JsonObject product = Json.createObjectBuilder()
                .add("name", "Bench item " + Long.toString(System.currentTimeMillis(), 36))
                .add("description", "A product for the benchmark")
                .add("price", Json.createObjectBuilder().add("amount", 100).add("currency", "EUR"))
                .add("size", Json.createObjectBuilder().add("lengthCm", 10).add("widthCm", 10).add("heightCm", 10)
                        .add("weightGrams", 100))
                .build();
        return operator.post(target.mall() + "/api/products", product.toString()).expect(201)
                .object().getJsonNumber("id").longValue();
    }

    /** Issues cards (each costs one Argon2 hash at the credit company) on a few threads; retries 429s. */
    List<Card> issueCards(int count, String label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Card>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    String password = "bench-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
                    JsonObject request = Json.createObjectBuilder()
                            .add("customerName", "Bench " + label + " " + n)
                            .add("limit", Json.createObjectBuilder().add("amount", 100_000_000_00L).add("currency", "EUR"))
                            .add("password", password).build();
                    while (true) {
                        Reply answer = operator.post(target.credit() + "/api/cards", request.toString());
                        if (answer.status() == 429) {
                            Thread.sleep(50);
                            continue;
                        }
                        return new Card(answer.expect(201).object().getString("cardNumber"), password);
                    }
                }));
            }
            List<Card> cards = new ArrayList<>();
            for (Future<Card> f : futures) {
                cards.add(f.get());
            }
            return cards;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Buys the product and gets payment instructions for the credit company, {@code count} times, on 8 threads. */
    ConcurrentLinkedQueue<Payable> payables(long productId, int count) throws Exception {
        ConcurrentLinkedQueue<Payable> ready = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    ready.add(payable(productId));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return ready;
    }

    Payable payable(long productId) {
        JsonObject order = Json.createObjectBuilder().add("items", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("productId", productId).add("quantity", 1))).build();
        String purchaseId = http.post(target.mall() + "/api/purchases", order.toString()).expect(201).object()
                .getString("purchaseId");
        String instructions = http.post(target.mall() + "/api/purchases/" + path(purchaseId)
                        + "/payment-instructions", Json.createObjectBuilder().add("company", "credit")
                                .add("shippingCompany", "shipping").build().toString())
                .expect(200).object().getString("instructions");
        return new Payable(purchaseId, instructions);
    }

    static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** POST api/settlements; a 429 (too many password checks at once) is retried and counted. */
    Paid pay(Payable payable, Card card, Run run) {
        return pay(payable, card, run, Long.MAX_VALUE);
    }

    /** As {@link #pay(Payable, Card, Run)}, but gives up retrying 429s at {@code deadline} (System.nanoTime). */
    Paid pay(Payable payable, Card card, Run run, long deadline) {
        return post(Json.createObjectBuilder().add("instructions", payable.instructions())
                .add("cardNumber", card.number()).add("password", card.password()).build(), payable, run, deadline);
    }

    /** POST api/settlements within a payment session: the token instead of card number and password. */
    Paid payInSession(Payable payable, String sessionToken, Run run, long deadline) {
        return post(Json.createObjectBuilder().add("instructions", payable.instructions())
                .add("sessionToken", sessionToken).build(), payable, run, deadline);
    }

    /** POST api/payment-sessions (one password check); retries 429s. The token is kept in memory only. */
    String openSession(Card card) throws InterruptedException {
        JsonObject request = Json.createObjectBuilder().add("cardNumber", card.number())
                .add("password", card.password()).build();
        while (true) {
            Reply answer = http.post(target.credit() + "/api/payment-sessions", request.toString());
            if (answer.status() == 429) {
                Thread.sleep(50);
                continue;
            }
            return answer.expect(201).object().getString("sessionToken");
        }
    }

    /** Opens one session per (client, card) pair on 4 threads: {@code cards.get(client)} are client i's cards. */
    List<List<String>> openSessions(List<List<Card>> cards) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<List<Future<String>>> futures = new ArrayList<>();
            for (List<Card> ofClient : cards) {
                List<Future<String>> mine = new ArrayList<>();
                for (Card card : ofClient) {
                    mine.add(pool.submit(() -> openSession(card)));
                }
                futures.add(mine);
            }
            List<List<String>> tokens = new ArrayList<>();
            for (List<Future<String>> mine : futures) {
                List<String> got = new ArrayList<>();
                for (Future<String> f : mine) {
                    got.add(f.get());
                }
                tokens.add(got);
            }
            return tokens;
        } finally {
            pool.shutdownNow();
        }
    }

    private Paid post(JsonObject request, Payable payable, Run run, long deadline) {
        String body = request.toString();
        while (true) {
            long start = System.nanoTime();
            Reply answer = http.post(target.credit() + "/api/settlements", body);
            long nanos = System.nanoTime() - start;
            if (answer.status() == 429 && run != null) {
                run.tooMany.incrementAndGet();
                if (System.nanoTime() < deadline) {
                    continue;
                }
            }
            if (answer.status() == 201 && !"APPROVED".equals(answer.object().getString("outcome", ""))) {
                throw new IllegalStateException("settlement not approved: " + answer.body());
            }
            return new Paid(payable.purchaseId(), answer.status(), nanos, System.currentTimeMillis());
        }
    }

    /**
     * {@code clients} threads pay from {@code queue} for {@code seconds} (or until it runs dry); client i pays with
     * {@code cardOf(i, k)} for its k-th payment.
     */
    Run settle(ConcurrentLinkedQueue<Payable> queue, int clients, double seconds, CardChooser cards,
               Map<String, List<Long>> processes) throws InterruptedException {
        return settle(queue, clients, seconds, (payable, client, k, run, deadline) ->
                pay(payable, cards.card(client, k), run, deadline), processes);
    }

    /** As above, but client i pays its k-th payment with the session token {@code tokens.token(i, k)}. */
    Run settleInSessions(ConcurrentLinkedQueue<Payable> queue, int clients, double seconds, TokenChooser tokens,
               Map<String, List<Long>> processes) throws InterruptedException {
        return settle(queue, clients, seconds, (payable, client, k, run, deadline) ->
                payInSession(payable, tokens.token(client, k), run, deadline), processes);
    }

    private Run settle(ConcurrentLinkedQueue<Payable> queue, int clients, double seconds, Payer payer,
               Map<String, List<Long>> processes) throws InterruptedException {
        Run run = new Run();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        Map<String, Double> cpuBefore = new LinkedHashMap<>();
        processes.forEach((label, pids) -> cpuBefore.put(label, Procs.cpuSeconds(pids)));
        long start = System.nanoTime();
        AtomicLongArray lastDone = new AtomicLongArray(clients);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread t = new Thread(() -> {
                int k = 0;
                Payable next;
                while (System.nanoTime() < end && (next = queue.poll()) != null) {
                    try {
                        Paid paid = payer.pay(next, client, k++, run, end);
                        if (paid.status() == 429) {
                            break;
                        }
                        if (paid.status() == 201) {
                            run.ok.incrementAndGet();
                            run.latenciesMs.add(paid.nanos() / 1e6);
                        } else {
                            run.failed.incrementAndGet();
                            run.errors.add("HTTP " + paid.status());
                        }
                    } catch (RuntimeException e) {
                        run.failed.incrementAndGet();
                        run.errors.add(e.getMessage());
                    }
                    lastDone.set(client, System.nanoTime());
                }
            }, "settle-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        run.seconds = (System.nanoTime() - start) / 1e9;
        processes.forEach((label, pids) -> run.cpuSeconds.put(label, Procs.cpuSeconds(pids) - cpuBefore.get(label)));
        return run;
    }

    /** Which card client i uses for its k-th payment. */
    interface CardChooser {
        Card card(int client, int k);
    }

    /** Which session token client i uses for its k-th payment. */
    interface TokenChooser {
        String token(int client, int k);
    }

    private interface Payer {
        Paid pay(Payable payable, int client, int k, Run run, long deadline);
    }

    /** {@code clients} threads ask for their own card's statement (one password check each) for {@code seconds}. */
    Run statements(List<Card> cards, double seconds) throws InterruptedException {
        List<String> requests = cards.stream().map(card -> Json.createObjectBuilder()
                .add("cardNumber", card.number()).add("password", card.password()).build().toString()).toList();
        return repeat(cards.size(), seconds, client -> http.post(target.credit() + "/api/statements",
                requests.get(client)));
    }

    /** {@code clients} threads GET {@code url} back to back for {@code seconds}: what a request costs at least. */
    Run gets(String url, int clients, double seconds) throws InterruptedException {
        return repeat(clients, seconds, client -> http.get(url));
    }

    /** Client i sends {@code request.apply(i)} back to back; 200 counts, 429 is counted apart, the rest failed. */
    private Run repeat(int clients, double seconds, java.util.function.IntFunction<Reply> request)
            throws InterruptedException {
        Run run = new Run();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        Reply answer = request.apply(client);
                        if (answer.status() == 200) {
                            run.ok.incrementAndGet();
                            run.latenciesMs.add((System.nanoTime() - t0) / 1e6);
                        } else if (answer.status() == 429) {
                            run.tooMany.incrementAndGet();
                        } else {
                            run.failed.incrementAndGet();
                            run.errors.add("HTTP " + answer.status() + " " + answer.body());
                        }
                    } catch (RuntimeException e) {
                        run.failed.incrementAndGet();
                        run.errors.add(e.getMessage());
                    }
                }
            }, "repeat-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        run.seconds = (System.nanoTime() - start) / 1e9;
        return run;
    }
}
