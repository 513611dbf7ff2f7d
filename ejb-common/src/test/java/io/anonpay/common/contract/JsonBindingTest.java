package io.anonpay.common.contract;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The records are also plain JSON bodies (e.g. instructions for API clients): JSON-B must map them as they are. */
class JsonBindingTest {

    private final Jsonb jsonb = JsonbBuilder.create();

    @AfterEach
    void close() throws Exception {
        jsonb.close();
    }

    @Test
    void moneyUsesTheSharedShape() {
        assertThat(jsonb.toJson(Money.of(1999, "EUR"))).isEqualTo("{\"amount\":1999,\"currency\":\"EUR\"}");
    }

    @Test
    void everyMessageRoundTrips() {
        for (Object message : new Object[] {Fixtures.paymentInstructions(), Fixtures.shippingInstructions(),
                Fixtures.approved(), Fixtures.declined(), Fixtures.receipt()}) {
            String json = jsonb.toJson(message);
            assertThat(jsonb.fromJson(json, message.getClass())).as(json).isEqualTo(message);
        }
    }

    @Test
    void usesTheSharedFieldNames() {
        String json = jsonb.toJson(Fixtures.shippingInstructions());

        assertThat(json).contains("\"purchaseId\"", "\"paymentSum\"", "\"shippingVolume\"", "\"cubicCentimeters\"");
        assertThat(jsonb.toJson(Fixtures.receipt())).contains("\"shippingId\"", "\"status\":\"ACCEPTED\"");
        assertThat(jsonb.toJson(Fixtures.approved())).contains("\"settlementId\"");
    }
}
