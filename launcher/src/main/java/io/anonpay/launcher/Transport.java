package io.anonpay.launcher;

import io.anonpay.launcher.tls.TlsMaterial;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Optional;

/**
 * How the parties, the broker and their clients talk: in plain HTTP and {@code tcp://}, or ({@code --tls}) in HTTPS
 * and {@code ssl://} with certificates of the run's own authority, which is then all that anyone trusts.
 */
public final class Transport {

    private static final Transport PLAIN = new Transport(null, null);

    private final TlsMaterial tls;
    private final SSLContext trusting;

    private Transport(TlsMaterial tls, SSLContext trusting) {
        this.tls = tls;
        this.trusting = trusting;
    }

    public static Transport plain() {
        return PLAIN;
    }

    public static Transport tls(TlsMaterial material) {
        return new Transport(material, trustingOnly(material));
    }

    public boolean encrypted() {
        return tls != null;
    }

    /** {@code http} or {@code https}. */
    public String scheme() {
        return encrypted() ? "https" : "http";
    }

    /** The run's certificates and stores; empty for plain traffic. */
    public Optional<TlsMaterial> material() {
        return Optional.ofNullable(tls);
    }

    /** An HTTP client that trusts the run's authority only (with TLS), or the JDK's defaults (plain). */
    public HttpClient.Builder httpClient() {
        HttpClient.Builder builder = HttpClient.newBuilder();
        return trusting == null ? builder : builder.sslContext(trusting);
    }

    /**
     * An HTTP client of a run that is already going, from its run file: one that trusts the authority whose PEM
     * certificate {@code tls.ca} names, or the JDK's defaults for a plain run.
     */
    public static HttpClient.Builder httpClientOf(Optional<Path> authority) {
        HttpClient.Builder builder = HttpClient.newBuilder();
        if (authority.isEmpty()) {
            return builder;
        }
        Path pem = authority.get();
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore trusted = KeyStore.getInstance(TlsMaterial.TYPE);
            trusted.load(null, null);
            trusted.setCertificateEntry(TlsMaterial.ALIAS, CertificateFactory.getInstance("X.509")
                    .generateCertificate(in));
            return builder.sslContext(trustingOnly(trusted));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run's authority " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(pem + " is not a PEM certificate: " + e.getMessage(), e);
        }
    }

    /** The one line the launcher says on start about it. */
    String describe() {
        return encrypted()
                ? "traffic is encrypted: HTTPS and ssl:// only, certificates of the authority " + tls.authorityCertificate()
                : "traffic is plain: HTTP and tcp:// are not encrypted (start with --tls to encrypt them)";
    }

    private static SSLContext trustingOnly(TlsMaterial material) {
        try (InputStream in = Files.newInputStream(material.trustStore())) {
            KeyStore trusted = KeyStore.getInstance(TlsMaterial.TYPE);
            trusted.load(in, material.password().toCharArray());
            return trustingOnly(trusted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + material.trustStore(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust " + material.trustStore() + ": " + e.getMessage(), e);
        }
    }

    private static SSLContext trustingOnly(KeyStore trusted) throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
