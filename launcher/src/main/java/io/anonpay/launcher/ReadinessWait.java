package io.anonpay.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Watches the starting servers until each is ready, one fails, time runs out or the launch is called off. Reports
 * each server as it becomes ready and, every so often, who is still being waited for.
 */
final class ReadinessWait {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration REMIND = Duration.ofSeconds(15);
    private static final int TAIL_LINES = 30;

    private final List<ServerProcess> instances;
    private final Progress progress;
    private final Duration timeout;
    private final BooleanSupplier calledOff;
    private final Readiness readiness;

    ReadinessWait(List<ServerProcess> instances, Progress progress, Duration timeout, BooleanSupplier calledOff,
                  Transport transport) {
        this.readiness = new Readiness(transport.httpClient().connectTimeout(Readiness.CONNECT_TIMEOUT).build());
        this.instances = instances;
        this.progress = progress;
        this.timeout = timeout;
        this.calledOff = calledOff;
    }

    void await() {
        long start = System.nanoTime();
        long nextReminder = start + REMIND.toNanos();
        Map<ServerProcess, String> waiting = new LinkedHashMap<>();
        instances.forEach(instance -> waiting.put(instance, "starting"));
        while (!waiting.isEmpty()) {
            if (calledOff.getAsBoolean()) {
                throw new LaunchFailure("stopped while starting");
            }
            for (ServerProcess instance : new ArrayList<>(waiting.keySet())) {
                ServerProcess.Status status = instance.look(readiness);
                if (status.failed()) {
                    throw failure(instance, status.detail());
                }
                if (status.ready()) {
                    waiting.remove(instance);
                    progress.step(instance.server().id() + " ready at " + instance.baseUrl());
                } else {
                    waiting.put(instance, status.detail());
                }
            }
            long now = System.nanoTime();
            if (!waiting.isEmpty() && now - start > timeout.toNanos()) {
                List<String> late = waiting.entrySet().stream()
                        .map(entry -> entry.getKey().server().id() + ": " + entry.getValue()).toList();
                throw failure(waiting.keySet().iterator().next(),
                        "not ready after " + timeout.toSeconds() + " s (" + String.join("; ", late) + ")");
            }
            if (!waiting.isEmpty() && now > nextReminder) {
                nextReminder = now + REMIND.toNanos();
                progress.step("waiting for " + String.join(", ", waiting.keySet().stream()
                        .map(instance -> instance.server().id()).toList()));
            }
            pause();
        }
    }

    private static LaunchFailure failure(ServerProcess instance, String detail) {
        StringBuilder message = new StringBuilder()
                .append(instance.server().id()).append(" did not start: ").append(detail).append('\n')
                .append("from ").append(instance.logFile()).append(":\n");
        List<String> lines = instance.failureRecord().map(ReadinessWait::withoutStackFrames)
                .orElseGet(() -> instance.logTail(TAIL_LINES));
        lines.forEach(line -> message.append("    ").append(line).append('\n'));
        return new LaunchFailure(message.toString());
    }

    private static List<String> withoutStackFrames(String record) {
        return record.lines().filter(line -> !line.stripLeading().startsWith("at ")).limit(TAIL_LINES).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while waiting for the servers");
        }
    }
}
