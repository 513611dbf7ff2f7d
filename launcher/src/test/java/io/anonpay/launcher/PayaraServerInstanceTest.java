package io.anonpay.launcher;

import io.anonpay.launcher.tls.TlsMaterial;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command a party's Payara Server domain starts with and the commands that configure it at its first start,
 * plain and with {@code --tls}, on an installation and domains laid out as {@link PayaraServerInstall} leaves them
 * (so that no asadmin runs here); with {@code --tls}, what the domain's own stores hold after the start's
 * preparation.
 */
class PayaraServerInstanceTest {

    private static final int PORT = 18080;
    private static final String PASSWORD = "store-password";

    @TempDir
    Path dir;
    private Path runtime;
    private DataDirectory data;
    private PayaraServerInstall install;

    @BeforeEach
    void layOut() throws IOException {
        runtime = Files.createDirectories(dir.resolve("runtime"));
        data = new DataDirectory(dir.resolve("data"));
        Path bin = Files.createDirectories(data.root().resolve("payara-server/payara6/bin"));
        Files.writeString(bin.resolve("asadmin"), "");
        install = PayaraServerInstall.prepare(runtime, data);
    }

    @Test
    void plainServesHttpOnThePartysPortFromTheDomainNamedForIt() throws Exception {
        domain("mall", "changeit");
        PayaraServerInstance mall = new PayaraServerInstance(Server.MALL, PORT, runtime, install, data,
                Transport.plain());

        ProcessBuilder command = mall.command("tcp://127.0.0.1:61616", Map.of());

        assertThat(command.command()).endsWith("start-domain", "--verbose", "--domaindir", domains().toString(),
                "mall").doesNotContain("--passwordfile");
        assertThat(mall.configureCommands("tcp://127.0.0.1:61616"))
                .contains("network-listener.http-listener-1.port=" + PORT + "\n")
                .doesNotContain("http-listener-2").doesNotContain("http-listener-1.enabled").doesNotContain("cert-nickname");
        assertThat(mall.baseUrl()).isEqualTo("http://127.0.0.1:" + PORT + "/mall");
        assertThat(data.server(Server.MALL).resolve("payara-master.password")).doesNotExist();
    }

    @Test
    void tlsServesHttpsOnlyFromADomainOfItsOwnWhoseMasterPasswordIsTheStoresPassword() throws Exception {
        TlsMaterial tls = TlsMaterial.prepare(dir.resolve("tls"), PASSWORD, List.of(Server.MALL.id()),
                Instant.now());
        Path domain = domain("mall" + PayaraServerInstance.TLS_SUFFIX, PASSWORD);
        PayaraServerInstance mall = new PayaraServerInstance(Server.MALL, PORT, runtime, install, data,
                Transport.tls(tls));

        ProcessBuilder command = mall.command("ssl://127.0.0.1:61616", Map.of());

        Path masterPassword = data.server(Server.MALL).resolve("payara-master.password");
        assertThat(command.command()).containsSequence("--passwordfile", masterPassword.toString(), "start-domain")
                .endsWith("--domaindir", domains().toString(), "mall-tls")
                .noneMatch(argument -> argument.contains(PASSWORD));
        assertThat(Files.readString(masterPassword)).isEqualTo("AS_ADMIN_MASTERPASSWORD=" + PASSWORD + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(masterPassword)))
                .isEqualTo("rw-------");
        String listeners = "network-listeners.network-listener.";
        assertThat(mall.configureCommands("ssl://127.0.0.1:61616"))
                .contains(listeners + "http-listener-1.enabled=false\n")
                .contains(listeners + "http-listener-2.port=" + PORT + "\n")
                .contains("protocols.protocol.http-listener-2.ssl.cert-nickname=" + TlsMaterial.ALIAS + "\n")
                .contains("--targetprotocol http-listener-2 https\n")
                .contains(listeners + "http-listener-2.protocol=https-or-redirect\n")
                .doesNotContain("http-listener-1.port").doesNotContain(PASSWORD);
        assertThat(mall.baseUrl()).isEqualTo("https://127.0.0.1:" + PORT + "/mall");

        KeyStore keys = load(domain.resolve(PayaraServerInstall.KEY_STORE));
        assertThat(Collections.list(keys.aliases())).containsExactlyInAnyOrder("s1as", TlsMaterial.ALIAS);
        assertThat(keys.getCertificate(TlsMaterial.ALIAS))
                .isEqualTo(load(tls.keyStore(Server.MALL.id())).getCertificate(TlsMaterial.ALIAS));
        assertThat(keys.getKey(TlsMaterial.ALIAS, PASSWORD.toCharArray())).isNotNull();
        KeyStore trusted = load(domain.resolve(PayaraServerInstall.TRUST_STORE));
        assertThat(Collections.list(trusted.aliases())).singleElement()
                .satisfies(alias -> assertThat(trusted.getCertificate(alias)).isEqualTo(tls.authority()));
    }

    private Path domains() {
        return data.server(Server.MALL).resolve("payara-domain");
    }

    /**
     * A domain as create-domain leaves it, as far as the launcher reads it: its domain.xml, lib/, and its key and
     * trust stores locked with {@code masterPassword}, each holding an entry of the domain's own.
     */
    private Path domain(String name, String masterPassword) throws IOException, GeneralSecurityException {
        Path domain = domains().resolve(name);
        Files.createDirectories(domain.resolve("lib"));
        Path config = Files.createDirectories(domain.resolve("config"));
        Files.writeString(config.resolve("domain.xml"), "<domain/>");
        TlsMaterial own = TlsMaterial.prepare(dir.resolve("domain-own-" + name), masterPassword, List.of("s1as"),
                Instant.now());
        KeyStore keys = KeyStore.getInstance(TlsMaterial.TYPE);
        keys.load(null, null);
        KeyStore s1as = load(own.keyStore("s1as"), masterPassword);
        keys.setKeyEntry("s1as", s1as.getKey(TlsMaterial.ALIAS, masterPassword.toCharArray()),
                masterPassword.toCharArray(), s1as.getCertificateChain(TlsMaterial.ALIAS));
        store(keys, config.resolve("keystore.p12"), masterPassword);
        KeyStore trusted = KeyStore.getInstance(TlsMaterial.TYPE);
        trusted.load(null, null);
        trusted.setCertificateEntry("some-public-ca", (X509Certificate) own.authority());
        store(trusted, config.resolve("cacerts.p12"), masterPassword);
        return domain;
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        return load(file, PASSWORD);
    }

    private static KeyStore load(Path file, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(TlsMaterial.TYPE);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    private static void store(KeyStore store, Path file, String password) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
    }
}
