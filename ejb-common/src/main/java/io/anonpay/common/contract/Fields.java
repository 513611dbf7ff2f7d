package io.anonpay.common.contract;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Checks shared by the records' compact constructors. */
final class Fields {

    /** Generous for a sealed identifier (about 430 characters for a short name), bounded all the same. */
    static final int MAX_ID_LENGTH = 6000;

    private Fields() {
    }

    static String id(String value, String field) {
        if (value == null || value.isBlank() || value.length() > MAX_ID_LENGTH) {
            throw new InvalidContractException(field, "must be 1 to " + MAX_ID_LENGTH + " characters");
        }
        return value;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidContractException(field, "is required");
        }
        return value;
    }

    /** A shipping fee: present, in the currency of the sum it is paid with (one card holds both). */
    static Money fee(Money fee, Money paymentSum, String field) {
        present(fee, field);
        if (paymentSum != null && !fee.currency().equals(paymentSum.currency())) {
            throw new InvalidContractException(field, "must be in the currency of the payment sum, "
                    + paymentSum.currency());
        }
        return fee;
    }

    static String tariffVersion(String value, String field) {
        if (!Tariff.isVersion(value)) {
            throw new InvalidContractException(field, "must be a tariff version: 't' and 16 base64url characters");
        }
        return value;
    }

    /** Whole seconds, because that is what a JWS {@code exp} carries: a record survives signing unchanged. */
    static Instant seconds(Instant value, String field) {
        return present(value, field).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Only absolute http(s) URLs, so a return link can never be {@code javascript:} or relative. */
    static String httpUrl(String value, String field) {
        try {
            URI uri = new URI(present(value, field));
            String scheme = uri.getScheme();
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                return value;
            }
        } catch (URISyntaxException notAUri) {
            // reported below like any other bad URL
        }
        throw new InvalidContractException(field, "must be an absolute http or https URL");
    }
}
