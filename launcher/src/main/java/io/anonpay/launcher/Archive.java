package io.anonpay.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** A server distribution's zip, unpacked once into the data directory. */
final class Archive {

    private Archive() {
    }

    /** The folder below {@code root} that holds {@code marker} (e.g. {@code bin/standalone.sh}); null if none. */
    static Path unpackedFolder(Path root, String marker) throws IOException {
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(dir -> Files.isRegularFile(dir.resolve(marker))).findFirst().orElse(null);
        }
    }

    /**
     * Unpacks {@code zip} into {@code target} through a sibling {@code .partial} folder, so that an interrupted
     * unpacking is never taken for a finished one. Shell scripts and {@code bin/} files become executable.
     */
    static void unzip(Path zip, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteTree(partial);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path file = partial.resolve(entry.getName()).normalize();
                if (!file.startsWith(partial)) {
                    throw new IOException("an entry outside the archive's folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                if (file.getFileName().toString().endsWith(".sh") || file.getParent().endsWith("bin")) {
                    file.toFile().setExecutable(true);
                }
            }
        }
        deleteTree(target);
        Files.move(partial, target);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
