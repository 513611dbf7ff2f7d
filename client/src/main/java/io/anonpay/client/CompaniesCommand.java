package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import picocli.CommandLine.Command;

/** The credit and shipping companies the mall deals with. */
@Command(name = "companies", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "List the credit and shipping companies the mall deals with.",
        description = {"", "Use an id with --credit or --shipping. Without them, the first company listed is used."},
        footerHeading = "%nExample:%n",
        footer = {"  anonpay-client companies"})
final class CompaniesCommand extends ClientCommand {

    @Override
    int run(Terminal terminal) {
        JsonArray credit = terminal.mall().creditCompanies();
        JsonArray shipping = terminal.mall().shippingCompanies();
        Output output = terminal.output();
        output.document(Json.createObjectBuilder()
                .add("creditCompanies", credit).add("shippingCompanies", shipping).build());
        print("Credit companies (--credit):", credit, output);
        output.line("");
        print("Shipping companies (--shipping):", shipping, output);
        return ExitCodes.OK;
    }

    private static void print(String title, JsonArray companies, Output output) {
        output.line(title);
        if (companies.isEmpty()) {
            output.line("  none");
            return;
        }
        Table table = new Table("ID", "NAME", "SITE", "KEYS");
        for (JsonValue value : companies) {
            JsonObject company = value.asJsonObject();
            // The mall lists keys as null while it cannot reach the company's site.
            boolean reachable = JsonSupport.object(company, "keys") != null;
            table.row(JsonSupport.string(company, "id"), JsonSupport.string(company, "name"),
                    JsonSupport.string(company, "site"), reachable ? "published" : "site not reachable by the mall");
        }
        table.lines().forEach(line -> output.line("  " + line));
    }
}
