package io.anonpay.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponseTest {

    @ParameterizedTest
    @CsvSource({"400, 2", "403, 2", "404, 2", "409, 2", "422, 2", "429, 2", "500, 4", "502, 4", "503, 4", "302, 4"})
    void mapsTheStatusToAnExitCode(int status, int exitCode) {
        ClientFailure failure = ProblemResponse.toFailure("the mall (buy)", status,
                FakeBodies.problem("x", "Some title", status, "some detail"));

        assertThat(failure.exitCode()).isEqualTo(exitCode);
    }

    @Test
    void saysWhatTheServerSaidAndKeepsTheProblem() {
        ClientFailure failure = ProblemResponse.toFailure("the mall (show purchase)", 404,
                FakeBodies.problem("purchase-not-found", "Not found", 404, "no purchase has this purchase identifier"));

        assertThat(failure).hasMessage("the mall (show purchase): HTTP 404 Not found: no purchase has this purchase "
                + "identifier");
        assertThat(failure.problem().getString("type")).endsWith("/purchase-not-found");
    }

    @Test
    void listsEachInvalidField() {
        ClientFailure failure = ProblemResponse.toFailure("the shipping company (ship)", 400, """
                {"type":"https://anonpay.io/problems/invalid-request","title":"Invalid request","status":400,
                 "detail":"2 fields are invalid","violations":[
                   {"field":"recipient.country","message":"must be an ISO 3166-1 alpha-2 country code such as DE"},
                   {"field":"recipient.postalCode","message":"must not be blank"}]}""");

        assertThat(failure.getMessage()).contains("Invalid request: 2 fields are invalid")
                .contains("recipient.country: must be an ISO 3166-1 alpha-2 country code such as DE")
                .contains("recipient.postalCode: must not be blank");
    }

    @Test
    void reportsABodyThatIsNotAProblemShortened() {
        ClientFailure failure = ProblemResponse.toFailure("the mall (buy)", 502,
                "<html><body>" + "Bad gateway ".repeat(50) + "</body></html>");

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(failure.problem()).isNull();
        assertThat(failure.getMessage()).startsWith("the mall (buy): HTTP 502: <html><body>Bad gateway").endsWith("...")
                .hasSizeLessThan(260);
    }
}
