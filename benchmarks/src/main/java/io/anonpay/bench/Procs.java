package io.anonpay.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Linux /proc: processes by command line, resident memory, CPU time. */
final class Procs {

    /** Clock ticks per second of /proc/<pid>/stat's utime and stime (100 on every Linux x86-64 build). */
    static final double TICKS = 100.0;

    private Procs() {
    }

    static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** Every process whose command line contains all of {@code parts}. */
    static List<Long> find(String... parts) {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).forEach(pid -> {
                        String cmd = cmdline(pid);
                        for (String part : parts) {
                            if (!cmd.contains(part)) {
                                return;
                            }
                        }
                        pids.add(pid);
                    });
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return pids;
    }

    /** The Payara Micro JVM started with {@code --name id --port port}. */
    static Optional<Long> payara(String id, int port) {
        // with --tls the server's port is its HTTPS listener's
        return find("payara-micro.jar", "--name " + id + " ", "--port " + port + " ").stream().findFirst()
                .or(() -> find("payara-micro.jar", "--name " + id + " ", "--sslport " + port + " ").stream().findFirst());
    }

    /** The postmaster of a data directory (from postmaster.pid) and every process it forked. */
    static List<Long> postgres(Path dataDir) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
            List<Long> all = new ArrayList<>(List.of(postmaster));
            all.addAll(children(postmaster));
            return all;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static List<Long> children(long parent) {
        List<Long> kids = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).forEach(pid -> {
                        long[] stat = stat(pid);
                        if (stat != null && stat[0] == parent) {
                            kids.add(pid);
                        }
                    });
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return kids;
    }

    /** kB from a line of /proc/pid/status ("VmRSS") or smaps_rollup ("Pss"); 0 when gone. */
    static long kb(long pid, String file, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static long rssKb(long pid) {
        return kb(pid, "status", "VmRSS");
    }

    static long pssKb(long pid) {
        return kb(pid, "smaps_rollup", "Pss");
    }

    /** {ppid, utime+stime in ticks} from /proc/pid/stat; null when gone. */
    static long[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state ppid ... utime is field 14, stime 15 (1-based over the whole line)
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** CPU seconds (user + system) used so far by these processes. */
    static double cpuSeconds(List<Long> pids) {
        long ticks = 0;
        for (long pid : pids) {
            long[] stat = stat(pid);
            if (stat != null) {
                ticks += stat[1];
            }
        }
        return ticks / TICKS;
    }

    /** A JVM's garbage collections so far, from {@code jstat -gc}: young and full counts, seconds in all. */
    record Gc(long young, long full, double seconds) {
        Gc minus(Gc before) {
            return new Gc(young - before.young, full - before.full, seconds - before.seconds);
        }
    }

    /** {@code jstat -gc pid}: its header names the columns (YGC, FGC, GCT). */
    static Optional<Gc> gc(long pid) {
        String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        try {
            Process p = new ProcessBuilder(jstat, "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (p.waitFor() != 0 || lines.size() < 2) {
                return Optional.empty();
            }
            List<String> names = List.of(lines.get(0).strip().split("\\s+"));
            String[] values = lines.get(1).strip().split("\\s+");
            return Optional.of(new Gc(Math.round(Double.parseDouble(values[names.indexOf("YGC")])),
                    Math.round(Double.parseDouble(values[names.indexOf("FGC")])),
                    Double.parseDouble(values[names.indexOf("GCT")])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The first line of /proc/loadavg. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    static long memTotalKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.substring(9).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
