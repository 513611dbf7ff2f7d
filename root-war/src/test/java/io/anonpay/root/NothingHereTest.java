package io.anonpay.root;

import io.anonpay.common.problem.Problems;
import io.anonpay.common.problem.StatusProblems;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class NothingHereTest {

    @Test
    void eachBodyIsTheOneTheServersAnswerForItsStatus() {
        assertThat(NothingHere.BODIES).containsKeys(400, 404, 500);
        NothingHere.BODIES.forEach((status, body) -> assertThat(parse(body)).as("status " + status)
                .isEqualTo(parse(Problems.json(StatusProblems.of(status)))));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
