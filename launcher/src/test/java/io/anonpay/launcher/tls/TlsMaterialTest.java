package io.anonpay.launcher.tls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TlsMaterialTest {

    private static final String PASSWORD = "test-password";
    private static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void eachServerCertificateChainsToTheAuthorityForLocalhostOnly() throws Exception {
        TlsMaterial tls = TlsMaterial.prepare(dir, PASSWORD, List.of("mall", "broker"), NOW);

        X509Certificate mall = certificate(tls.keyStore("mall"));
        X509Certificate authority = TlsMaterial.readCertificate(tls.authorityCertificate());
        PKIXParameters trust = new PKIXParameters(Set.of(new TrustAnchor(authority, null)));
        trust.setRevocationEnabled(false);
        trust.setDate(Date.from(NOW));
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(mall)), trust);

        assertThat(mall.getSubjectAlternativeNames().stream().map(name -> (Object) name.get(1)).toList())
                .containsExactlyInAnyOrder((Object) "localhost", "127.0.0.1");
        assertThat(mall.getSubjectX500Principal().getName()).isEqualTo("CN=mall");
        assertThat(mall.getBasicConstraints()).isEqualTo(-1);
        assertThat(mall.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(mall.getKeyUsage()[5]).as("keyCertSign").isFalse();
        assertThat(mall.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
        assertThat(mall.getNotAfter()).isEqualTo(Date.from(NOW.plus(LocalAuthority.SERVER_VALIDITY)));
        assertThat(mall.getNotBefore()).isBefore(Date.from(NOW));
        assertThat(authority.getBasicConstraints()).isZero();
        assertThat(authority.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(certificate(tls.keyStore("broker")).getSerialNumber()).isNotEqualTo(mall.getSerialNumber());
    }

    @Test
    void keysAreTheOwnersOnlyAndTheTrustStoreHoldsTheAuthorityAlone() throws Exception {
        TlsMaterial tls = TlsMaterial.prepare(dir, PASSWORD, List.of("credit"), NOW);

        assertThat(Files.getPosixFilePermissions(dir.resolve("ca.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(tls.keyStore("credit")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        KeyStore trust = load(tls.trustStore());
        assertThat(java.util.Collections.list(trust.aliases())).hasSize(1);
        assertThat(trust.getCertificate(trust.aliases().nextElement())).isEqualTo(tls.authority());
        assertThat(trust.isKeyEntry(trust.aliases().nextElement())).isFalse();
    }

    @Test
    void keptBetweenRunsAndIssuedAgainShortlyBeforeExpiry() throws Exception {
        TlsMaterial first = TlsMaterial.prepare(dir, PASSWORD, List.of("shipping"), NOW);
        X509Certificate issued = certificate(first.keyStore("shipping"));

        TlsMaterial second = TlsMaterial.prepare(dir, PASSWORD, List.of("shipping"), NOW.plus(Duration.ofDays(1)));
        X509Certificate kept = certificate(second.keyStore("shipping"));
        Instant nearExpiry = NOW.plus(LocalAuthority.SERVER_VALIDITY).minus(Duration.ofDays(10));
        TlsMaterial renewed = TlsMaterial.prepare(dir, PASSWORD, List.of("shipping"), nearExpiry);

        assertThat(second.authority()).isEqualTo(first.authority());
        assertThat(kept).isEqualTo(issued);
        assertThat(renewed.authority()).isEqualTo(first.authority());
        assertThat(certificate(renewed.keyStore("shipping")).getNotAfter()).isAfter(issued.getNotAfter());
    }

    private static X509Certificate certificate(Path store) throws Exception {
        return (X509Certificate) load(store).getCertificate(TlsMaterial.ALIAS);
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance(TlsMaterial.TYPE);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }
}
