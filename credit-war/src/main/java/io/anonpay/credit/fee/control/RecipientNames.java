package io.anonpay.credit.fee.control;

import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.common.crypto.seal.SealingException;
import io.anonpay.common.party.OwnKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Claims 9 and 22: the recipient's name, which the shipping company sealed to our key when the buyer gave it, is
 * compared with our cardholder's name, and only the answer leaves this class. Both names are normalised alike
 * (Unicode NFKC, lower-cased, whitespace collapsed and trimmed), so that "ÅSA  Berg" is "åsa berg" and a
 * full-width or a non-breaking space changes nothing. The name itself is never stored, logged or put in an
 * exception: a {@link SealingException} says only why it did not open.
 */
@ApplicationScoped
public class RecipientNames {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    @Inject
    OwnKeys ownKeys;

    /**
     * @throws SealingException when the name does not open with our keys (sealed to another key, tampered with,
     *                          another kind of identifier)
     */
    public boolean isCardholder(String sealedRecipientName, String cardholderName) {
        String recipient = SealedIdentifiers.open(IdentifierKind.RECIPIENT_NAME, sealedRecipientName, ownKeys.ring());
        return sameName(recipient, cardholderName);
    }

    static boolean sameName(String one, String other) {
        return normalised(one).equals(normalised(other));
    }

    static String normalised(String name) {
        String composed = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(composed).replaceAll(" ").strip();
    }
}
