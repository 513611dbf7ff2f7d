package io.anonpay.systemtests;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.LaunchOptions;
import io.anonpay.launcher.Progress;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Starts the whole system once per test run, on free ports in {@code target/system-data}, and hands it to every
 * test that asks for an {@link AnonpaySystem} parameter. Stopped when the run ends; then no process the system
 * started may be left.
 */
public final class RunningSystem implements ParameterResolver {

    /** 240 s, or {@code -Danonpay.system.readyTimeoutSeconds} on a machine busy with other builds. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("anonpay.system.readyTimeoutSeconds",
            240));

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AnonpaySystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Stopper.class, key -> new Stopper(start()), Stopper.class).system;
    }

    private static AnonpaySystem start() {
        return start(System.getProperty("anonpay.system.data", "target/system-data"));
    }

    /**
     * A system of its own, fresh in {@code dataDir}, on free ports, with the launcher's {@code flags} besides (e.g.
     * {@code --tls}); {@link #stop} it when done.
     */
    public static AnonpaySystem start(String dataDir, String... flags) {
        // the broker and PostgreSQL libraries log every step at INFO; the launcher's progress lines say enough
        Logger.getLogger("").setLevel(Level.WARNING);
        List<String> args = new ArrayList<>(List.of(flags));
        args.addAll(List.of("--fresh",
                "--data-dir", dataDir,
                "--runtime-dir", System.getProperty("anonpay.runtime", "../launcher/target/runtime"),
                "--timeout", Long.toString(READY_TIMEOUT.toSeconds())));
        for (String flag : List.of("--mall-port", "--credit-port", "--shipping-port", "--pg-port", "--broker-port")) {
            args.add(flag);
            args.add(Integer.toString(freePort()));
        }
        return AnonpaySystem.start(LaunchOptions.parse(args, Map.of()), new Progress(System.out));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops a system of a test's own and proves that no process working in its data directory survives. Only those:
     * the running system's processes are children of this JVM too, and go on serving the other tests.
     */
    public static void stop(AnonpaySystem system) {
        system.close();
        Path root = dataDirOf(system);
        List<String> dataDir = List.of(root.toString(), root.toAbsolutePath().toString());
        List<ProcessHandle> left = ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).filter(process ->
                dataDir.stream().anyMatch(process.info().commandLine().orElse("")::contains)).toList();
        if (!left.isEmpty()) {
            left.forEach(ProcessHandle::destroyForcibly);
            throw new AssertionError("processes left after stopping the system in " + dataDir + ": " + left.stream()
                    .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList());
        }
    }

    /**
     * Closed by JUnit at the end of the run: stops the system and proves that nothing it started survives, neither
     * a child of this JVM nor a process working in its data directory (PostgreSQL detaches from its starter).
     */
    private record Stopper(AnonpaySystem system) implements AutoCloseable {
        @Override
        public void close() {
            system.close();
            String dataDir = dataDirOf(system).toString();
            Stream<ProcessHandle> inDataDir = ProcessHandle.allProcesses()
                    .filter(process -> process.info().commandLine().orElse("").contains(dataDir));
            Set<ProcessHandle> thisTestRun = Stream.iterate(Optional.of(ProcessHandle.current()), Optional::isPresent,
                    process -> process.flatMap(ProcessHandle::parent)).map(Optional::get).collect(Collectors.toSet());
            List<ProcessHandle> left = Stream.concat(ProcessHandle.current().descendants(), inDataDir)
                    .filter(ProcessHandle::isAlive).filter(process -> !thisTestRun.contains(process))
                    .distinct().toList();
            if (!left.isEmpty()) {
                left.forEach(ProcessHandle::destroyForcibly);
                throw new AssertionError("processes left after stopping the system: " + left.stream()
                        .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList());
            }
        }
    }

    static Path dataDirOf(AnonpaySystem system) {
        return system.dataDirectory().root();
    }
}
