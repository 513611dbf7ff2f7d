package io.anonpay.common.json;

import io.anonpay.common.problem.ProblemException;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTypesTest {

    enum Status { IN_TRANSIT, DELIVERED }

    record Item(Long productId, int quantity) {
    }

    record Order(List<Item> items, String note, Boolean gift, Status status) {
    }

    @Test
    void aWellTypedBodyPasses() {
        assertThatCode(() -> check("{\"items\":[{\"productId\":1,\"quantity\":2}],\"note\":\"n\",\"gift\":true,"
                + "\"status\":\"DELIVERED\"}")).doesNotThrowAnyException();
    }

    @Test
    void boxedValuesAndMissingFieldsAreLeftToValidation() {
        assertThatCode(() -> check("{\"items\":[{\"productId\":null,\"quantity\":1}],\"note\":null}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check("{}")).doesNotThrowAnyException();
    }

    @Test
    void aStringWhereANumberIsExpectedNamesTheField() {
        assertThat(refusal("{\"items\":[{\"productId\":1,\"quantity\":\"1\"}]}"))
                .isEqualTo("items[0].quantity: must be a number, not a string");
        assertThat(refusal("{\"items\":[{\"productId\":\"1\",\"quantity\":1}]}"))
                .isEqualTo("items[0].productId: must be a number, not a string");
    }

    @Test
    void everyOtherMismatchIsNamedToo() {
        assertThat(refusal("{\"note\":5}")).isEqualTo("note: must be a string, not a number");
        assertThat(refusal("{\"note\":{}}")).isEqualTo("note: must be a string, not an object");
        assertThat(refusal("{\"gift\":\"true\"}")).isEqualTo("gift: must be true or false, not a string");
        assertThat(refusal("{\"items\":{}}")).isEqualTo("items: must be an array, not an object");
        assertThat(refusal("{\"items\":[3]}")).isEqualTo("items[0]: must be an object, not a number");
        assertThat(refusal("{\"status\":3}")).isEqualTo("status: must be one of IN_TRANSIT, DELIVERED, not a number");
        assertThat(refusal("{\"status\":\"FLYING\"}")).isEqualTo("status: must be one of IN_TRANSIT, DELIVERED");
        assertThat(refusal("[]")).isEqualTo("the body: must be an object, not an array");
        assertThat(refusal("{\"items\":[{\"quantity\":null}]}"))
                .isEqualTo("items[0].quantity: must be a number, not null");
    }

    @Test
    void anUnknownFieldIsNamedButAValueNeverShown() {
        assertThat(refusal("{\"items\":[{\"quantity\":1,\"pad\":\"4111111111111111\"}]}"))
                .isEqualTo("items[0]: unknown field \"pad\"").doesNotContain("4111");
        assertThat(refusal("{\"4111 1111 1111 1111\":1}")).doesNotContain("4111").startsWith("unknown field");
    }

    @Test
    void numbersMustBeWholeAndFitTheirType() {
        ProblemException fractional = thrown("{\"items\":[{\"quantity\":1.5}]}");
        assertThat(fractional.problem().type().toString()).endsWith("/invalid-request");
        assertThat(fractional.getMessage()).startsWith("items[0].quantity: must be a whole number");
        assertThat(refusal("{\"items\":[{\"quantity\":3000000000}]}"))
                .isEqualTo("items[0].quantity: must be a whole number from -2147483648 to 2147483647");
        assertThat(refusal("{\"items\":[{\"productId\":1e30}]}")).startsWith("items[0].productId: must be a whole");
    }

    @Test
    void malformedJsonSaysWhereNotWhat() {
        assertThatThrownBy(() -> StrictBodyReader.parse(bytes("{\"password\": \"secret\" \"x\"}")))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("line 1, column")
                .hasMessageNotContaining("secret");
    }

    @Test
    void onlyRecordsListsAndMapsHaveAShape() {
        assertThat(JsonTypes.isShaped(Order.class)).isTrue();
        assertThat(JsonTypes.isShaped(String.class)).isFalse();
        assertThat(JsonTypes.isShaped(JsonValue.class)).isFalse();
    }

    private static void check(String json) {
        JsonTypes.check(StrictBodyReader.parse(bytes(json)), Order.class);
    }

    private static String refusal(String json) {
        ProblemException refused = thrown(json);
        assertThat(refused.problem().status()).isEqualTo(400);
        return refused.getMessage();
    }

    private static ProblemException thrown(String json) {
        try {
            check(json);
        } catch (ProblemException refused) {
            return refused;
        }
        throw new AssertionError("accepted: " + json);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
