package io.anonpay.shipping.tariff.control;

import io.anonpay.common.contract.InvalidContractException;
import io.anonpay.it.TestParties;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnTariffTest {

    @Test
    void theDefaultConfigurationPublishesTodaysStandardTariff() throws IOException {
        OwnTariff own = configured(defaults());

        own.read();

        assertThat(own.current()).isEqualTo(TestParties.TARIFF);
        assertThat(own.current().version()).isEqualTo(TestParties.TARIFF.version());
    }

    @Test
    void otherTermsAreAnotherVersion() throws IOException {
        Properties cheaper = defaults();
        cheaper.setProperty("anonpay.shipping.tariff.base-fee", "290");
        OwnTariff own = configured(cheaper);

        own.read();

        assertThat(own.current().baseFee()).isEqualTo(290);
        assertThat(own.current().version()).isNotEqualTo(TestParties.TARIFF.version());
    }

    @Test
    void termsNoTariffCanHaveFailAtStart() throws IOException {
        Properties broken = defaults();
        broken.setProperty("anonpay.shipping.tariff.cubic-centimeters-per-kilogram", "0");
        OwnTariff own = configured(broken);

        assertThatThrownBy(own::read).isInstanceOf(InvalidContractException.class)
                .hasMessageContaining("cubicCentimetersPerKilogram");
    }

    private static Properties defaults() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OwnTariffTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            properties.load(in);
        }
        return properties;
    }

    /** As MicroProfile Config would inject it. */
    private static OwnTariff configured(Properties config) {
        OwnTariff own = new OwnTariff();
        own.shippingCompany = config.getProperty("anonpay.party.id");
        own.currency = config.getProperty("anonpay.shipping.tariff.currency");
        own.baseFee = number(config, "base-fee");
        own.perKilogram = number(config, "per-kilogram");
        own.cubicCentimetersPerKilogram = number(config, "cubic-centimeters-per-kilogram");
        own.minimumKilograms = number(config, "minimum-kilograms");
        own.maximumCubicCentimeters = number(config, "maximum-cubic-centimeters");
        return own;
    }

    private static long number(Properties config, String term) {
        return Long.parseLong(config.getProperty("anonpay.shipping.tariff." + term).strip());
    }
}
