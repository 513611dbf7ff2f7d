package io.anonpay.common.limits;

/**
 * Who the client is, for its limits. Behind a proxy every request comes from the proxy's address, so a header the
 * proxy sets may be trusted instead: its right-most entry, the one the nearest proxy appended. Entries to its left
 * come from the client and anyone may forge them; trusting the left-most would let a client pick a fresh identity
 * for every request. The value is a key in memory only, never logged and never a metric label.
 */
final class ClientAddress {

    /** Longer than any IPv6 address with a zone; a forged header cannot make a key larger. */
    static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    /**
     * @param forwarded the configured header's value (several lines joined by commas), or null when the header is
     *                  not configured or not sent
     * @param remote    the address of the peer that connected
     */
    static String of(String forwarded, String remote) {
        if (forwarded != null) {
            String rightMost = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
            if (!rightMost.isEmpty()) {
                return rightMost.length() > MAX_LENGTH ? rightMost.substring(0, MAX_LENGTH) : rightMost;
            }
        }
        return remote == null ? "" : remote;
    }
}
