package io.anonpay.bench;

import com.sun.tools.attach.VirtualMachine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * async-profiler attached to a server JVM: CPU samples every millisecond (perf events, or a timer where those are
 * not allowed), written as a flame graph and as collapsed stacks, and summarised by where the time went. It runs in
 * a phase of its own: a profiler running during the measured phases would be measured too (JFR's "profile"
 * settings halved the credit server's settlement rate).
 */
final class Profiler {

    private static final String AGENT = "linux-x64/libasyncProfiler.so";

    /** Samples in all, the top frames by own samples, the innermost anonpay frame of each sample. */
    record Summary(long samples, Map<String, Long> topSelf, Map<String, Long> topAnonpay, Map<String, Double> shares) {
    }

    private final Path agent;

    private Profiler(Path agent) {
        this.agent = agent;
    }

    /** The agent, copied out of the benchmark's jar into {@code work}. */
    static Profiler extract(Path work) {
        try (InputStream in = Profiler.class.getClassLoader().getResourceAsStream(AGENT)) {
            if (in == null) {
                throw new IllegalStateException("no " + AGENT + " on the class path");
            }
            Path agent = work.resolve("libasyncProfiler.so");
            Files.copy(in, agent, StandardCopyOption.REPLACE_EXISTING);
            return new Profiler(agent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void start(long pid) {
        command(pid, "start,event=cpu,interval=1ms");
    }

    /** Writes the collapsed stacks, then stops with the flame graph. */
    void stop(long pid, Path collapsed, Path flameGraph) {
        command(pid, "dump,collapsed,file=" + collapsed);
        command(pid, "stop,file=" + flameGraph);
    }

    private void command(long pid, String options) {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            try {
                vm.loadAgentPath(agent.toString(), options);
            } finally {
                vm.detach();
            }
        } catch (Exception e) {
            throw new IllegalStateException("async-profiler " + options + " on pid " + pid + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param shareOf label → a fragment of a frame name ("Argon2BytesGenerator"): the share of samples with such a
     *                frame anywhere on the stack
     */
    static Summary summarize(List<String> collapsedLines, Map<String, String> shareOf) {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> anonpay = new HashMap<>();
        Map<String, Long> under = new HashMap<>();
        long samples = 0;
        for (String line : collapsedLines) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long n = Long.parseLong(line.substring(space + 1).strip());
            String[] frames = line.substring(0, space).replace('/', '.').split(";");
            samples += n;
            self.merge(frames[frames.length - 1], n, Long::sum);
            for (int i = frames.length - 1; i >= 0; i--) {
                // the container's generated proxies of our beans are plumbing, not our code
                if (frames[i].startsWith("io.anonpay.") && !frames[i].contains("$Proxy$") && !frames[i].contains("__EJB31_")) {
                    anonpay.merge(frames[i], n, Long::sum);
                    break;
                }
            }
            String stack = String.join(";", frames);
            long count = n;
            shareOf.forEach((label, fragment) -> {
                if (stack.contains(fragment)) {
                    under.merge(label, count, Long::sum);
                }
            });
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        long total = samples;
        shareOf.keySet().forEach(label -> shares.put(label, total == 0 ? Double.NaN
                : under.getOrDefault(label, 0L) / (double) total));
        return new Summary(samples, top(self, 15), top(anonpay, 15), shares);
    }

    private static Map<String, Long> top(Map<String, Long> counts, int n) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
