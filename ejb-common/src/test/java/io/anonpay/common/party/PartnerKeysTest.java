package io.anonpay.common.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.PublicKeySet;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerKeysTest {

    private static final Partner MALL =
            new Partner(Partner.Role.MALL, "mall", "Mall", URI.create("http://127.0.0.1:8080/mall"));

    private final SecureRandom random = new SecureRandom();
    private final PublicKeySet published = KeyRing.generate(random).publicKeys();
    private final MovableClock clock = new MovableClock();
    private final AtomicInteger fetches = new AtomicInteger();

    @TempDir
    Path directory;

    @Test
    void fetchesOnceAndAgainOnlyWhenTheSetIsOld() {
        PartnerKeys keys = new PartnerKeys(counting(p -> Optional.of(published)), directory, clock);

        assertThat(keys.of(MALL)).contains(published);
        clock.pass(PartnerKeys.KEEP.minusSeconds(1));
        assertThat(keys.of(MALL)).contains(published);
        assertThat(fetches).hasValue(1);

        clock.pass(Duration.ofSeconds(1));
        assertThat(keys.of(MALL)).contains(published);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aRestartWhileThePartnerIsUnreachableStillKnowsItsKeys() {
        new PartnerKeys(p -> Optional.of(published), directory, clock).of(MALL);

        PartnerKeys restarted = new PartnerKeys(counting(p -> Optional.empty()), directory, clock);

        assertThat(restarted.of(MALL)).contains(published);
        assertThat(fetches).as("it asked the partner first").hasValue(1);
    }

    @Test
    void aRestartPrefersWhatThePartnerPublishesNow() {
        new PartnerKeys(p -> Optional.of(published), directory, clock).of(MALL);
        PublicKeySet rotated = KeyRing.generate(random).publicKeys();

        assertThat(new PartnerKeys(p -> Optional.of(rotated), directory, clock).of(MALL)).contains(rotated);
        assertThat(new PartnerKeys(p -> Optional.empty(), directory, clock).of(MALL))
                .as("the newer set replaced the one on disk").contains(rotated);
    }

    @Test
    void keysKeptForAnotherAddressAreNotUsed() {
        new PartnerKeys(p -> Optional.of(published), directory, clock).of(MALL);
        Partner moved = new Partner(Partner.Role.MALL, "mall", "Mall", URI.create("http://10.0.0.9:8080/mall"));

        assertThat(new PartnerKeys(p -> Optional.empty(), directory, clock).of(moved)).isEmpty();
    }

    @Test
    void aDamagedFileIsIgnored() throws IOException {
        Files.writeString(directory.resolve("mall.json"), "{\"baseUrl\":\"http://127.0.0.1:8080/mall\",\"keys\":{\"ke");

        assertThat(new PartnerKeys(p -> Optional.empty(), directory, clock).of(MALL)).isEmpty();
        assertThat(new PartnerKeys(p -> Optional.of(published), directory, clock).of(MALL)).contains(published);
        assertThat(new PartnerKeys(p -> Optional.empty(), directory, clock).of(MALL)).contains(published);
    }

    @Test
    void aPartnerNeverReachedIsAskedByEachRequestForThereAreNoKeysToGoOnWith() {
        PartnerKeys keys = new PartnerKeys(counting(p -> Optional.empty()), directory, clock);

        assertThat(keys.of(MALL)).isEmpty();
        assertThat(keys.of(MALL)).isEmpty();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void requestsArrivingWhileTheFirstFetchIsUnderWayTakeItsKeys() throws Exception {
        CountDownLatch answering = new CountDownLatch(1);
        PartnerKeys keys = new PartnerKeys(counting(p -> {
            await(answering);
            return Optional.of(published);
        }), directory, clock);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<PublicKeySet>> first = requests.submit(() -> keys.of(MALL));
            awaitFetches(1);
            AtomicReference<Thread> secondThread = new AtomicReference<>();
            Future<Optional<PublicKeySet>> second = requests.submit(() -> {
                secondThread.set(Thread.currentThread());
                return keys.of(MALL);
            });
            awaitWaiting(secondThread);

            answering.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).contains(published);
            assertThat(second.get(30, TimeUnit.SECONDS)).as("waited for the fetch under way").contains(published);
            assertThat(fetches).hasValue(1);
        } finally {
            answering.countDown();
            requests.shutdownNow();
        }
    }

    @Test
    void oldKeysServeWhileThePartnerIsDown() {
        AtomicReference<Optional<PublicKeySet>> answer = new AtomicReference<>(Optional.of(published));
        PartnerKeys keys = new PartnerKeys(counting(p -> answer.get()), directory, clock);
        keys.of(MALL);
        answer.set(Optional.empty());

        clock.pass(PartnerKeys.KEEP);
        assertThat(keys.of(MALL)).contains(published);
        assertThat(keys.of(MALL)).contains(published);
        assertThat(fetches).as("one failed attempt, then a pause").hasValue(2);
    }

    @Test
    void aKeyIdNewToUsIsFetchedAtOnceButNotOverAndOver() {
        PublicKeySet rotated = KeyRing.generate(random).publicKeys();
        AtomicReference<Optional<PublicKeySet>> answer = new AtomicReference<>(Optional.of(published));
        List<Instant> paused = new ArrayList<>();
        PartnerKeys keys = new PartnerKeys(counting(p -> answer.get()), directory, clock, until -> {
            paused.add(until);
            clock.passUntil(until);
            return true;
        });
        keys.of(MALL);
        answer.set(Optional.of(rotated));
        String newKid = rotated.signingKeys().get(0).kid();
        Instant first = clock.instant();

        assertThat(keys.of(MALL, newKid)).contains(rotated);
        assertThat(keys.of(MALL, "a-kid-nobody-has")).as("asked: the partner has no such key").contains(rotated);
        assertThat(keys.of(MALL, "another-kid-nobody-has")).contains(rotated);

        assertThat(fetches).as("each unknown kid asked about once, in turn").hasValue(4);
        assertThat(clock.instant()).as("one fetch a pause")
                .isEqualTo(first.plus(PartnerKeys.NEW_KEY_RETRY.multipliedBy(2)));
        assertThat(paused).hasSize(3);
    }

    @Test
    void aKeyIdNewToUsRightAfterARoutineFetchIsStillFetched() {
        PublicKeySet rotated = KeyRing.generate(random).publicKeys();
        AtomicReference<Optional<PublicKeySet>> answer = new AtomicReference<>(Optional.of(published));
        PartnerKeys keys = new PartnerKeys(counting(p -> answer.get()), directory, clock);
        keys.of(MALL);
        clock.pass(PartnerKeys.KEEP);
        keys.of(MALL);
        answer.set(Optional.of(rotated));

        assertThat(keys.of(MALL, rotated.signingKeys().get(0).kid())).as("the partner rotated a moment after")
                .contains(rotated);
        assertThat(fetches).hasValue(3);
    }

    @Test
    void aKeyIdNewToUsWhileThePartnerIsDownIsTryAgainNotRefused() {
        AtomicReference<Optional<PublicKeySet>> answer = new AtomicReference<>(Optional.of(published));
        PartnerKeys keys = new PartnerKeys(counting(p -> answer.get()), directory, clock);
        keys.of(MALL);
        answer.set(Optional.empty());

        assertThat(keys.of(MALL, "a-kid-it-may-have-published")).isEmpty();
        assertThat(keys.of(MALL)).as("the keys held still serve").contains(published);
    }

    @Test
    void requestsWithANewKeyIdWaitForTheFetchUnderWayInsteadOfBeingRefused() throws Exception {
        PublicKeySet rotated = KeyRing.generate(random).publicKeys();
        String newKid = rotated.signingKeys().get(0).kid();
        CountDownLatch answering = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        PartnerKeys keys = new PartnerKeys(counting(p -> {
            if (asked.incrementAndGet() == 1) {
                return Optional.of(published);
            }
            await(answering);
            return Optional.of(rotated);
        }), directory, clock);
        keys.of(MALL);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<PublicKeySet>> first = requests.submit(() -> keys.of(MALL, newKid));
            awaitFetches(2);
            AtomicReference<Thread> secondThread = new AtomicReference<>();
            Future<Optional<PublicKeySet>> second = requests.submit(() -> {
                secondThread.set(Thread.currentThread());
                return keys.of(MALL, newKid);
            });
            awaitWaiting(secondThread);

            answering.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).contains(rotated);
            assertThat(second.get(30, TimeUnit.SECONDS)).as("waited for the fetch under way").contains(rotated);
            assertThat(fetches).hasValue(2);
        } finally {
            answering.countDown();
            requests.shutdownNow();
        }
    }

    private void awaitFetches(int count) throws InterruptedException {
        for (int i = 0; i < 3000 && fetches.get() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(fetches).hasValue(count);
    }

    /** Until the thread is parked (on the entry's lock): there is no other way to see it queue. */
    private static void awaitWaiting(AtomicReference<Thread> thread) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            Thread t = thread.get();
            if (t != null && (t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the second request never waited");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Function<Partner, Optional<PublicKeySet>> counting(Function<Partner, Optional<PublicKeySet>> fetcher) {
        return partner -> {
            fetches.incrementAndGet();
            return fetcher.apply(partner);
        };
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T12:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        void passUntil(Instant instant) {
            now = instant.isAfter(now) ? instant : now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
