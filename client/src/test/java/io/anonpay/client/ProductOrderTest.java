package io.anonpay.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductOrderTest {

    @Test
    void readsIdAndQuantity() {
        assertThat(ProductOrder.parse("3:2")).isEqualTo(new ProductOrder(3, 2));
    }

    @Test
    void quantityDefaultsToOne() {
        assertThat(ProductOrder.parse(" 17 ")).isEqualTo(new ProductOrder(17, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "0", "-3", "3:", "3:0", "3:x", "3:2:1", "3:1001", "3.5"})
    void refusesWhatIsNotIdOrIdColonQuantity(String text) {
        assertThatThrownBy(() -> ProductOrder.parse(text)).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void buyTakesRepeatedProductsFromTheCommandLine() {
        BuyCommand buy = new BuyCommand();
        new CommandLine(buy).parseArgs("--product", "3:2", "--product", "5", "--card", "4242", "--name", "A",
                "--street", "S", "--postal-code", "1", "--city", "C", "--country", "DE");

        assertThat(buy.products.orders).containsExactly(new ProductOrder(3, 2), new ProductOrder(5, 1));
    }

    @Test
    void aBadProductIsAUsageErrorWithExitOne() {
        ClientRun run = ClientRun.run("", "--mall", "http://127.0.0.1:9/mall", "purchase", "create", "--product",
                "3:two");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("the quantity in '3:two' must be a whole number above 0")
                .contains("Try 'anonpay-client purchase create --help'");
    }
}
