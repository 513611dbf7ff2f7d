package io.anonpay.launcher.tls;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The data directory's {@code tls/}: the authority's certificate {@code ca.crt} (PEM, for anyone to trust) and key
 * {@code ca.key}, {@code truststore.p12} holding only that certificate, and per name (a server, the broker) a
 * {@code <name>.p12} with its key and chain under the alias {@value #ALIAS}. Made on the first TLS run and kept;
 * a certificate that expires within {@link #RENEW_BEFORE} or was signed by another authority is issued again.
 * Keys and key stores are readable by the owner only.
 */
public final class TlsMaterial {

    public static final String ALIAS = "anonpay";
    public static final String TYPE = "PKCS12";
    static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final String AUTHORITY_NAME = "anonpay local CA";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path directory;
    private final String password;
    private final LocalAuthority authority;
    private final Map<String, Path> keyStores;

    private TlsMaterial(Path directory, String password, LocalAuthority authority, Map<String, Path> keyStores) {
        this.directory = directory;
        this.password = password;
        this.authority = authority;
        this.keyStores = keyStores;
    }

    /**
     * Reads or makes the authority and a key store per name in {@code directory}, all locked with {@code password}
     * (the trust store too: it holds nothing secret, but Java wants a password for PKCS12).
     */
    public static TlsMaterial prepare(Path directory, String password, Collection<String> names, Instant now) {
        try {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            LocalAuthority authority = loadOrCreateAuthority(directory, now);
            Map<String, Path> stores = new LinkedHashMap<>();
            for (String name : names) {
                Path store = directory.resolve(name + ".p12");
                if (!current(store, password, authority, now)) {
                    writeKeyStore(store, password, authority, authority.issue(name, now));
                }
                stores.put(name, store);
            }
            writeTrustStore(directory.resolve("truststore.p12"), password, authority.certificate());
            return new TlsMaterial(directory, password, authority, Map.copyOf(stores));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the TLS files in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot prepare the TLS files in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** {@code ca.crt}: the certificate clients trust. */
    public Path authorityCertificate() {
        return directory.resolve("ca.crt");
    }

    public X509Certificate authority() {
        return authority.certificate();
    }

    public Path trustStore() {
        return directory.resolve("truststore.p12");
    }

    /** The key store of a name given to {@link #prepare}. */
    public Path keyStore(String name) {
        Path store = keyStores.get(name);
        if (store == null) {
            throw new IllegalArgumentException("no key store for " + name);
        }
        return store;
    }

    public String password() {
        return password;
    }

    /**
     * Writes the JVM options ({@code java @file}) that give a JVM the key store of {@code name} and make the run's
     * authority the only one its TLS clients trust: a server's partner calls and broker connection, the broker's
     * clients. Owner-only, as it holds the stores' password, which so stays off the command line.
     */
    public Path writeJvmOptions(Path file, String name) {
        String options = jvmOption("javax.net.ssl.keyStore", keyStore(name).toString())
                + jvmOption("javax.net.ssl.keyStoreType", TYPE)
                + jvmOption("javax.net.ssl.keyStorePassword", password)
                + jvmOption("javax.net.ssl.trustStore", trustStore().toString())
                + jvmOption("javax.net.ssl.trustStoreType", TYPE)
                + jvmOption("javax.net.ssl.trustStorePassword", password);
        try {
            return writeOwnerOnly(file, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** One {@code -Dname=value} line of a java argument file, quoted so that spaces in paths stay in the value. */
    private static String jvmOption(String name, String value) {
        return "\"-D" + name + "=" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
    }

    private static LocalAuthority loadOrCreateAuthority(Path directory, Instant now)
            throws IOException, GeneralSecurityException {
        Path certificate = directory.resolve("ca.crt");
        Path key = directory.resolve("ca.key");
        if (Files.exists(certificate) && Files.exists(key)) {
            return new LocalAuthority(readCertificate(certificate), readKey(key));
        }
        LocalAuthority authority = LocalAuthority.create(AUTHORITY_NAME, now);
        writePem(key, new JcaPKCS8Generator(authority.key(), null), OWNER_ONLY);
        writePem(certificate, authority.certificate(), PosixFilePermissions.fromString("rw-r--r--"));
        return authority;
    }

    /** True when the store holds a certificate of this authority that stays valid past the renewal margin. */
    private static boolean current(Path store, String password, LocalAuthority authority, Instant now)
            throws IOException, GeneralSecurityException {
        if (!Files.exists(store)) {
            return false;
        }
        KeyStore keys = KeyStore.getInstance(TYPE);
        try (var in = Files.newInputStream(store)) {
            keys.load(in, password.toCharArray());
        } catch (IOException e) {
            return false; // another password, e.g. a renewed secret: issue again
        }
        if (!(keys.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
            return false;
        }
        try {
            certificate.verify(authority.certificate().getPublicKey());
            certificate.checkValidity(Date.from(now.plus(RENEW_BEFORE)));
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void writeKeyStore(Path file, String password, LocalAuthority authority,
                                      LocalAuthority.Issued issued) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(TYPE);
        store.load(null, null);
        store.setKeyEntry(ALIAS, issued.key(), password.toCharArray(),
                new Certificate[] {issued.certificate(), authority.certificate()});
        save(file, store, password, OWNER_ONLY);
    }

    private static void writeTrustStore(Path file, String password, X509Certificate authority)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(TYPE);
        store.load(null, null);
        store.setCertificateEntry(ALIAS + "-ca", authority);
        save(file, store, password, PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Written beside and moved into place, created with its permissions, so that no reader sees half a file. */
    private static void save(Path file, KeyStore store, String password, Set<PosixFilePermission> permissions)
            throws IOException, GeneralSecurityException {
        Path temporary = fresh(file, permissions);
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password.toCharArray());
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A certificate, or a private key as PKCS#8 ({@link JcaPKCS8Generator}), which the JDK's key factory reads back. */
    private static void writePem(Path file, Object object, Set<PosixFilePermission> permissions) throws IOException {
        Path temporary = fresh(file, permissions);
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.US_ASCII);
             JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(object);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A text only the owner may read, written beside {@code file} and moved into place whole. */
    public static Path writeOwnerOnly(Path file, String text) throws IOException {
        Path temporary = fresh(file, OWNER_ONLY);
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path fresh(Path file, Set<PosixFilePermission> permissions) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        return Files.createFile(temporary, PosixFilePermissions.asFileAttribute(permissions));
    }

    static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser pem = new PEMParser(in)) {
            if (!(pem.readObject() instanceof X509CertificateHolder holder)) {
                throw new GeneralSecurityException(file + " holds no certificate");
            }
            return new JcaX509CertificateConverter().getCertificate(holder);
        }
    }

    private static PrivateKey readKey(Path file) throws IOException, GeneralSecurityException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser pem = new PEMParser(in)) {
            if (pem.readObject() instanceof PrivateKeyInfo info) {
                return new JcaPEMKeyConverter().getPrivateKey(info);
            }
            throw new GeneralSecurityException(file + " holds no private key");
        }
    }
}
