package io.anonpay.credit.card.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PayerTest {

    @Test
    void itsTextNamesTheCardButNeverTheCustomer() {
        Payer payer = new Payer(42, "Erika Mustermann");

        assertThat(payer.toString()).contains("42").doesNotContain("Erika").doesNotContain("Mustermann");
    }
}
