package io.anonpay.client;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** One line of a purchase: a product id and how many, written on the command line as {@code ID[:QTY]}. */
record ProductOrder(long productId, int quantity) {

    /** The mall's own limit (PurchaseRequest): checked here too so that a typo fails before anything is sent. */
    static final int MAX_QUANTITY = 1000;

    static ProductOrder parse(String text) {
        String[] parts = text.strip().split(":", -1);
        if (parts.length > 2) {
            throw new TypeConversionException("'" + text + "' is not ID or ID:QUANTITY, e.g. 3 or 3:2");
        }
        long id = positive(parts[0], "product id", text);
        long quantity = parts.length == 2 ? positive(parts[1], "quantity", text) : 1;
        if (quantity > MAX_QUANTITY) {
            throw new TypeConversionException("quantity in '" + text + "' must be at most " + MAX_QUANTITY);
        }
        return new ProductOrder(id, (int) quantity);
    }

    private static long positive(String part, String what, String text) {
        try {
            long value = Long.parseLong(part.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the same message as a zero or negative value
        }
        throw new TypeConversionException("the " + what + " in '" + text
                + "' must be a whole number above 0 (write ID or ID:QUANTITY, e.g. 3 or 3:2)");
    }

    static final class Converter implements ITypeConverter<ProductOrder> {
        @Override
        public ProductOrder convert(String value) {
            return parse(value);
        }
    }
}
