package io.anonpay.shipping.shipment.control;

import io.anonpay.shipping.shipment.entity.DeliveryAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Encrypts delivery addresses with this company's address key: {@code anonpay.address.key} (base64 of 32 bytes)
 * when configured, otherwise the key file in the key directory {@code anonpay.keys.dir}.
 */
@ApplicationScoped
public class AddressVault {

    @Inject
    @ConfigProperty(name = "anonpay.address.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "anonpay.keys.dir")
    String keysDirectory;

    private AddressCipher cipher;

    @PostConstruct
    void loadKey() {
        SecureRandom random = new SecureRandom();
        byte[] key = configuredKey.filter(k -> !k.isBlank()).map(AddressKeyFile::decode)
                .orElseGet(() -> AddressKeyFile.loadOrGenerate(Path.of(keysDirectory), random));
        cipher = new AddressCipher(key, random);
    }

    public byte[] encrypt(DeliveryAddress address, String shippingId) {
        return cipher.encrypt(address.toJson(), shippingId);
    }

    public DeliveryAddress decrypt(byte[] ciphertext, String shippingId) {
        return DeliveryAddress.fromJson(cipher.decrypt(ciphertext, shippingId));
    }
}
