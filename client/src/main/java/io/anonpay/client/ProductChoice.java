package io.anonpay.client;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What to buy: products by id (with quantity) or by name, as many as wanted. */
final class ProductChoice {

    @Option(names = "--product", paramLabel = "ID[:QTY]", converter = ProductOrder.Converter.class,
            description = "A product by its id from 'anonpay-client products', with an optional quantity: "
                    + "--product 3 or --product 3:2. Repeat for more products.")
    List<ProductOrder> orders = new ArrayList<>();

    @Option(names = "--product-name", paramLabel = "NAME",
            description = "A product by its name (one piece; case does not matter, a unique part of the name is "
                    + "enough). Repeatable.")
    List<String> names = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Checked before anything is sent or a password asked for. */
    void requireSome() {
        if (orders.isEmpty() && names.isEmpty()) {
            throw new ParameterException(command.commandLine(), "choose what to buy with --product ID[:QTY] or "
                    + "--product-name NAME (see 'anonpay-client products')");
        }
    }

    /** The orders, with names looked up in the mall's catalog. */
    List<ProductOrder> resolve(MallApi mall) {
        List<ProductOrder> all = new ArrayList<>(orders);
        if (!names.isEmpty()) {
            List<JsonObject> catalog = mall.products().stream().filter(JsonObject.class::isInstance)
                    .map(JsonValue::asJsonObject).toList();
            names.forEach(name -> all.add(new ProductOrder(byName(catalog, name), 1)));
        }
        return all;
    }

    static long byName(List<JsonObject> catalog, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<JsonObject> exact = catalog.stream().filter(p -> wanted.equals(lowerName(p))).toList();
        List<JsonObject> matches = !exact.isEmpty() ? exact
                : catalog.stream().filter(p -> lowerName(p).contains(wanted)).toList();
        if (matches.size() == 1) {
            return JsonSupport.number(matches.get(0), "id", 0);
        }
        if (matches.isEmpty()) {
            throw ClientFailure.refused("the mall sells no product named '" + name
                    + "'; see 'anonpay-client products'");
        }
        throw ClientFailure.refused("'" + name + "' matches several products: " + String.join(", ",
                matches.stream().map(p -> JsonSupport.string(p, "name")).toList()) + "; give more of the name "
                + "or use --product ID");
    }

    private static String lowerName(JsonObject product) {
        String name = JsonSupport.string(product, "name");
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
