package io.anonpay.common.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;

/**
 * Private keys as PKCS#8 PEM ("BEGIN PRIVATE KEY"), the form openssl and every JDK tool read, so
 * an operator can produce or inspect them with {@code openssl genpkey -algorithm X25519}.
 */
final class PemKeys {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private PemKeys() {
    }

    static byte[] encode(AsymmetricKeyParameter privateKey) throws IOException {
        byte[] der = PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey).getEncoded();
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return (BEGIN + "\n" + body + "\n" + END + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    static AsymmetricKeyParameter decode(byte[] pem) throws IOException {
        String text = new String(pem, StandardCharsets.US_ASCII);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IOException("not a PKCS#8 PEM private key (expected " + BEGIN + ")");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(text.substring(begin + BEGIN.length(), end));
            return PrivateKeyFactory.createKey(der);
        } catch (IllegalArgumentException | ClassCastException notDer) {
            throw new IOException("the PEM body is not a PKCS#8 private key", notDer);
        }
    }
}
