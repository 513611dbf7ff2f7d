package io.anonpay.client;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

/**
 * The certificate authority of a {@code --tls} run ({@code tls.ca} in the run file): the client trusts it and no
 * other, so that it talks to the servers the launcher started and to nobody who merely holds a public certificate.
 */
final class TrustedAuthority {

    private TrustedAuthority() {
    }

    /** A TLS context that trusts the PEM certificate in {@code file} only. */
    static SSLContext context(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Certificate authority = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("anonpay-ca", authority);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw ClientFailure.usage("cannot read the run's certificate authority " + file + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw ClientFailure.usage(file + " is not a PEM certificate: " + e.getMessage());
        }
    }
}
