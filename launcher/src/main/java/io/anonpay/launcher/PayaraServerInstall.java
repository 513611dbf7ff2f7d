package io.anonpay.launcher;

import io.anonpay.launcher.tls.TlsMaterial;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Payara Server installation of a data directory ({@code <data>/payara-server/}), unpacked once from the
 * distribution the build copied into {@code runtime/payara-server/}, and the way to run its {@code asadmin}.
 */
final class PayaraServerInstall {

    static final String DIRECTORY = "payara-server";
    static final String DISTRIBUTION = DIRECTORY + "/payara.zip";
    /** A domain's own key and trust stores, which its JVM's {@code javax.net.ssl} properties name. */
    static final String KEY_STORE = "config/keystore.p12";
    static final String TRUST_STORE = "config/cacerts.p12";

    private final Path home;

    private PayaraServerInstall(Path home) {
        this.home = home;
    }

    static PayaraServerInstall prepare(Path runtime, DataDirectory data) {
        Path root = data.root().resolve(DIRECTORY);
        try {
            Path home = Archive.unpackedFolder(root, "bin/asadmin");
            if (home == null) {
                Archive.unzip(runtime.resolve(DISTRIBUTION), root);
                home = Archive.unpackedFolder(root, "bin/asadmin");
                if (home == null) {
                    throw new LaunchFailure("the Payara Server distribution in " + runtime + " has no bin/asadmin");
                }
            }
            return new PayaraServerInstall(home);
        } catch (IOException e) {
            throw new LaunchFailure("cannot unpack Payara Server into " + root + ": " + e.getMessage(), e);
        }
    }

    /** {@code asadmin} with these arguments, on the launcher's own Java. */
    ProcessBuilder asadmin(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        return builder;
    }

    /**
     * Creates the domain {@code name} of the party under {@code domains} unless a former run did, with the JDBC driver
     * in its lib. With a master password file (an {@code AS_ADMIN_MASTERPASSWORD} line, {@code --tls}), the domain's
     * key store, trust store and password aliases are locked with that password; a domain whose key store that
     * password does not open (the run's secret was renewed) is made anew.
     */
    void createDomain(Server server, Path domains, String name, int portBase, Path jdbcDriver, Path masterPassword,
                      String password) {
        Path domain = domains.resolve(name);
        if (Files.isRegularFile(domain.resolve("config/domain.xml"))) {
            if (password == null || opens(domain.resolve(KEY_STORE), password)) {
                return;
            }
            deleteTree(domain);
        }
        Path log = domains.resolveSibling("payara-create-domain.log");
        try {
            Files.createDirectories(domains);
            List<String> arguments = new ArrayList<>();
            if (masterPassword != null) {
                arguments.addAll(List.of("--passwordfile", masterPassword.toString()));
            }
            arguments.addAll(List.of("create-domain", "--nopassword", "--portbase", Integer.toString(portBase),
                    "--domaindir", domains.toString(), name));
            Process create = asadmin(arguments.toArray(String[]::new))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!create.waitFor(3, TimeUnit.MINUTES) || create.exitValue() != 0) {
                create.destroyForcibly();
                throw new LaunchFailure("creating the Payara Server domain of " + server.id() + " failed: see " + log);
            }
            Files.copy(jdbcDriver, domain.resolve("lib").resolve(jdbcDriver.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LaunchFailure("cannot create the domain of " + server.id() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while creating the domain of " + server.id(), e);
        }
    }

    /**
     * Puts the run's certificate of {@code name} with its key into the domain's own key store (alias
     * {@value TlsMaterial#ALIAS}, beside the domain's {@code s1as}) and makes the run's authority the only entry of
     * its trust store, before each start (a renewed certificate so reaches the domain). Both stores are the domain's
     * {@code javax.net.ssl} stores, which Payara Server opens with its master password: the run's store password.
     */
    static void installTls(Path domain, TlsMaterial tls, String name) {
        char[] password = tls.password().toCharArray();
        try {
            KeyStore own = load(tls.keyStore(name), password);
            KeyStore keys = load(domain.resolve(KEY_STORE), password);
            keys.setKeyEntry(TlsMaterial.ALIAS, own.getKey(TlsMaterial.ALIAS, password), password,
                    own.getCertificateChain(TlsMaterial.ALIAS));
            save(keys, domain.resolve(KEY_STORE), password);
            KeyStore trusted = KeyStore.getInstance(TlsMaterial.TYPE);
            trusted.load(null, null);
            trusted.setCertificateEntry(TlsMaterial.ALIAS + "-ca", tls.authority());
            save(trusted, domain.resolve(TRUST_STORE), password);
        } catch (IOException e) {
            throw new LaunchFailure("cannot put the TLS certificate into " + domain + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new LaunchFailure("cannot put the TLS certificate into " + domain + ": " + e.getMessage(), e);
        }
    }

    private static boolean opens(Path store, String password) {
        try {
            load(store, password.toCharArray());
            return true;
        } catch (IOException | GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(TlsMaterial.TYPE);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    /** Written beside and moved into place, owner-only as the domain's config/ is. */
    private static void save(KeyStore store, Path file, char[] password) throws IOException, GeneralSecurityException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new LaunchFailure("cannot remove the former domain " + root + ": " + e.getMessage(), e);
        }
    }
}
