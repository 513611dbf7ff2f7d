package io.anonpay.shipping.shipment.control;

import io.anonpay.shipping.shipment.entity.DeliveryAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressCipherTest {

    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final DeliveryAddress address =
            new DeliveryAddress("Hauptstraße 5", "10115", "Berlin", "DE", "+49 30 1234567");

    AddressCipherTest() {
        random.nextBytes(key);
    }

    @Test
    void roundTrip() {
        AddressCipher cipher = new AddressCipher(key, random);

        byte[] stored = cipher.encrypt(address.toJson(), "AP0000000000000");

        assertThat(DeliveryAddress.fromJson(cipher.decrypt(stored, "AP0000000000000"))).isEqualTo(address);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Berlin").doesNotContain("Haupt");
    }

    @Test
    void sameAddressEncryptsDifferentlyEachTime() {
        AddressCipher cipher = new AddressCipher(key, random);

        assertThat(cipher.encrypt("x", "AP0000000000000")).isNotEqualTo(cipher.encrypt("x", "AP0000000000000"));
    }

    @Test
    void doesNotOpenForAnotherShipmentTamperingOrAnotherKey() {
        AddressCipher cipher = new AddressCipher(key, random);
        byte[] stored = cipher.encrypt(address.toJson(), "AP0000000000000");
        byte[] tampered = stored.clone();
        tampered[tampered.length - 1] ^= 1;
        byte[] otherKey = new byte[32];
        random.nextBytes(otherKey);

        assertThatThrownBy(() -> cipher.decrypt(stored, "AP1111111111111")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(tampered, "AP0000000000000")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new AddressCipher(otherKey, random).decrypt(stored, "AP0000000000000"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void addressWithoutPhoneSurvivesToo() {
        DeliveryAddress noPhone = new DeliveryAddress("Katu 1", "00100", "Helsinki", "FI", null);

        assertThat(DeliveryAddress.fromJson(noPhone.toJson())).isEqualTo(noPhone);
        assertThat(noPhone.toString()).doesNotContain("Helsinki");
    }

    @Test
    void keyFileIsGeneratedOnceOwnerOnlyAndReused(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys");

        byte[] first = AddressKeyFile.loadOrGenerate(keys, random);
        byte[] second = AddressKeyFile.loadOrGenerate(keys, random);

        assertThat(first).hasSize(32).isEqualTo(second);
        Path file = keys.resolve(AddressKeyFile.NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(keys)) {
            assertThat(files).containsExactly(file);
        }
    }
}
