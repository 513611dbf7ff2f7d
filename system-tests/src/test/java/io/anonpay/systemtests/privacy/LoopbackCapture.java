package io.anonpay.systemtests.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every TCP packet on the loopback interface, written by {@code tcpdump} while the capture runs: what crossed a socket
 * of this machine in the bytes a listener on it would have seen. Needs {@code tcpdump} (scripts/install-test-tools.sh)
 * and root. A packet the kernel dropped would be a blind spot, so a capture with drops is refused rather than read.
 */
final class LoopbackCapture implements AutoCloseable {

    private static final List<Path> TCPDUMP = List.of(Path.of("/usr/bin/tcpdump"), Path.of("/usr/sbin/tcpdump"));
    private static final Pattern DROPPED = Pattern.compile("(\\d+) packets? dropped by kernel");

    private final Process tcpdump;
    private final Path file;
    private final Path log;

    private LoopbackCapture(Process tcpdump, Path file, Path log) {
        this.tcpdump = tcpdump;
        this.file = file;
        this.log = log;
    }

    /** Starts capturing into {@code file} and returns once tcpdump listens. */
    static LoopbackCapture start(Path file) {
        Path binary = TCPDUMP.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "no tcpdump on this machine: run scripts/install-test-tools.sh (as root or with sudo), then the test again"));
        Path log = file.resolveSibling(file.getFileName() + ".log");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            // -U: each packet written as it comes; -B: 64 MiB of kernel buffer against drops on a loaded machine;
            // -Z root: tcpdump keeps the rights to write where the test writes
            Process process = new ProcessBuilder(binary.toString(), "-i", "lo", "-U", "-s", "0", "-B", "65536",
                    "-Z", "root", "-w", file.toString(), "tcp").redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            LoopbackCapture capture = new LoopbackCapture(process, file, log);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (!capture.said().contains("listening on")) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("tcpdump did not start capturing on lo (it needs root): "
                            + capture.said());
                }
                Thread.sleep(100);
            }
            return capture;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start tcpdump", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while tcpdump started", e);
        }
    }

    /** Ends the capture and returns every byte captured (pcap headers and all). */
    byte[] stop() {
        try {
            tcpdump.destroy();
            if (!tcpdump.waitFor(30, TimeUnit.SECONDS)) {
                tcpdump.destroyForcibly();
                throw new IllegalStateException("tcpdump did not end within 30 s: " + said());
            }
            Matcher dropped = DROPPED.matcher(said());
            if (!dropped.find() || Long.parseLong(dropped.group(1)) != 0) {
                throw new IllegalStateException("the capture is incomplete, or its end was not reported: " + said());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the capture " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while tcpdump ended", e);
        }
    }

    @Override
    public void close() {
        tcpdump.destroyForcibly();
    }

    /** Whether the text's bytes (ASCII, as in a JSON body or a form) lie anywhere in what was captured. */
    static boolean contains(byte[] captured, String text) {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + wanted.length <= captured.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (captured[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private String said() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1).strip() : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
