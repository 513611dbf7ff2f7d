package io.anonpay.common.crypto;

import java.util.List;

/** What an early retirement did: the key ids taken out of use, and the active pair that alone remains. */
public record KeyRetirement(List<String> retiredKids, String sealingKid, String signingKid) {

    public KeyRetirement {
        retiredKids = List.copyOf(retiredKids);
    }
}
