package io.anonpay.common.crypto;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * Key ids. A kid is the first {@value #KID_LENGTH} characters of the RFC 7638 JWK thumbprint of
 * the public key: derived from the key itself (so nobody has to keep a kid registry and two
 * servers can never disagree), short enough for a sealed identifier that sits in a URL path,
 * and at 96 bits still far beyond any chance collision among a server's handful of keys.
 */
public final class KeyIds {

    public static final int KID_LENGTH = 16;

    /** What we accept as a kid from a partner: base64url characters, never a '.'. */
    private static final Pattern KID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private KeyIds() {
    }

    /**
     * RFC 7638 thumbprint of an OKP key: base64url(SHA-256) of the members crv, kty, x in
     * lexicographic order, without whitespace. Base64url never needs JSON escaping, so the
     * canonical form can be written directly.
     */
    public static String thumbprint(String crv, String x) {
        String canonical = "{\"crv\":\"" + crv + "\",\"kty\":\"OKP\",\"x\":\"" + x + "\"}";
        byte[] json = canonical.getBytes(StandardCharsets.UTF_8);
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(json, 0, json.length);
        byte[] hash = new byte[sha256.getDigestSize()];
        sha256.doFinal(hash, 0);
        return Base64Url.encode(hash);
    }

    public static String kid(String crv, byte[] publicKey) {
        return thumbprint(crv, Base64Url.encode(publicKey)).substring(0, KID_LENGTH);
    }

    public static boolean isWellFormed(String kid) {
        return kid != null && KID.matcher(kid).matches();
    }
}
