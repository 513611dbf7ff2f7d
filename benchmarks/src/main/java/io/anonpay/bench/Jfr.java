package io.anonpay.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** A JFR recording of a server JVM by {@code jcmd}, and a summary of where its CPU samples went. */
final class Jfr {

    /** Top frames by own samples, and the share of samples under given packages or classes. */
    record Summary(long samples, Map<String, Long> topSelf, Map<String, Long> topAnonpay, Map<String, Double> shares,
                   long collections, long fullCollections, double gcPauseSeconds, double recordedSeconds) {
    }

    private Jfr() {
    }

    static void start(long pid, Path file) {
        jcmd(pid, "JFR.start", "name=anonpay-bench", "settings=profile", "filename=" + file);
    }

    static void stop(long pid) {
        jcmd(pid, "JFR.stop", "name=anonpay-bench");
    }

    private static void jcmd(long pid, String... args) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        List<String> command = new java.util.ArrayList<>(List.of(jcmd, Long.toString(pid)));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", args) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("jcmd failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * @param shareOf label → frame prefix ("org.bouncycastle.crypto.generators.Argon2BytesGenerator"): the share of
     *                samples with such a frame anywhere on the stack
     */
    static Summary summarize(Path file, Map<String, String> shareOf) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> anonpay = new HashMap<>();
        Map<String, Long> under = new HashMap<>();
        long samples = 0;
        long collections = 0;
        long full = 0;
        double pauses = 0;
        java.time.Instant first = null;
        java.time.Instant last = null;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (first == null || event.getStartTime().isBefore(first)) {
                first = event.getStartTime();
            }
            if (last == null || event.getEndTime().isAfter(last)) {
                last = event.getEndTime();
            }
            if (event.getEventType().getName().equals("jdk.GarbageCollection")) {
                collections++;
                if (!"DefNew".equals(event.getString("name"))) {
                    full++;
                }
                pauses += event.getDuration("sumOfPauses").toNanos() / 1e9;
                continue;
            }
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1L, Long::sum);
            for (RecordedFrame frame : frames) {
                String n = name(frame);
                if (n.startsWith("io.anonpay.")) {
                    anonpay.merge(n, 1L, Long::sum);
                    break;
                }
            }
            Set<String> counted = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String n = name(frame);
                shareOf.forEach((label, prefix) -> {
                    if (n.startsWith(prefix) && counted.add(label)) {
                        under.merge(label, 1L, Long::sum);
                    }
                });
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        long total = samples;
        shareOf.keySet().forEach(label -> shares.put(label, total == 0 ? Double.NaN
                : under.getOrDefault(label, 0L) / (double) total));
        double recorded = first == null ? Double.NaN : java.time.Duration.between(first, last).toNanos() / 1e9;
        return new Summary(samples, top(self, 15), top(anonpay, 15), shares, collections, full, pauses, recorded);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static Map<String, Long> top(Map<String, Long> counts, int n) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
