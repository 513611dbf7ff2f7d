package io.anonpay.common.contract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class PurchaseKeyTest {

    @Test
    void isTheSha256OfThePurchaseIdInEachForm() throws Exception {
        byte[] expected = MessageDigest.getInstance("SHA-256").digest("pid-1".getBytes(StandardCharsets.UTF_8));
        PurchaseKey key = PurchaseKey.of("pid-1");
        assertThat(key.bytes()).isEqualTo(expected);
        assertThat(key.hex()).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(key.lockNumber()).isEqualTo(java.nio.ByteBuffer.wrap(expected).getLong());
    }

    @Test
    void equalIdsGiveEqualKeysAndTheBytesCannotBeChangedFromOutside() {
        PurchaseKey key = PurchaseKey.of("pid-1");
        key.bytes()[0] ^= 1;
        assertThat(key).isEqualTo(PurchaseKey.of("pid-1")).isNotEqualTo(PurchaseKey.of("pid-2"));
        assertThat(key.hashCode()).isEqualTo(PurchaseKey.of("pid-1").hashCode());
    }
}
