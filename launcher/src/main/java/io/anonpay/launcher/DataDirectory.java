package io.anonpay.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The layout of the data directory, kept between runs:
 * {@code postgres/}, {@code broker/}, {@code tls/}, {@code secrets.properties}, {@code run.json} and per server
 * {@code <server>/} with its keys, temp dir, post-boot commands and log.
 */
public final class DataDirectory implements AutoCloseable {

    private final Path root;
    private FileChannel lockChannel;
    private FileLock lock;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path postgres() {
        return root.resolve("postgres");
    }

    public Path broker() {
        return root.resolve("broker");
    }

    public Path secrets() {
        return root.resolve("secrets.properties");
    }

    /** The local authority, its trust store and the key stores of {@code --tls} runs. */
    public Path tls() {
        return root.resolve("tls");
    }

    public Path runFile() {
        return root.resolve("run.json");
    }

    public Path server(Server server) {
        return root.resolve(server.id());
    }

    public Path keys(Server server) {
        return server(server).resolve("keys");
    }

    public Path tmp(Server server) {
        return server(server).resolve("tmp");
    }

    public Path serverLog(Server server) {
        return server(server).resolve("server.log");
    }

    /**
     * The home of an additional instance of a server ({@code number} 2 and up), e.g. {@code credit-2/}, with its own
     * temp dir and log; it shares the first instance's keys.
     */
    public Path extraInstance(Server server, int number) {
        if (number < 2) {
            throw new IllegalArgumentException("extra instances are numbered from 2: " + number);
        }
        return root.resolve(server.id() + "-" + number);
    }

    /** Creates the directory and takes a lock on it, so that two launchers never share one data directory. */
    public void open(boolean fresh) {
        try {
            if (fresh && Files.exists(root)) {
                lock();
                wipeContentsExceptLock();
            }
            Files.createDirectories(root);
            if (lock == null) {
                lock();
            }
            for (Server server : Server.values()) {
                Files.createDirectories(keys(server));
                // private keys live there
                Files.setPosixFilePermissions(keys(server), PosixFilePermissions.fromString("rwx------"));
                Files.createDirectories(tmp(server));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + root, e);
        }
    }

    private void lock() throws IOException {
        lockChannel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            throw new LaunchFailure("another launcher is running on " + root);
        }
    }

    private void wipeContentsExceptLock() throws IOException {
        Path lockFile = root.resolve(".lock");
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(lockFile)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!dir.equals(root)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
