package io.anonpay.common.limits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void withoutTheHeaderTheClientIsThePeer() {
        assertThat(ClientAddress.of(null, "192.0.2.10")).isEqualTo("192.0.2.10");
        assertThat(ClientAddress.of(" , ", "192.0.2.10")).isEqualTo("192.0.2.10");
    }

    @Test
    void theRightMostEntryIsTheOneTheProxyAppended() {
        assertThat(ClientAddress.of("198.51.100.1, 203.0.113.7", "192.0.2.10")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("203.0.113.7", "192.0.2.10")).isEqualTo("203.0.113.7");
    }

    @Test
    void aForgedHugeEntryMakesNoLargeKey() {
        assertThat(ClientAddress.of("x".repeat(10_000), "192.0.2.10")).hasSize(ClientAddress.MAX_LENGTH);
    }
}
