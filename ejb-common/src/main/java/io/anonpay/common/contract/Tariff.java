package io.anonpay.common.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A shipping company's published price list, signed by that company, so that the mall and the credit company
 * compute and check the same fee. A parcel is priced by its dimensional weight: the volume in cm³ divided by
 * {@code cubicCentimetersPerKilogram}, rounded up to whole kilograms, at least {@code minimumKilograms}; fee = base
 * fee + per-kilogram price × chargeable kilograms, in minor units of {@code currency}. Parcels above
 * {@code maximumCubicCentimeters} are not carried.
 * <p>
 * A tariff never changes: a new price list is a new tariff with another {@link #version()}, derived from its terms
 * (like a key id from its key), so nobody keeps a registry of versions and two parties computing a fee from the
 * same version always agree. Instructions name the version their fee came from; a tariff change therefore applies
 * to new purchases only.
 */
public record Tariff(String shippingCompany, String currency, long baseFee, long perKilogram,
        long cubicCentimetersPerKilogram, long minimumKilograms, long maximumCubicCentimeters) {

    /** The audience of a signed tariff: it is published for anyone to check, not addressed to one party. */
    public static final String PUBLIC_AUDIENCE = "anyone";

    private static final Pattern VERSION = Pattern.compile("t[A-Za-z0-9_-]{16}");

    public Tariff {
        Fields.id(shippingCompany, "shippingCompany");
        new Money(0, currency);
        nonNegative(baseFee, "baseFee");
        nonNegative(perKilogram, "perKilogram");
        positive(cubicCentimetersPerKilogram, "cubicCentimetersPerKilogram");
        nonNegative(minimumKilograms, "minimumKilograms");
        positive(maximumCubicCentimeters, "maximumCubicCentimeters");
        // a fee must fit in a long for every volume the tariff carries
        Math.addExact(baseFee, Math.multiplyExact(perKilogram, Math.max(minimumKilograms,
                maximumCubicCentimeters / cubicCentimetersPerKilogram + 1)));
    }

    /** {@code t} and 16 characters of the base64url SHA-256 of the terms: the same terms, the same version. */
    public String version() {
        String terms = String.join("|", "anonpay-tariff-v1", shippingCompany, currency, Long.toString(baseFee),
                Long.toString(perKilogram), Long.toString(cubicCentimetersPerKilogram),
                Long.toString(minimumKilograms), Long.toString(maximumCubicCentimeters));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(terms.getBytes(StandardCharsets.UTF_8));
            return "t" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether a text has the shape of a tariff version (not whether such a tariff exists). */
    public static boolean isVersion(String text) {
        return text != null && VERSION.matcher(text).matches();
    }

    /** Whether a parcel of this volume is carried at all. */
    public boolean carries(ShippingVolume volume) {
        return volume.cubicCentimeters() <= maximumCubicCentimeters;
    }

    public long chargeableKilograms(ShippingVolume volume) {
        requireCarried(volume);
        long cm3 = volume.cubicCentimeters();
        long kilograms = cm3 / cubicCentimetersPerKilogram + (cm3 % cubicCentimetersPerKilogram == 0 ? 0 : 1);
        return Math.max(minimumKilograms, kilograms);
    }

    /**
     * @throws InvalidContractException ({@code shippingVolume}) for a parcel above {@link #maximumCubicCentimeters}
     */
    public Money fee(ShippingVolume volume) {
        return Money.of(baseFee + perKilogram * chargeableKilograms(volume), currency);
    }

    private void requireCarried(ShippingVolume volume) {
        if (!carries(volume)) {
            throw new InvalidContractException("shippingVolume", volume.cubicCentimeters()
                    + " cm³ exceeds the tariff's maximum of " + maximumCubicCentimeters + " cm³");
        }
    }

    private static void nonNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidContractException(field, "must not be negative");
        }
    }

    private static void positive(long value, String field) {
        if (value <= 0) {
            throw new InvalidContractException(field, "must be more than zero");
        }
    }
}
