package io.anonpay.common.crypto.seal;

import static io.anonpay.common.crypto.seal.SealingException.Reason.CANNOT_OPEN;
import static io.anonpay.common.crypto.seal.SealingException.Reason.MALFORMED;
import static io.anonpay.common.crypto.seal.SealingException.Reason.UNKNOWN_KEY;
import static io.anonpay.common.crypto.seal.SealingException.Reason.UNSUPPORTED_VERSION;

import io.anonpay.common.crypto.Base64Url;
import io.anonpay.common.crypto.KeyIds;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.PublicSealingKey;
import io.anonpay.common.crypto.SealingKeyPair;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.InvalidCipherTextException;

/**
 * Seals a short text to one party's public key and opens it again with that party's key ring.
 * The text form is {@code v1.<kid>.<base64url(enc || ciphertext)>}: only {@code [A-Za-z0-9._-]},
 * so it can stand in a URL path segment as is. The header {@code v1.<kid>} is the HPKE AAD, which
 * binds it to the ciphertext; the kind's label is the HPKE info.
 */
public final class SealedIdentifiers {

    public static final String VERSION = "v1";
    /** Longer than any identifier we make; bounds the work an attacker can ask for. */
    public static final int MAX_LENGTH = 6000;
    private static final Pattern TEXT = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern SOME_VERSION = Pattern.compile("v[0-9]{1,3}");
    private static final int OVERHEAD = HpkeSuite.ENC_SIZE + HpkeSuite.TAG_SIZE;

    private SealedIdentifiers() {
    }

    /** A fresh identifier each call: sealing the same text twice gives two unlinkable identifiers. */
    public static String seal(IdentifierKind kind, String plaintext, PublicSealingKey recipient) {
        byte[] block = PlaintextPadding.pad(plaintext);
        String header = VERSION + "." + recipient.kid();
        byte[] sealed = HpkeSuite.seal(recipient.parameters(), kind.info(), ascii(header), block);
        return header + "." + Base64Url.encode(sealed);
    }

    /**
     * The plaintext, if {@code identifier} was sealed as {@code kind} to one of the ring's sealing
     * keys: the active one, or an older one still in its overlap.
     *
     * @throws SealingException with MALFORMED, UNSUPPORTED_VERSION, UNKNOWN_KEY or CANNOT_OPEN
     */
    public static String open(IdentifierKind kind, String identifier, KeyRing ring) {
        if (identifier == null || identifier.length() > MAX_LENGTH || !TEXT.matcher(identifier).matches()) {
            throw new SealingException(MALFORMED, "not a sealed identifier");
        }
        String[] parts = identifier.split("\\.", -1);
        if (parts.length != 3 || !SOME_VERSION.matcher(parts[0]).matches() || !KeyIds.isWellFormed(parts[1])) {
            throw new SealingException(MALFORMED, "a sealed identifier has the form v1.<kid>.<data>");
        }
        if (!VERSION.equals(parts[0])) {
            throw new SealingException(UNSUPPORTED_VERSION, "unsupported sealed identifier version " + parts[0]);
        }
        byte[] sealed = Base64Url.decode(parts[2])
                .filter(SealedIdentifiers::plausibleLength)
                .orElseThrow(() -> new SealingException(MALFORMED, "the sealed data is not valid"));
        SealingKeyPair key = ring.sealingKey(parts[1])
                .orElseThrow(() -> new SealingException(UNKNOWN_KEY,
                        "sealed to a key this party does not hold (another party's, a retired one, or none)"));
        byte[] block;
        try {
            block = HpkeSuite.open(sealed, key.asCipherKeyPair(), kind.info(), ascii(parts[0] + "." + parts[1]));
        } catch (InvalidCipherTextException | RuntimeException doesNotAuthenticate) {
            // One answer for every cause, so a prober learns nothing about which check failed.
            throw new SealingException(CANNOT_OPEN, "the identifier does not open as a " + kind, doesNotAuthenticate);
        }
        return PlaintextPadding.unpad(block);
    }

    private static boolean plausibleLength(byte[] sealed) {
        int padded = sealed.length - OVERHEAD;
        return padded >= PlaintextPadding.BUCKET && padded <= PlaintextPadding.MAX_PADDED
                && padded % PlaintextPadding.BUCKET == 0;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
