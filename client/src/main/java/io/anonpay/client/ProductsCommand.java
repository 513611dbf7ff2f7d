package io.anonpay.client;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import picocli.CommandLine.Command;

/** The catalog as a table. */
@Command(name = "products", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "List what the mall sells: id, name, price and packed size.",
        description = {"", "Use the id with --product ID[:QTY] in 'buy' or 'purchase create'."},
        footerHeading = "%nExample:%n",
        footer = {"  anonpay-client products", "  anonpay-client products --json --mall http://127.0.0.1:8080/mall"})
final class ProductsCommand extends ClientCommand {

    @Override
    int run(Terminal terminal) {
        JsonArray products = terminal.mall().products();
        Output output = terminal.output();
        output.document(products);
        if (products.isEmpty()) {
            output.line("The mall sells nothing at the moment.");
            return ExitCodes.OK;
        }
        Table table = new Table("ID", "NAME", "PRICE", "SIZE (cm)", "WEIGHT").alignRight(0).alignRight(2)
                .alignRight(4);
        for (JsonValue value : products) {
            JsonObject product = value.asJsonObject();
            JsonObject size = JsonSupport.object(product, "size");
            table.row(String.valueOf(JsonSupport.number(product, "id", 0)), JsonSupport.string(product, "name"),
                    Formats.money(JsonSupport.object(product, "price")),
                    JsonSupport.number(size, "lengthCm", 0) + " x " + JsonSupport.number(size, "widthCm", 0) + " x "
                            + JsonSupport.number(size, "heightCm", 0),
                    Formats.grouped(JsonSupport.number(size, "weightGrams", 0)) + " g");
        }
        table.lines().forEach(output::line);
        return ExitCodes.OK;
    }
}
