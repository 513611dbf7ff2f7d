package io.anonpay.mall.purchase.control;

import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.common.json.Jsonp;
import io.anonpay.common.party.OwnKeys;
import io.anonpay.mall.purchase.entity.SealedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.util.List;

/**
 * Purchase identifiers: what was bought, sealed to the mall's own public key (HPKE, randomized and padded), so
 * that the credit and shipping companies carry it without being able to read it, and two purchases of the same
 * thing cannot be linked. Only the mall opens it, for its own staff.
 */
@ApplicationScoped
public class PurchaseIdentifiers {

    @Inject
    OwnKeys ownKeys;

    public String seal(List<SealedItem> items) {
        JsonArrayBuilder array = Jsonp.array();
        items.forEach(item -> array.add(Jsonp.object()
                .add("product", item.product()).add("quantity", item.quantity())));
        return SealedIdentifiers.seal(IdentifierKind.PURCHASE, array.build().toString(),
                ownKeys.ring().activeSealingKey().publicKey());
    }

    public List<SealedItem> open(String purchaseId) {
        String json = SealedIdentifiers.open(IdentifierKind.PURCHASE, purchaseId, ownKeys.ring());
        try (JsonReader reader = Jsonp.reader(json)) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new SealedItem(o.getString("product"), o.getInt("quantity")))
                    .toList();
        }
    }
}
